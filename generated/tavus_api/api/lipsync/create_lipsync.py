from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_lipsync_body import CreateLipsyncBody
from ...models.create_lipsync_response_400 import CreateLipsyncResponse400
from ...models.create_lipsync_response_401 import CreateLipsyncResponse401
from ...models.lipsync import Lipsync
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateLipsyncBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/lipsync",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateLipsyncResponse400 | CreateLipsyncResponse401 | Lipsync | None:
    if response.status_code == 200:
        response_200 = Lipsync.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateLipsyncResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateLipsyncResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateLipsyncResponse400 | CreateLipsyncResponse401 | Lipsync]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateLipsyncBody | Unset = UNSET,
) -> Response[CreateLipsyncResponse400 | CreateLipsyncResponse401 | Lipsync]:
    """Create Lipsync

     This endpoint is no longer supported by Tavus.

    Create a new lipsync video by providing a video URL and an audio URL. The service will synchronize
    the speaker's mouth movements with the provided audio.

    Args:
        body (CreateLipsyncBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLipsyncResponse400 | CreateLipsyncResponse401 | Lipsync]
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
    body: CreateLipsyncBody | Unset = UNSET,
) -> CreateLipsyncResponse400 | CreateLipsyncResponse401 | Lipsync | None:
    """Create Lipsync

     This endpoint is no longer supported by Tavus.

    Create a new lipsync video by providing a video URL and an audio URL. The service will synchronize
    the speaker's mouth movements with the provided audio.

    Args:
        body (CreateLipsyncBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLipsyncResponse400 | CreateLipsyncResponse401 | Lipsync
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateLipsyncBody | Unset = UNSET,
) -> Response[CreateLipsyncResponse400 | CreateLipsyncResponse401 | Lipsync]:
    """Create Lipsync

     This endpoint is no longer supported by Tavus.

    Create a new lipsync video by providing a video URL and an audio URL. The service will synchronize
    the speaker's mouth movements with the provided audio.

    Args:
        body (CreateLipsyncBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLipsyncResponse400 | CreateLipsyncResponse401 | Lipsync]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateLipsyncBody | Unset = UNSET,
) -> CreateLipsyncResponse400 | CreateLipsyncResponse401 | Lipsync | None:
    """Create Lipsync

     This endpoint is no longer supported by Tavus.

    Create a new lipsync video by providing a video URL and an audio URL. The service will synchronize
    the speaker's mouth movements with the provided audio.

    Args:
        body (CreateLipsyncBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLipsyncResponse400 | CreateLipsyncResponse401 | Lipsync
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
