from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_properties(value: Any) -> Any:
    return parse_model(CreateConversationBodyProperties, value)


class CreateConversationBody(Model):
    replica_id: str | None
    """ The unique identifier for the replica that will join the conversation. **Each request must have a valid
    `replica_id` value that's either directly passed in or as part of a persona**. """
    persona_id: str | None
    """ The unique identifier for the persona that the replica will use in the conversation.

    - **If your Persona does not have a valid `replica_id`, you must define the `replica_id` field.**
    - **If your Persona already has a valid `replica_id` and you provide one in the request, the `replica_id`
    provided in the request will be used instead of the one defined in your persona**.
     """
    audio_only: bool | None
    """ Specifies whether the interaction should be voice-only. **This field is required if you want to create an
    audio-only conversation**. """
    callback_url: str | None
    """ A url that will receive webhooks with updates regarding the conversation state. """
    conversation_name: str | None
    """ A name for the conversation. """
    conversational_context: str | None
    """ Optional context that will be appended to any context provided in the persona, if one is provided. """
    custom_greeting: str | None
    """ An optional custom greeting that the replica will give once a participant joines the conversation. """
    memory_stores: list[str] | None
    """ The memory stores to use for the conversation. The persona will have access to the existing memories in the
    store and will add newly made memories to the store as well. In most use cases, you will only need to pass in a
    single memory store. """
    document_ids: list[str] | None
    """ The ids of the documents that the persona will be able to access during the conversation. The `document_ids`
    are returned during the document creation process in the response of the [Get Document](/api-
    reference/documents/get-document) and the [Create Document](/api-reference/documents/create-document) endpoints.
    """
    document_retrieval_strategy: str | None
    """ The strategy to use for document retrieval. Possible values: `speed`, `quality`, `balanced`. Default is
    `balanced`. """
    document_tags: list[str] | None
    """ The tags of the documents that the replica will be able to access during the conversation. The tags are
    passed in the `document_tags` parameter of the [Create Document](/api-reference/documents/create-document)
    endpoint. The document tags do not have to be created explicitly, it is enough to pass in the tags during the
    document creation process. """
    test_mode: bool | None
    """ If true, the conversation will be created but the replica will not join the call. This can be used for
    testing the conversation creation process without incurring any costs. Additionally, the conversation will be
    created with a status `ended` so it does not affect concurrency limits. """
    require_auth: bool | None
    """ If true, creates a private room requiring authentication. A `meeting_token` will be returned in the response
    that must be used to join the conversation. Without a valid token, users will see 'You are not allowed to join
    this meeting.' """
    max_participants: int | None
    """ Maximum number of participants allowed in the conversation room. Must be at least 2 (the replica counts as
    one participant). """
    properties: CreateConversationBodyProperties | None
    """ Optional properties that can be used to customize the conversation. """

    _FIELDS = {
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
