from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_objectives_body import CreateObjectivesBody
from ...models.create_objectives_response_400 import CreateObjectivesResponse400
from ...models.create_objectives_response_401 import CreateObjectivesResponse401
from ...models.objectives import Objectives
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateObjectivesBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/objectives",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateObjectivesResponse400 | CreateObjectivesResponse401 | Objectives | None:
    if response.status_code == 200:
        response_200 = Objectives.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateObjectivesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateObjectivesResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateObjectivesResponse400 | CreateObjectivesResponse401 | Objectives]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateObjectivesBody | Unset = UNSET,
) -> Response[CreateObjectivesResponse400 | CreateObjectivesResponse401 | Objectives]:
    """Create Objectives

     This endpoint creates objectives for a persona.

    Args:
        body (CreateObjectivesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateObjectivesResponse400 | CreateObjectivesResponse401 | Objectives]
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
    body: CreateObjectivesBody | Unset = UNSET,
) -> CreateObjectivesResponse400 | CreateObjectivesResponse401 | Objectives | None:
    """Create Objectives

     This endpoint creates objectives for a persona.

    Args:
        body (CreateObjectivesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateObjectivesResponse400 | CreateObjectivesResponse401 | Objectives
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateObjectivesBody | Unset = UNSET,
) -> Response[CreateObjectivesResponse400 | CreateObjectivesResponse401 | Objectives]:
    """Create Objectives

     This endpoint creates objectives for a persona.

    Args:
        body (CreateObjectivesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateObjectivesResponse400 | CreateObjectivesResponse401 | Objectives]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateObjectivesBody | Unset = UNSET,
) -> CreateObjectivesResponse400 | CreateObjectivesResponse401 | Objectives | None:
    """Create Objectives

     This endpoint creates objectives for a persona.

    Args:
        body (CreateObjectivesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateObjectivesResponse400 | CreateObjectivesResponse401 | Objectives
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
