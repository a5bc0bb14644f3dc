"""`client.conversations`: real-time video conversations with a replica (CVI)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Unpack

from tavus_api.api.conversations import (
    create_conversation,
    delete_conversation,
    end_conversation,
    get_conversation,
    list_conversations,
)
from tavus_api.models.create_conversation_body import CreateConversationBody
from tavus_api.models.create_conversation_response_200 import CreateConversationResponse200
from tavus_api.models.get_conversation_response_200 import GetConversationResponse200
from tavus_api.models.list_conversations_response_200 import ListConversationsResponse200
from tavus_api.models.list_conversations_response_200_data_type_0_item import (
    ListConversationsResponse200DataType0Item,
)

from .._call import Call, RequestOptions, prepare
from .._errors import TavusValidationError
from .._pagination import AsyncPage, Page
from .._validation import check_id
from ._base import (
    BOOL,
    DICT,
    INT,
    STR,
    STR_LIST,
    URL,
    AsyncResource,
    SyncResource,
    body_model,
    check_fields,
    given,
    lister,
)

Conversation = GetConversationResponse200
ConversationItem = ListConversationsResponse200DataType0Item

_CREATE_FIELDS = {
    "replica_id": STR,
    "persona_id": STR,
    "audio_only": BOOL,
    "callback_url": URL,
    "conversation_name": STR,
    "conversational_context": STR,
    "custom_greeting": STR,
    "memory_stores": STR_LIST,
    "document_ids": STR_LIST,
    "document_retrieval_strategy": STR,
    "document_tags": STR_LIST,
    "test_mode": BOOL,
    "require_auth": BOOL,
    "max_participants": INT,
    "properties": DICT,
}


def _create(fields: dict[str, Any]) -> Call[CreateConversationResponse200]:
    check_fields(fields, _CREATE_FIELDS)
    if "replica_id" not in fields and "persona_id" not in fields:
        raise TavusValidationError(
            "replica_id", "is required, directly or through a persona_id whose persona has a default replica"
        )
    if "max_participants" in fields and fields["max_participants"] < 2:
        raise TavusValidationError("max_participants", "must be >= 2 (the replica and at least one participant)")
    body = body_model(CreateConversationBody, fields)
    return prepare(create_conversation, CreateConversationResponse200, body=body)


def _list(fields: dict[str, Any]) -> Callable[[int], Call[ListConversationsResponse200]]:
    return lister(list_conversations, ListConversationsResponse200, fields, {"status": STR})


_CREATE_DOC = """Create Conversation: a replica joins a real-time video call; returns its `conversation_url`.

Give `replica_id`, or a `persona_id` whose persona has a default replica. `test_mode=True`
creates the conversation without the replica joining (no cost; it starts as `ended`).
A created conversation is billed while it runs: this POST is never retried after the server
may have received it.
"""


class Conversations(SyncResource):
    """Conversations: real-time video calls with a replica."""

    def create(
        self,
        *,
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
        properties: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateConversationResponse200:
        return self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        status: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[ConversationItem]:
        """List Conversations: one page (1-based `page`); `status` filters by active or ended."""
        return self._page(_list(given({"limit": limit, "status": status})), page, limit, 1, options)

    def iter(
        self, *, limit: int | None = None, status: str | None = None, **options: Unpack[RequestOptions]
    ) -> Iterator[ConversationItem]:
        """Every conversation, fetched page by page as the iteration goes."""
        return self._iter(_list(given({"limit": limit, "status": status})), limit, 1, options)

    def get(self, conversation_id: str, **options: Unpack[RequestOptions]) -> Conversation:
        """Get Conversation."""
        call = prepare(get_conversation, GetConversationResponse200, check_id("conversation_id", conversation_id))
        return self._client._send(call, options)

    def delete(self, conversation_id: str, *, hard: bool | None = None, **options: Unpack[RequestOptions]) -> None:
        """Delete Conversation. `hard=True` also deletes its assets, irrevocably."""
        return self._client._send(_delete(conversation_id, hard), options)

    def end(self, conversation_id: str, **options: Unpack[RequestOptions]) -> None:
        """End Conversation: the replica leaves and the call stops."""
        call = prepare(end_conversation, None, check_id("conversation_id", conversation_id))
        return self._client._send(call, options)


def _delete(conversation_id: str, hard: bool | None) -> Call[None]:
    kwargs = given({"hard": hard})
    check_fields(kwargs, {"hard": BOOL})
    return prepare(delete_conversation, None, check_id("conversation_id", conversation_id), **kwargs)


class AsyncConversations(AsyncResource):
    """Conversations: real-time video calls with a replica."""

    async def create(
        self,
        *,
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
        properties: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateConversationResponse200:
        return await self._client._send(_create(given(locals())), options)

    create.__doc__ = _CREATE_DOC

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        status: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[ConversationItem]:
        """List Conversations: one page (1-based `page`); `status` filters by active or ended."""
        return await self._page(_list(given({"limit": limit, "status": status})), page, limit, 1, options)

    async def iter(
        self, *, limit: int | None = None, status: str | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[ConversationItem]:
        """Every conversation, fetched page by page as the iteration goes."""
        async for item in self._iter(_list(given({"limit": limit, "status": status})), limit, 1, options):
            yield item

    async def get(self, conversation_id: str, **options: Unpack[RequestOptions]) -> Conversation:
        """Get Conversation."""
        call = prepare(get_conversation, GetConversationResponse200, check_id("conversation_id", conversation_id))
        return await self._client._send(call, options)

    async def delete(
        self, conversation_id: str, *, hard: bool | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete Conversation. `hard=True` also deletes its assets, irrevocably."""
        return await self._client._send(_delete(conversation_id, hard), options)

    async def end(self, conversation_id: str, **options: Unpack[RequestOptions]) -> None:
        """End Conversation: the replica leaves and the call stops."""
        call = prepare(end_conversation, None, check_id("conversation_id", conversation_id))
        return await self._client._send(call, options)


__all__ = ["AsyncConversations", "Conversations"]
