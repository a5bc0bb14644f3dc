from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.delete_pronunciation_dictionary_response_401 import (
    DeletePronunciationDictionaryResponse401,
)
from ...models.delete_pronunciation_dictionary_response_404 import (
    DeletePronunciationDictionaryResponse404,
)
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    dictionary_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/pronunciation-dictionaries/{dictionary_id}".format(
            dictionary_id=quote(str(dictionary_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DeletePronunciationDictionaryResponse401
    | DeletePronunciationDictionaryResponse404
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = DeletePronunciationDictionaryResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 404:
        response_404 = DeletePronunciationDictionaryResponse404.from_dict(
            response.json()
        )

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | DeletePronunciationDictionaryResponse401
    | DeletePronunciationDictionaryResponse404
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
    Any
    | DeletePronunciationDictionaryResponse401
    | DeletePronunciationDictionaryResponse404
]:
    """Delete Pronunciation Dictionary

     Permanently delete a pronunciation dictionary and remove it from all linked personas.

    Args:
        dictionary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeletePronunciationDictionaryResponse401 | DeletePronunciationDictionaryResponse404]
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
    Any
    | DeletePronunciationDictionaryResponse401
    | DeletePronunciationDictionaryResponse404
    | None
):
    """Delete Pronunciation Dictionary

     Permanently delete a pronunciation dictionary and remove it from all linked personas.

    Args:
        dictionary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeletePronunciationDictionaryResponse401 | DeletePronunciationDictionaryResponse404
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
    Any
    | DeletePronunciationDictionaryResponse401
    | DeletePronunciationDictionaryResponse404
]:
    """Delete Pronunciation Dictionary

     Permanently delete a pronunciation dictionary and remove it from all linked personas.

    Args:
        dictionary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeletePronunciationDictionaryResponse401 | DeletePronunciationDictionaryResponse404]
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
    Any
    | DeletePronunciationDictionaryResponse401
    | DeletePronunciationDictionaryResponse404
    | None
):
    """Delete Pronunciation Dictionary

     Permanently delete a pronunciation dictionary and remove it from all linked personas.

    Args:
        dictionary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeletePronunciationDictionaryResponse401 | DeletePronunciationDictionaryResponse404
    """

    return (
        await asyncio_detailed(
            dictionary_id=dictionary_id,
            client=client,
        )
    ).parsed
