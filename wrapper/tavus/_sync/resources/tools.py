# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""`client.tools`: standalone tools a PAL's LLM (or perception) can call; attach them with
`client.pals.tools.attach`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from tavus_api.api.tools import create_tool, delete_tool, get_tool, list_tools, update_tool
from tavus_api.models.list_tools_response_2xx import ListToolsResponse2XX
from tavus_api.models.tool import Tool

from ..._call import NOT_GIVEN, NotGiven, RequestOptions
from ..._pagination import Paging
from ..._raw import to_raw
from ..pagination import Page
from ._base import APIResource

if TYPE_CHECKING:  # the request-side TypedDicts, for type checkers only
    from tavus_api.models.tool_delivery import ToolDeliveryParam

__all__ = ["Tools", "ToolsWithRawResponse"]

# limit: "Page size." (default 10); page: "Page number, starting at 1." (default 1)
PAGING = Paging(first_page=1, default_limit=10)


class Tools(APIResource):
    """Tools: functions defined once (`name`, `description`, JSON Schema `parameters`, a `delivery`
    channel) and attached to any number of PALs. Follows Tavus's docs pages (the SDK's supplement),
    not the published OpenAPI file."""

    @cached_property
    def with_raw_response(self) -> ToolsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return ToolsWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        description: str,
        parameters: Mapping[str, Any] | None = None,
        delivery: ToolDeliveryParam | Mapping[str, Any] | None = None,
        trigger_type: str | None = None,
        origin: str | None = None,
        on_call: str | None = None,
        on_resolve: str | None = None,
        static_filler: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Tool:
        """Create Tool: `name` (a function name: letters, digits, `_`; unique in the account),
        `description`, the JSON Schema of its `parameters`, and one `delivery` channel (`app_message`
        by default, or `api`). `trigger_type` in_call (the default: `origin` llm, vision or audio) or
        post_call (once after the conversation, with `delivery.api`). Follows Tavus's docs pages (the
        SDK's supplement), not the published OpenAPI file."""
        return self._call(create_tool, Tool, locals())

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        sort: str | None = None,
        type: str | None = None,
        name_or_uuid: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Tool]:
        """Get Tools: one page (1-based `page`), with `total_count`; `type` user (the server's
        default), system (Tavus's built-in tools) or all; `sort` asc or desc by creation time;
        `name_or_uuid` a substring of the name or a tool id. Iterating the page walks every page.
        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return self._page(list_tools, ListToolsResponse2XX, locals(), PAGING)

    def iter(
        self,
        *,
        limit: int | None = None,
        sort: str | None = None,
        type: str | None = None,
        name_or_uuid: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Tool]:
        """Every tool, fetched page by page as the iteration goes. Follows Tavus's docs pages (the
        SDK's supplement), not the published OpenAPI file."""
        return self._iter(list_tools, ListToolsResponse2XX, locals(), PAGING)

    def get(self, tool_id: str, **options: Unpack[RequestOptions]) -> Tool:
        """Get Tool: a user or system tool; secret auth fields come back as `********`. Follows Tavus's
        docs pages (the SDK's supplement), not the published OpenAPI file."""
        return self._call(get_tool, Tool, locals())

    def update(
        self,
        tool_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        delivery: ToolDeliveryParam | Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        trigger_type: str | None = None,
        origin: str | None = None,
        on_call: str | None = None,
        on_resolve: str | None = None,
        static_filler: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Tool:
        """Update Tool: the fields given change, the rest stay (system tools cannot be updated). Omit a
        secret to keep it (sending back `********` is refused); `delivery=None` sends null, which resets
        delivery to `{"app_message": true}`. Follows Tavus's docs pages (the SDK's supplement), not the
        published OpenAPI file."""
        args: dict[str, Any] = {**locals(), "delivery": None if isinstance(delivery, NotGiven) else delivery}
        if delivery is None:  # "delivery null resets delivery": sent as given, past the body model
            args["options"] = {**options, "extra_body": {**options.get("extra_body", {}), "delivery": None}}
        return self._call(update_tool, Tool, args)

    def delete(self, tool_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Tool: it is detached from every PAL and its name is free again (system tools cannot
        be deleted). Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return self._call(delete_tool, None, locals())


class ToolsWithRawResponse:
    """`client.tools.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, tools: Tools) -> None:
        self.create = to_raw(tools.create)
        self.list = to_raw(tools.list)
        self.get = to_raw(tools.get)
        self.update = to_raw(tools.update)
        self.delete = to_raw(tools.delete)
