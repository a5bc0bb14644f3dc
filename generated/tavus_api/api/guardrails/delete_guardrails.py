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
    guardrail_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/guardrails/{guardrail_id}".format(
            guardrail_id=quote(str(guardrail_id), safe=""),
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
    guardrail_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | DeleteGuardrailsResponse400
    | DeleteGuardrailsResponse401
    | DeleteGuardrailsResponse404
]:
    """Delete Guardrails

     Deletes one guardrail; for a legacy set id, deletes the set and all its items (PALs referencing the
    set are cleaned up).

    Args:
        guardrail_id (str):  Example: g1234567890ab.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteGuardrailsResponse400 | DeleteGuardrailsResponse401 | DeleteGuardrailsResponse404]
    """

    kwargs = _get_kwargs(
        guardrail_id=guardrail_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    guardrail_id: str,
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

     Deletes one guardrail; for a legacy set id, deletes the set and all its items (PALs referencing the
    set are cleaned up).

    Args:
        guardrail_id (str):  Example: g1234567890ab.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteGuardrailsResponse400 | DeleteGuardrailsResponse401 | DeleteGuardrailsResponse404
    """

    return sync_detailed(
        guardrail_id=guardrail_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    guardrail_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | DeleteGuardrailsResponse400
    | DeleteGuardrailsResponse401
    | DeleteGuardrailsResponse404
]:
    """Delete Guardrails

     Deletes one guardrail; for a legacy set id, deletes the set and all its items (PALs referencing the
    set are cleaned up).

    Args:
        guardrail_id (str):  Example: g1234567890ab.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteGuardrailsResponse400 | DeleteGuardrailsResponse401 | DeleteGuardrailsResponse404]
    """

    kwargs = _get_kwargs(
        guardrail_id=guardrail_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    guardrail_id: str,
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

     Deletes one guardrail; for a legacy set id, deletes the set and all its items (PALs referencing the
    set are cleaned up).

    Args:
        guardrail_id (str):  Example: g1234567890ab.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteGuardrailsResponse400 | DeleteGuardrailsResponse401 | DeleteGuardrailsResponse404
    """

    return (
        await asyncio_detailed(
            guardrail_id=guardrail_id,
            client=client,
        )
    ).parsed
