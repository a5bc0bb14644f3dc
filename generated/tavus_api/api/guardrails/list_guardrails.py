from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.guardrail_list import GuardrailList
from ...models.guardrail_set_list import GuardrailSetList
from ...models.list_guardrails_legacy import (
    ListGuardrailsLegacy,
)
from ...models.list_guardrails_response_401 import ListGuardrailsResponse401
from ...models.list_guardrails_sort import (
    ListGuardrailsSort,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    legacy: ListGuardrailsLegacy | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: ListGuardrailsSort | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_legacy: str | Unset = UNSET
    if not isinstance(legacy, Unset):
        json_legacy = legacy

    params["legacy"] = json_legacy

    params["limit"] = limit

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["name_or_uuid"] = name_or_uuid

    params["tags"] = tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/guardrails",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GuardrailList | GuardrailSetList | ListGuardrailsResponse401 | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> GuardrailList | GuardrailSetList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GuardrailList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = GuardrailSetList.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ListGuardrailsResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GuardrailList | GuardrailSetList | ListGuardrailsResponse401]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    legacy: ListGuardrailsLegacy | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: ListGuardrailsSort | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[GuardrailList | GuardrailSetList | ListGuardrailsResponse401]:
    """List Guardrails

     Lists the caller's guardrails. Pass legacy=false for individual guardrails (recommended); the
    default, legacy=true, keeps returning the legacy set list.

    Args:
        legacy (ListGuardrailsLegacy | Unset):
        limit (int | Unset):
        page (int | Unset):
        sort (ListGuardrailsSort | Unset):
        name_or_uuid (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuardrailList | GuardrailSetList | ListGuardrailsResponse401]
    """

    kwargs = _get_kwargs(
        legacy=legacy,
        limit=limit,
        page=page,
        sort=sort,
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
    legacy: ListGuardrailsLegacy | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: ListGuardrailsSort | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> GuardrailList | GuardrailSetList | ListGuardrailsResponse401 | None:
    """List Guardrails

     Lists the caller's guardrails. Pass legacy=false for individual guardrails (recommended); the
    default, legacy=true, keeps returning the legacy set list.

    Args:
        legacy (ListGuardrailsLegacy | Unset):
        limit (int | Unset):
        page (int | Unset):
        sort (ListGuardrailsSort | Unset):
        name_or_uuid (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuardrailList | GuardrailSetList | ListGuardrailsResponse401
    """

    return sync_detailed(
        client=client,
        legacy=legacy,
        limit=limit,
        page=page,
        sort=sort,
        name_or_uuid=name_or_uuid,
        tags=tags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    legacy: ListGuardrailsLegacy | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: ListGuardrailsSort | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[GuardrailList | GuardrailSetList | ListGuardrailsResponse401]:
    """List Guardrails

     Lists the caller's guardrails. Pass legacy=false for individual guardrails (recommended); the
    default, legacy=true, keeps returning the legacy set list.

    Args:
        legacy (ListGuardrailsLegacy | Unset):
        limit (int | Unset):
        page (int | Unset):
        sort (ListGuardrailsSort | Unset):
        name_or_uuid (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuardrailList | GuardrailSetList | ListGuardrailsResponse401]
    """

    kwargs = _get_kwargs(
        legacy=legacy,
        limit=limit,
        page=page,
        sort=sort,
        name_or_uuid=name_or_uuid,
        tags=tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    legacy: ListGuardrailsLegacy | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: ListGuardrailsSort | Unset = UNSET,
    name_or_uuid: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> GuardrailList | GuardrailSetList | ListGuardrailsResponse401 | None:
    """List Guardrails

     Lists the caller's guardrails. Pass legacy=false for individual guardrails (recommended); the
    default, legacy=true, keeps returning the legacy set list.

    Args:
        legacy (ListGuardrailsLegacy | Unset):
        limit (int | Unset):
        page (int | Unset):
        sort (ListGuardrailsSort | Unset):
        name_or_uuid (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuardrailList | GuardrailSetList | ListGuardrailsResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            legacy=legacy,
            limit=limit,
            page=page,
            sort=sort,
            name_or_uuid=name_or_uuid,
            tags=tags,
        )
    ).parsed
