from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.get_persona_response_400 import GetPersonaResponse400
from ...models.get_persona_response_401 import GetPersonaResponse401
from ...models.persona_detail import PersonaDetail
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    persona_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/personas/{persona_id}".format(
            persona_id=quote(str(persona_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPersonaResponse400 | GetPersonaResponse401 | PersonaDetail | None:
    if response.status_code == 200:
        response_200 = PersonaDetail.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPersonaResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetPersonaResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPersonaResponse400 | GetPersonaResponse401 | PersonaDetail]:
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
) -> Response[GetPersonaResponse400 | GetPersonaResponse401 | PersonaDetail]:
    """Get Persona

     This endpoint returns a single persona by its unique identifier.

    Args:
        persona_id (str):  Example: pcb7a34da5fe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPersonaResponse400 | GetPersonaResponse401 | PersonaDetail]
    """

    kwargs = _get_kwargs(
        persona_id=persona_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    persona_id: str,
    *,
    client: AuthenticatedClient,
) -> GetPersonaResponse400 | GetPersonaResponse401 | PersonaDetail | None:
    """Get Persona

     This endpoint returns a single persona by its unique identifier.

    Args:
        persona_id (str):  Example: pcb7a34da5fe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPersonaResponse400 | GetPersonaResponse401 | PersonaDetail
    """

    return sync_detailed(
        persona_id=persona_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    persona_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetPersonaResponse400 | GetPersonaResponse401 | PersonaDetail]:
    """Get Persona

     This endpoint returns a single persona by its unique identifier.

    Args:
        persona_id (str):  Example: pcb7a34da5fe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPersonaResponse400 | GetPersonaResponse401 | PersonaDetail]
    """

    kwargs = _get_kwargs(
        persona_id=persona_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    persona_id: str,
    *,
    client: AuthenticatedClient,
) -> GetPersonaResponse400 | GetPersonaResponse401 | PersonaDetail | None:
    """Get Persona

     This endpoint returns a single persona by its unique identifier.

    Args:
        persona_id (str):  Example: pcb7a34da5fe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPersonaResponse400 | GetPersonaResponse401 | PersonaDetail
    """

    return (
        await asyncio_detailed(
            persona_id=persona_id,
            client=client,
        )
    ).parsed
