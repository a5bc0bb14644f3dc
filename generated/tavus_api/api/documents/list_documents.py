from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.list_documents_response_200 import ListDocumentsResponse200
from ...models.list_documents_response_400 import ListDocumentsResponse400
from ...models.list_documents_response_401 import ListDocumentsResponse401
from ...models.list_documents_sort import ListDocumentsSort
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: ListDocumentsSort | Unset = UNSET,
    status: str | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["status"] = status

    params["name_or_uuid"] = name_or_uuid

    params["tags"] = tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/documents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListDocumentsResponse200
    | ListDocumentsResponse400
    | ListDocumentsResponse401
    | None
):
    if response.status_code == 200:
        response_200 = ListDocumentsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListDocumentsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListDocumentsResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListDocumentsResponse200 | ListDocumentsResponse400 | ListDocumentsResponse401
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
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: ListDocumentsSort | Unset = UNSET,
    status: str | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[
    ListDocumentsResponse200 | ListDocumentsResponse400 | ListDocumentsResponse401
]:
    """List Documents

     Retrieve a list of documents.

    Args:
        limit (int | Unset):
        page (int | Unset):
        sort (ListDocumentsSort | Unset):
        status (str | Unset):
        name_or_uuid (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDocumentsResponse200 | ListDocumentsResponse400 | ListDocumentsResponse401]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        sort=sort,
        status=status,
        name_or_uuid=name_or_uuid,
        tags=tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: ListDocumentsSort | Unset = UNSET,
    status: str | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> (
    ListDocumentsResponse200
    | ListDocumentsResponse400
    | ListDocumentsResponse401
    | None
):
    """List Documents

     Retrieve a list of documents.

    Args:
        limit (int | Unset):
        page (int | Unset):
        sort (ListDocumentsSort | Unset):
        status (str | Unset):
        name_or_uuid (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDocumentsResponse200 | ListDocumentsResponse400 | ListDocumentsResponse401
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        sort=sort,
        status=status,
        name_or_uuid=name_or_uuid,
        tags=tags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: ListDocumentsSort | Unset = UNSET,
    status: str | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[
    ListDocumentsResponse200 | ListDocumentsResponse400 | ListDocumentsResponse401
]:
    """List Documents

     Retrieve a list of documents.

    Args:
        limit (int | Unset):
        page (int | Unset):
        sort (ListDocumentsSort | Unset):
        status (str | Unset):
        name_or_uuid (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDocumentsResponse200 | ListDocumentsResponse400 | ListDocumentsResponse401]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        sort=sort,
        status=status,
        name_or_uuid=name_or_uuid,
        tags=tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: ListDocumentsSort | Unset = UNSET,
    status: str | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> (
    ListDocumentsResponse200
    | ListDocumentsResponse400
    | ListDocumentsResponse401
    | None
):
    """List Documents

     Retrieve a list of documents.

    Args:
        limit (int | Unset):
        page (int | Unset):
        sort (ListDocumentsSort | Unset):
        status (str | Unset):
        name_or_uuid (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDocumentsResponse200 | ListDocumentsResponse400 | ListDocumentsResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            sort=sort,
            status=status,
            name_or_uuid=name_or_uuid,
            tags=tags,
        )
    ).parsed
