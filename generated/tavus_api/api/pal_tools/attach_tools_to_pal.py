from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.attach_tools_to_pal_body import AttachToolsToPalBody
from ...models.attach_tools_to_pal_response_2xx import AttachToolsToPalResponse2XX
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pal_id: str,
    *,
    body: AttachToolsToPalBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/pals/{pal_id}/tools".format(
            pal_id=quote(str(pal_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachToolsToPalResponse2XX | None:
    if 200 <= response.status_code <= 299:
        response_2xx = AttachToolsToPalResponse2XX.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AttachToolsToPalResponse2XX]:
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
    body: AttachToolsToPalBody | Unset = UNSET,
) -> Response[AttachToolsToPalResponse2XX]:
    """Attach Tools To PAL

     Attaches existing tools to a PAL.

    Args:
        pal_id (str):  Example: p12345.
        body (AttachToolsToPalBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachToolsToPalResponse2XX]
    """

    kwargs = _get_kwargs(
        pal_id=pal_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pal_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachToolsToPalBody | Unset = UNSET,
) -> AttachToolsToPalResponse2XX | None:
    """Attach Tools To PAL

     Attaches existing tools to a PAL.

    Args:
        pal_id (str):  Example: p12345.
        body (AttachToolsToPalBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachToolsToPalResponse2XX
    """

    return sync_detailed(
        pal_id=pal_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pal_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachToolsToPalBody | Unset = UNSET,
) -> Response[AttachToolsToPalResponse2XX]:
    """Attach Tools To PAL

     Attaches existing tools to a PAL.

    Args:
        pal_id (str):  Example: p12345.
        body (AttachToolsToPalBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachToolsToPalResponse2XX]
    """

    kwargs = _get_kwargs(
        pal_id=pal_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pal_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachToolsToPalBody | Unset = UNSET,
) -> AttachToolsToPalResponse2XX | None:
    """Attach Tools To PAL

     Attaches existing tools to a PAL.

    Args:
        pal_id (str):  Example: p12345.
        body (AttachToolsToPalBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachToolsToPalResponse2XX
    """

    return (
        await asyncio_detailed(
            pal_id=pal_id,
            client=client,
            body=body,
        )
    ).parsed
