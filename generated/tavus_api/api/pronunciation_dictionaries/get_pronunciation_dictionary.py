from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.get_pronunciation_dictionary_response_401 import (
    GetPronunciationDictionaryResponse401,
)
from ...models.get_pronunciation_dictionary_response_404 import (
    GetPronunciationDictionaryResponse404,
)
from ...models.pronunciation_dictionary import PronunciationDictionary
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    dictionary_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/pronunciation-dictionaries/{dictionary_id}".format(
            dictionary_id=quote(str(dictionary_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetPronunciationDictionaryResponse401
    | GetPronunciationDictionaryResponse404
    | PronunciationDictionary
    | None
):
    if response.status_code == 200:
        response_200 = PronunciationDictionary.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GetPronunciationDictionaryResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetPronunciationDictionaryResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetPronunciationDictionaryResponse401
    | GetPronunciationDictionaryResponse404
    | PronunciationDictionary
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dictionary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetPronunciationDictionaryResponse401
    | GetPronunciationDictionaryResponse404
    | PronunciationDictionary
]:
    """Get Pronunciation Dictionary

     Retrieve a pronunciation dictionary by its ID, including all rules.

    Args:
        dictionary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPronunciationDictionaryResponse401 | GetPronunciationDictionaryResponse404 | PronunciationDictionary]
    """

    kwargs = _get_kwargs(
        dictionary_id=dictionary_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dictionary_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetPronunciationDictionaryResponse401
    | GetPronunciationDictionaryResponse404
    | PronunciationDictionary
    | None
):
    """Get Pronunciation Dictionary

     Retrieve a pronunciation dictionary by its ID, including all rules.

    Args:
        dictionary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPronunciationDictionaryResponse401 | GetPronunciationDictionaryResponse404 | PronunciationDictionary
    """

    return sync_detailed(
        dictionary_id=dictionary_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dictionary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetPronunciationDictionaryResponse401
    | GetPronunciationDictionaryResponse404
    | PronunciationDictionary
]:
    """Get Pronunciation Dictionary

     Retrieve a pronunciation dictionary by its ID, including all rules.

    Args:
        dictionary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPronunciationDictionaryResponse401 | GetPronunciationDictionaryResponse404 | PronunciationDictionary]
    """

    kwargs = _get_kwargs(
        dictionary_id=dictionary_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dictionary_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetPronunciationDictionaryResponse401
    | GetPronunciationDictionaryResponse404
    | PronunciationDictionary
    | None
):
    """Get Pronunciation Dictionary

     Retrieve a pronunciation dictionary by its ID, including all rules.

    Args:
        dictionary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPronunciationDictionaryResponse401 | GetPronunciationDictionaryResponse404 | PronunciationDictionary
    """

    return (
        await asyncio_detailed(
            dictionary_id=dictionary_id,
            client=client,
        )
    ).parsed
