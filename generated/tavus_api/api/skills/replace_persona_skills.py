from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.replace_persona_skills_body import ReplacePersonaSkillsBody
from ...models.replace_persona_skills_response_2xx import (
    ReplacePersonaSkillsResponse2XX,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pal_id: str,
    *,
    body: ReplacePersonaSkillsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/pals/{pal_id}/skills".format(
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
) -> ReplacePersonaSkillsResponse2XX | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ReplacePersonaSkillsResponse2XX.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReplacePersonaSkillsResponse2XX]:
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
    body: ReplacePersonaSkillsBody | Unset = UNSET,
) -> Response[ReplacePersonaSkillsResponse2XX]:
    """Replace PAL Skills

     Replaces a PAL's whole skill set in one call; skills left out are detached.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.
        body (ReplacePersonaSkillsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReplacePersonaSkillsResponse2XX]
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
    body: ReplacePersonaSkillsBody | Unset = UNSET,
) -> ReplacePersonaSkillsResponse2XX | None:
    """Replace PAL Skills

     Replaces a PAL's whole skill set in one call; skills left out are detached.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.
        body (ReplacePersonaSkillsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReplacePersonaSkillsResponse2XX
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
    body: ReplacePersonaSkillsBody | Unset = UNSET,
) -> Response[ReplacePersonaSkillsResponse2XX]:
    """Replace PAL Skills

     Replaces a PAL's whole skill set in one call; skills left out are detached.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.
        body (ReplacePersonaSkillsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReplacePersonaSkillsResponse2XX]
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
    body: ReplacePersonaSkillsBody | Unset = UNSET,
) -> ReplacePersonaSkillsResponse2XX | None:
    """Replace PAL Skills

     Replaces a PAL's whole skill set in one call; skills left out are detached.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.
        body (ReplacePersonaSkillsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReplacePersonaSkillsResponse2XX
    """

    return (
        await asyncio_detailed(
            pal_id=pal_id,
            client=client,
            body=body,
        )
    ).parsed
