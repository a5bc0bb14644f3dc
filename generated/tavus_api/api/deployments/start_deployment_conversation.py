from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.deployment_start_request import DeploymentStartRequest
from ...models.start_deployment_conversation_response_200 import (
    StartDeploymentConversationResponse200,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    deployment_id: str,
    *,
    body: DeploymentStartRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/deployments/{deployment_id}/start".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StartDeploymentConversationResponse200 | None:
    if response.status_code == 200:
        response_200 = StartDeploymentConversationResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StartDeploymentConversationResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentStartRequest | Unset = UNSET,
) -> Response[StartDeploymentConversationResponse200]:
    """Start Deployment Conversation

     Creates a conversation through a deployment and returns the same fields as Create Conversation. No
    API key needed in the browser; password, Turnstile and call-limit checks apply to public callers.

    Args:
        deployment_id (str):
        body (DeploymentStartRequest | Unset): Body of Start Deployment Conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartDeploymentConversationResponse200]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentStartRequest | Unset = UNSET,
) -> StartDeploymentConversationResponse200 | None:
    """Start Deployment Conversation

     Creates a conversation through a deployment and returns the same fields as Create Conversation. No
    API key needed in the browser; password, Turnstile and call-limit checks apply to public callers.

    Args:
        deployment_id (str):
        body (DeploymentStartRequest | Unset): Body of Start Deployment Conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartDeploymentConversationResponse200
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentStartRequest | Unset = UNSET,
) -> Response[StartDeploymentConversationResponse200]:
    """Start Deployment Conversation

     Creates a conversation through a deployment and returns the same fields as Create Conversation. No
    API key needed in the browser; password, Turnstile and call-limit checks apply to public callers.

    Args:
        deployment_id (str):
        body (DeploymentStartRequest | Unset): Body of Start Deployment Conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartDeploymentConversationResponse200]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentStartRequest | Unset = UNSET,
) -> StartDeploymentConversationResponse200 | None:
    """Start Deployment Conversation

     Creates a conversation through a deployment and returns the same fields as Create Conversation. No
    API key needed in the browser; password, Turnstile and call-limit checks apply to public callers.

    Args:
        deployment_id (str):
        body (DeploymentStartRequest | Unset): Body of Start Deployment Conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartDeploymentConversationResponse200
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
        )
    ).parsed
