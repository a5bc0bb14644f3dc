from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.list_persona_skills_response_200 import ListPersonaSkillsResponse200
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pal_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/pals/{pal_id}/skills".format(
            pal_id=quote(str(pal_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListPersonaSkillsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListPersonaSkillsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPersonaSkillsResponse200]:
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
) -> Response[ListPersonaSkillsResponse200]:
    """List PAL Skills

     Lists the skills attached to a PAL, as an object keyed by skill_id.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPersonaSkillsResponse200]
    """

    kwargs = _get_kwargs(
        pal_id=pal_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pal_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ListPersonaSkillsResponse200 | None:
    """List PAL Skills

     Lists the skills attached to a PAL, as an object keyed by skill_id.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPersonaSkillsResponse200
    """

    return sync_detailed(
        pal_id=pal_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pal_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListPersonaSkillsResponse200]:
    """List PAL Skills

     Lists the skills attached to a PAL, as an object keyed by skill_id.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPersonaSkillsResponse200]
    """

    kwargs = _get_kwargs(
        pal_id=pal_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pal_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ListPersonaSkillsResponse200 | None:
    """List PAL Skills

     Lists the skills attached to a PAL, as an object keyed by skill_id.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPersonaSkillsResponse200
    """

    return (
        await asyncio_detailed(
            pal_id=pal_id,
            client=client,
        )
    ).parsed
