from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.end_deployment_conversation_response_200 import (
    EndDeploymentConversationResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    deployment_id: str,
    conversation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/deployments/{deployment_id}/conversations/{conversation_id}/end".format(
            deployment_id=quote(str(deployment_id), safe=""),
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EndDeploymentConversationResponse200 | None:
    if response.status_code == 200:
        response_200 = EndDeploymentConversationResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EndDeploymentConversationResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | EndDeploymentConversationResponse200]:
    """End Deployment Conversation

     Ends an active conversation that was started through a deployment. No API key needed in the browser.

    Args:
        deployment_id (str):
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndDeploymentConversationResponse200]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        conversation_id=conversation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | EndDeploymentConversationResponse200 | None:
    """End Deployment Conversation

     Ends an active conversation that was started through a deployment. No API key needed in the browser.

    Args:
        deployment_id (str):
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndDeploymentConversationResponse200
    """

    return sync_detailed(
        deployment_id=deployment_id,
        conversation_id=conversation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | EndDeploymentConversationResponse200]:
    """End Deployment Conversation

     Ends an active conversation that was started through a deployment. No API key needed in the browser.

    Args:
        deployment_id (str):
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndDeploymentConversationResponse200]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        conversation_id=conversation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | EndDeploymentConversationResponse200 | None:
    """End Deployment Conversation

     Ends an active conversation that was started through a deployment. No API key needed in the browser.

    Args:
        deployment_id (str):
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndDeploymentConversationResponse200
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            conversation_id=conversation_id,
            client=client,
        )
    ).parsed
