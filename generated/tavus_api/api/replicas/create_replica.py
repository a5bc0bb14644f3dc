from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_replica_body import CreateReplicaBody
from ...models.create_replica_response_400 import CreateReplicaResponse400
from ...models.create_replica_response_401 import CreateReplicaResponse401
from ...models.replica import Replica
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateReplicaBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/replicas",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateReplicaResponse400 | CreateReplicaResponse401 | Replica | None:
    if response.status_code == 200:
        response_200 = Replica.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateReplicaResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateReplicaResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateReplicaResponse400 | CreateReplicaResponse401 | Replica]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateReplicaBody | Unset = UNSET,
) -> Response[CreateReplicaResponse400 | CreateReplicaResponse401 | Replica]:
    """Create Replica

     Creates a new replica from a training video or image URL for use in conversations—see [Which
    training path?](/sections/replica/which-training-path) for preparation, consent, and media
    requirements.

    Args:
        body (CreateReplicaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateReplicaResponse400 | CreateReplicaResponse401 | Replica]
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
    body: CreateReplicaBody | Unset = UNSET,
) -> CreateReplicaResponse400 | CreateReplicaResponse401 | Replica | None:
    """Create Replica

     Creates a new replica from a training video or image URL for use in conversations—see [Which
    training path?](/sections/replica/which-training-path) for preparation, consent, and media
    requirements.

    Args:
        body (CreateReplicaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateReplicaResponse400 | CreateReplicaResponse401 | Replica
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateReplicaBody | Unset = UNSET,
) -> Response[CreateReplicaResponse400 | CreateReplicaResponse401 | Replica]:
    """Create Replica

     Creates a new replica from a training video or image URL for use in conversations—see [Which
    training path?](/sections/replica/which-training-path) for preparation, consent, and media
    requirements.

    Args:
        body (CreateReplicaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateReplicaResponse400 | CreateReplicaResponse401 | Replica]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateReplicaBody | Unset = UNSET,
) -> CreateReplicaResponse400 | CreateReplicaResponse401 | Replica | None:
    """Create Replica

     Creates a new replica from a training video or image URL for use in conversations—see [Which
    training path?](/sections/replica/which-training-path) for preparation, consent, and media
    requirements.

    Args:
        body (CreateReplicaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateReplicaResponse400 | CreateReplicaResponse401 | Replica
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
