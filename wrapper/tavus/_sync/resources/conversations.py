# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""`client.conversations`: real-time video conversations with a replica (CVI)."""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from tavus_api.api.conversations import (
    create_conversation,
    delete_conversation,
    end_conversation,
    get_conversation,
    list_canvas_interactions,
    list_conversations,
    record_canvas_interaction,
    send_app_message,
)
from tavus_api.models.canvas_interaction import CanvasInteraction
from tavus_api.models.conversation import Conversation
from tavus_api.models.list_conversations_response_200 import ListConversationsResponse200
from tavus_api.models.record_canvas_interaction_response_200 import RecordCanvasInteractionResponse200

from ..._call import ListOf, RequestOptions
from ..._pagination import Paging
from ..._raw import to_raw
from ..pagination import Page
from ._base import APIResource

if TYPE_CHECKING:  # the request-side TypedDicts, for type checkers only (importing them loads every layer)
    from ...interactions import Message
    from ...types import ConversationPropertiesParam

__all__ = ["Canvas", "CanvasWithRawResponse", "Conversations", "ConversationsWithRawResponse"]

# limit: "Default is 10."; page: "Default is 1."
PAGING = Paging(first_page=1, default_limit=10)


class Conversations(APIResource):
    """Conversations: real-time video calls with a replica."""

    @cached_property
    def with_raw_response(self) -> ConversationsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return ConversationsWithRawResponse(self)

    def create(
        self,
        *,
        face_id: str | None = None,
        pal_id: str | None = None,
        replica_id: str | None = None,
        persona_id: str | None = None,
        audio_only: bool | None = None,
        callback_url: str | None = None,
        conversation_name: str | None = None,
        conversational_context: str | None = None,
        custom_greeting: str | None = None,
        memory_stores: builtins.list[str] | None = None,
        document_ids: builtins.list[str] | None = None,
        document_retrieval_strategy: str | None = None,
        document_tags: builtins.list[str] | None = None,
        test_mode: bool | None = None,
        require_auth: bool | None = None,
        max_participants: int | None = None,
        properties: ConversationPropertiesParam | Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Create Conversation: a face (replica) joins a real-time video call driven by a PAL
        (persona); returns its `conversation_url`.

        Give `face_id`, or a `pal_id` whose PAL has a default face; `replica_id` and `persona_id`
        are their legacy aliases, still accepted. `test_mode=True` creates the conversation without
        the face joining (no cost; it starts as `ended`). A created conversation is billed while it
        runs: this POST is never retried after the server may have received it.

        `face_id` and `pal_id` come from Tavus's guides that send them. Follows Tavus's docs pages
        (the SDK's supplement), not the published OpenAPI file.
        """
        return self._call(create_conversation, Conversation, locals())

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        status: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[Conversation]:
        """List Conversations: one page (1-based `page`); `status` filters by active or ended;
        iterating the page walks every page."""
        return self._page(list_conversations, ListConversationsResponse200, locals(), PAGING)

    def iter(
        self, *, limit: int | None = None, status: str | None = None, **options: Unpack[RequestOptions]
    ) -> Iterator[Conversation]:
        """Every conversation, fetched page by page as the iteration goes."""
        return self._iter(list_conversations, ListConversationsResponse200, locals(), PAGING)

    def get(
        self, conversation_id: str, *, verbose: bool | None = None, **options: Unpack[RequestOptions]
    ) -> Conversation:
        """Get Conversation. `verbose=True` adds its `events` (transcript, perception analysis, ...)."""
        return self._call(get_conversation, Conversation, locals())

    def delete(self, conversation_id: str, *, hard: bool | None = None, **options: Unpack[RequestOptions]) -> None:
        """Delete Conversation. `hard=True` also deletes its assets, irrevocably."""
        return self._call(delete_conversation, None, locals())

    def end(self, conversation_id: str, **options: Unpack[RequestOptions]) -> None:
        """End Conversation: the replica leaves and the call stops."""
        return self._call(end_conversation, None, locals())

    def send_app_message(
        self, conversation_id: str, message: Message | Mapping[str, Any], **options: Unpack[RequestOptions]
    ) -> None:
        """Send App Message: deliver an interaction (a `tavus.interactions` message, or any mapping
        or object with `to_dict()` in its shape: `message_type`, `event_type`, `properties`) to a
        live conversation from your server, without joining the call.

        The PAL acts on its own events (respond, echo, interrupt, ...) in order; any other
        `event_type` is relayed into the room. A 502 means it was not delivered (safe to send
        again); a 504 that it may have been: check before resending a `respond`, or the face answers
        twice. The SDK never resends this POST once it may have reached the server. At most 65536
        bytes of body, 120 requests a minute.

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file.
        """
        return self._call(send_app_message, None, locals(), body="message")

    @cached_property
    def canvas(self) -> Canvas:
        """The conversation's Magic Canvas interactions: `record`, `list`."""
        return Canvas(self._client)


class Canvas(APIResource):
    """`client.conversations.canvas`: the Magic Canvas interactions of a conversation."""

    @cached_property
    def with_raw_response(self) -> CanvasWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return CanvasWithRawResponse(self)

    def record(
        self,
        conversation_id: str,
        *,
        interaction_id: str,
        tool_call_id: str,
        component: str,
        component_version: str,
        type: str,
        value: Any = None,
        metadata: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> RecordCanvasInteractionResponse200:
        """Record Canvas Interaction: a submit, skip, dismiss, clear, error or heartbeat of a Canvas
        card, while the conversation is active. Only custom renderers need it. Returns the API's
        acknowledgement (`success`), also for an identical retry.

        Sent without the API key: the contract marks the operation as needing none (a browser
        calls it; never put the key there). `interaction_id` is its idempotency key: reuse it
        verbatim when you send the same interaction again. `component` is a Canvas component id
        (canvas.question, ...), `type` one of submit, skip, dismiss, clear, error, heartbeat.

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file.
        """
        return self._call(record_canvas_interaction, RecordCanvasInteractionResponse200, locals())

    def list(self, conversation_id: str, **options: Unpack[RequestOptions]) -> builtins.list[CanvasInteraction]:
        """List Canvas Interactions: every interaction recorded for the conversation, oldest first
        (during and after the conversation).

        Follows Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return self._call(list_canvas_interactions, ListOf(CanvasInteraction), locals())


class CanvasWithRawResponse:
    """`client.conversations.canvas.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, canvas: Canvas) -> None:
        self.record = to_raw(canvas.record)
        self.list = to_raw(canvas.list)


class ConversationsWithRawResponse:
    """`client.conversations.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, conversations: Conversations) -> None:
        self.create = to_raw(conversations.create)
        self.list = to_raw(conversations.list)
        self.get = to_raw(conversations.get)
        self.delete = to_raw(conversations.delete)
        self.end = to_raw(conversations.end)
        self.send_app_message = to_raw(conversations.send_app_message)
        self.canvas = conversations.canvas.with_raw_response
