from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.patch_guardrails_body_item import PatchGuardrailsBodyItem
from ...models.patch_guardrails_response_200 import PatchGuardrailsResponse200
from ...models.patch_guardrails_response_400 import PatchGuardrailsResponse400
from ...models.patch_guardrails_response_401 import PatchGuardrailsResponse401
from ...models.patch_guardrails_response_404 import PatchGuardrailsResponse404
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    guardrails_id: str,
    *,
    body: list[PatchGuardrailsBodyItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/guardrails/{guardrails_id}".format(
            guardrails_id=quote(str(guardrails_id), safe=""),
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
    | PatchGuardrailsResponse200
    | PatchGuardrailsResponse400
    | PatchGuardrailsResponse401
    | PatchGuardrailsResponse404
    | None
):
    if response.status_code == 200:
        response_200 = PatchGuardrailsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = PatchGuardrailsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PatchGuardrailsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PatchGuardrailsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | PatchGuardrailsResponse200
    | PatchGuardrailsResponse400
    | PatchGuardrailsResponse401
    | PatchGuardrailsResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    guardrails_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchGuardrailsBodyItem] | Unset = UNSET,
) -> Response[
    Any
    | PatchGuardrailsResponse200
    | PatchGuardrailsResponse400
    | PatchGuardrailsResponse401
    | PatchGuardrailsResponse404
]:
    """Patch Guardrails

     This endpoint allows you to update specific fields of guardrails using JSON Patch operations.

    Args:
        guardrails_id (str):  Example: g12345.
        body (list[PatchGuardrailsBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PatchGuardrailsResponse200 | PatchGuardrailsResponse400 | PatchGuardrailsResponse401 | PatchGuardrailsResponse404]
    """

    kwargs = _get_kwargs(
        guardrails_id=guardrails_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    guardrails_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchGuardrailsBodyItem] | Unset = UNSET,
) -> (
    Any
    | PatchGuardrailsResponse200
    | PatchGuardrailsResponse400
    | PatchGuardrailsResponse401
    | PatchGuardrailsResponse404
    | None
):
    """Patch Guardrails

     This endpoint allows you to update specific fields of guardrails using JSON Patch operations.

    Args:
        guardrails_id (str):  Example: g12345.
        body (list[PatchGuardrailsBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PatchGuardrailsResponse200 | PatchGuardrailsResponse400 | PatchGuardrailsResponse401 | PatchGuardrailsResponse404
    """

    return sync_detailed(
        guardrails_id=guardrails_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    guardrails_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchGuardrailsBodyItem] | Unset = UNSET,
) -> Response[
    Any
    | PatchGuardrailsResponse200
    | PatchGuardrailsResponse400
    | PatchGuardrailsResponse401
    | PatchGuardrailsResponse404
]:
    """Patch Guardrails

     This endpoint allows you to update specific fields of guardrails using JSON Patch operations.

    Args:
        guardrails_id (str):  Example: g12345.
        body (list[PatchGuardrailsBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PatchGuardrailsResponse200 | PatchGuardrailsResponse400 | PatchGuardrailsResponse401 | PatchGuardrailsResponse404]
    """

    kwargs = _get_kwargs(
        guardrails_id=guardrails_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    guardrails_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchGuardrailsBodyItem] | Unset = UNSET,
) -> (
    Any
    | PatchGuardrailsResponse200
    | PatchGuardrailsResponse400
    | PatchGuardrailsResponse401
    | PatchGuardrailsResponse404
    | None
):
    """Patch Guardrails

     This endpoint allows you to update specific fields of guardrails using JSON Patch operations.

    Args:
        guardrails_id (str):  Example: g12345.
        body (list[PatchGuardrailsBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PatchGuardrailsResponse200 | PatchGuardrailsResponse400 | PatchGuardrailsResponse401 | PatchGuardrailsResponse404
    """

    return (
        await asyncio_detailed(
            guardrails_id=guardrails_id,
            client=client,
            body=body,
        )
    ).parsed
