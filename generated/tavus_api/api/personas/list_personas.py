from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.list_personas_persona_type import (
    ListPersonasPersonaType,
)
from ...models.list_personas_response_200 import ListPersonasResponse200
from ...models.list_personas_response_401 import ListPersonasResponse401
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    persona_type: ListPersonasPersonaType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    json_persona_type: str | Unset = UNSET
    if not isinstance(persona_type, Unset):
        json_persona_type = persona_type

    params["persona_type"] = json_persona_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/personas",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListPersonasResponse200 | ListPersonasResponse401 | None:
    if response.status_code == 200:
        response_200 = ListPersonasResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ListPersonasResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPersonasResponse200 | ListPersonasResponse401]:
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
    persona_type: ListPersonasPersonaType | Unset = UNSET,
) -> Response[ListPersonasResponse200 | ListPersonasResponse401]:
    """List Personas

     This endpoint returns a list of all Personas created by the account associated with the API Key in
    use.

    Args:
        limit (int | Unset):
        page (int | Unset):
        persona_type (ListPersonasPersonaType | Unset): Filter the personas by type. Possible
            values: user, system. System personas are personas that have been created by Tavus.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPersonasResponse200 | ListPersonasResponse401]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        persona_type=persona_type,
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
    persona_type: ListPersonasPersonaType | Unset = UNSET,
) -> ListPersonasResponse200 | ListPersonasResponse401 | None:
    """List Personas

     This endpoint returns a list of all Personas created by the account associated with the API Key in
    use.

    Args:
        limit (int | Unset):
        page (int | Unset):
        persona_type (ListPersonasPersonaType | Unset): Filter the personas by type. Possible
            values: user, system. System personas are personas that have been created by Tavus.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPersonasResponse200 | ListPersonasResponse401
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        persona_type=persona_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    persona_type: ListPersonasPersonaType | Unset = UNSET,
) -> Response[ListPersonasResponse200 | ListPersonasResponse401]:
    """List Personas

     This endpoint returns a list of all Personas created by the account associated with the API Key in
    use.

    Args:
        limit (int | Unset):
        page (int | Unset):
        persona_type (ListPersonasPersonaType | Unset): Filter the personas by type. Possible
            values: user, system. System personas are personas that have been created by Tavus.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPersonasResponse200 | ListPersonasResponse401]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        persona_type=persona_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    persona_type: ListPersonasPersonaType | Unset = UNSET,
) -> ListPersonasResponse200 | ListPersonasResponse401 | None:
    """List Personas

     This endpoint returns a list of all Personas created by the account associated with the API Key in
    use.

    Args:
        limit (int | Unset):
        page (int | Unset):
        persona_type (ListPersonasPersonaType | Unset): Filter the personas by type. Possible
            values: user, system. System personas are personas that have been created by Tavus.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPersonasResponse200 | ListPersonasResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            persona_type=persona_type,
        )
    ).parsed
