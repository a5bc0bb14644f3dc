from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.rename_video_body import RenameVideoBody
from ...models.rename_video_response_400 import RenameVideoResponse400
from ...models.rename_video_response_401 import RenameVideoResponse401
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    video_id: str,
    *,
    body: RenameVideoBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/videos/{video_id}/name".format(
            video_id=quote(str(video_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RenameVideoResponse400 | RenameVideoResponse401 | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = RenameVideoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RenameVideoResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | RenameVideoResponse400 | RenameVideoResponse401]:
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
    body: RenameVideoBody | Unset = UNSET,
) -> Response[Any | RenameVideoResponse400 | RenameVideoResponse401]:
    """Rename Video

     This endpoint renames a single video by its unique identifier.

    Args:
        video_id (str):  Example: 8a4f94e736.
        body (RenameVideoBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RenameVideoResponse400 | RenameVideoResponse401]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_id: str,
    *,
    client: AuthenticatedClient,
    body: RenameVideoBody | Unset = UNSET,
) -> Any | RenameVideoResponse400 | RenameVideoResponse401 | None:
    """Rename Video

     This endpoint renames a single video by its unique identifier.

    Args:
        video_id (str):  Example: 8a4f94e736.
        body (RenameVideoBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RenameVideoResponse400 | RenameVideoResponse401
    """

    return sync_detailed(
        video_id=video_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    video_id: str,
    *,
    client: AuthenticatedClient,
    body: RenameVideoBody | Unset = UNSET,
) -> Response[Any | RenameVideoResponse400 | RenameVideoResponse401]:
    """Rename Video

     This endpoint renames a single video by its unique identifier.

    Args:
        video_id (str):  Example: 8a4f94e736.
        body (RenameVideoBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RenameVideoResponse400 | RenameVideoResponse401]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_id: str,
    *,
    client: AuthenticatedClient,
    body: RenameVideoBody | Unset = UNSET,
) -> Any | RenameVideoResponse400 | RenameVideoResponse401 | None:
    """Rename Video

     This endpoint renames a single video by its unique identifier.

    Args:
        video_id (str):  Example: 8a4f94e736.
        body (RenameVideoBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RenameVideoResponse400 | RenameVideoResponse401
    """

    return (
        await asyncio_detailed(
            video_id=video_id,
            client=client,
            body=body,
        )
    ).parsed
