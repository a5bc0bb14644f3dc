from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.delete_objective_response_400 import DeleteObjectiveResponse400
from ...models.delete_objective_response_401 import DeleteObjectiveResponse401
from ...models.delete_objective_response_404 import DeleteObjectiveResponse404
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    objectives_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/objectives/{objectives_id}".format(
            objectives_id=quote(str(objectives_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DeleteObjectiveResponse400
    | DeleteObjectiveResponse401
    | DeleteObjectiveResponse404
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = DeleteObjectiveResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteObjectiveResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeleteObjectiveResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | DeleteObjectiveResponse400
    | DeleteObjectiveResponse401
    | DeleteObjectiveResponse404
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
    Any
    | DeleteObjectiveResponse400
    | DeleteObjectiveResponse401
    | DeleteObjectiveResponse404
]:
    """Delete Objective

     This endpoint deletes a single objective by its unique identifier.

    Args:
        objectives_id (str):  Example: o12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteObjectiveResponse400 | DeleteObjectiveResponse401 | DeleteObjectiveResponse404]
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
    Any
    | DeleteObjectiveResponse400
    | DeleteObjectiveResponse401
    | DeleteObjectiveResponse404
    | None
):
    """Delete Objective

     This endpoint deletes a single objective by its unique identifier.

    Args:
        objectives_id (str):  Example: o12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteObjectiveResponse400 | DeleteObjectiveResponse401 | DeleteObjectiveResponse404
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
    Any
    | DeleteObjectiveResponse400
    | DeleteObjectiveResponse401
    | DeleteObjectiveResponse404
]:
    """Delete Objective

     This endpoint deletes a single objective by its unique identifier.

    Args:
        objectives_id (str):  Example: o12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteObjectiveResponse400 | DeleteObjectiveResponse401 | DeleteObjectiveResponse404]
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
    Any
    | DeleteObjectiveResponse400
    | DeleteObjectiveResponse401
    | DeleteObjectiveResponse404
    | None
):
    """Delete Objective

     This endpoint deletes a single objective by its unique identifier.

    Args:
        objectives_id (str):  Example: o12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteObjectiveResponse400 | DeleteObjectiveResponse401 | DeleteObjectiveResponse404
    """

    return (
        await asyncio_detailed(
            objectives_id=objectives_id,
            client=client,
        )
    ).parsed
