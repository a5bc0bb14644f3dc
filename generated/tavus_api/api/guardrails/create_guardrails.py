from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_guardrails_response_400 import CreateGuardrailsResponse400
from ...models.create_guardrails_response_401 import CreateGuardrailsResponse401
from ...models.guardrail import Guardrail
from ...models.guardrail_create_request import GuardrailCreateRequest
from ...models.guardrail_set_create_request import GuardrailSetCreateRequest
from ...models.guardrails import Guardrails
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: GuardrailCreateRequest | GuardrailSetCreateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/guardrails",
    }

    if isinstance(body, GuardrailCreateRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateGuardrailsResponse400
    | CreateGuardrailsResponse401
    | Guardrail
    | Guardrails
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Guardrail | Guardrails:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Guardrail.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = Guardrails.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateGuardrailsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateGuardrailsResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateGuardrailsResponse400 | CreateGuardrailsResponse401 | Guardrail | Guardrails
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GuardrailCreateRequest | GuardrailSetCreateRequest | Unset = UNSET,
) -> Response[
    CreateGuardrailsResponse400 | CreateGuardrailsResponse401 | Guardrail | Guardrails
]:
    """Create Guardrails

     Creates one guardrail (a behavioural boundary enforced throughout a conversation), attached to a PAL
    through guardrail_ids or guardrail_tags. The same path still creates a legacy guardrail set when the
    body has name and data instead of a top-level guardrail_name.

    Args:
        body (GuardrailCreateRequest | GuardrailSetCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGuardrailsResponse400 | CreateGuardrailsResponse401 | Guardrail | Guardrails]
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
    body: GuardrailCreateRequest | GuardrailSetCreateRequest | Unset = UNSET,
) -> (
    CreateGuardrailsResponse400
    | CreateGuardrailsResponse401
    | Guardrail
    | Guardrails
    | None
):
    """Create Guardrails

     Creates one guardrail (a behavioural boundary enforced throughout a conversation), attached to a PAL
    through guardrail_ids or guardrail_tags. The same path still creates a legacy guardrail set when the
    body has name and data instead of a top-level guardrail_name.

    Args:
        body (GuardrailCreateRequest | GuardrailSetCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGuardrailsResponse400 | CreateGuardrailsResponse401 | Guardrail | Guardrails
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GuardrailCreateRequest | GuardrailSetCreateRequest | Unset = UNSET,
) -> Response[
    CreateGuardrailsResponse400 | CreateGuardrailsResponse401 | Guardrail | Guardrails
]:
    """Create Guardrails

     Creates one guardrail (a behavioural boundary enforced throughout a conversation), attached to a PAL
    through guardrail_ids or guardrail_tags. The same path still creates a legacy guardrail set when the
    body has name and data instead of a top-level guardrail_name.

    Args:
        body (GuardrailCreateRequest | GuardrailSetCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGuardrailsResponse400 | CreateGuardrailsResponse401 | Guardrail | Guardrails]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GuardrailCreateRequest | GuardrailSetCreateRequest | Unset = UNSET,
) -> (
    CreateGuardrailsResponse400
    | CreateGuardrailsResponse401
    | Guardrail
    | Guardrails
    | None
):
    """Create Guardrails

     Creates one guardrail (a behavioural boundary enforced throughout a conversation), attached to a PAL
    through guardrail_ids or guardrail_tags. The same path still creates a legacy guardrail set when the
    body has name and data instead of a top-level guardrail_name.

    Args:
        body (GuardrailCreateRequest | GuardrailSetCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGuardrailsResponse400 | CreateGuardrailsResponse401 | Guardrail | Guardrails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
