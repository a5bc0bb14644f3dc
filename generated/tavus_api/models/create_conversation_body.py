from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(CreateConversationBodyProperties, value)


class CreateConversationBody(Model):
    face_id: str | None
    """ Face that appears in the conversation. Needed unless the PAL has a default face; a value sent here is used
    instead of the PAL's default. Replaces replica_id. """
    pal_id: str | None
    """ PAL that drives the conversation. Replaces persona_id. """
    replica_id: str | None
    """ Legacy alias of face_id, still accepted. """
    persona_id: str | None
    """ Legacy alias of pal_id, still accepted. """
    audio_only: bool | None
    """ Set to true to create a voice-only conversation. """
    callback_url: str | None
    """ URL that receives webhooks about the conversation's state. """
    conversation_name: str | None
    """ Name of the conversation. """
    conversational_context: str | None
    """ Extra context appended to the context the PAL already has. """
    custom_greeting: str | None
    """ Greeting spoken once a participant joins. """
    memory_stores: list[str] | None
    """ Memory stores the conversation reads existing memories from and writes new ones to; usually a single store.
    """
    document_ids: list[str] | None
    """ Knowledge-base documents available during the conversation (ids from Create Document / Get Document). """
    document_retrieval_strategy: str | None
    """ Document retrieval strategy - speed, quality or balanced (default balanced). """
    document_tags: list[str] | None
    """ Tags selecting the knowledge-base documents available during the conversation (tags set on Create Document).
    """
    test_mode: bool | None
    """ When true the conversation is created without the face joining and at no cost; it is created with status
    ended and does not count toward concurrency. """
    require_auth: bool | None
    """ When true the room is private and the response carries a meeting_token needed to join. """
    max_participants: int | None
    """ Maximum participants in the room, the face included. """
    properties: CreateConversationBodyProperties | None
    """ Optional per-conversation settings. """

    _FIELDS = {
        "face_id": ("face_id", None),
        "pal_id": ("pal_id", None),
        "replica_id": ("replica_id", None),
        "persona_id": ("persona_id", None),
        "audio_only": ("audio_only", None),
        "callback_url": ("callback_url", None),
        "conversation_name": ("conversation_name", None),
        "conversational_context": ("conversational_context", None),
        "custom_greeting": ("custom_greeting", None),
        "memory_stores": ("memory_stores", None),
        "document_ids": ("document_ids", None),
        "document_retrieval_strategy": ("document_retrieval_strategy", None),
        "document_tags": ("document_tags", None),
        "test_mode": ("test_mode", None),
        "require_auth": ("require_auth", None),
        "max_participants": ("max_participants", None),
        "properties": ("properties", _parse_properties),
    }

    def __init__(
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
        memory_stores: list[str] | None = None,
        document_ids: list[str] | None = None,
        document_retrieval_strategy: str | None = None,
        document_tags: list[str] | None = None,
        test_mode: bool | None = None,
        require_auth: bool | None = None,
        max_participants: int | None = None,
        properties: CreateConversationBodyProperties | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "face_id": face_id,
            "pal_id": pal_id,
            "replica_id": replica_id,
            "persona_id": persona_id,
            "audio_only": audio_only,
            "callback_url": callback_url,
            "conversation_name": conversation_name,
            "conversational_context": conversational_context,
            "custom_greeting": custom_greeting,
            "memory_stores": memory_stores,
            "document_ids": document_ids,
            "document_retrieval_strategy": document_retrieval_strategy,
            "document_tags": document_tags,
            "test_mode": test_mode,
            "require_auth": require_auth,
            "max_participants": max_participants,
            "properties": properties,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateConversationBodyParam = TypedDict(
    "CreateConversationBodyParam",
    {
        "face_id": "str",
        "pal_id": "str",
        "replica_id": "str",
        "persona_id": "str",
        "audio_only": "bool",
        "callback_url": "str",
        "conversation_name": "str",
        "conversational_context": "str",
        "custom_greeting": "str",
        "memory_stores": "list[str]",
        "document_ids": "list[str]",
        "document_retrieval_strategy": "str",
        "document_tags": "list[str]",
        "test_mode": "bool",
        "require_auth": "bool",
        "max_participants": "int",
        "properties": "CreateConversationBodyPropertiesParam",
    },
    total=False,
)


from ..models.create_conversation_body_properties import (
    CreateConversationBodyProperties,
    CreateConversationBodyPropertiesParam,
)
