from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.transcription import Transcription
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    transcription_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/transcriptions/{transcription_id}".format(
            transcription_id=quote(str(transcription_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Transcription | None:
    if response.status_code == 200:
        response_200 = Transcription.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Transcription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transcription_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Transcription]:
    """Get Transcription

     This endpoint returns a single transcription by its unique identifier.

    Args:
        transcription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Transcription]
    """

    kwargs = _get_kwargs(
        transcription_id=transcription_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transcription_id: str,
    *,
    client: AuthenticatedClient,
) -> Transcription | None:
    """Get Transcription

     This endpoint returns a single transcription by its unique identifier.

    Args:
        transcription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Transcription
    """

    return sync_detailed(
        transcription_id=transcription_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    transcription_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Transcription]:
    """Get Transcription

     This endpoint returns a single transcription by its unique identifier.

    Args:
        transcription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Transcription]
    """

    kwargs = _get_kwargs(
        transcription_id=transcription_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transcription_id: str,
    *,
    client: AuthenticatedClient,
) -> Transcription | None:
    """Get Transcription

     This endpoint returns a single transcription by its unique identifier.

    Args:
        transcription_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Transcription
    """

    return (
        await asyncio_detailed(
            transcription_id=transcription_id,
            client=client,
        )
    ).parsed
