from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.document import Document
from ...models.recrawl_document_body import RecrawlDocumentBody
from ...models.recrawl_document_response_400 import RecrawlDocumentResponse400
from ...models.recrawl_document_response_401 import RecrawlDocumentResponse401
from ...models.recrawl_document_response_404 import RecrawlDocumentResponse404
from ...models.recrawl_document_response_409 import RecrawlDocumentResponse409
from ...models.recrawl_document_response_429 import RecrawlDocumentResponse429
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    document_id: str,
    *,
    body: RecrawlDocumentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/documents/{document_id}/recrawl".format(
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
    | RecrawlDocumentResponse400
    | RecrawlDocumentResponse401
    | RecrawlDocumentResponse404
    | RecrawlDocumentResponse409
    | RecrawlDocumentResponse429
    | None
):
    if response.status_code == 202:
        response_202 = Document.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = RecrawlDocumentResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RecrawlDocumentResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = RecrawlDocumentResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RecrawlDocumentResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = RecrawlDocumentResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Document
    | RecrawlDocumentResponse400
    | RecrawlDocumentResponse401
    | RecrawlDocumentResponse404
    | RecrawlDocumentResponse409
    | RecrawlDocumentResponse429
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
    body: RecrawlDocumentBody | Unset = UNSET,
) -> Response[
    Document
    | RecrawlDocumentResponse400
    | RecrawlDocumentResponse401
    | RecrawlDocumentResponse404
    | RecrawlDocumentResponse409
    | RecrawlDocumentResponse429
]:
    """Recrawl Document

     Trigger a recrawl of a website document to fetch fresh content.

    Args:
        document_id (str):
        body (RecrawlDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Document | RecrawlDocumentResponse400 | RecrawlDocumentResponse401 | RecrawlDocumentResponse404 | RecrawlDocumentResponse409 | RecrawlDocumentResponse429]
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
    body: RecrawlDocumentBody | Unset = UNSET,
) -> (
    Document
    | RecrawlDocumentResponse400
    | RecrawlDocumentResponse401
    | RecrawlDocumentResponse404
    | RecrawlDocumentResponse409
    | RecrawlDocumentResponse429
    | None
):
    """Recrawl Document

     Trigger a recrawl of a website document to fetch fresh content.

    Args:
        document_id (str):
        body (RecrawlDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Document | RecrawlDocumentResponse400 | RecrawlDocumentResponse401 | RecrawlDocumentResponse404 | RecrawlDocumentResponse409 | RecrawlDocumentResponse429
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
    body: RecrawlDocumentBody | Unset = UNSET,
) -> Response[
    Document
    | RecrawlDocumentResponse400
    | RecrawlDocumentResponse401
    | RecrawlDocumentResponse404
    | RecrawlDocumentResponse409
    | RecrawlDocumentResponse429
]:
    """Recrawl Document

     Trigger a recrawl of a website document to fetch fresh content.

    Args:
        document_id (str):
        body (RecrawlDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Document | RecrawlDocumentResponse400 | RecrawlDocumentResponse401 | RecrawlDocumentResponse404 | RecrawlDocumentResponse409 | RecrawlDocumentResponse429]
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
    body: RecrawlDocumentBody | Unset = UNSET,
) -> (
    Document
    | RecrawlDocumentResponse400
    | RecrawlDocumentResponse401
    | RecrawlDocumentResponse404
    | RecrawlDocumentResponse409
    | RecrawlDocumentResponse429
    | None
):
    """Recrawl Document

     Trigger a recrawl of a website document to fetch fresh content.

    Args:
        document_id (str):
        body (RecrawlDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Document | RecrawlDocumentResponse400 | RecrawlDocumentResponse401 | RecrawlDocumentResponse404 | RecrawlDocumentResponse409 | RecrawlDocumentResponse429
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
