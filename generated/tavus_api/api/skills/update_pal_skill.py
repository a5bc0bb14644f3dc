from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.skill_attachment import SkillAttachment
from ...models.update_pal_skill_body import UpdatePalSkillBody
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    pal_id: str,
    skill_id: str,
    *,
    body: UpdatePalSkillBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/pals/{pal_id}/skills/{skill_id}".format(
            pal_id=quote(str(pal_id), safe=""),
            skill_id=quote(str(skill_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SkillAttachment | None:
    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if 200 <= response.status_code <= 299:
        response_2xx = SkillAttachment.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SkillAttachment]:
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
    body: UpdatePalSkillBody | Unset = UNSET,
) -> Response[ErrorResponse | SkillAttachment]:
    """Update PAL Skill

     Merges changes into an existing attachment's config - fields sent replace, fields omitted stay,
    fields set to null are removed; the merged config is validated. Cannot create an attachment.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.
        skill_id (str):  Example: presentation.
        body (UpdatePalSkillBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillAttachment]
    """

    kwargs = _get_kwargs(
        pal_id=pal_id,
        skill_id=skill_id,
        body=body,
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
    body: UpdatePalSkillBody | Unset = UNSET,
) -> ErrorResponse | SkillAttachment | None:
    """Update PAL Skill

     Merges changes into an existing attachment's config - fields sent replace, fields omitted stay,
    fields set to null are removed; the merged config is validated. Cannot create an attachment.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.
        skill_id (str):  Example: presentation.
        body (UpdatePalSkillBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillAttachment
    """

    return sync_detailed(
        pal_id=pal_id,
        skill_id=skill_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pal_id: str,
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePalSkillBody | Unset = UNSET,
) -> Response[ErrorResponse | SkillAttachment]:
    """Update PAL Skill

     Merges changes into an existing attachment's config - fields sent replace, fields omitted stay,
    fields set to null are removed; the merged config is validated. Cannot create an attachment.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.
        skill_id (str):  Example: presentation.
        body (UpdatePalSkillBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillAttachment]
    """

    kwargs = _get_kwargs(
        pal_id=pal_id,
        skill_id=skill_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pal_id: str,
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePalSkillBody | Unset = UNSET,
) -> ErrorResponse | SkillAttachment | None:
    """Update PAL Skill

     Merges changes into an existing attachment's config - fields sent replace, fields omitted stay,
    fields set to null are removed; the merged config is validated. Cannot create an attachment.

    Args:
        pal_id (str):  Example: pcb7a34da5fe.
        skill_id (str):  Example: presentation.
        body (UpdatePalSkillBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillAttachment
    """

    return (
        await asyncio_detailed(
            pal_id=pal_id,
            skill_id=skill_id,
            client=client,
            body=body,
        )
    ).parsed
