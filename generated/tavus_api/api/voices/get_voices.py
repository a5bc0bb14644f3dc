from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.get_voices_response_200 import GetVoicesResponse200
from ...models.get_voices_response_401 import GetVoicesResponse401
from ...models.get_voices_sort import GetVoicesSort
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort: GetVoicesSort | Unset = "asc",
    tag: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["search"] = search

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["tag"] = tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/voices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetVoicesResponse200 | GetVoicesResponse401 | None:
    if response.status_code == 200:
        response_200 = GetVoicesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GetVoicesResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetVoicesResponse200 | GetVoicesResponse401]:
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
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort: GetVoicesSort | Unset = "asc",
    tag: str | Unset = UNSET,
) -> Response[GetVoicesResponse200 | GetVoicesResponse401]:
    """List Voices

     Returns available stock **`voice_name`** values and their linked **replica** metadata. When you
    [Create Replica](/api-reference/phoenix-replica-model/create-replica) with **`train_image_url`**
    (image-to-replica), **`voice_name`** is required—use this list to pick a valid slug and to preview
    options.

    Args:
        limit (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort (GetVoicesSort | Unset):  Default: 'asc'.
        tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVoicesResponse200 | GetVoicesResponse401]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        search=search,
        sort=sort,
        tag=tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort: GetVoicesSort | Unset = "asc",
    tag: str | Unset = UNSET,
) -> GetVoicesResponse200 | GetVoicesResponse401 | None:
    """List Voices

     Returns available stock **`voice_name`** values and their linked **replica** metadata. When you
    [Create Replica](/api-reference/phoenix-replica-model/create-replica) with **`train_image_url`**
    (image-to-replica), **`voice_name`** is required—use this list to pick a valid slug and to preview
    options.

    Args:
        limit (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort (GetVoicesSort | Unset):  Default: 'asc'.
        tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVoicesResponse200 | GetVoicesResponse401
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        search=search,
        sort=sort,
        tag=tag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort: GetVoicesSort | Unset = "asc",
    tag: str | Unset = UNSET,
) -> Response[GetVoicesResponse200 | GetVoicesResponse401]:
    """List Voices

     Returns available stock **`voice_name`** values and their linked **replica** metadata. When you
    [Create Replica](/api-reference/phoenix-replica-model/create-replica) with **`train_image_url`**
    (image-to-replica), **`voice_name`** is required—use this list to pick a valid slug and to preview
    options.

    Args:
        limit (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort (GetVoicesSort | Unset):  Default: 'asc'.
        tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVoicesResponse200 | GetVoicesResponse401]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        search=search,
        sort=sort,
        tag=tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort: GetVoicesSort | Unset = "asc",
    tag: str | Unset = UNSET,
) -> GetVoicesResponse200 | GetVoicesResponse401 | None:
    """List Voices

     Returns available stock **`voice_name`** values and their linked **replica** metadata. When you
    [Create Replica](/api-reference/phoenix-replica-model/create-replica) with **`train_image_url`**
    (image-to-replica), **`voice_name`** is required—use this list to pick a valid slug and to preview
    options.

    Args:
        limit (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort (GetVoicesSort | Unset):  Default: 'asc'.
        tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVoicesResponse200 | GetVoicesResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            search=search,
            sort=sort,
            tag=tag,
        )
    ).parsed
