from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.generate_video_body import GenerateVideoBody
from ...models.generate_video_response_400 import GenerateVideoResponse400
from ...models.generate_video_response_401 import GenerateVideoResponse401
from ...models.video import Video
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: GenerateVideoBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/videos",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GenerateVideoResponse400 | GenerateVideoResponse401 | Video | None:
    if response.status_code == 200:
        response_200 = Video.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GenerateVideoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GenerateVideoResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GenerateVideoResponse400 | GenerateVideoResponse401 | Video]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateVideoBody | Unset = UNSET,
) -> Response[GenerateVideoResponse400 | GenerateVideoResponse401 | Video]:
    """Generate Video

     This endpoint generates a new video using a Replica and either a script or an audio file.

    Args:
        body (GenerateVideoBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateVideoResponse400 | GenerateVideoResponse401 | Video]
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
    body: GenerateVideoBody | Unset = UNSET,
) -> GenerateVideoResponse400 | GenerateVideoResponse401 | Video | None:
    """Generate Video

     This endpoint generates a new video using a Replica and either a script or an audio file.

    Args:
        body (GenerateVideoBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateVideoResponse400 | GenerateVideoResponse401 | Video
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateVideoBody | Unset = UNSET,
) -> Response[GenerateVideoResponse400 | GenerateVideoResponse401 | Video]:
    """Generate Video

     This endpoint generates a new video using a Replica and either a script or an audio file.

    Args:
        body (GenerateVideoBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateVideoResponse400 | GenerateVideoResponse401 | Video]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GenerateVideoBody | Unset = UNSET,
) -> GenerateVideoResponse400 | GenerateVideoResponse401 | Video | None:
    """Generate Video

     This endpoint generates a new video using a Replica and either a script or an audio file.

    Args:
        body (GenerateVideoBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateVideoResponse400 | GenerateVideoResponse401 | Video
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
