from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.list_tools_response_2xx import ListToolsResponse2XX
from ...models.list_tools_sort import ListToolsSort
from ...models.list_tools_type import ListToolsType
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    page: int | Unset = 1,
    sort: ListToolsSort | Unset = "asc",
    type_: ListToolsType | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["name_or_uuid"] = name_or_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/tools",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListToolsResponse2XX | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ListToolsResponse2XX.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListToolsResponse2XX]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    page: int | Unset = 1,
    sort: ListToolsSort | Unset = "asc",
    type_: ListToolsType | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
) -> Response[ListToolsResponse2XX]:
    """Get Tools

     Lists tools, one page at a time. type=user (default) lists tools created with Create Tool;
    type=system lists Tavus's built-in tools (today only end_call), which every conversation has without
    attaching; type=all lists both, system tools first.

    Args:
        limit (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort (ListToolsSort | Unset):  Default: 'asc'.
        type_ (ListToolsType | Unset):
        name_or_uuid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListToolsResponse2XX]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        sort=sort,
        type_=type_,
        name_or_uuid=name_or_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    page: int | Unset = 1,
    sort: ListToolsSort | Unset = "asc",
    type_: ListToolsType | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
) -> ListToolsResponse2XX | None:
    """Get Tools

     Lists tools, one page at a time. type=user (default) lists tools created with Create Tool;
    type=system lists Tavus's built-in tools (today only end_call), which every conversation has without
    attaching; type=all lists both, system tools first.

    Args:
        limit (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort (ListToolsSort | Unset):  Default: 'asc'.
        type_ (ListToolsType | Unset):
        name_or_uuid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListToolsResponse2XX
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        sort=sort,
        type_=type_,
        name_or_uuid=name_or_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    page: int | Unset = 1,
    sort: ListToolsSort | Unset = "asc",
    type_: ListToolsType | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
) -> Response[ListToolsResponse2XX]:
    """Get Tools

     Lists tools, one page at a time. type=user (default) lists tools created with Create Tool;
    type=system lists Tavus's built-in tools (today only end_call), which every conversation has without
    attaching; type=all lists both, system tools first.

    Args:
        limit (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort (ListToolsSort | Unset):  Default: 'asc'.
        type_ (ListToolsType | Unset):
        name_or_uuid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListToolsResponse2XX]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        sort=sort,
        type_=type_,
        name_or_uuid=name_or_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    page: int | Unset = 1,
    sort: ListToolsSort | Unset = "asc",
    type_: ListToolsType | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
) -> ListToolsResponse2XX | None:
    """Get Tools

     Lists tools, one page at a time. type=user (default) lists tools created with Create Tool;
    type=system lists Tavus's built-in tools (today only end_call), which every conversation has without
    attaching; type=all lists both, system tools first.

    Args:
        limit (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort (ListToolsSort | Unset):  Default: 'asc'.
        type_ (ListToolsType | Unset):
        name_or_uuid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListToolsResponse2XX
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            sort=sort,
            type_=type_,
            name_or_uuid=name_or_uuid,
        )
    ).parsed
