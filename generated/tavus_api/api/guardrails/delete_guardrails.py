from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.delete_guardrails_response_400 import DeleteGuardrailsResponse400
from ...models.delete_guardrails_response_401 import DeleteGuardrailsResponse401
from ...models.delete_guardrails_response_404 import DeleteGuardrailsResponse404
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    guardrails_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/guardrails/{guardrails_id}".format(
            guardrails_id=quote(str(guardrails_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DeleteGuardrailsResponse400
    | DeleteGuardrailsResponse401
    | DeleteGuardrailsResponse404
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = DeleteGuardrailsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteGuardrailsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeleteGuardrailsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | DeleteGuardrailsResponse400
    | DeleteGuardrailsResponse401
    | DeleteGuardrailsResponse404
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
    Any
    | DeleteGuardrailsResponse400
    | DeleteGuardrailsResponse401
    | DeleteGuardrailsResponse404
]:
    """Delete Guardrails

     This endpoint deletes a single set of guardrails by its unique identifier.

    Args:
        guardrails_id (str):  Example: g12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteGuardrailsResponse400 | DeleteGuardrailsResponse401 | DeleteGuardrailsResponse404]
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
    Any
    | DeleteGuardrailsResponse400
    | DeleteGuardrailsResponse401
    | DeleteGuardrailsResponse404
    | None
):
    """Delete Guardrails

     This endpoint deletes a single set of guardrails by its unique identifier.

    Args:
        guardrails_id (str):  Example: g12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteGuardrailsResponse400 | DeleteGuardrailsResponse401 | DeleteGuardrailsResponse404
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
    Any
    | DeleteGuardrailsResponse400
    | DeleteGuardrailsResponse401
    | DeleteGuardrailsResponse404
]:
    """Delete Guardrails

     This endpoint deletes a single set of guardrails by its unique identifier.

    Args:
        guardrails_id (str):  Example: g12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteGuardrailsResponse400 | DeleteGuardrailsResponse401 | DeleteGuardrailsResponse404]
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
    Any
    | DeleteGuardrailsResponse400
    | DeleteGuardrailsResponse401
    | DeleteGuardrailsResponse404
    | None
):
    """Delete Guardrails

     This endpoint deletes a single set of guardrails by its unique identifier.

    Args:
        guardrails_id (str):  Example: g12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteGuardrailsResponse400 | DeleteGuardrailsResponse401 | DeleteGuardrailsResponse404
    """

    return (
        await asyncio_detailed(
            guardrails_id=guardrails_id,
            client=client,
        )
    ).parsed
