from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.message_response import MessageResponse
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pal_id: str,
    tool_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/pals/{pal_id}/tools/{tool_id}".format(
            pal_id=quote(str(pal_id), safe=""),
            tool_id=quote(str(tool_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | MessageResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = MessageResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | MessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pal_id: str,
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | MessageResponse]:
    """Detach Tool From PAL

     Detaches a tool from a PAL; the tool itself stays available for other PALs.

    Args:
        pal_id (str):  Example: p12345.
        tool_id (str):  Example: tabc123def456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | MessageResponse]
    """

    kwargs = _get_kwargs(
        pal_id=pal_id,
        tool_id=tool_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pal_id: str,
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | MessageResponse | None:
    """Detach Tool From PAL

     Detaches a tool from a PAL; the tool itself stays available for other PALs.

    Args:
        pal_id (str):  Example: p12345.
        tool_id (str):  Example: tabc123def456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | MessageResponse
    """

    return sync_detailed(
        pal_id=pal_id,
        tool_id=tool_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pal_id: str,
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | MessageResponse]:
    """Detach Tool From PAL

     Detaches a tool from a PAL; the tool itself stays available for other PALs.

    Args:
        pal_id (str):  Example: p12345.
        tool_id (str):  Example: tabc123def456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | MessageResponse]
    """

    kwargs = _get_kwargs(
        pal_id=pal_id,
        tool_id=tool_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pal_id: str,
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | MessageResponse | None:
    """Detach Tool From PAL

     Detaches a tool from a PAL; the tool itself stays available for other PALs.

    Args:
        pal_id (str):  Example: p12345.
        tool_id (str):  Example: tabc123def456.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | MessageResponse
    """

    return (
        await asyncio_detailed(
            pal_id=pal_id,
            tool_id=tool_id,
            client=client,
        )
    ).parsed
