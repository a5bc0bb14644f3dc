from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.rename_replica_body import RenameReplicaBody
from ...models.rename_replica_response_400 import RenameReplicaResponse400
from ...models.rename_replica_response_401 import RenameReplicaResponse401
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    replica_id: str,
    *,
    body: RenameReplicaBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/replicas/{replica_id}/name".format(
            replica_id=quote(str(replica_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RenameReplicaResponse400 | RenameReplicaResponse401 | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = RenameReplicaResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RenameReplicaResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | RenameReplicaResponse400 | RenameReplicaResponse401]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    replica_id: str,
    *,
    client: AuthenticatedClient,
    body: RenameReplicaBody | Unset = UNSET,
) -> Response[Any | RenameReplicaResponse400 | RenameReplicaResponse401]:
    """Rename Replica

     This endpoint renames a single Replica by its unique identifier.

    Args:
        replica_id (str):  Example: r90bbd427f71.
        body (RenameReplicaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RenameReplicaResponse400 | RenameReplicaResponse401]
    """

    kwargs = _get_kwargs(
        replica_id=replica_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    replica_id: str,
    *,
    client: AuthenticatedClient,
    body: RenameReplicaBody | Unset = UNSET,
) -> Any | RenameReplicaResponse400 | RenameReplicaResponse401 | None:
    """Rename Replica

     This endpoint renames a single Replica by its unique identifier.

    Args:
        replica_id (str):  Example: r90bbd427f71.
        body (RenameReplicaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RenameReplicaResponse400 | RenameReplicaResponse401
    """

    return sync_detailed(
        replica_id=replica_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    replica_id: str,
    *,
    client: AuthenticatedClient,
    body: RenameReplicaBody | Unset = UNSET,
) -> Response[Any | RenameReplicaResponse400 | RenameReplicaResponse401]:
    """Rename Replica

     This endpoint renames a single Replica by its unique identifier.

    Args:
        replica_id (str):  Example: r90bbd427f71.
        body (RenameReplicaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RenameReplicaResponse400 | RenameReplicaResponse401]
    """

    kwargs = _get_kwargs(
        replica_id=replica_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    replica_id: str,
    *,
    client: AuthenticatedClient,
    body: RenameReplicaBody | Unset = UNSET,
) -> Any | RenameReplicaResponse400 | RenameReplicaResponse401 | None:
    """Rename Replica

     This endpoint renames a single Replica by its unique identifier.

    Args:
        replica_id (str):  Example: r90bbd427f71.
        body (RenameReplicaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RenameReplicaResponse400 | RenameReplicaResponse401
    """

    return (
        await asyncio_detailed(
            replica_id=replica_id,
            client=client,
            body=body,
        )
    ).parsed
