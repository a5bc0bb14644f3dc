from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_replacement_body import CreateReplacementBody
from ...models.replacement import Replacement
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateReplacementBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/replacements",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Replacement | None:
    if response.status_code == 200:
        response_200 = Replacement.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Replacement]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateReplacementBody | Unset = UNSET,
) -> Response[Replacement]:
    """Create Replacement

     This endpoint is no longer supported by Tavus.

    This endpoint creates a test word replacement request that will modify specific words or phrases in
    an existing video.

    Args:
        body (CreateReplacementBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Replacement]
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
    client: AuthenticatedClient,
    body: CreateReplacementBody | Unset = UNSET,
) -> Replacement | None:
    """Create Replacement

     This endpoint is no longer supported by Tavus.

    This endpoint creates a test word replacement request that will modify specific words or phrases in
    an existing video.

    Args:
        body (CreateReplacementBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Replacement
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateReplacementBody | Unset = UNSET,
) -> Response[Replacement]:
    """Create Replacement

     This endpoint is no longer supported by Tavus.

    This endpoint creates a test word replacement request that will modify specific words or phrases in
    an existing video.

    Args:
        body (CreateReplacementBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Replacement]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateReplacementBody | Unset = UNSET,
) -> Replacement | None:
    """Create Replacement

     This endpoint is no longer supported by Tavus.

    This endpoint creates a test word replacement request that will modify specific words or phrases in
    an existing video.

    Args:
        body (CreateReplacementBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Replacement
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
