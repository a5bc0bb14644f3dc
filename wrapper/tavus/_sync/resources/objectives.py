# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""`client.objectives`: goals a persona works through in a conversation, with their conditions."""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import Any, Unpack

from tavus_api import models
from tavus_api.api.objectives import create_objectives, delete_objective, get_objective, get_objectives, patch_objective
from tavus_api.models.get_objectives_response_200 import GetObjectivesResponse200
from tavus_api.models.patch_objective_body_item import PatchObjectiveBodyItem
from tavus_api.models.patch_objective_response_200 import PatchObjectiveResponse200

from ..._call import DataOf, RequestOptions
from ..._pagination import Paging
from ..._raw import to_raw
from ..pagination import Page
from ._base import APIResource

__all__ = ["Objectives", "ObjectivesWithRawResponse"]

# limit: "Default is 10."; page: "Default is 1."
PAGING = Paging(first_page=1, default_limit=10)


class Objectives(APIResource):
    """Objectives: goals a persona works through in a conversation."""

    @cached_property
    def with_raw_response(self) -> ObjectivesWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return ObjectivesWithRawResponse(self)

    def create(self, *, data: builtins.list[dict[str, Any]], **options: Unpack[RequestOptions]) -> models.Objectives:
        """Create Objectives: `data` is a list of objectives (objective_name, objective_prompt;
        optional confirmation_mode auto/manual, output_variables, modality verbal/visual, the next
        conditional objectives or the one next required objective, callback_url)."""
        return self._call(create_objectives, models.Objectives, locals())

    def list(
        self, *, limit: int | None = None, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> Page[models.Objectives]:
        """Get Objectives (list): one page (1-based `page`), with `total_count`; iterating the page
        walks every page."""
        return self._page(get_objectives, GetObjectivesResponse200, locals(), PAGING)

    def iter(self, *, limit: int | None = None, **options: Unpack[RequestOptions]) -> Iterator[models.Objectives]:
        """Every objective, fetched page by page as the iteration goes."""
        return self._iter(get_objectives, GetObjectivesResponse200, locals(), PAGING)

    def get(self, objectives_id: str, **options: Unpack[RequestOptions]) -> models.Objective:
        """Get Objective: the objective (the contract answers it under `data`, without its id)."""
        return self._call(get_objective, DataOf(models.Objective), locals())

    def update(
        self,
        objectives_id: str,
        operations: Sequence[dict[str, Any] | PatchObjectiveBodyItem],
        **options: Unpack[RequestOptions],
    ) -> PatchObjectiveResponse200 | None:
        """Patch Objective with RFC 6902 JSON Patch `operations`, e.g.
        `[{"op": "replace", "path": "/objective_prompt", "value": "..."}]`.
        Returns the updated objective, or None when the API answers 304 (nothing changed)."""
        return self._patch(patch_objective, PatchObjectiveResponse200, locals())

    def delete(self, objectives_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Objective."""
        return self._call(delete_objective, None, locals())


class ObjectivesWithRawResponse:
    """`client.objectives.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, objectives: Objectives) -> None:
        self.create = to_raw(objectives.create)
        self.list = to_raw(objectives.list)
        self.get = to_raw(objectives.get)
        self.update = to_raw(objectives.update)
        self.delete = to_raw(objectives.delete)
