from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.list_faces_face_type import ListFacesFaceType
from ...models.list_faces_response_2xx import ListFacesResponse2XX
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    face_type: ListFacesFaceType | Unset = UNSET,
    face_ids: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["verbose"] = verbose

    json_face_type: str | Unset = UNSET
    if not isinstance(face_type, Unset):
        json_face_type = face_type

    params["face_type"] = json_face_type

    params["face_ids"] = face_ids

    params["model_name"] = model_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/faces",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListFacesResponse2XX | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ListFacesResponse2XX.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListFacesResponse2XX]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    face_type: ListFacesFaceType | Unset = UNSET,
    face_ids: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
) -> Response[ListFacesResponse2XX]:
    """List Faces

     Lists the faces (Phoenix-trained likenesses) of the calling account. The legacy alias is GET
    /v2/replicas.

    Args:
        limit (int | Unset):
        page (int | Unset):
        verbose (bool | Unset):
        face_type (ListFacesFaceType | Unset):
        face_ids (str | Unset):
        model_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFacesResponse2XX]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        verbose=verbose,
        face_type=face_type,
        face_ids=face_ids,
        model_name=model_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    face_type: ListFacesFaceType | Unset = UNSET,
    face_ids: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
) -> ListFacesResponse2XX | None:
    """List Faces

     Lists the faces (Phoenix-trained likenesses) of the calling account. The legacy alias is GET
    /v2/replicas.

    Args:
        limit (int | Unset):
        page (int | Unset):
        verbose (bool | Unset):
        face_type (ListFacesFaceType | Unset):
        face_ids (str | Unset):
        model_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFacesResponse2XX
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        verbose=verbose,
        face_type=face_type,
        face_ids=face_ids,
        model_name=model_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    face_type: ListFacesFaceType | Unset = UNSET,
    face_ids: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
) -> Response[ListFacesResponse2XX]:
    """List Faces

     Lists the faces (Phoenix-trained likenesses) of the calling account. The legacy alias is GET
    /v2/replicas.

    Args:
        limit (int | Unset):
        page (int | Unset):
        verbose (bool | Unset):
        face_type (ListFacesFaceType | Unset):
        face_ids (str | Unset):
        model_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFacesResponse2XX]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        verbose=verbose,
        face_type=face_type,
        face_ids=face_ids,
        model_name=model_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    face_type: ListFacesFaceType | Unset = UNSET,
    face_ids: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
) -> ListFacesResponse2XX | None:
    """List Faces

     Lists the faces (Phoenix-trained likenesses) of the calling account. The legacy alias is GET
    /v2/replicas.

    Args:
        limit (int | Unset):
        page (int | Unset):
        verbose (bool | Unset):
        face_type (ListFacesFaceType | Unset):
        face_ids (str | Unset):
        model_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFacesResponse2XX
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            verbose=verbose,
            face_type=face_type,
            face_ids=face_ids,
            model_name=model_name,
        )
    ).parsed
