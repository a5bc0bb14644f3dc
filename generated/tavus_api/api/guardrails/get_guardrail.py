from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.get_guardrail_response_400 import GetGuardrailResponse400
from ...models.get_guardrail_response_401 import GetGuardrailResponse401
from ...models.get_guardrail_response_404 import GetGuardrailResponse404
from ...models.guardrails_detail import GuardrailsDetail
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    guardrails_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/guardrails/{guardrails_id}".format(
            guardrails_id=quote(str(guardrails_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetGuardrailResponse400
    | GetGuardrailResponse401
    | GetGuardrailResponse404
    | GuardrailsDetail
    | None
):
    if response.status_code == 200:
        response_200 = GuardrailsDetail.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetGuardrailResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetGuardrailResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetGuardrailResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetGuardrailResponse400
    | GetGuardrailResponse401
    | GetGuardrailResponse404
    | GuardrailsDetail
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
) -> Response[
    GetGuardrailResponse400
    | GetGuardrailResponse401
    | GetGuardrailResponse404
    | GuardrailsDetail
]:
    """Get Guardrails (One Set)

     This endpoint returns a single set of guardrails by its unique identifier.

    Args:
        guardrails_id (str):  Example: g12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGuardrailResponse400 | GetGuardrailResponse401 | GetGuardrailResponse404 | GuardrailsDetail]
    """

    kwargs = _get_kwargs(
        guardrails_id=guardrails_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    guardrails_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetGuardrailResponse400
    | GetGuardrailResponse401
    | GetGuardrailResponse404
    | GuardrailsDetail
    | None
):
    """Get Guardrails (One Set)

     This endpoint returns a single set of guardrails by its unique identifier.

    Args:
        guardrails_id (str):  Example: g12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGuardrailResponse400 | GetGuardrailResponse401 | GetGuardrailResponse404 | GuardrailsDetail
    """

    return sync_detailed(
        guardrails_id=guardrails_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    guardrails_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetGuardrailResponse400
    | GetGuardrailResponse401
    | GetGuardrailResponse404
    | GuardrailsDetail
]:
    """Get Guardrails (One Set)

     This endpoint returns a single set of guardrails by its unique identifier.

    Args:
        guardrails_id (str):  Example: g12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGuardrailResponse400 | GetGuardrailResponse401 | GetGuardrailResponse404 | GuardrailsDetail]
    """

    kwargs = _get_kwargs(
        guardrails_id=guardrails_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    guardrails_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetGuardrailResponse400
    | GetGuardrailResponse401
    | GetGuardrailResponse404
    | GuardrailsDetail
    | None
):
    """Get Guardrails (One Set)

     This endpoint returns a single set of guardrails by its unique identifier.

    Args:
        guardrails_id (str):  Example: g12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGuardrailResponse400 | GetGuardrailResponse401 | GetGuardrailResponse404 | GuardrailsDetail
    """

    return (
        await asyncio_detailed(
            guardrails_id=guardrails_id,
            client=client,
        )
    ).parsed
