from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.conversation import Conversation
from ...models.create_conversation_body import CreateConversationBody
from ...models.create_conversation_response_400 import CreateConversationResponse400
from ...models.create_conversation_response_401 import CreateConversationResponse401
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateConversationBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/conversations",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Conversation | CreateConversationResponse400 | CreateConversationResponse401 | None
):
    if response.status_code == 200:
        response_200 = Conversation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateConversationResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateConversationResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Conversation | CreateConversationResponse400 | CreateConversationResponse401
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConversationBody | Unset = UNSET,
) -> Response[
    Conversation | CreateConversationResponse400 | CreateConversationResponse401
]:
    """Create Conversation

     Starts a real-time video conversation between a face and a PAL and returns the room URL. face_id /
    pal_id are the current field names; replica_id / persona_id remain accepted as legacy aliases.

    Args:
        body (CreateConversationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conversation | CreateConversationResponse400 | CreateConversationResponse401]
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
    body: CreateConversationBody | Unset = UNSET,
) -> (
    Conversation | CreateConversationResponse400 | CreateConversationResponse401 | None
):
    """Create Conversation

     Starts a real-time video conversation between a face and a PAL and returns the room URL. face_id /
    pal_id are the current field names; replica_id / persona_id remain accepted as legacy aliases.

    Args:
        body (CreateConversationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conversation | CreateConversationResponse400 | CreateConversationResponse401
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConversationBody | Unset = UNSET,
) -> Response[
    Conversation | CreateConversationResponse400 | CreateConversationResponse401
]:
    """Create Conversation

     Starts a real-time video conversation between a face and a PAL and returns the room URL. face_id /
    pal_id are the current field names; replica_id / persona_id remain accepted as legacy aliases.

    Args:
        body (CreateConversationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conversation | CreateConversationResponse400 | CreateConversationResponse401]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConversationBody | Unset = UNSET,
) -> (
    Conversation | CreateConversationResponse400 | CreateConversationResponse401 | None
):
    """Create Conversation

     Starts a real-time video conversation between a face and a PAL and returns the room URL. face_id /
    pal_id are the current field names; replica_id / persona_id remain accepted as legacy aliases.

    Args:
        body (CreateConversationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conversation | CreateConversationResponse400 | CreateConversationResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
