from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.get_replica_response_400 import GetReplicaResponse400
from ...models.get_replica_response_401 import GetReplicaResponse401
from ...models.replica import Replica
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    replica_id: str,
    *,
    verbose: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/replicas/{replica_id}".format(
            replica_id=quote(str(replica_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetReplicaResponse400 | GetReplicaResponse401 | Replica | None:
    if response.status_code == 200:
        response_200 = Replica.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetReplicaResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetReplicaResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetReplicaResponse400 | GetReplicaResponse401 | Replica]:
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
    verbose: bool | Unset = UNSET,
) -> Response[GetReplicaResponse400 | GetReplicaResponse401 | Replica]:
    """Get Replica

     This endpoint returns a single Replica by its unique identifier.

    Args:
        replica_id (str):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetReplicaResponse400 | GetReplicaResponse401 | Replica]
    """

    kwargs = _get_kwargs(
        replica_id=replica_id,
        verbose=verbose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    replica_id: str,
    *,
    client: AuthenticatedClient,
    verbose: bool | Unset = UNSET,
) -> GetReplicaResponse400 | GetReplicaResponse401 | Replica | None:
    """Get Replica

     This endpoint returns a single Replica by its unique identifier.

    Args:
        replica_id (str):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetReplicaResponse400 | GetReplicaResponse401 | Replica
    """

    return sync_detailed(
        replica_id=replica_id,
        client=client,
        verbose=verbose,
    ).parsed


async def asyncio_detailed(
    replica_id: str,
    *,
    client: AuthenticatedClient,
    verbose: bool | Unset = UNSET,
) -> Response[GetReplicaResponse400 | GetReplicaResponse401 | Replica]:
    """Get Replica

     This endpoint returns a single Replica by its unique identifier.

    Args:
        replica_id (str):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetReplicaResponse400 | GetReplicaResponse401 | Replica]
    """

    kwargs = _get_kwargs(
        replica_id=replica_id,
        verbose=verbose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    replica_id: str,
    *,
    client: AuthenticatedClient,
    verbose: bool | Unset = UNSET,
) -> GetReplicaResponse400 | GetReplicaResponse401 | Replica | None:
    """Get Replica

     This endpoint returns a single Replica by its unique identifier.

    Args:
        replica_id (str):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetReplicaResponse400 | GetReplicaResponse401 | Replica
    """

    return (
        await asyncio_detailed(
            replica_id=replica_id,
            client=client,
            verbose=verbose,
        )
    ).parsed
