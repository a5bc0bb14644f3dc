from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.delete_video_response_400 import DeleteVideoResponse400
from ...models.delete_video_response_401 import DeleteVideoResponse401
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    video_id: str,
    *,
    hard: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hard"] = hard

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/videos/{video_id}".format(
            video_id=quote(str(video_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteVideoResponse400 | DeleteVideoResponse401 | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = DeleteVideoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteVideoResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteVideoResponse400 | DeleteVideoResponse401]:
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
    hard: bool | Unset = UNSET,
) -> Response[Any | DeleteVideoResponse400 | DeleteVideoResponse401]:
    """Delete Video

     This endpoint deletes a single video by its unique identifier.

    Args:
        video_id (str):  Example: 8a4f94e736.
        hard (bool | Unset):  Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteVideoResponse400 | DeleteVideoResponse401]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        hard=hard,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_id: str,
    *,
    client: AuthenticatedClient,
    hard: bool | Unset = UNSET,
) -> Any | DeleteVideoResponse400 | DeleteVideoResponse401 | None:
    """Delete Video

     This endpoint deletes a single video by its unique identifier.

    Args:
        video_id (str):  Example: 8a4f94e736.
        hard (bool | Unset):  Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteVideoResponse400 | DeleteVideoResponse401
    """

    return sync_detailed(
        video_id=video_id,
        client=client,
        hard=hard,
    ).parsed


async def asyncio_detailed(
    video_id: str,
    *,
    client: AuthenticatedClient,
    hard: bool | Unset = UNSET,
) -> Response[Any | DeleteVideoResponse400 | DeleteVideoResponse401]:
    """Delete Video

     This endpoint deletes a single video by its unique identifier.

    Args:
        video_id (str):  Example: 8a4f94e736.
        hard (bool | Unset):  Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteVideoResponse400 | DeleteVideoResponse401]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        hard=hard,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_id: str,
    *,
    client: AuthenticatedClient,
    hard: bool | Unset = UNSET,
) -> Any | DeleteVideoResponse400 | DeleteVideoResponse401 | None:
    """Delete Video

     This endpoint deletes a single video by its unique identifier.

    Args:
        video_id (str):  Example: 8a4f94e736.
        hard (bool | Unset):  Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteVideoResponse400 | DeleteVideoResponse401
    """

    return (
        await asyncio_detailed(
            video_id=video_id,
            client=client,
            hard=hard,
        )
    ).parsed
