from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.list_canvas_interactions_response_2xx import (
    ListCanvasInteractionsResponse2XX,
)
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    conversation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/conversations/{conversation_id}/canvas/interactions".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListCanvasInteractionsResponse2XX | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ListCanvasInteractionsResponse2XX.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListCanvasInteractionsResponse2XX]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListCanvasInteractionsResponse2XX]:
    """List Canvas Interactions

     Returns every Canvas interaction recorded for the conversation, oldest first, in the shape of the
    canvas.interaction webhook's properties. Readable during and after the conversation; call it from a
    backend with the API key.

    Args:
        conversation_id (str):  Example: c123456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCanvasInteractionsResponse2XX]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ListCanvasInteractionsResponse2XX | None:
    """List Canvas Interactions

     Returns every Canvas interaction recorded for the conversation, oldest first, in the shape of the
    canvas.interaction webhook's properties. Readable during and after the conversation; call it from a
    backend with the API key.

    Args:
        conversation_id (str):  Example: c123456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCanvasInteractionsResponse2XX
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListCanvasInteractionsResponse2XX]:
    """List Canvas Interactions

     Returns every Canvas interaction recorded for the conversation, oldest first, in the shape of the
    canvas.interaction webhook's properties. Readable during and after the conversation; call it from a
    backend with the API key.

    Args:
        conversation_id (str):  Example: c123456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCanvasInteractionsResponse2XX]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ListCanvasInteractionsResponse2XX | None:
    """List Canvas Interactions

     Returns every Canvas interaction recorded for the conversation, oldest first, in the shape of the
    canvas.interaction webhook's properties. Readable during and after the conversation; call it from a
    backend with the API key.

    Args:
        conversation_id (str):  Example: c123456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCanvasInteractionsResponse2XX
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
        )
    ).parsed
