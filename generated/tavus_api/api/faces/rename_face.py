from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.rename_face_body import RenameFaceBody
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    face_id: str,
    *,
    body: RenameFaceBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/faces/{face_id}/name".format(
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
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse]:
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
    body: RenameFaceBody | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Rename Face

     Legacy route that only renames a face; Update Face supersedes it. The legacy alias is PATCH
    /v2/replicas/{replica_id}/name.

    Args:
        face_id (str):  Example: r90bbd427f71.
        body (RenameFaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: RenameFaceBody | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Rename Face

     Legacy route that only renames a face; Update Face supersedes it. The legacy alias is PATCH
    /v2/replicas/{replica_id}/name.

    Args:
        face_id (str):  Example: r90bbd427f71.
        body (RenameFaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
    body: RenameFaceBody | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Rename Face

     Legacy route that only renames a face; Update Face supersedes it. The legacy alias is PATCH
    /v2/replicas/{replica_id}/name.

    Args:
        face_id (str):  Example: r90bbd427f71.
        body (RenameFaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: RenameFaceBody | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Rename Face

     Legacy route that only renames a face; Update Face supersedes it. The legacy alias is PATCH
    /v2/replicas/{replica_id}/name.

    Args:
        face_id (str):  Example: r90bbd427f71.
        body (RenameFaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            face_id=face_id,
            client=client,
            body=body,
        )
    ).parsed
