from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.replacement import Replacement
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    replacement_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/replacements/{replacement_id}".format(
            replacement_id=quote(str(replacement_id), safe=""),
        ),
    }

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
    replacement_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Replacement]:
    """Get Replacement

     This endpoint is no longer supported by Tavus.

    This endpoint returns a single replacement by its unique identifier.

    Args:
        replacement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Replacement]
    """

    kwargs = _get_kwargs(
        replacement_id=replacement_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    replacement_id: str,
    *,
    client: AuthenticatedClient,
) -> Replacement | None:
    """Get Replacement

     This endpoint is no longer supported by Tavus.

    This endpoint returns a single replacement by its unique identifier.

    Args:
        replacement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Replacement
    """

    return sync_detailed(
        replacement_id=replacement_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    replacement_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Replacement]:
    """Get Replacement

     This endpoint is no longer supported by Tavus.

    This endpoint returns a single replacement by its unique identifier.

    Args:
        replacement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Replacement]
    """

    kwargs = _get_kwargs(
        replacement_id=replacement_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    replacement_id: str,
    *,
    client: AuthenticatedClient,
) -> Replacement | None:
    """Get Replacement

     This endpoint is no longer supported by Tavus.

    This endpoint returns a single replacement by its unique identifier.

    Args:
        replacement_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Replacement
    """

    return (
        await asyncio_detailed(
            replacement_id=replacement_id,
            client=client,
        )
    ).parsed
