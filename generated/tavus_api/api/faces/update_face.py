from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.face import Face
from ...models.update_face_body import UpdateFaceBody
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    face_id: str,
    *,
    body: UpdateFaceBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/faces/{face_id}".format(
            face_id=quote(str(face_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Face | None:
    if 200 <= response.status_code <= 299:
        response_2xx = Face.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Face]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    face_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFaceBody | Unset = UNSET,
) -> Response[Face]:
    """Update Face

     JSON Merge Patch of a face's name and/or default voice. Replaces PATCH /v2/faces/{face_id}/name,
    which keeps working.

    Args:
        face_id (str):
        body (UpdateFaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Face]
    """

    kwargs = _get_kwargs(
        face_id=face_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    face_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFaceBody | Unset = UNSET,
) -> Face | None:
    """Update Face

     JSON Merge Patch of a face's name and/or default voice. Replaces PATCH /v2/faces/{face_id}/name,
    which keeps working.

    Args:
        face_id (str):
        body (UpdateFaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Face
    """

    return sync_detailed(
        face_id=face_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    face_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFaceBody | Unset = UNSET,
) -> Response[Face]:
    """Update Face

     JSON Merge Patch of a face's name and/or default voice. Replaces PATCH /v2/faces/{face_id}/name,
    which keeps working.

    Args:
        face_id (str):
        body (UpdateFaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Face]
    """

    kwargs = _get_kwargs(
        face_id=face_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    face_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFaceBody | Unset = UNSET,
) -> Face | None:
    """Update Face

     JSON Merge Patch of a face's name and/or default voice. Replaces PATCH /v2/faces/{face_id}/name,
    which keeps working.

    Args:
        face_id (str):
        body (UpdateFaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Face
    """

    return (
        await asyncio_detailed(
            face_id=face_id,
            client=client,
            body=body,
        )
    ).parsed
