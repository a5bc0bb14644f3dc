from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.document import Document
from ...models.patch_document_body import PatchDocumentBody
from ...models.patch_document_response_400 import PatchDocumentResponse400
from ...models.patch_document_response_401 import PatchDocumentResponse401
from ...models.patch_document_response_404 import PatchDocumentResponse404
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    document_id: str,
    *,
    body: PatchDocumentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/documents/{document_id}".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Document
    | PatchDocumentResponse400
    | PatchDocumentResponse401
    | PatchDocumentResponse404
    | None
):
    if response.status_code == 200:
        response_200 = Document.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PatchDocumentResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PatchDocumentResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PatchDocumentResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Document
    | PatchDocumentResponse400
    | PatchDocumentResponse401
    | PatchDocumentResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchDocumentBody | Unset = UNSET,
) -> Response[
    Document
    | PatchDocumentResponse400
    | PatchDocumentResponse401
    | PatchDocumentResponse404
]:
    """Update Document

     Update a document's `document_name` and `tags`.

    Args:
        document_id (str):
        body (PatchDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Document | PatchDocumentResponse400 | PatchDocumentResponse401 | PatchDocumentResponse404]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchDocumentBody | Unset = UNSET,
) -> (
    Document
    | PatchDocumentResponse400
    | PatchDocumentResponse401
    | PatchDocumentResponse404
    | None
):
    """Update Document

     Update a document's `document_name` and `tags`.

    Args:
        document_id (str):
        body (PatchDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Document | PatchDocumentResponse400 | PatchDocumentResponse401 | PatchDocumentResponse404
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchDocumentBody | Unset = UNSET,
) -> Response[
    Document
    | PatchDocumentResponse400
    | PatchDocumentResponse401
    | PatchDocumentResponse404
]:
    """Update Document

     Update a document's `document_name` and `tags`.

    Args:
        document_id (str):
        body (PatchDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Document | PatchDocumentResponse400 | PatchDocumentResponse401 | PatchDocumentResponse404]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchDocumentBody | Unset = UNSET,
) -> (
    Document
    | PatchDocumentResponse400
    | PatchDocumentResponse401
    | PatchDocumentResponse404
    | None
):
    """Update Document

     Update a document's `document_name` and `tags`.

    Args:
        document_id (str):
        body (PatchDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Document | PatchDocumentResponse400 | PatchDocumentResponse401 | PatchDocumentResponse404
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
