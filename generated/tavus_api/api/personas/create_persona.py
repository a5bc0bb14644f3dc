from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_persona_body import CreatePersonaBody
from ...models.create_persona_response_400 import CreatePersonaResponse400
from ...models.create_persona_response_401 import CreatePersonaResponse401
from ...models.persona import Persona
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreatePersonaBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/personas",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePersonaResponse400 | CreatePersonaResponse401 | Persona | None:
    if response.status_code == 200:
        response_200 = Persona.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreatePersonaResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreatePersonaResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatePersonaResponse400 | CreatePersonaResponse401 | Persona]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePersonaBody | Unset = UNSET,
) -> Response[CreatePersonaResponse400 | CreatePersonaResponse401 | Persona]:
    """Create Persona

     Creates a persona that configures how a replica behaves and sounds in CVI for every conversation
    that uses that persona.

    Args:
        body (CreatePersonaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePersonaResponse400 | CreatePersonaResponse401 | Persona]
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
    body: CreatePersonaBody | Unset = UNSET,
) -> CreatePersonaResponse400 | CreatePersonaResponse401 | Persona | None:
    """Create Persona

     Creates a persona that configures how a replica behaves and sounds in CVI for every conversation
    that uses that persona.

    Args:
        body (CreatePersonaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePersonaResponse400 | CreatePersonaResponse401 | Persona
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePersonaBody | Unset = UNSET,
) -> Response[CreatePersonaResponse400 | CreatePersonaResponse401 | Persona]:
    """Create Persona

     Creates a persona that configures how a replica behaves and sounds in CVI for every conversation
    that uses that persona.

    Args:
        body (CreatePersonaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePersonaResponse400 | CreatePersonaResponse401 | Persona]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreatePersonaBody | Unset = UNSET,
) -> CreatePersonaResponse400 | CreatePersonaResponse401 | Persona | None:
    """Create Persona

     Creates a persona that configures how a replica behaves and sounds in CVI for every conversation
    that uses that persona.

    Args:
        body (CreatePersonaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePersonaResponse400 | CreatePersonaResponse401 | Persona
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
