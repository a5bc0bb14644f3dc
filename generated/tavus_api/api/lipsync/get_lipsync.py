from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.get_lipsync_response_400 import GetLipsyncResponse400
from ...models.get_lipsync_response_401 import GetLipsyncResponse401
from ...models.lipsync import Lipsync
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    lipsync_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/lipsync/{lipsync_id}".format(
            lipsync_id=quote(str(lipsync_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetLipsyncResponse400 | GetLipsyncResponse401 | Lipsync | None:
    if response.status_code == 200:
        response_200 = Lipsync.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetLipsyncResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetLipsyncResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetLipsyncResponse400 | GetLipsyncResponse401 | Lipsync]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lipsync_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetLipsyncResponse400 | GetLipsyncResponse401 | Lipsync]:
    """Get Lipsync

     This endpoint is no longer supported by Tavus.

    This endpoint returns a single lipsync by its unique identifier.

    Args:
        lipsync_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLipsyncResponse400 | GetLipsyncResponse401 | Lipsync]
    """

    kwargs = _get_kwargs(
        lipsync_id=lipsync_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lipsync_id: str,
    *,
    client: AuthenticatedClient,
) -> GetLipsyncResponse400 | GetLipsyncResponse401 | Lipsync | None:
    """Get Lipsync

     This endpoint is no longer supported by Tavus.

    This endpoint returns a single lipsync by its unique identifier.

    Args:
        lipsync_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLipsyncResponse400 | GetLipsyncResponse401 | Lipsync
    """

    return sync_detailed(
        lipsync_id=lipsync_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    lipsync_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetLipsyncResponse400 | GetLipsyncResponse401 | Lipsync]:
    """Get Lipsync

     This endpoint is no longer supported by Tavus.

    This endpoint returns a single lipsync by its unique identifier.

    Args:
        lipsync_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLipsyncResponse400 | GetLipsyncResponse401 | Lipsync]
    """

    kwargs = _get_kwargs(
        lipsync_id=lipsync_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lipsync_id: str,
    *,
    client: AuthenticatedClient,
) -> GetLipsyncResponse400 | GetLipsyncResponse401 | Lipsync | None:
    """Get Lipsync

     This endpoint is no longer supported by Tavus.

    This endpoint returns a single lipsync by its unique identifier.

    Args:
        lipsync_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLipsyncResponse400 | GetLipsyncResponse401 | Lipsync
    """

    return (
        await asyncio_detailed(
            lipsync_id=lipsync_id,
            client=client,
        )
    ).parsed
