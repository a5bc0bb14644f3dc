from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.delete_replica_response_400 import DeleteReplicaResponse400
from ...models.delete_replica_response_401 import DeleteReplicaResponse401
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    replica_id: str,
    *,
    hard: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hard"] = hard

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/replicas/{replica_id}".format(
            replica_id=quote(str(replica_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteReplicaResponse400 | DeleteReplicaResponse401 | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = DeleteReplicaResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteReplicaResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteReplicaResponse400 | DeleteReplicaResponse401]:
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
    hard: bool | Unset = UNSET,
) -> Response[Any | DeleteReplicaResponse400 | DeleteReplicaResponse401]:
    """Delete Replica

     Deletes a Replica by its unique ID; deleted replicas cannot be used in a conversation.

    Args:
        replica_id (str):  Example: r90bbd427f71.
        hard (bool | Unset):  Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteReplicaResponse400 | DeleteReplicaResponse401]
    """

    kwargs = _get_kwargs(
        replica_id=replica_id,
        hard=hard,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    replica_id: str,
    *,
    client: AuthenticatedClient,
    hard: bool | Unset = UNSET,
) -> Any | DeleteReplicaResponse400 | DeleteReplicaResponse401 | None:
    """Delete Replica

     Deletes a Replica by its unique ID; deleted replicas cannot be used in a conversation.

    Args:
        replica_id (str):  Example: r90bbd427f71.
        hard (bool | Unset):  Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteReplicaResponse400 | DeleteReplicaResponse401
    """

    return sync_detailed(
        replica_id=replica_id,
        client=client,
        hard=hard,
    ).parsed


async def asyncio_detailed(
    replica_id: str,
    *,
    client: AuthenticatedClient,
    hard: bool | Unset = UNSET,
) -> Response[Any | DeleteReplicaResponse400 | DeleteReplicaResponse401]:
    """Delete Replica

     Deletes a Replica by its unique ID; deleted replicas cannot be used in a conversation.

    Args:
        replica_id (str):  Example: r90bbd427f71.
        hard (bool | Unset):  Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteReplicaResponse400 | DeleteReplicaResponse401]
    """

    kwargs = _get_kwargs(
        replica_id=replica_id,
        hard=hard,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    replica_id: str,
    *,
    client: AuthenticatedClient,
    hard: bool | Unset = UNSET,
) -> Any | DeleteReplicaResponse400 | DeleteReplicaResponse401 | None:
    """Delete Replica

     Deletes a Replica by its unique ID; deleted replicas cannot be used in a conversation.

    Args:
        replica_id (str):  Example: r90bbd427f71.
        hard (bool | Unset):  Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteReplicaResponse400 | DeleteReplicaResponse401
    """

    return (
        await asyncio_detailed(
            replica_id=replica_id,
            client=client,
            hard=hard,
        )
    ).parsed
