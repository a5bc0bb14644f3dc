from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.message_response import MessageResponse
from ...models.skill_attachment import SkillAttachment
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pal_id: str,
    skill_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/pals/{pal_id}/skills/{skill_id}".format(
            pal_id=quote(str(pal_id), safe=""),
            skill_id=quote(str(skill_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageResponse | SkillAttachment | None:
    if response.status_code == 200:
        response_200 = SkillAttachment.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = MessageResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MessageResponse | SkillAttachment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pal_id: str,
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | MessageResponse | SkillAttachment]:
    """Get PAL Skill

     Returns one skill attachment of a PAL.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.
        skill_id (str):  Example: presentation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageResponse | SkillAttachment]
    """

    kwargs = _get_kwargs(
        pal_id=pal_id,
        skill_id=skill_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pal_id: str,
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | MessageResponse | SkillAttachment | None:
    """Get PAL Skill

     Returns one skill attachment of a PAL.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.
        skill_id (str):  Example: presentation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageResponse | SkillAttachment
    """

    return sync_detailed(
        pal_id=pal_id,
        skill_id=skill_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pal_id: str,
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | MessageResponse | SkillAttachment]:
    """Get PAL Skill

     Returns one skill attachment of a PAL.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.
        skill_id (str):  Example: presentation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageResponse | SkillAttachment]
    """

    kwargs = _get_kwargs(
        pal_id=pal_id,
        skill_id=skill_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pal_id: str,
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | MessageResponse | SkillAttachment | None:
    """Get PAL Skill

     Returns one skill attachment of a PAL.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.
        skill_id (str):  Example: presentation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageResponse | SkillAttachment
    """

    return (
        await asyncio_detailed(
            pal_id=pal_id,
            skill_id=skill_id,
            client=client,
        )
    ).parsed
