from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.list_pals_pal_type import ListPalsPalType
from ...models.list_pals_response_2xx import ListPalsResponse2XX
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    pal_type: ListPalsPalType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    json_pal_type: str | Unset = UNSET
    if not isinstance(pal_type, Unset):
        json_pal_type = pal_type

    params["pal_type"] = json_pal_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/pals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListPalsResponse2XX | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ListPalsResponse2XX.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPalsResponse2XX]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    pal_type: ListPalsPalType | Unset = UNSET,
) -> Response[ListPalsResponse2XX]:
    """List PALs

     Lists the PALs of the calling account. The legacy alias is GET /v2/personas.

    Args:
        limit (int | Unset):
        page (int | Unset):
        pal_type (ListPalsPalType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPalsResponse2XX]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        pal_type=pal_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    pal_type: ListPalsPalType | Unset = UNSET,
) -> ListPalsResponse2XX | None:
    """List PALs

     Lists the PALs of the calling account. The legacy alias is GET /v2/personas.

    Args:
        limit (int | Unset):
        page (int | Unset):
        pal_type (ListPalsPalType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPalsResponse2XX
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        pal_type=pal_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    pal_type: ListPalsPalType | Unset = UNSET,
) -> Response[ListPalsResponse2XX]:
    """List PALs

     Lists the PALs of the calling account. The legacy alias is GET /v2/personas.

    Args:
        limit (int | Unset):
        page (int | Unset):
        pal_type (ListPalsPalType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPalsResponse2XX]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        pal_type=pal_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    pal_type: ListPalsPalType | Unset = UNSET,
) -> ListPalsResponse2XX | None:
    """List PALs

     Lists the PALs of the calling account. The legacy alias is GET /v2/personas.

    Args:
        limit (int | Unset):
        page (int | Unset):
        pal_type (ListPalsPalType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPalsResponse2XX
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            pal_type=pal_type,
        )
    ).parsed
