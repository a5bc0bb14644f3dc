from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.delete_lipsync_response_400 import DeleteLipsyncResponse400
from ...models.delete_lipsync_response_401 import DeleteLipsyncResponse401
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    lipsync_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/lipsync/{lipsync_id}".format(
            lipsync_id=quote(str(lipsync_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteLipsyncResponse400 | DeleteLipsyncResponse401 | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = DeleteLipsyncResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteLipsyncResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteLipsyncResponse400 | DeleteLipsyncResponse401]:
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
) -> Response[Any | DeleteLipsyncResponse400 | DeleteLipsyncResponse401]:
    """Delete Lipsync

     This endpoint is no longer supported by Tavus.

    This endpoint deletes a single lipsync by its unique identifier.

    Args:
        lipsync_id (str):  Example: w4ed23359d415.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteLipsyncResponse400 | DeleteLipsyncResponse401]
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
) -> Any | DeleteLipsyncResponse400 | DeleteLipsyncResponse401 | None:
    """Delete Lipsync

     This endpoint is no longer supported by Tavus.

    This endpoint deletes a single lipsync by its unique identifier.

    Args:
        lipsync_id (str):  Example: w4ed23359d415.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteLipsyncResponse400 | DeleteLipsyncResponse401
    """

    return sync_detailed(
        lipsync_id=lipsync_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    lipsync_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteLipsyncResponse400 | DeleteLipsyncResponse401]:
    """Delete Lipsync

     This endpoint is no longer supported by Tavus.

    This endpoint deletes a single lipsync by its unique identifier.

    Args:
        lipsync_id (str):  Example: w4ed23359d415.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteLipsyncResponse400 | DeleteLipsyncResponse401]
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
) -> Any | DeleteLipsyncResponse400 | DeleteLipsyncResponse401 | None:
    """Delete Lipsync

     This endpoint is no longer supported by Tavus.

    This endpoint deletes a single lipsync by its unique identifier.

    Args:
        lipsync_id (str):  Example: w4ed23359d415.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteLipsyncResponse400 | DeleteLipsyncResponse401
    """

    return (
        await asyncio_detailed(
            lipsync_id=lipsync_id,
            client=client,
        )
    ).parsed
