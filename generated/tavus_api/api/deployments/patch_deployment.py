from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.patch_deployment_body_item import PatchDeploymentBodyItem
from ...models.patch_deployment_response_200 import PatchDeploymentResponse200
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    deployment_id: str,
    *,
    body: list[PatchDeploymentBodyItem],
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/deployments/{deployment_id}".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PatchDeploymentResponse200 | None:
    if response.status_code == 200:
        response_200 = PatchDeploymentResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PatchDeploymentResponse200]:
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
    body: list[PatchDeploymentBodyItem],
    if_match: str | Unset = UNSET,
) -> Response[PatchDeploymentResponse200]:
    """Patch Deployment

     Applies a JSON Patch (RFC 6902) array to the deployment document. Send the ETag from Get Deployment
    as If-Match for optimistic concurrency.

    Args:
        deployment_id (str):
        if_match (str | Unset):
        body (list[PatchDeploymentBodyItem]):  Example: [{'op': 'replace', 'path': '/name',
            'value': 'Support widget'}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchDeploymentResponse200]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[PatchDeploymentBodyItem],
    if_match: str | Unset = UNSET,
) -> PatchDeploymentResponse200 | None:
    """Patch Deployment

     Applies a JSON Patch (RFC 6902) array to the deployment document. Send the ETag from Get Deployment
    as If-Match for optimistic concurrency.

    Args:
        deployment_id (str):
        if_match (str | Unset):
        body (list[PatchDeploymentBodyItem]):  Example: [{'op': 'replace', 'path': '/name',
            'value': 'Support widget'}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchDeploymentResponse200
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[PatchDeploymentBodyItem],
    if_match: str | Unset = UNSET,
) -> Response[PatchDeploymentResponse200]:
    """Patch Deployment

     Applies a JSON Patch (RFC 6902) array to the deployment document. Send the ETag from Get Deployment
    as If-Match for optimistic concurrency.

    Args:
        deployment_id (str):
        if_match (str | Unset):
        body (list[PatchDeploymentBodyItem]):  Example: [{'op': 'replace', 'path': '/name',
            'value': 'Support widget'}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchDeploymentResponse200]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[PatchDeploymentBodyItem],
    if_match: str | Unset = UNSET,
) -> PatchDeploymentResponse200 | None:
    """Patch Deployment

     Applies a JSON Patch (RFC 6902) array to the deployment document. Send the ETag from Get Deployment
    as If-Match for optimistic concurrency.

    Args:
        deployment_id (str):
        if_match (str | Unset):
        body (list[PatchDeploymentBodyItem]):  Example: [{'op': 'replace', 'path': '/name',
            'value': 'Support widget'}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchDeploymentResponse200
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
