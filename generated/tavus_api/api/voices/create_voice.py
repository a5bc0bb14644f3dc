from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_voice_body import CreateVoiceBody
from ...models.voice_cloning import VoiceCloning
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateVoiceBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/voices",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VoiceCloning | None:
    if 200 <= response.status_code <= 299:
        response_2xx = VoiceCloning.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VoiceCloning]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVoiceBody | Unset = UNSET,
) -> Response[VoiceCloning]:
    """Create Voice

     Starts cloning a voice from an audio sample and returns at once with status started. Poll Get Voice,
    or pass callback_url, until status is completed; then use the voice_id as layers.tts.voice_id on a
    PAL or as a face's default_voice_id.

    Args:
        body (CreateVoiceBody | Unset): Only callback_url is named on the recovered page; the
            other fields are listed under x-tavus-unrecovered.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceCloning]
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
    client: AuthenticatedClient | Client,
    body: CreateVoiceBody | Unset = UNSET,
) -> VoiceCloning | None:
    """Create Voice

     Starts cloning a voice from an audio sample and returns at once with status started. Poll Get Voice,
    or pass callback_url, until status is completed; then use the voice_id as layers.tts.voice_id on a
    PAL or as a face's default_voice_id.

    Args:
        body (CreateVoiceBody | Unset): Only callback_url is named on the recovered page; the
            other fields are listed under x-tavus-unrecovered.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceCloning
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVoiceBody | Unset = UNSET,
) -> Response[VoiceCloning]:
    """Create Voice

     Starts cloning a voice from an audio sample and returns at once with status started. Poll Get Voice,
    or pass callback_url, until status is completed; then use the voice_id as layers.tts.voice_id on a
    PAL or as a face's default_voice_id.

    Args:
        body (CreateVoiceBody | Unset): Only callback_url is named on the recovered page; the
            other fields are listed under x-tavus-unrecovered.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceCloning]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVoiceBody | Unset = UNSET,
) -> VoiceCloning | None:
    """Create Voice

     Starts cloning a voice from an audio sample and returns at once with status started. Poll Get Voice,
    or pass callback_url, until status is completed; then use the voice_id as layers.tts.voice_id on a
    PAL or as a face's default_voice_id.

    Args:
        body (CreateVoiceBody | Unset): Only callback_url is named on the recovered page; the
            other fields are listed under x-tavus-unrecovered.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceCloning
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
