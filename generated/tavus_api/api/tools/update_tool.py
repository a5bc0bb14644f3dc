from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.tool import Tool
from ...models.tool_update_request import ToolUpdateRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    tool_id: str,
    *,
    body: ToolUpdateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/tools/{tool_id}".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
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
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ToolUpdateRequest | Unset = UNSET,
) -> Response[Tool]:
    """Update Tool

     Updates the fields present in the body and keeps the rest; system tools cannot be updated. Sending
    back the ******** placeholder of a secret is rejected - omit the secret to keep it. delivery null
    resets delivery to {"app_message": true}.

    Args:
        tool_id (str):  Example: tabc123def456.
        body (ToolUpdateRequest | Unset): Body of Update Tool; only the fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Tool]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ToolUpdateRequest | Unset = UNSET,
) -> Tool | None:
    """Update Tool

     Updates the fields present in the body and keeps the rest; system tools cannot be updated. Sending
    back the ******** placeholder of a secret is rejected - omit the secret to keep it. delivery null
    resets delivery to {"app_message": true}.

    Args:
        tool_id (str):  Example: tabc123def456.
        body (ToolUpdateRequest | Unset): Body of Update Tool; only the fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Tool
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ToolUpdateRequest | Unset = UNSET,
) -> Response[Tool]:
    """Update Tool

     Updates the fields present in the body and keeps the rest; system tools cannot be updated. Sending
    back the ******** placeholder of a secret is rejected - omit the secret to keep it. delivery null
    resets delivery to {"app_message": true}.

    Args:
        tool_id (str):  Example: tabc123def456.
        body (ToolUpdateRequest | Unset): Body of Update Tool; only the fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Tool]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ToolUpdateRequest | Unset = UNSET,
) -> Tool | None:
    """Update Tool

     Updates the fields present in the body and keeps the rest; system tools cannot be updated. Sending
    back the ******** placeholder of a secret is rejected - omit the secret to keep it. delivery null
    resets delivery to {"app_message": true}.

    Args:
        tool_id (str):  Example: tabc123def456.
        body (ToolUpdateRequest | Unset): Body of Update Tool; only the fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Tool
    """

    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            body=body,
        )
    ).parsed
