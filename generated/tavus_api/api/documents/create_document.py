from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.create_document_body import CreateDocumentBody
from ...models.create_document_response_400 import CreateDocumentResponse400
from ...models.create_document_response_401 import CreateDocumentResponse401
from ...models.create_document_response_429 import CreateDocumentResponse429
from ...models.document import Document
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateDocumentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/documents",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateDocumentResponse400
    | CreateDocumentResponse401
    | CreateDocumentResponse429
    | Document
    | None
):
    if response.status_code == 200:
        response_200 = Document.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateDocumentResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateDocumentResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateDocumentResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateDocumentResponse400
    | CreateDocumentResponse401
    | CreateDocumentResponse429
    | Document
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
    body: CreateDocumentBody | Unset = UNSET,
) -> Response[
    CreateDocumentResponse400
    | CreateDocumentResponse401
    | CreateDocumentResponse429
    | Document
]:
    """Create Document

     Upload documents to your knowledge base for personas to reference during conversations.

    Args:
        body (CreateDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDocumentResponse400 | CreateDocumentResponse401 | CreateDocumentResponse429 | Document]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateDocumentBody | Unset = UNSET,
) -> (
    CreateDocumentResponse400
    | CreateDocumentResponse401
    | CreateDocumentResponse429
    | Document
    | None
):
    """Create Document

     Upload documents to your knowledge base for personas to reference during conversations.

    Args:
        body (CreateDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDocumentResponse400 | CreateDocumentResponse401 | CreateDocumentResponse429 | Document
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDocumentBody | Unset = UNSET,
) -> Response[
    CreateDocumentResponse400
    | CreateDocumentResponse401
    | CreateDocumentResponse429
    | Document
]:
    """Create Document

     Upload documents to your knowledge base for personas to reference during conversations.

    Args:
        body (CreateDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDocumentResponse400 | CreateDocumentResponse401 | CreateDocumentResponse429 | Document]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateDocumentBody | Unset = UNSET,
) -> (
    CreateDocumentResponse400
    | CreateDocumentResponse401
    | CreateDocumentResponse429
    | Document
    | None
):
    """Create Document

     Upload documents to your knowledge base for personas to reference during conversations.

    Args:
        body (CreateDocumentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDocumentResponse400 | CreateDocumentResponse401 | CreateDocumentResponse429 | Document
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
