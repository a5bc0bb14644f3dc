from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.patch_persona_body_item import PatchPersonaBodyItem
from ...models.patch_persona_response_400 import PatchPersonaResponse400
from ...models.patch_persona_response_422 import PatchPersonaResponse422
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    persona_id: str,
    *,
    body: list[PatchPersonaBodyItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/personas/{persona_id}".format(
            persona_id=quote(str(persona_id), safe=""),
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
) -> Any | PatchPersonaResponse400 | PatchPersonaResponse422 | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = PatchPersonaResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = PatchPersonaResponse422.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PatchPersonaResponse400 | PatchPersonaResponse422]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    persona_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchPersonaBodyItem] | Unset = UNSET,
) -> Response[Any | PatchPersonaResponse400 | PatchPersonaResponse422]:
    """Patch Persona

     This endpoint allows you to update specific fields of a persona using JSON Patch operations.

    Args:
        persona_id (str):  Example: pcb7a34da5fe.
        body (list[PatchPersonaBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PatchPersonaResponse400 | PatchPersonaResponse422]
    """

    kwargs = _get_kwargs(
        persona_id=persona_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    persona_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchPersonaBodyItem] | Unset = UNSET,
) -> Any | PatchPersonaResponse400 | PatchPersonaResponse422 | None:
    """Patch Persona

     This endpoint allows you to update specific fields of a persona using JSON Patch operations.

    Args:
        persona_id (str):  Example: pcb7a34da5fe.
        body (list[PatchPersonaBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PatchPersonaResponse400 | PatchPersonaResponse422
    """

    return sync_detailed(
        persona_id=persona_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    persona_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchPersonaBodyItem] | Unset = UNSET,
) -> Response[Any | PatchPersonaResponse400 | PatchPersonaResponse422]:
    """Patch Persona

     This endpoint allows you to update specific fields of a persona using JSON Patch operations.

    Args:
        persona_id (str):  Example: pcb7a34da5fe.
        body (list[PatchPersonaBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PatchPersonaResponse400 | PatchPersonaResponse422]
    """

    kwargs = _get_kwargs(
        persona_id=persona_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    persona_id: str,
    *,
    client: AuthenticatedClient,
    body: list[PatchPersonaBodyItem] | Unset = UNSET,
) -> Any | PatchPersonaResponse400 | PatchPersonaResponse422 | None:
    """Patch Persona

     This endpoint allows you to update specific fields of a persona using JSON Patch operations.

    Args:
        persona_id (str):  Example: pcb7a34da5fe.
        body (list[PatchPersonaBodyItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PatchPersonaResponse400 | PatchPersonaResponse422
    """

    return (
        await asyncio_detailed(
            persona_id=persona_id,
            client=client,
            body=body,
        )
    ).parsed
