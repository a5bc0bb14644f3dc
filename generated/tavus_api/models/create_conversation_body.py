from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_conversation_body_properties import (
        CreateConversationBodyProperties,
    )


T = TypeVar("T", bound="CreateConversationBody")


@_attrs_define
class CreateConversationBody:
    replica_id: str | Unset = UNSET
    """ The unique identifier for the replica that will join the conversation. **Each request must have a valid
    `replica_id` value that's either directly passed in or as part of a persona**. """
    persona_id: str | Unset = UNSET
    """ The unique identifier for the persona that the replica will use in the conversation.

    - **If your Persona does not have a valid `replica_id`, you must define the `replica_id` field.**
    - **If your Persona already has a valid `replica_id` and you provide one in the request, the `replica_id`
    provided in the request will be used instead of the one defined in your persona**.
     """
    audio_only: bool | Unset = UNSET
    """ Specifies whether the interaction should be voice-only. **This field is required if you want to create an
    audio-only conversation**. """
    callback_url: str | Unset = UNSET
    """ A url that will receive webhooks with updates regarding the conversation state. """
    conversation_name: str | Unset = UNSET
    """ A name for the conversation. """
    conversational_context: str | Unset = UNSET
    """ Optional context that will be appended to any context provided in the persona, if one is provided. """
    custom_greeting: str | Unset = UNSET
    """ An optional custom greeting that the replica will give once a participant joines the conversation. """
    memory_stores: list[str] | Unset = UNSET
    """ The memory stores to use for the conversation. The persona will have access to the existing memories in the
    store and will add newly made memories to the store as well. In most use cases, you will only need to pass in a
    single memory store. """
    document_ids: list[str] | Unset = UNSET
    """ The ids of the documents that the persona will be able to access during the conversation. The `document_ids`
    are returned during the document creation process in the response of the [Get Document](/api-
    reference/documents/get-document) and the [Create Document](/api-reference/documents/create-document) endpoints.
    """
    document_retrieval_strategy: str | Unset = UNSET
    """ The strategy to use for document retrieval. Possible values: `speed`, `quality`, `balanced`. Default is
    `balanced`. """
    document_tags: list[str] | Unset = UNSET
    """ The tags of the documents that the replica will be able to access during the conversation. The tags are
    passed in the `document_tags` parameter of the [Create Document](/api-reference/documents/create-document)
    endpoint. The document tags do not have to be created explicitly, it is enough to pass in the tags during the
    document creation process. """
    test_mode: bool | Unset = UNSET
    """ If true, the conversation will be created but the replica will not join the call. This can be used for
    testing the conversation creation process without incurring any costs. Additionally, the conversation will be
    created with a status `ended` so it does not affect concurrency limits. """
    require_auth: bool | Unset = UNSET
    """ If true, creates a private room requiring authentication. A `meeting_token` will be returned in the response
    that must be used to join the conversation. Without a valid token, users will see 'You are not allowed to join
    this meeting.' """
    max_participants: int | Unset = UNSET
    """ Maximum number of participants allowed in the conversation room. Must be at least 2 (the replica counts as
    one participant). """
    properties: CreateConversationBodyProperties | Unset = UNSET
    """ Optional properties that can be used to customize the conversation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replica_id = self.replica_id

        persona_id = self.persona_id

        audio_only = self.audio_only

        callback_url = self.callback_url

        conversation_name = self.conversation_name

        conversational_context = self.conversational_context

        custom_greeting = self.custom_greeting

        memory_stores: list[str] | Unset = UNSET
        if not isinstance(self.memory_stores, Unset):
            memory_stores = self.memory_stores

        document_ids: list[str] | Unset = UNSET
        if not isinstance(self.document_ids, Unset):
            document_ids = self.document_ids

        document_retrieval_strategy = self.document_retrieval_strategy

        document_tags: list[str] | Unset = UNSET
        if not isinstance(self.document_tags, Unset):
            document_tags = self.document_tags

        test_mode = self.test_mode

        require_auth = self.require_auth

        max_participants = self.max_participants

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replica_id is not UNSET:
            field_dict["replica_id"] = replica_id
        if persona_id is not UNSET:
            field_dict["persona_id"] = persona_id
        if audio_only is not UNSET:
            field_dict["audio_only"] = audio_only
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if conversation_name is not UNSET:
            field_dict["conversation_name"] = conversation_name
        if conversational_context is not UNSET:
            field_dict["conversational_context"] = conversational_context
        if custom_greeting is not UNSET:
            field_dict["custom_greeting"] = custom_greeting
        if memory_stores is not UNSET:
            field_dict["memory_stores"] = memory_stores
        if document_ids is not UNSET:
            field_dict["document_ids"] = document_ids
        if document_retrieval_strategy is not UNSET:
            field_dict["document_retrieval_strategy"] = document_retrieval_strategy
        if document_tags is not UNSET:
            field_dict["document_tags"] = document_tags
        if test_mode is not UNSET:
            field_dict["test_mode"] = test_mode
        if require_auth is not UNSET:
            field_dict["require_auth"] = require_auth
        if max_participants is not UNSET:
            field_dict["max_participants"] = max_participants
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_conversation_body_properties import (
            CreateConversationBodyProperties,
        )

        d = dict(src_dict)
        replica_id = d.pop("replica_id", UNSET)

        persona_id = d.pop("persona_id", UNSET)

        audio_only = d.pop("audio_only", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        conversation_name = d.pop("conversation_name", UNSET)

        conversational_context = d.pop("conversational_context", UNSET)

        custom_greeting = d.pop("custom_greeting", UNSET)

        memory_stores = cast(list[str], d.pop("memory_stores", UNSET))

        document_ids = cast(list[str], d.pop("document_ids", UNSET))

        document_retrieval_strategy = d.pop("document_retrieval_strategy", UNSET)

        document_tags = cast(list[str], d.pop("document_tags", UNSET))

        test_mode = d.pop("test_mode", UNSET)

        require_auth = d.pop("require_auth", UNSET)

        max_participants = d.pop("max_participants", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: CreateConversationBodyProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = CreateConversationBodyProperties.from_dict(_properties)

        create_conversation_body = cls(
            replica_id=replica_id,
            persona_id=persona_id,
            audio_only=audio_only,
            callback_url=callback_url,
            conversation_name=conversation_name,
            conversational_context=conversational_context,
            custom_greeting=custom_greeting,
            memory_stores=memory_stores,
            document_ids=document_ids,
            document_retrieval_strategy=document_retrieval_strategy,
            document_tags=document_tags,
            test_mode=test_mode,
            require_auth=require_auth,
            max_participants=max_participants,
            properties=properties,
        )

        create_conversation_body.additional_properties = d
        return create_conversation_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
