from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.face import Face
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    face_id: str,
    *,
    verbose: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/faces/{face_id}".format(
            face_id=quote(str(face_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Face | None:
    if response.status_code == 200:
        response_200 = Face.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Face]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    face_id: str,
    *,
    client: AuthenticatedClient | Client,
    verbose: bool | Unset = UNSET,
) -> Response[Face]:
    """Get Face

     Returns one face. The legacy alias is GET /v2/replicas/{replica_id}.

    Args:
        face_id (str):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Face]
    """

    kwargs = _get_kwargs(
        face_id=face_id,
        verbose=verbose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    face_id: str,
    *,
    client: AuthenticatedClient | Client,
    verbose: bool | Unset = UNSET,
) -> Face | None:
    """Get Face

     Returns one face. The legacy alias is GET /v2/replicas/{replica_id}.

    Args:
        face_id (str):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Face
    """

    return sync_detailed(
        face_id=face_id,
        client=client,
        verbose=verbose,
    ).parsed


async def asyncio_detailed(
    face_id: str,
    *,
    client: AuthenticatedClient | Client,
    verbose: bool | Unset = UNSET,
) -> Response[Face]:
    """Get Face

     Returns one face. The legacy alias is GET /v2/replicas/{replica_id}.

    Args:
        face_id (str):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Face]
    """

    kwargs = _get_kwargs(
        face_id=face_id,
        verbose=verbose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    face_id: str,
    *,
    client: AuthenticatedClient | Client,
    verbose: bool | Unset = UNSET,
) -> Face | None:
    """Get Face

     Returns one face. The legacy alias is GET /v2/replicas/{replica_id}.

    Args:
        face_id (str):
        verbose (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Face
    """

    return (
        await asyncio_detailed(
            face_id=face_id,
            client=client,
            verbose=verbose,
        )
    ).parsed
