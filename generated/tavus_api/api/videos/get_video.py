from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.get_video_response_400 import GetVideoResponse400
from ...models.get_video_response_401 import GetVideoResponse401
from ...models.video import Video
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    video_id: str,
    *,
    verbose: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/videos/{video_id}".format(
            video_id=quote(str(video_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetVideoResponse400 | GetVideoResponse401 | Video | None:
    if response.status_code == 200:
        response_200 = Video.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetVideoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetVideoResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetVideoResponse400 | GetVideoResponse401 | Video]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    video_id: str,
    *,
    client: AuthenticatedClient,
    verbose: bool | Unset = UNSET,
) -> Response[GetVideoResponse400 | GetVideoResponse401 | Video]:
    """Get Video

     This endpoint returns a single video by its unique identifier.

    Args:
        video_id (str):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVideoResponse400 | GetVideoResponse401 | Video]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        verbose=verbose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_id: str,
    *,
    client: AuthenticatedClient,
    verbose: bool | Unset = UNSET,
) -> GetVideoResponse400 | GetVideoResponse401 | Video | None:
    """Get Video

     This endpoint returns a single video by its unique identifier.

    Args:
        video_id (str):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVideoResponse400 | GetVideoResponse401 | Video
    """

    return sync_detailed(
        video_id=video_id,
        client=client,
        verbose=verbose,
    ).parsed


async def asyncio_detailed(
    video_id: str,
    *,
    client: AuthenticatedClient,
    verbose: bool | Unset = UNSET,
) -> Response[GetVideoResponse400 | GetVideoResponse401 | Video]:
    """Get Video

     This endpoint returns a single video by its unique identifier.

    Args:
        video_id (str):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVideoResponse400 | GetVideoResponse401 | Video]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        verbose=verbose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_id: str,
    *,
    client: AuthenticatedClient,
    verbose: bool | Unset = UNSET,
) -> GetVideoResponse400 | GetVideoResponse401 | Video | None:
    """Get Video

     This endpoint returns a single video by its unique identifier.

    Args:
        video_id (str):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVideoResponse400 | GetVideoResponse401 | Video
    """

    return (
        await asyncio_detailed(
            video_id=video_id,
            client=client,
            verbose=verbose,
        )
    ).parsed
