"""`client.objectives`: goals a persona works through in a conversation, with their conditions."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, Unpack

from tavus_api.api.objectives import create_objectives, delete_objective, get_objective, get_objectives, patch_objective
from tavus_api.models.create_objectives_body import CreateObjectivesBody
from tavus_api.models.create_objectives_response_200 import CreateObjectivesResponse200
from tavus_api.models.get_objective_response_200 import GetObjectiveResponse200
from tavus_api.models.get_objectives_response_200 import GetObjectivesResponse200
from tavus_api.models.get_objectives_response_200_data_type_0_item import GetObjectivesResponse200DataType0Item
from tavus_api.models.patch_objective_body_item import PatchObjectiveBodyItem
from tavus_api.models.patch_objective_response_200 import PatchObjectiveResponse200

from .._call import Call, RequestOptions, prepare
from .._errors import TavusValidationError
from .._pagination import AsyncPage, Page
from .._validation import check_id
from ._base import (
    DICT,
    DICT_LIST,
    STR,
    STR_LIST,
    URL,
    AsyncResource,
    SyncResource,
    body_model,
    check_fields,
    check_items,
    choice,
    given,
    lister,
    patch_call,
    required,
)

ObjectivesItem = GetObjectivesResponse200DataType0Item
_ITEM_FIELDS = {
    "objective_name": STR,
    "objective_prompt": STR,
    "confirmation_mode": choice("auto", "manual"),
    "output_variables": STR_LIST,
    "modality": choice("verbal", "visual"),
    "next_conditional_objectives": DICT,
    "next_required_objectives": STR_LIST,
    "callback_url": URL,
}


def _create(fields: dict[str, Any]) -> Call[CreateObjectivesResponse200]:
    required(fields, "data")
    check_fields(fields, {"data": DICT_LIST})
    if not fields["data"]:
        raise TavusValidationError("data", "must contain at least one objective")
    check_items("data", fields["data"], ("objective_name", "objective_prompt"), _ITEM_FIELDS)
    return prepare(create_objectives, CreateObjectivesResponse200, body=body_model(CreateObjectivesBody, fields))


def _list(fields: dict[str, Any]) -> Callable[[int], Call[GetObjectivesResponse200]]:
    return lister(get_objectives, GetObjectivesResponse200, fields, {})


def _update(objectives_id: str, operations: Sequence[Any]) -> Call[PatchObjectiveResponse200]:
    return patch_call(
        patch_objective, PatchObjectiveBodyItem, PatchObjectiveResponse200, "objectives_id", objectives_id, operations
    )


_CREATE_DOC = """Create Objectives: `data` is a list of objectives (objective_name, objective_prompt;
optional confirmation_mode auto/manual, output_variables, modality verbal/visual, the next
conditional/required objectives, callback_url). `data` is required."""
_UPDATE_DOC = """Patch Objective with RFC 6902 JSON Patch `operations`, e.g.
`[{"op": "replace", "path": "/objective_prompt", "value": "..."}]`.
Returns the updated objective, or None when the API answers 304 (nothing changed)."""


class Objectives(SyncResource):
    """Objectives: goals a persona works through in a conversation."""

    def create(
        self,
        *,
        data: builtins.list[dict[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateObjectivesResponse200:
        return self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> Page[ObjectivesItem]:
        """Get Objectives (list): one page (1-based `page`), with `total_count`."""
        return self._page(_list(given({"limit": limit})), page, limit, 1, options)

    def iter(self, *, limit: int | None = None, **options: Unpack[RequestOptions]) -> Iterator[ObjectivesItem]:
        """Every objective, fetched page by page as the iteration goes."""
        return self._iter(_list(given({"limit": limit})), limit, 1, options)

    def get(self, objectives_id: str, **options: Unpack[RequestOptions]) -> GetObjectiveResponse200:
        """Get Objective."""
        call = prepare(get_objective, GetObjectiveResponse200, check_id("objectives_id", objectives_id))
        return self._client._send(call, options)

    def update(
        self,
        objectives_id: str,
        operations: Sequence[dict[str, Any] | PatchObjectiveBodyItem],
        **options: Unpack[RequestOptions],
    ) -> PatchObjectiveResponse200 | None:
        return self._client._send(_update(objectives_id, operations), options)

    update.__doc__ = _UPDATE_DOC

    def delete(self, objectives_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Objective."""
        call = prepare(delete_objective, None, check_id("objectives_id", objectives_id))
        return self._client._send(call, options)


class AsyncObjectives(AsyncResource):
    """Objectives: goals a persona works through in a conversation."""

    async def create(
        self,
        *,
        data: builtins.list[dict[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateObjectivesResponse200:
        return await self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    async def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPage[ObjectivesItem]:
        """Get Objectives (list): one page (1-based `page`), with `total_count`."""
        return await self._page(_list(given({"limit": limit})), page, limit, 1, options)

    async def iter(
        self, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[ObjectivesItem]:
        """Every objective, fetched page by page as the iteration goes."""
        async for item in self._iter(_list(given({"limit": limit})), limit, 1, options):
            yield item

    async def get(self, objectives_id: str, **options: Unpack[RequestOptions]) -> GetObjectiveResponse200:
        """Get Objective."""
        call = prepare(get_objective, GetObjectiveResponse200, check_id("objectives_id", objectives_id))
        return await self._client._send(call, options)

    async def update(
        self,
        objectives_id: str,
        operations: Sequence[dict[str, Any] | PatchObjectiveBodyItem],
        **options: Unpack[RequestOptions],
    ) -> PatchObjectiveResponse200 | None:
        return await self._client._send(_update(objectives_id, operations), options)

    update.__doc__ = _UPDATE_DOC

    async def delete(self, objectives_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Objective."""
        call = prepare(delete_objective, None, check_id("objectives_id", objectives_id))
        return await self._client._send(call, options)


__all__ = ["AsyncObjectives", "Objectives"]
