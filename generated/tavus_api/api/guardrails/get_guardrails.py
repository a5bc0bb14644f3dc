from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.get_guardrails_response_400 import GetGuardrailsResponse400
from ...models.get_guardrails_response_401 import GetGuardrailsResponse401
from ...models.get_guardrails_response_404 import GetGuardrailsResponse404
from ...models.guardrail import Guardrail
from ...models.guardrails_detail import GuardrailsDetail
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    guardrail_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/guardrails/{guardrail_id}".format(
            guardrail_id=quote(str(guardrail_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetGuardrailsResponse400
    | GetGuardrailsResponse401
    | GetGuardrailsResponse404
    | Guardrail
    | GuardrailsDetail
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Guardrail | GuardrailsDetail:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Guardrail.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = GuardrailsDetail.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetGuardrailsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetGuardrailsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetGuardrailsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetGuardrailsResponse400
    | GetGuardrailsResponse401
    | GetGuardrailsResponse404
    | Guardrail
    | GuardrailsDetail
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
    GetGuardrailsResponse400
    | GetGuardrailsResponse401
    | GetGuardrailsResponse404
    | Guardrail
    | GuardrailsDetail
]:
    """Get Guardrails

     Returns one guardrail. For a legacy set id the legacy set shape is returned instead.

    Args:
        guardrail_id (str):  Example: g1234567890ab.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGuardrailsResponse400 | GetGuardrailsResponse401 | GetGuardrailsResponse404 | Guardrail | GuardrailsDetail]
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
    GetGuardrailsResponse400
    | GetGuardrailsResponse401
    | GetGuardrailsResponse404
    | Guardrail
    | GuardrailsDetail
    | None
):
    """Get Guardrails

     Returns one guardrail. For a legacy set id the legacy set shape is returned instead.

    Args:
        guardrail_id (str):  Example: g1234567890ab.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGuardrailsResponse400 | GetGuardrailsResponse401 | GetGuardrailsResponse404 | Guardrail | GuardrailsDetail
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
    GetGuardrailsResponse400
    | GetGuardrailsResponse401
    | GetGuardrailsResponse404
    | Guardrail
    | GuardrailsDetail
]:
    """Get Guardrails

     Returns one guardrail. For a legacy set id the legacy set shape is returned instead.

    Args:
        guardrail_id (str):  Example: g1234567890ab.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGuardrailsResponse400 | GetGuardrailsResponse401 | GetGuardrailsResponse404 | Guardrail | GuardrailsDetail]
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
    GetGuardrailsResponse400
    | GetGuardrailsResponse401
    | GetGuardrailsResponse404
    | Guardrail
    | GuardrailsDetail
    | None
):
    """Get Guardrails

     Returns one guardrail. For a legacy set id the legacy set shape is returned instead.

    Args:
        guardrail_id (str):  Example: g1234567890ab.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGuardrailsResponse400 | GetGuardrailsResponse401 | GetGuardrailsResponse404 | Guardrail | GuardrailsDetail
    """

    return (
        await asyncio_detailed(
            guardrail_id=guardrail_id,
            client=client,
        )
    ).parsed
