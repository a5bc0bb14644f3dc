from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.tool import Tool
from ...models.tool_create_request import ToolCreateRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: ToolCreateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/tools",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Tool | None:
    if 200 <= response.status_code <= 299:
        response_2xx = Tool.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Tool]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ToolCreateRequest | Unset = UNSET,
) -> Response[Tool]:
    """Create Tool

     Creates a standalone tool that can be attached to any number of PALs. In-call tools (trigger_type
    in_call, the default) are called by the LLM (origin llm) or a perception model (origin vision /
    audio); post-call actions (trigger_type post_call) run once after the conversation ends, take no
    origin and need delivery.api. Every tool uses exactly one delivery channel.

    Args:
        body (ToolCreateRequest | Unset): Body of Create Tool. Example: {'name': 'get_weather',
            'description': 'Get the current weather for a city', 'parameters': {'type': 'object',
            'properties': {'city': {'type': 'string', 'description': 'City name'}}, 'required':
            ['city']}, 'delivery': {'app_message': True}, 'trigger_type': 'in_call', 'origin': 'llm',
            'on_call': 'generate_filler', 'on_resolve': 'generate_response', 'static_filler': 'Sure,
            let me grab that for you.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Tool]
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
    client: AuthenticatedClient | Client,
    body: ToolCreateRequest | Unset = UNSET,
) -> Tool | None:
    """Create Tool

     Creates a standalone tool that can be attached to any number of PALs. In-call tools (trigger_type
    in_call, the default) are called by the LLM (origin llm) or a perception model (origin vision /
    audio); post-call actions (trigger_type post_call) run once after the conversation ends, take no
    origin and need delivery.api. Every tool uses exactly one delivery channel.

    Args:
        body (ToolCreateRequest | Unset): Body of Create Tool. Example: {'name': 'get_weather',
            'description': 'Get the current weather for a city', 'parameters': {'type': 'object',
            'properties': {'city': {'type': 'string', 'description': 'City name'}}, 'required':
            ['city']}, 'delivery': {'app_message': True}, 'trigger_type': 'in_call', 'origin': 'llm',
            'on_call': 'generate_filler', 'on_resolve': 'generate_response', 'static_filler': 'Sure,
            let me grab that for you.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Tool
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ToolCreateRequest | Unset = UNSET,
) -> Response[Tool]:
    """Create Tool

     Creates a standalone tool that can be attached to any number of PALs. In-call tools (trigger_type
    in_call, the default) are called by the LLM (origin llm) or a perception model (origin vision /
    audio); post-call actions (trigger_type post_call) run once after the conversation ends, take no
    origin and need delivery.api. Every tool uses exactly one delivery channel.

    Args:
        body (ToolCreateRequest | Unset): Body of Create Tool. Example: {'name': 'get_weather',
            'description': 'Get the current weather for a city', 'parameters': {'type': 'object',
            'properties': {'city': {'type': 'string', 'description': 'City name'}}, 'required':
            ['city']}, 'delivery': {'app_message': True}, 'trigger_type': 'in_call', 'origin': 'llm',
            'on_call': 'generate_filler', 'on_resolve': 'generate_response', 'static_filler': 'Sure,
            let me grab that for you.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Tool]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ToolCreateRequest | Unset = UNSET,
) -> Tool | None:
    """Create Tool

     Creates a standalone tool that can be attached to any number of PALs. In-call tools (trigger_type
    in_call, the default) are called by the LLM (origin llm) or a perception model (origin vision /
    audio); post-call actions (trigger_type post_call) run once after the conversation ends, take no
    origin and need delivery.api. Every tool uses exactly one delivery channel.

    Args:
        body (ToolCreateRequest | Unset): Body of Create Tool. Example: {'name': 'get_weather',
            'description': 'Get the current weather for a city', 'parameters': {'type': 'object',
            'properties': {'city': {'type': 'string', 'description': 'City name'}}, 'required':
            ['city']}, 'delivery': {'app_message': True}, 'trigger_type': 'in_call', 'origin': 'llm',
            'on_call': 'generate_filler', 'on_resolve': 'generate_response', 'static_filler': 'Sure,
            let me grab that for you.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Tool
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
