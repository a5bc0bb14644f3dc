from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.delete_conversation_response_400 import DeleteConversationResponse400
from ...models.delete_conversation_response_401 import DeleteConversationResponse401
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    conversation_id: str,
    *,
    hard: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["hard"] = hard

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteConversationResponse400 | DeleteConversationResponse401 | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = DeleteConversationResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteConversationResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteConversationResponse400 | DeleteConversationResponse401]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    hard: bool | Unset = UNSET,
) -> Response[Any | DeleteConversationResponse400 | DeleteConversationResponse401]:
    """Delete Conversation

     This endpoint deletes a single conversation by its unique identifier.

    Args:
        conversation_id (str):  Example: c123456.
        hard (bool | Unset):  Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteConversationResponse400 | DeleteConversationResponse401]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        hard=hard,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    hard: bool | Unset = UNSET,
) -> Any | DeleteConversationResponse400 | DeleteConversationResponse401 | None:
    """Delete Conversation

     This endpoint deletes a single conversation by its unique identifier.

    Args:
        conversation_id (str):  Example: c123456.
        hard (bool | Unset):  Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteConversationResponse400 | DeleteConversationResponse401
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        hard=hard,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    hard: bool | Unset = UNSET,
) -> Response[Any | DeleteConversationResponse400 | DeleteConversationResponse401]:
    """Delete Conversation

     This endpoint deletes a single conversation by its unique identifier.

    Args:
        conversation_id (str):  Example: c123456.
        hard (bool | Unset):  Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteConversationResponse400 | DeleteConversationResponse401]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        hard=hard,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    hard: bool | Unset = UNSET,
) -> Any | DeleteConversationResponse400 | DeleteConversationResponse401 | None:
    """Delete Conversation

     This endpoint deletes a single conversation by its unique identifier.

    Args:
        conversation_id (str):  Example: c123456.
        hard (bool | Unset):  Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteConversationResponse400 | DeleteConversationResponse401
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            hard=hard,
        )
    ).parsed
