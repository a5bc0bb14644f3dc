from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.list_replicas_replica_type import (
    ListReplicasReplicaType,
)
from ...models.list_replicas_response_200 import ListReplicasResponse200
from ...models.list_replicas_response_401 import ListReplicasResponse401
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    replica_type: ListReplicasReplicaType | Unset = UNSET,
    replica_ids: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["verbose"] = verbose

    json_replica_type: str | Unset = UNSET
    if not isinstance(replica_type, Unset):
        json_replica_type = replica_type

    params["replica_type"] = json_replica_type

    params["replica_ids"] = replica_ids

    params["model_name"] = model_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/replicas",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListReplicasResponse200 | ListReplicasResponse401 | None:
    if response.status_code == 200:
        response_200 = ListReplicasResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ListReplicasResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListReplicasResponse200 | ListReplicasResponse401]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    replica_type: ListReplicasReplicaType | Unset = UNSET,
    replica_ids: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
) -> Response[ListReplicasResponse200 | ListReplicasResponse401]:
    """List Replicas

     This endpoint returns a list of all Replicas created by the account associated with the API Key in
    use.

    Args:
        limit (int | Unset):
        page (int | Unset):
        verbose (bool | Unset):
        replica_type (ListReplicasReplicaType | Unset):
        replica_ids (str | Unset):
        model_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListReplicasResponse200 | ListReplicasResponse401]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        verbose=verbose,
        replica_type=replica_type,
        replica_ids=replica_ids,
        model_name=model_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    replica_type: ListReplicasReplicaType | Unset = UNSET,
    replica_ids: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
) -> ListReplicasResponse200 | ListReplicasResponse401 | None:
    """List Replicas

     This endpoint returns a list of all Replicas created by the account associated with the API Key in
    use.

    Args:
        limit (int | Unset):
        page (int | Unset):
        verbose (bool | Unset):
        replica_type (ListReplicasReplicaType | Unset):
        replica_ids (str | Unset):
        model_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListReplicasResponse200 | ListReplicasResponse401
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        verbose=verbose,
        replica_type=replica_type,
        replica_ids=replica_ids,
        model_name=model_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    replica_type: ListReplicasReplicaType | Unset = UNSET,
    replica_ids: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
) -> Response[ListReplicasResponse200 | ListReplicasResponse401]:
    """List Replicas

     This endpoint returns a list of all Replicas created by the account associated with the API Key in
    use.

    Args:
        limit (int | Unset):
        page (int | Unset):
        verbose (bool | Unset):
        replica_type (ListReplicasReplicaType | Unset):
        replica_ids (str | Unset):
        model_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListReplicasResponse200 | ListReplicasResponse401]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        verbose=verbose,
        replica_type=replica_type,
        replica_ids=replica_ids,
        model_name=model_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    replica_type: ListReplicasReplicaType | Unset = UNSET,
    replica_ids: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
) -> ListReplicasResponse200 | ListReplicasResponse401 | None:
    """List Replicas

     This endpoint returns a list of all Replicas created by the account associated with the API Key in
    use.

    Args:
        limit (int | Unset):
        page (int | Unset):
        verbose (bool | Unset):
        replica_type (ListReplicasReplicaType | Unset):
        replica_ids (str | Unset):
        model_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListReplicasResponse200 | ListReplicasResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            verbose=verbose,
            replica_type=replica_type,
            replica_ids=replica_ids,
            model_name=model_name,
        )
    ).parsed
