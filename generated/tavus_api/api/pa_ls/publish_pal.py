from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.published_pal import PublishedPal
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pal_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/pals/{pal_id}/publish".format(
            pal_id=quote(str(pal_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PublishedPal | None:
    if 200 <= response.status_code <= 299:
        response_2xx = PublishedPal.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PublishedPal]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pal_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PublishedPal]:
    """Publish PAL

     Publishes the PAL Builder draft behind this PAL so it becomes the live version used by new
    conversations, deployments and public reads; live layers.conferencing is kept. Idempotent when there
    is no draft (returns the live PAL). Accepts the live pal_id or its draft id.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublishedPal]
    """

    kwargs = _get_kwargs(
        pal_id=pal_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pal_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PublishedPal | None:
    """Publish PAL

     Publishes the PAL Builder draft behind this PAL so it becomes the live version used by new
    conversations, deployments and public reads; live layers.conferencing is kept. Idempotent when there
    is no draft (returns the live PAL). Accepts the live pal_id or its draft id.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublishedPal
    """

    return sync_detailed(
        pal_id=pal_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pal_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PublishedPal]:
    """Publish PAL

     Publishes the PAL Builder draft behind this PAL so it becomes the live version used by new
    conversations, deployments and public reads; live layers.conferencing is kept. Idempotent when there
    is no draft (returns the live PAL). Accepts the live pal_id or its draft id.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublishedPal]
    """

    kwargs = _get_kwargs(
        pal_id=pal_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pal_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PublishedPal | None:
    """Publish PAL

     Publishes the PAL Builder draft behind this PAL so it becomes the live version used by new
    conversations, deployments and public reads; live layers.conferencing is kept. Idempotent when there
    is no draft (returns the live PAL). Accepts the live pal_id or its draft id.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublishedPal
    """

    return (
        await asyncio_detailed(
            pal_id=pal_id,
            client=client,
        )
    ).parsed
