from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    face_id: str,
    *,
    hard: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hard"] = hard

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/faces/{face_id}".format(
            face_id=quote(str(face_id), safe=""),
        ),
        "params": params,
    }

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
    hard: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete Face

     Deletes a face; a deleted face can no longer be used in conversations. The legacy alias is DELETE
    /v2/replicas/{replica_id}.

    Args:
        face_id (str):  Example: r90bbd427f71.
        hard (bool | Unset):  Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        face_id=face_id,
        hard=hard,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    face_id: str,
    *,
    client: AuthenticatedClient | Client,
    hard: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete Face

     Deletes a face; a deleted face can no longer be used in conversations. The legacy alias is DELETE
    /v2/replicas/{replica_id}.

    Args:
        face_id (str):  Example: r90bbd427f71.
        hard (bool | Unset):  Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        face_id=face_id,
        client=client,
        hard=hard,
    ).parsed


async def asyncio_detailed(
    face_id: str,
    *,
    client: AuthenticatedClient | Client,
    hard: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete Face

     Deletes a face; a deleted face can no longer be used in conversations. The legacy alias is DELETE
    /v2/replicas/{replica_id}.

    Args:
        face_id (str):  Example: r90bbd427f71.
        hard (bool | Unset):  Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        face_id=face_id,
        hard=hard,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    face_id: str,
    *,
    client: AuthenticatedClient | Client,
    hard: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete Face

     Deletes a face; a deleted face can no longer be used in conversations. The legacy alias is DELETE
    /v2/replicas/{replica_id}.

    Args:
        face_id (str):  Example: r90bbd427f71.
        hard (bool | Unset):  Example: False.

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
            hard=hard,
        )
    ).parsed
