from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.patch_objective_body_item import PatchObjectiveBodyItem
from ...models.patch_objective_response_200 import PatchObjectiveResponse200
from ...models.patch_objective_response_400 import PatchObjectiveResponse400
from ...models.patch_objective_response_401 import PatchObjectiveResponse401
from ...models.patch_objective_response_404 import PatchObjectiveResponse404
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    objectives_id: str,
    *,
    body: list[PatchObjectiveBodyItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/objectives/{objectives_id}".format(
            objectives_id=quote(str(objectives_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | PatchObjectiveResponse200
    | PatchObjectiveResponse400
    | PatchObjectiveResponse401
    | PatchObjectiveResponse404
    | None
):
    if response.status_code == 200:
        response_200 = PatchObjectiveResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = PatchObjectiveResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PatchObjectiveResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PatchObjectiveResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | PatchObjectiveResponse200
    | PatchObjectiveResponse400
    | PatchObjectiveResponse401
    | PatchObjectiveResponse404
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
    body: list[PatchObjectiveBodyItem] | Unset = UNSET,
) -> Response[
    Any
    | PatchObjectiveResponse200
    | PatchObjectiveResponse400
    | PatchObjectiveResponse401
    | PatchObjectiveResponse404
]:
    """Patch Objective

     This endpoint allows you to update specific fields of an objective using JSON Patch operations.

    Args:
        objectives_id (str):  Example: o12345.
        body (list[PatchObjectiveBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PatchObjectiveResponse200 | PatchObjectiveResponse400 | PatchObjectiveResponse401 | PatchObjectiveResponse404]
    """

    kwargs = _get_kwargs(
        objectives_id=objectives_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    objectives_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchObjectiveBodyItem] | Unset = UNSET,
) -> (
    Any
    | PatchObjectiveResponse200
    | PatchObjectiveResponse400
    | PatchObjectiveResponse401
    | PatchObjectiveResponse404
    | None
):
    """Patch Objective

     This endpoint allows you to update specific fields of an objective using JSON Patch operations.

    Args:
        objectives_id (str):  Example: o12345.
        body (list[PatchObjectiveBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PatchObjectiveResponse200 | PatchObjectiveResponse400 | PatchObjectiveResponse401 | PatchObjectiveResponse404
    """

    return sync_detailed(
        objectives_id=objectives_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    objectives_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchObjectiveBodyItem] | Unset = UNSET,
) -> Response[
    Any
    | PatchObjectiveResponse200
    | PatchObjectiveResponse400
    | PatchObjectiveResponse401
    | PatchObjectiveResponse404
]:
    """Patch Objective

     This endpoint allows you to update specific fields of an objective using JSON Patch operations.

    Args:
        objectives_id (str):  Example: o12345.
        body (list[PatchObjectiveBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PatchObjectiveResponse200 | PatchObjectiveResponse400 | PatchObjectiveResponse401 | PatchObjectiveResponse404]
    """

    kwargs = _get_kwargs(
        objectives_id=objectives_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    objectives_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchObjectiveBodyItem] | Unset = UNSET,
) -> (
    Any
    | PatchObjectiveResponse200
    | PatchObjectiveResponse400
    | PatchObjectiveResponse401
    | PatchObjectiveResponse404
    | None
):
    """Patch Objective

     This endpoint allows you to update specific fields of an objective using JSON Patch operations.

    Args:
        objectives_id (str):  Example: o12345.
        body (list[PatchObjectiveBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PatchObjectiveResponse200 | PatchObjectiveResponse400 | PatchObjectiveResponse401 | PatchObjectiveResponse404
    """

    return (
        await asyncio_detailed(
            objectives_id=objectives_id,
            client=client,
            body=body,
        )
    ).parsed
