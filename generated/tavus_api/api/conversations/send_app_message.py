from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.send_app_message_body import SendAppMessageBody
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    conversation_id: str,
    *,
    body: SendAppMessageBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/conversations/{conversation_id}/send-app-message".format(
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
) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse]:
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
    body: SendAppMessageBody | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Send App Message

     Sends an interaction event (the message Daily's sendAppMessage would carry) to a live conversation
    from a server, without joining the call. Events the PAL acts on (such as conversation.respond,
    conversation.echo, conversation.interrupt, conversation.overwrite_llm_context,
    conversation.append_llm_context, conversation.sensitivity, conversation.set_emotion,
    conversation.tool_result) go to the PAL in order and are not broadcast; any other event_type is
    relayed into the room. Events sent before the PAL joins are held for up to one hour. The body may be
    at most 65536 bytes; 120 requests per 60-second window.

    Args:
        conversation_id (str):  Example: c123456.
        body (SendAppMessageBody | Unset): An interaction event; event-specific fields go in
            properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: SendAppMessageBody | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Send App Message

     Sends an interaction event (the message Daily's sendAppMessage would carry) to a live conversation
    from a server, without joining the call. Events the PAL acts on (such as conversation.respond,
    conversation.echo, conversation.interrupt, conversation.overwrite_llm_context,
    conversation.append_llm_context, conversation.sensitivity, conversation.set_emotion,
    conversation.tool_result) go to the PAL in order and are not broadcast; any other event_type is
    relayed into the room. Events sent before the PAL joins are held for up to one hour. The body may be
    at most 65536 bytes; 120 requests per 60-second window.

    Args:
        conversation_id (str):  Example: c123456.
        body (SendAppMessageBody | Unset): An interaction event; event-specific fields go in
            properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
    body: SendAppMessageBody | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Send App Message

     Sends an interaction event (the message Daily's sendAppMessage would carry) to a live conversation
    from a server, without joining the call. Events the PAL acts on (such as conversation.respond,
    conversation.echo, conversation.interrupt, conversation.overwrite_llm_context,
    conversation.append_llm_context, conversation.sensitivity, conversation.set_emotion,
    conversation.tool_result) go to the PAL in order and are not broadcast; any other event_type is
    relayed into the room. Events sent before the PAL joins are held for up to one hour. The body may be
    at most 65536 bytes; 120 requests per 60-second window.

    Args:
        conversation_id (str):  Example: c123456.
        body (SendAppMessageBody | Unset): An interaction event; event-specific fields go in
            properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: SendAppMessageBody | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Send App Message

     Sends an interaction event (the message Daily's sendAppMessage would carry) to a live conversation
    from a server, without joining the call. Events the PAL acts on (such as conversation.respond,
    conversation.echo, conversation.interrupt, conversation.overwrite_llm_context,
    conversation.append_llm_context, conversation.sensitivity, conversation.set_emotion,
    conversation.tool_result) go to the PAL in order and are not broadcast; any other event_type is
    relayed into the room. Events sent before the PAL joins are held for up to one hour. The body may be
    at most 65536 bytes; 120 requests per 60-second window.

    Args:
        conversation_id (str):  Example: c123456.
        body (SendAppMessageBody | Unset): An interaction event; event-specific fields go in
            properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
