from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.record_canvas_interaction_body import RecordCanvasInteractionBody
from ...models.record_canvas_interaction_response_200 import (
    RecordCanvasInteractionResponse200,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    conversation_id: str,
    *,
    body: RecordCanvasInteractionBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/conversations/{conversation_id}/canvas/interactions".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecordCanvasInteractionResponse200 | None:
    if response.status_code == 200:
        response_200 = RecordCanvasInteractionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RecordCanvasInteractionResponse200]:
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
    body: RecordCanvasInteractionBody | Unset = UNSET,
) -> Response[ErrorResponse | RecordCanvasInteractionResponse200]:
    """Record Canvas Interaction

     Records a Magic Canvas interaction (submit, skip, dismiss, clear, error or heartbeat) while the
    conversation is active; only custom renderers need it (the Tavus embed and @tavus/cvi-ui post for
    you). Needs no API key (never put the key in a browser); every POST is rejected once the
    conversation has ended. A retry with the same interaction_id and identical tool_call_id, component,
    component_version, type and value returns 200 without a second webhook (metadata is not compared).
    Limited to 120 POSTs per 60 seconds per client IP and conversation, heartbeats included.

    Args:
        conversation_id (str):  Example: c123456.
        body (RecordCanvasInteractionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecordCanvasInteractionResponse200]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RecordCanvasInteractionBody | Unset = UNSET,
) -> ErrorResponse | RecordCanvasInteractionResponse200 | None:
    """Record Canvas Interaction

     Records a Magic Canvas interaction (submit, skip, dismiss, clear, error or heartbeat) while the
    conversation is active; only custom renderers need it (the Tavus embed and @tavus/cvi-ui post for
    you). Needs no API key (never put the key in a browser); every POST is rejected once the
    conversation has ended. A retry with the same interaction_id and identical tool_call_id, component,
    component_version, type and value returns 200 without a second webhook (metadata is not compared).
    Limited to 120 POSTs per 60 seconds per client IP and conversation, heartbeats included.

    Args:
        conversation_id (str):  Example: c123456.
        body (RecordCanvasInteractionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecordCanvasInteractionResponse200
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RecordCanvasInteractionBody | Unset = UNSET,
) -> Response[ErrorResponse | RecordCanvasInteractionResponse200]:
    """Record Canvas Interaction

     Records a Magic Canvas interaction (submit, skip, dismiss, clear, error or heartbeat) while the
    conversation is active; only custom renderers need it (the Tavus embed and @tavus/cvi-ui post for
    you). Needs no API key (never put the key in a browser); every POST is rejected once the
    conversation has ended. A retry with the same interaction_id and identical tool_call_id, component,
    component_version, type and value returns 200 without a second webhook (metadata is not compared).
    Limited to 120 POSTs per 60 seconds per client IP and conversation, heartbeats included.

    Args:
        conversation_id (str):  Example: c123456.
        body (RecordCanvasInteractionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecordCanvasInteractionResponse200]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RecordCanvasInteractionBody | Unset = UNSET,
) -> ErrorResponse | RecordCanvasInteractionResponse200 | None:
    """Record Canvas Interaction

     Records a Magic Canvas interaction (submit, skip, dismiss, clear, error or heartbeat) while the
    conversation is active; only custom renderers need it (the Tavus embed and @tavus/cvi-ui post for
    you). Needs no API key (never put the key in a browser); every POST is rejected once the
    conversation has ended. A retry with the same interaction_id and identical tool_call_id, component,
    component_version, type and value returns 200 without a second webhook (metadata is not compared).
    Limited to 120 POSTs per 60 seconds per client IP and conversation, heartbeats included.

    Args:
        conversation_id (str):  Example: c123456.
        body (RecordCanvasInteractionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecordCanvasInteractionResponse200
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
