from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.guardrail import Guardrail
from ...models.message_response import MessageResponse
from ...models.patch_guardrails_body_item import PatchGuardrailsBodyItem
from ...models.patch_guardrails_response_400 import PatchGuardrailsResponse400
from ...models.patch_guardrails_response_401 import PatchGuardrailsResponse401
from ...models.patch_guardrails_response_404 import PatchGuardrailsResponse404
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    guardrail_id: str,
    *,
    body: list[PatchGuardrailsBodyItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/guardrails/{guardrail_id}".format(
            guardrail_id=quote(str(guardrail_id), safe=""),
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
    | Guardrail
    | MessageResponse
    | PatchGuardrailsResponse400
    | PatchGuardrailsResponse401
    | PatchGuardrailsResponse404
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Guardrail | MessageResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Guardrail.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = MessageResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
    | Guardrail
    | MessageResponse
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
    guardrail_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchGuardrailsBodyItem] | Unset = UNSET,
) -> Response[
    Any
    | Guardrail
    | MessageResponse
    | PatchGuardrailsResponse400
    | PatchGuardrailsResponse401
    | PatchGuardrailsResponse404
]:
    """Patch Guardrails

     Updates fields of a guardrail with JSON Patch operations; paths must match the current document as
    returned by Get Guardrails. For a legacy set id the patch applies to the set document.

    Args:
        guardrail_id (str):  Example: g1234567890ab.
        body (list[PatchGuardrailsBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Guardrail | MessageResponse | PatchGuardrailsResponse400 | PatchGuardrailsResponse401 | PatchGuardrailsResponse404]
    """

    kwargs = _get_kwargs(
        guardrail_id=guardrail_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    guardrail_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchGuardrailsBodyItem] | Unset = UNSET,
) -> (
    Any
    | Guardrail
    | MessageResponse
    | PatchGuardrailsResponse400
    | PatchGuardrailsResponse401
    | PatchGuardrailsResponse404
    | None
):
    """Patch Guardrails

     Updates fields of a guardrail with JSON Patch operations; paths must match the current document as
    returned by Get Guardrails. For a legacy set id the patch applies to the set document.

    Args:
        guardrail_id (str):  Example: g1234567890ab.
        body (list[PatchGuardrailsBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Guardrail | MessageResponse | PatchGuardrailsResponse400 | PatchGuardrailsResponse401 | PatchGuardrailsResponse404
    """

    return sync_detailed(
        guardrail_id=guardrail_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    guardrail_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchGuardrailsBodyItem] | Unset = UNSET,
) -> Response[
    Any
    | Guardrail
    | MessageResponse
    | PatchGuardrailsResponse400
    | PatchGuardrailsResponse401
    | PatchGuardrailsResponse404
]:
    """Patch Guardrails

     Updates fields of a guardrail with JSON Patch operations; paths must match the current document as
    returned by Get Guardrails. For a legacy set id the patch applies to the set document.

    Args:
        guardrail_id (str):  Example: g1234567890ab.
        body (list[PatchGuardrailsBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Guardrail | MessageResponse | PatchGuardrailsResponse400 | PatchGuardrailsResponse401 | PatchGuardrailsResponse404]
    """

    kwargs = _get_kwargs(
        guardrail_id=guardrail_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    guardrail_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchGuardrailsBodyItem] | Unset = UNSET,
) -> (
    Any
    | Guardrail
    | MessageResponse
    | PatchGuardrailsResponse400
    | PatchGuardrailsResponse401
    | PatchGuardrailsResponse404
    | None
):
    """Patch Guardrails

     Updates fields of a guardrail with JSON Patch operations; paths must match the current document as
    returned by Get Guardrails. For a legacy set id the patch applies to the set document.

    Args:
        guardrail_id (str):  Example: g1234567890ab.
        body (list[PatchGuardrailsBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Guardrail | MessageResponse | PatchGuardrailsResponse400 | PatchGuardrailsResponse401 | PatchGuardrailsResponse404
    """

    return (
        await asyncio_detailed(
            guardrail_id=guardrail_id,
            client=client,
            body=body,
        )
    ).parsed
