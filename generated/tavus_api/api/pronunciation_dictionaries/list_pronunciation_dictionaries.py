from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.list_pronunciation_dictionaries_response_200 import (
    ListPronunciationDictionariesResponse200,
)
from ...models.list_pronunciation_dictionaries_response_401 import (
    ListPronunciationDictionariesResponse401,
)
from ...models.list_pronunciation_dictionaries_sort import (
    ListPronunciationDictionariesSort,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    page: int | Unset = 0,
    sort: ListPronunciationDictionariesSort | Unset = "desc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/pronunciation-dictionaries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListPronunciationDictionariesResponse200
    | ListPronunciationDictionariesResponse401
    | None
):
    if response.status_code == 200:
        response_200 = ListPronunciationDictionariesResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 401:
        response_401 = ListPronunciationDictionariesResponse401.from_dict(
            response.json()
        )

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListPronunciationDictionariesResponse200 | ListPronunciationDictionariesResponse401
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    page: int | Unset = 0,
    sort: ListPronunciationDictionariesSort | Unset = "desc",
) -> Response[
    ListPronunciationDictionariesResponse200 | ListPronunciationDictionariesResponse401
]:
    """List Pronunciation Dictionaries

     List all pronunciation dictionaries for the authenticated user with pagination.

    Args:
        limit (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.
        sort (ListPronunciationDictionariesSort | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPronunciationDictionariesResponse200 | ListPronunciationDictionariesResponse401]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    page: int | Unset = 0,
    sort: ListPronunciationDictionariesSort | Unset = "desc",
) -> (
    ListPronunciationDictionariesResponse200
    | ListPronunciationDictionariesResponse401
    | None
):
    """List Pronunciation Dictionaries

     List all pronunciation dictionaries for the authenticated user with pagination.

    Args:
        limit (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.
        sort (ListPronunciationDictionariesSort | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPronunciationDictionariesResponse200 | ListPronunciationDictionariesResponse401
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    page: int | Unset = 0,
    sort: ListPronunciationDictionariesSort | Unset = "desc",
) -> Response[
    ListPronunciationDictionariesResponse200 | ListPronunciationDictionariesResponse401
]:
    """List Pronunciation Dictionaries

     List all pronunciation dictionaries for the authenticated user with pagination.

    Args:
        limit (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.
        sort (ListPronunciationDictionariesSort | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPronunciationDictionariesResponse200 | ListPronunciationDictionariesResponse401]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    page: int | Unset = 0,
    sort: ListPronunciationDictionariesSort | Unset = "desc",
) -> (
    ListPronunciationDictionariesResponse200
    | ListPronunciationDictionariesResponse401
    | None
):
    """List Pronunciation Dictionaries

     List all pronunciation dictionaries for the authenticated user with pagination.

    Args:
        limit (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.
        sort (ListPronunciationDictionariesSort | Unset):  Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPronunciationDictionariesResponse200 | ListPronunciationDictionariesResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            sort=sort,
        )
    ).parsed
