from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.list_pal_tools_response_2xx import ListPalToolsResponse2XX
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pal_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/pals/{pal_id}/tools".format(
            pal_id=quote(str(pal_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListPalToolsResponse2XX | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ListPalToolsResponse2XX.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPalToolsResponse2XX]:
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
) -> Response[ListPalToolsResponse2XX]:
    """List PAL Tools

     Lists the standalone tools attached to a PAL; inline layers.llm.tools and system tools are not
    included.

    Args:
        pal_id (str):  Example: p12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPalToolsResponse2XX]
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
) -> ListPalToolsResponse2XX | None:
    """List PAL Tools

     Lists the standalone tools attached to a PAL; inline layers.llm.tools and system tools are not
    included.

    Args:
        pal_id (str):  Example: p12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPalToolsResponse2XX
    """

    return sync_detailed(
        pal_id=pal_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pal_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListPalToolsResponse2XX]:
    """List PAL Tools

     Lists the standalone tools attached to a PAL; inline layers.llm.tools and system tools are not
    included.

    Args:
        pal_id (str):  Example: p12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPalToolsResponse2XX]
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
) -> ListPalToolsResponse2XX | None:
    """List PAL Tools

     Lists the standalone tools attached to a PAL; inline layers.llm.tools and system tools are not
    included.

    Args:
        pal_id (str):  Example: p12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPalToolsResponse2XX
    """

    return (
        await asyncio_detailed(
            pal_id=pal_id,
            client=client,
        )
    ).parsed
