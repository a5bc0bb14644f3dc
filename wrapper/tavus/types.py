"""The models the SDK returns, one per resource, named for it (`from tavus.types import Replica`).

They are generated from the contract (`tavus_api.models`, named by the overlay's `components`):
the same class comes back from a resource's `list`, `iter`, `get`, `wait`, `create` and raw
`.parse()`. Every field reads `None` when the response does not have it (`fields_set` says which
it had); the resource's own id is a `str`. Unknown keys are in `additional_properties`;
`to_dict()`/`to_json()` give the wire shape back. See the Models page of the docs.

The `...Param` types are the request side: TypedDicts generated from the contract's request schemas,
for the nested arguments (persona `layers`, conversation `properties`, pronunciation `rules`).
Annotate a dict with one to have your type checker check its keys and values; the methods take a
plain dict as well.
"""

from __future__ import annotations

from tavus_api.models.canvas_interaction import CanvasInteraction
from tavus_api.models.cloned_voice import ClonedVoice
from tavus_api.models.conferencing_username_check import ConferencingUsernameCheck
from tavus_api.models.conversation import Conversation
from tavus_api.models.conversation_event import ConversationEvent
from tavus_api.models.conversation_event_properties import ConversationEventProperties
from tavus_api.models.create_conversation_body_properties import (
    CreateConversationBodyPropertiesParam as ConversationPropertiesParam,
)
from tavus_api.models.create_persona_body_layers import CreatePersonaBodyLayersParam as PersonaLayersParam
from tavus_api.models.create_persona_body_layers_conversational_flow import (
    CreatePersonaBodyLayersConversationalFlowParam as ConversationalFlowLayerParam,
)
from tavus_api.models.create_persona_body_layers_llm import CreatePersonaBodyLayersLlmParam as LlmLayerParam
from tavus_api.models.create_persona_body_layers_perception import (
    CreatePersonaBodyLayersPerceptionParam as PerceptionLayerParam,
)
from tavus_api.models.create_persona_body_layers_stt import CreatePersonaBodyLayersSttParam as SttLayerParam
from tavus_api.models.create_persona_body_layers_tts import CreatePersonaBodyLayersTtsParam as TtsLayerParam
from tavus_api.models.create_pronunciation_dictionary_body_rules_item import (
    CreatePronunciationDictionaryBodyRulesItemParam as PronunciationRuleParam,
)
from tavus_api.models.deployment import Deployment
from tavus_api.models.deployment_init_config import DeploymentInitConfig
from tavus_api.models.document import Document
from tavus_api.models.document_crawl_config import DocumentCrawlConfig
from tavus_api.models.face import Face
from tavus_api.models.guardrail import Guardrail
from tavus_api.models.guardrails import Guardrails
from tavus_api.models.lipsync import Lipsync
from tavus_api.models.llm_layer import LlmLayer
from tavus_api.models.llm_layer_headers import LlmLayerHeaders
from tavus_api.models.llm_layer_tools_item import LlmLayerToolsItem
from tavus_api.models.objective import Objective
from tavus_api.models.objectives import Objectives
from tavus_api.models.pal import Pal
from tavus_api.models.pal_detail import PalDetail
from tavus_api.models.pal_layers import PalLayers, PalLayersParam
from tavus_api.models.perception_layer import PerceptionLayer
from tavus_api.models.perception_layer_audio_tools_item import PerceptionLayerAudioToolsItem
from tavus_api.models.perception_layer_visual_tools_item import PerceptionLayerVisualToolsItem
from tavus_api.models.persona import Persona
from tavus_api.models.persona_layers import PersonaLayers
from tavus_api.models.pronunciation_dictionary import PronunciationDictionary
from tavus_api.models.pronunciation_rule import PronunciationRule
from tavus_api.models.published_pal import PublishedPal
from tavus_api.models.replacement import Replacement
from tavus_api.models.replica import Replica
from tavus_api.models.skill_attachment import SkillAttachment
from tavus_api.models.skill_registry import SkillRegistry
from tavus_api.models.stt_layer import SttLayer
from tavus_api.models.tool import Tool
from tavus_api.models.tool_delivery import ToolDelivery, ToolDeliveryParam
from tavus_api.models.transcription import Transcription
from tavus_api.models.tts_layer import TtsLayer
from tavus_api.models.tts_layer_voice_settings import TtsLayerVoiceSettings
from tavus_api.models.video import Video
from tavus_api.models.video_data import VideoData
from tavus_api.models.voice import Voice
from tavus_api.models.voice_cloning import VoiceCloning
from tavus_api.models.voice_tags_item import VoiceTagsItem
from tavus_api.types import Model

__all__ = [
    "CanvasInteraction",
    "ClonedVoice",
    "ConferencingUsernameCheck",
    "Conversation",
    "ConversationEvent",
    "ConversationEventProperties",
    "ConversationPropertiesParam",
    "ConversationalFlowLayerParam",
    "Deployment",
    "DeploymentInitConfig",
    "Document",
    "DocumentCrawlConfig",
    "Face",
    "Guardrail",
    "Guardrails",
    "Lipsync",
    "LlmLayer",
    "LlmLayerHeaders",
    "LlmLayerParam",
    "LlmLayerToolsItem",
    "Model",
    "Objective",
    "Objectives",
    "Pal",
    "PalDetail",
    "PalLayers",
    "PalLayersParam",
    "PerceptionLayer",
    "PerceptionLayerAudioToolsItem",
    "PerceptionLayerParam",
    "PerceptionLayerVisualToolsItem",
    "Persona",
    "PersonaLayers",
    "PersonaLayersParam",
    "PronunciationDictionary",
    "PronunciationRule",
    "PronunciationRuleParam",
    "PublishedPal",
    "Replacement",
    "Replica",
    "SkillAttachment",
    "SkillRegistry",
    "SttLayer",
    "SttLayerParam",
    "Tool",
    "ToolDelivery",
    "ToolDeliveryParam",
    "Transcription",
    "TtsLayer",
    "TtsLayerParam",
    "TtsLayerVoiceSettings",
    "Video",
    "VideoData",
    "Voice",
    "VoiceCloning",
    "VoiceTagsItem",
]
