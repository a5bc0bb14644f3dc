from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.conversation import Conversation
from ...models.get_conversation_response_400 import GetConversationResponse400
from ...models.get_conversation_response_401 import GetConversationResponse401
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    conversation_id: str,
    *,
    verbose: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Conversation | GetConversationResponse400 | GetConversationResponse401 | None:
    if response.status_code == 200:
        response_200 = Conversation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetConversationResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetConversationResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Conversation | GetConversationResponse400 | GetConversationResponse401]:
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
    verbose: bool | Unset = False,
) -> Response[Conversation | GetConversationResponse400 | GetConversationResponse401]:
    """Get Conversation

     This endpoint returns a single conversation by its unique identifier.

    Args:
        conversation_id (str):  Example: c123456.
        verbose (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conversation | GetConversationResponse400 | GetConversationResponse401]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        verbose=verbose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    verbose: bool | Unset = False,
) -> Conversation | GetConversationResponse400 | GetConversationResponse401 | None:
    """Get Conversation

     This endpoint returns a single conversation by its unique identifier.

    Args:
        conversation_id (str):  Example: c123456.
        verbose (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conversation | GetConversationResponse400 | GetConversationResponse401
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        verbose=verbose,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    verbose: bool | Unset = False,
) -> Response[Conversation | GetConversationResponse400 | GetConversationResponse401]:
    """Get Conversation

     This endpoint returns a single conversation by its unique identifier.

    Args:
        conversation_id (str):  Example: c123456.
        verbose (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conversation | GetConversationResponse400 | GetConversationResponse401]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        verbose=verbose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    verbose: bool | Unset = False,
) -> Conversation | GetConversationResponse400 | GetConversationResponse401 | None:
    """Get Conversation

     This endpoint returns a single conversation by its unique identifier.

    Args:
        conversation_id (str):  Example: c123456.
        verbose (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conversation | GetConversationResponse400 | GetConversationResponse401
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            verbose=verbose,
        )
    ).parsed
