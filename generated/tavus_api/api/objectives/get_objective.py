from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.get_objective_response_400 import GetObjectiveResponse400
from ...models.get_objective_response_401 import GetObjectiveResponse401
from ...models.get_objective_response_404 import GetObjectiveResponse404
from ...models.objectives_detail import ObjectivesDetail
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    objectives_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/objectives/{objectives_id}".format(
            objectives_id=quote(str(objectives_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetObjectiveResponse400
    | GetObjectiveResponse401
    | GetObjectiveResponse404
    | ObjectivesDetail
    | None
):
    if response.status_code == 200:
        response_200 = ObjectivesDetail.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetObjectiveResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetObjectiveResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetObjectiveResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetObjectiveResponse400
    | GetObjectiveResponse401
    | GetObjectiveResponse404
    | ObjectivesDetail
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    objectives_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetObjectiveResponse400
    | GetObjectiveResponse401
    | GetObjectiveResponse404
    | ObjectivesDetail
]:
    """Get Objective

     This endpoint returns a single objective by its unique identifier.

    Args:
        objectives_id (str):  Example: o12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetObjectiveResponse400 | GetObjectiveResponse401 | GetObjectiveResponse404 | ObjectivesDetail]
    """

    kwargs = _get_kwargs(
        objectives_id=objectives_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    objectives_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetObjectiveResponse400
    | GetObjectiveResponse401
    | GetObjectiveResponse404
    | ObjectivesDetail
    | None
):
    """Get Objective

     This endpoint returns a single objective by its unique identifier.

    Args:
        objectives_id (str):  Example: o12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetObjectiveResponse400 | GetObjectiveResponse401 | GetObjectiveResponse404 | ObjectivesDetail
    """

    return sync_detailed(
        objectives_id=objectives_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    objectives_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetObjectiveResponse400
    | GetObjectiveResponse401
    | GetObjectiveResponse404
    | ObjectivesDetail
]:
    """Get Objective

     This endpoint returns a single objective by its unique identifier.

    Args:
        objectives_id (str):  Example: o12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetObjectiveResponse400 | GetObjectiveResponse401 | GetObjectiveResponse404 | ObjectivesDetail]
    """

    kwargs = _get_kwargs(
        objectives_id=objectives_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    objectives_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetObjectiveResponse400
    | GetObjectiveResponse401
    | GetObjectiveResponse404
    | ObjectivesDetail
    | None
):
    """Get Objective

     This endpoint returns a single objective by its unique identifier.

    Args:
        objectives_id (str):  Example: o12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetObjectiveResponse400 | GetObjectiveResponse401 | GetObjectiveResponse404 | ObjectivesDetail
    """

    return (
        await asyncio_detailed(
            objectives_id=objectives_id,
            client=client,
        )
    ).parsed
