from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_pronunciation_dictionary_body import (
    CreatePronunciationDictionaryBody,
)
from ...models.create_pronunciation_dictionary_response_400 import (
    CreatePronunciationDictionaryResponse400,
)
from ...models.create_pronunciation_dictionary_response_401 import (
    CreatePronunciationDictionaryResponse401,
)
from ...models.pronunciation_dictionary import PronunciationDictionary
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreatePronunciationDictionaryBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/pronunciation-dictionaries",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreatePronunciationDictionaryResponse400
    | CreatePronunciationDictionaryResponse401
    | PronunciationDictionary
    | None
):
    if response.status_code == 201:
        response_201 = PronunciationDictionary.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreatePronunciationDictionaryResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = CreatePronunciationDictionaryResponse401.from_dict(
            response.json()
        )

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreatePronunciationDictionaryResponse400
    | CreatePronunciationDictionaryResponse401
    | PronunciationDictionary
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePronunciationDictionaryBody | Unset = UNSET,
) -> Response[
    CreatePronunciationDictionaryResponse400
    | CreatePronunciationDictionaryResponse401
    | PronunciationDictionary
]:
    """Create Pronunciation Dictionary

     Create a [pronunciation dictionary](/sections/conversational-video-interface/persona/pronunciation-
    dictionaries) with custom rules for controlling how words are spoken. Rules are automatically synced
    to both Cartesia and ElevenLabs so they work regardless of which TTS engine your persona uses.

    Args:
        body (CreatePronunciationDictionaryBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePronunciationDictionaryResponse400 | CreatePronunciationDictionaryResponse401 | PronunciationDictionary]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreatePronunciationDictionaryBody | Unset = UNSET,
) -> (
    CreatePronunciationDictionaryResponse400
    | CreatePronunciationDictionaryResponse401
    | PronunciationDictionary
    | None
):
    """Create Pronunciation Dictionary

     Create a [pronunciation dictionary](/sections/conversational-video-interface/persona/pronunciation-
    dictionaries) with custom rules for controlling how words are spoken. Rules are automatically synced
    to both Cartesia and ElevenLabs so they work regardless of which TTS engine your persona uses.

    Args:
        body (CreatePronunciationDictionaryBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePronunciationDictionaryResponse400 | CreatePronunciationDictionaryResponse401 | PronunciationDictionary
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePronunciationDictionaryBody | Unset = UNSET,
) -> Response[
    CreatePronunciationDictionaryResponse400
    | CreatePronunciationDictionaryResponse401
    | PronunciationDictionary
]:
    """Create Pronunciation Dictionary

     Create a [pronunciation dictionary](/sections/conversational-video-interface/persona/pronunciation-
    dictionaries) with custom rules for controlling how words are spoken. Rules are automatically synced
    to both Cartesia and ElevenLabs so they work regardless of which TTS engine your persona uses.

    Args:
        body (CreatePronunciationDictionaryBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePronunciationDictionaryResponse400 | CreatePronunciationDictionaryResponse401 | PronunciationDictionary]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreatePronunciationDictionaryBody | Unset = UNSET,
) -> (
    CreatePronunciationDictionaryResponse400
    | CreatePronunciationDictionaryResponse401
    | PronunciationDictionary
    | None
):
    """Create Pronunciation Dictionary

     Create a [pronunciation dictionary](/sections/conversational-video-interface/persona/pronunciation-
    dictionaries) with custom rules for controlling how words are spoken. Rules are automatically synced
    to both Cartesia and ElevenLabs so they work regardless of which TTS engine your persona uses.

    Args:
        body (CreatePronunciationDictionaryBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePronunciationDictionaryResponse400 | CreatePronunciationDictionaryResponse401 | PronunciationDictionary
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
