from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.patch_pronunciation_dictionary_body_item import (
    PatchPronunciationDictionaryBodyItem,
)
from ...models.patch_pronunciation_dictionary_response_400 import (
    PatchPronunciationDictionaryResponse400,
)
from ...models.patch_pronunciation_dictionary_response_401 import (
    PatchPronunciationDictionaryResponse401,
)
from ...models.patch_pronunciation_dictionary_response_404 import (
    PatchPronunciationDictionaryResponse404,
)
from ...models.patch_pronunciation_dictionary_response_422 import (
    PatchPronunciationDictionaryResponse422,
)
from ...models.pronunciation_dictionary import PronunciationDictionary
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    dictionary_id: str,
    *,
    body: list[PatchPronunciationDictionaryBodyItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/pronunciation-dictionaries/{dictionary_id}".format(
            dictionary_id=quote(str(dictionary_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | PatchPronunciationDictionaryResponse400
    | PatchPronunciationDictionaryResponse401
    | PatchPronunciationDictionaryResponse404
    | PatchPronunciationDictionaryResponse422
    | PronunciationDictionary
    | None
):
    if response.status_code == 200:
        response_200 = PronunciationDictionary.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = PatchPronunciationDictionaryResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = PatchPronunciationDictionaryResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 404:
        response_404 = PatchPronunciationDictionaryResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 422:
        response_422 = PatchPronunciationDictionaryResponse422.from_dict(
            response.json()
        )

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | PatchPronunciationDictionaryResponse400
    | PatchPronunciationDictionaryResponse401
    | PatchPronunciationDictionaryResponse404
    | PatchPronunciationDictionaryResponse422
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
    body: list[PatchPronunciationDictionaryBodyItem] | Unset = UNSET,
) -> Response[
    Any
    | PatchPronunciationDictionaryResponse400
    | PatchPronunciationDictionaryResponse401
    | PatchPronunciationDictionaryResponse404
    | PatchPronunciationDictionaryResponse422
    | PronunciationDictionary
]:
    """Update Pronunciation Dictionary

     Update a pronunciation dictionary's name or rules using [JSON Patch](https://jsonpatch.com/) format
    (RFC 6902). Supported mutable fields are `name` and `rules`.

    Args:
        dictionary_id (str):
        body (list[PatchPronunciationDictionaryBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PatchPronunciationDictionaryResponse400 | PatchPronunciationDictionaryResponse401 | PatchPronunciationDictionaryResponse404 | PatchPronunciationDictionaryResponse422 | PronunciationDictionary]
    """

    kwargs = _get_kwargs(
        dictionary_id=dictionary_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dictionary_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchPronunciationDictionaryBodyItem] | Unset = UNSET,
) -> (
    Any
    | PatchPronunciationDictionaryResponse400
    | PatchPronunciationDictionaryResponse401
    | PatchPronunciationDictionaryResponse404
    | PatchPronunciationDictionaryResponse422
    | PronunciationDictionary
    | None
):
    """Update Pronunciation Dictionary

     Update a pronunciation dictionary's name or rules using [JSON Patch](https://jsonpatch.com/) format
    (RFC 6902). Supported mutable fields are `name` and `rules`.

    Args:
        dictionary_id (str):
        body (list[PatchPronunciationDictionaryBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PatchPronunciationDictionaryResponse400 | PatchPronunciationDictionaryResponse401 | PatchPronunciationDictionaryResponse404 | PatchPronunciationDictionaryResponse422 | PronunciationDictionary
    """

    return sync_detailed(
        dictionary_id=dictionary_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dictionary_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchPronunciationDictionaryBodyItem] | Unset = UNSET,
) -> Response[
    Any
    | PatchPronunciationDictionaryResponse400
    | PatchPronunciationDictionaryResponse401
    | PatchPronunciationDictionaryResponse404
    | PatchPronunciationDictionaryResponse422
    | PronunciationDictionary
]:
    """Update Pronunciation Dictionary

     Update a pronunciation dictionary's name or rules using [JSON Patch](https://jsonpatch.com/) format
    (RFC 6902). Supported mutable fields are `name` and `rules`.

    Args:
        dictionary_id (str):
        body (list[PatchPronunciationDictionaryBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PatchPronunciationDictionaryResponse400 | PatchPronunciationDictionaryResponse401 | PatchPronunciationDictionaryResponse404 | PatchPronunciationDictionaryResponse422 | PronunciationDictionary]
    """

    kwargs = _get_kwargs(
        dictionary_id=dictionary_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dictionary_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchPronunciationDictionaryBodyItem] | Unset = UNSET,
) -> (
    Any
    | PatchPronunciationDictionaryResponse400
    | PatchPronunciationDictionaryResponse401
    | PatchPronunciationDictionaryResponse404
    | PatchPronunciationDictionaryResponse422
    | PronunciationDictionary
    | None
):
    """Update Pronunciation Dictionary

     Update a pronunciation dictionary's name or rules using [JSON Patch](https://jsonpatch.com/) format
    (RFC 6902). Supported mutable fields are `name` and `rules`.

    Args:
        dictionary_id (str):
        body (list[PatchPronunciationDictionaryBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PatchPronunciationDictionaryResponse400 | PatchPronunciationDictionaryResponse401 | PatchPronunciationDictionaryResponse404 | PatchPronunciationDictionaryResponse422 | PronunciationDictionary
    """

    return (
        await asyncio_detailed(
            dictionary_id=dictionary_id,
            client=client,
            body=body,
        )
    ).parsed
