"""Contains all the data models used in inputs/outputs"""

from .append_llm_context import AppendLlmContext
from .append_llm_context_properties import AppendLlmContextProperties
from .conversation_utterance_streaming import ConversationUtteranceStreaming
from .conversation_utterance_streaming_properties import (
    ConversationUtteranceStreamingProperties,
)
from .create_conversation_body import CreateConversationBody
from .create_conversation_body_properties import CreateConversationBodyProperties
from .create_conversation_response_200 import CreateConversationResponse200
from .create_conversation_response_400 import CreateConversationResponse400
from .create_conversation_response_401 import CreateConversationResponse401
from .create_document_body import CreateDocumentBody
from .create_document_body_crawl import CreateDocumentBodyCrawl
from .create_document_response_200 import CreateDocumentResponse200
from .create_document_response_200_crawl_config_type_0 import (
    CreateDocumentResponse200CrawlConfigType0,
)
from .create_document_response_400 import CreateDocumentResponse400
from .create_document_response_401 import CreateDocumentResponse401
from .create_document_response_429 import CreateDocumentResponse429
from .create_guardrails_body import CreateGuardrailsBody
from .create_guardrails_body_data_item import CreateGuardrailsBodyDataItem
from .create_guardrails_body_data_item_modality import (
    CreateGuardrailsBodyDataItemModality,
)
from .create_guardrails_response_200 import CreateGuardrailsResponse200
from .create_guardrails_response_400 import CreateGuardrailsResponse400
from .create_guardrails_response_401 import CreateGuardrailsResponse401
from .create_lipsync_body import CreateLipsyncBody
from .create_lipsync_response_200 import CreateLipsyncResponse200
from .create_lipsync_response_400 import CreateLipsyncResponse400
from .create_lipsync_response_401 import CreateLipsyncResponse401
from .create_objectives_body import CreateObjectivesBody
from .create_objectives_body_data_item import CreateObjectivesBodyDataItem
from .create_objectives_body_data_item_confirmation_mode import (
    CreateObjectivesBodyDataItemConfirmationMode,
)
from .create_objectives_body_data_item_modality import (
    CreateObjectivesBodyDataItemModality,
)
from .create_objectives_body_data_item_next_conditional_objectives import (
    CreateObjectivesBodyDataItemNextConditionalObjectives,
)
from .create_objectives_response_200 import CreateObjectivesResponse200
from .create_objectives_response_400 import CreateObjectivesResponse400
from .create_objectives_response_401 import CreateObjectivesResponse401
from .create_persona_body import CreatePersonaBody
from .create_persona_body_layers import CreatePersonaBodyLayers
from .create_persona_body_layers_conversational_flow import (
    CreatePersonaBodyLayersConversationalFlow,
)
from .create_persona_body_layers_conversational_flow_idle_engagement import (
    CreatePersonaBodyLayersConversationalFlowIdleEngagement,
)
from .create_persona_body_layers_conversational_flow_replica_interruptibility import (
    CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility,
)
from .create_persona_body_layers_conversational_flow_turn_taking_patience import (
    CreatePersonaBodyLayersConversationalFlowTurnTakingPatience,
)
from .create_persona_body_layers_conversational_flow_voice_isolation import (
    CreatePersonaBodyLayersConversationalFlowVoiceIsolation,
)
from .create_persona_body_layers_llm import CreatePersonaBodyLayersLlm
from .create_persona_body_layers_llm_extra_body import (
    CreatePersonaBodyLayersLlmExtraBody,
)
from .create_persona_body_layers_llm_headers import CreatePersonaBodyLayersLlmHeaders
from .create_persona_body_layers_llm_tools_item import (
    CreatePersonaBodyLayersLlmToolsItem,
)
from .create_persona_body_layers_perception import CreatePersonaBodyLayersPerception
from .create_persona_body_layers_perception_audio_tools_item import (
    CreatePersonaBodyLayersPerceptionAudioToolsItem,
)
from .create_persona_body_layers_perception_visual_tools_item import (
    CreatePersonaBodyLayersPerceptionVisualToolsItem,
)
from .create_persona_body_layers_stt import CreatePersonaBodyLayersStt
from .create_persona_body_layers_stt_stt_engine import (
    CreatePersonaBodyLayersSttSttEngine,
)
from .create_persona_body_layers_tts import CreatePersonaBodyLayersTts
from .create_persona_body_layers_tts_voice_settings import (
    CreatePersonaBodyLayersTtsVoiceSettings,
)
from .create_persona_body_pipeline_mode import CreatePersonaBodyPipelineMode
from .create_persona_response_200 import CreatePersonaResponse200
from .create_persona_response_400 import CreatePersonaResponse400
from .create_persona_response_401 import CreatePersonaResponse401
from .create_pronunciation_dictionary_body import CreatePronunciationDictionaryBody
from .create_pronunciation_dictionary_body_rules_item import (
    CreatePronunciationDictionaryBodyRulesItem,
)
from .create_pronunciation_dictionary_body_rules_item_type import (
    CreatePronunciationDictionaryBodyRulesItemType,
)
from .create_pronunciation_dictionary_response_201 import (
    CreatePronunciationDictionaryResponse201,
)
from .create_pronunciation_dictionary_response_201_rules_type_0_item import (
    CreatePronunciationDictionaryResponse201RulesType0Item,
)
from .create_pronunciation_dictionary_response_400 import (
    CreatePronunciationDictionaryResponse400,
)
from .create_pronunciation_dictionary_response_401 import (
    CreatePronunciationDictionaryResponse401,
)
from .create_replacement_body import CreateReplacementBody
from .create_replacement_response_200 import CreateReplacementResponse200
from .create_replica_body import CreateReplicaBody
from .create_replica_body_properties import CreateReplicaBodyProperties
from .create_replica_response_200 import CreateReplicaResponse200
from .create_replica_response_400 import CreateReplicaResponse400
from .create_replica_response_401 import CreateReplicaResponse401
from .create_transcription_body import CreateTranscriptionBody
from .create_transcription_response_200 import CreateTranscriptionResponse200
from .delete_conversation_response_400 import DeleteConversationResponse400
from .delete_conversation_response_401 import DeleteConversationResponse401
from .delete_document_response_401 import DeleteDocumentResponse401
from .delete_document_response_404 import DeleteDocumentResponse404
from .delete_guardrails_response_400 import DeleteGuardrailsResponse400
from .delete_guardrails_response_401 import DeleteGuardrailsResponse401
from .delete_guardrails_response_404 import DeleteGuardrailsResponse404
from .delete_lipsync_response_400 import DeleteLipsyncResponse400
from .delete_lipsync_response_401 import DeleteLipsyncResponse401
from .delete_objective_response_400 import DeleteObjectiveResponse400
from .delete_objective_response_401 import DeleteObjectiveResponse401
from .delete_objective_response_404 import DeleteObjectiveResponse404
from .delete_persona_response_400 import DeletePersonaResponse400
from .delete_persona_response_401 import DeletePersonaResponse401
from .delete_pronunciation_dictionary_response_401 import (
    DeletePronunciationDictionaryResponse401,
)
from .delete_pronunciation_dictionary_response_404 import (
    DeletePronunciationDictionaryResponse404,
)
from .delete_replica_response_400 import DeleteReplicaResponse400
from .delete_replica_response_401 import DeleteReplicaResponse401
from .delete_video_response_400 import DeleteVideoResponse400
from .delete_video_response_401 import DeleteVideoResponse401
from .echo import Echo
from .echo_properties import EchoProperties
from .echo_properties_modality import EchoPropertiesModality
from .end_conversation_response_400 import EndConversationResponse400
from .end_conversation_response_401 import EndConversationResponse401
from .generate_video_body import GenerateVideoBody
from .generate_video_body_properties import GenerateVideoBodyProperties
from .generate_video_response_200 import GenerateVideoResponse200
from .generate_video_response_400 import GenerateVideoResponse400
from .generate_video_response_401 import GenerateVideoResponse401
from .get_conversation_response_200 import GetConversationResponse200
from .get_conversation_response_200_events_type_0_item import (
    GetConversationResponse200EventsType0Item,
)
from .get_conversation_response_200_events_type_0_item_properties_type_0 import (
    GetConversationResponse200EventsType0ItemPropertiesType0,
)
from .get_conversation_response_400 import GetConversationResponse400
from .get_conversation_response_401 import GetConversationResponse401
from .get_document_response_200 import GetDocumentResponse200
from .get_document_response_200_crawl_config_type_0 import (
    GetDocumentResponse200CrawlConfigType0,
)
from .get_document_response_401 import GetDocumentResponse401
from .get_document_response_404 import GetDocumentResponse404
from .get_guardrail_response_200 import GetGuardrailResponse200
from .get_guardrail_response_200_data_type_0 import GetGuardrailResponse200DataType0
from .get_guardrail_response_400 import GetGuardrailResponse400
from .get_guardrail_response_401 import GetGuardrailResponse401
from .get_guardrail_response_404 import GetGuardrailResponse404
from .get_guardrails_response_200 import GetGuardrailsResponse200
from .get_guardrails_response_200_data_type_0_item import (
    GetGuardrailsResponse200DataType0Item,
)
from .get_guardrails_response_401 import GetGuardrailsResponse401
from .get_lipsync_response_200 import GetLipsyncResponse200
from .get_lipsync_response_400 import GetLipsyncResponse400
from .get_lipsync_response_401 import GetLipsyncResponse401
from .get_objective_response_200 import GetObjectiveResponse200
from .get_objective_response_200_data_type_0 import GetObjectiveResponse200DataType0
from .get_objective_response_200_data_type_0_next_conditional_objectives_type_0 import (
    GetObjectiveResponse200DataType0NextConditionalObjectivesType0,
)
from .get_objective_response_400 import GetObjectiveResponse400
from .get_objective_response_401 import GetObjectiveResponse401
from .get_objective_response_404 import GetObjectiveResponse404
from .get_objectives_response_200 import GetObjectivesResponse200
from .get_objectives_response_200_data_type_0_item import (
    GetObjectivesResponse200DataType0Item,
)
from .get_objectives_response_200_data_type_0_item_next_conditional_objectives_type_0 import (
    GetObjectivesResponse200DataType0ItemNextConditionalObjectivesType0,
)
from .get_objectives_response_401 import GetObjectivesResponse401
from .get_persona_response_200 import GetPersonaResponse200
from .get_persona_response_200_data_type_0_item import (
    GetPersonaResponse200DataType0Item,
)
from .get_persona_response_200_data_type_0_item_layers_type_0 import (
    GetPersonaResponse200DataType0ItemLayersType0,
)
from .get_persona_response_200_data_type_0_item_layers_type_0_llm_type_0 import (
    GetPersonaResponse200DataType0ItemLayersType0LlmType0,
)
from .get_persona_response_200_data_type_0_item_layers_type_0_llm_type_0_extra_body_type_0 import (
    GetPersonaResponse200DataType0ItemLayersType0LlmType0ExtraBodyType0,
)
from .get_persona_response_200_data_type_0_item_layers_type_0_llm_type_0_headers_type_0 import (
    GetPersonaResponse200DataType0ItemLayersType0LlmType0HeadersType0,
)
from .get_persona_response_200_data_type_0_item_layers_type_0_llm_type_0_tools_type_0_item import (
    GetPersonaResponse200DataType0ItemLayersType0LlmType0ToolsType0Item,
)
from .get_persona_response_200_data_type_0_item_layers_type_0_perception_type_0 import (
    GetPersonaResponse200DataType0ItemLayersType0PerceptionType0,
)
from .get_persona_response_200_data_type_0_item_layers_type_0_perception_type_0_audio_tools_type_0_item import (
    GetPersonaResponse200DataType0ItemLayersType0PerceptionType0AudioToolsType0Item,
)
from .get_persona_response_200_data_type_0_item_layers_type_0_perception_type_0_visual_tools_type_0_item import (
    GetPersonaResponse200DataType0ItemLayersType0PerceptionType0VisualToolsType0Item,
)
from .get_persona_response_200_data_type_0_item_layers_type_0_stt_type_0 import (
    GetPersonaResponse200DataType0ItemLayersType0SttType0,
)
from .get_persona_response_200_data_type_0_item_layers_type_0_tts_type_0 import (
    GetPersonaResponse200DataType0ItemLayersType0TtsType0,
)
from .get_persona_response_200_data_type_0_item_layers_type_0_tts_type_0_voice_settings_type_0 import (
    GetPersonaResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0,
)
from .get_persona_response_400 import GetPersonaResponse400
from .get_persona_response_401 import GetPersonaResponse401
from .get_pronunciation_dictionary_response_200 import (
    GetPronunciationDictionaryResponse200,
)
from .get_pronunciation_dictionary_response_200_rules_type_0_item import (
    GetPronunciationDictionaryResponse200RulesType0Item,
)
from .get_pronunciation_dictionary_response_401 import (
    GetPronunciationDictionaryResponse401,
)
from .get_pronunciation_dictionary_response_404 import (
    GetPronunciationDictionaryResponse404,
)
from .get_replacement_response_200 import GetReplacementResponse200
from .get_replica_response_200 import GetReplicaResponse200
from .get_replica_response_400 import GetReplicaResponse400
from .get_replica_response_401 import GetReplicaResponse401
from .get_transcription_response_200 import GetTranscriptionResponse200
from .get_video_response_200 import GetVideoResponse200
from .get_video_response_200_data_type_0 import GetVideoResponse200DataType0
from .get_video_response_400 import GetVideoResponse400
from .get_video_response_401 import GetVideoResponse401
from .get_voices_response_200 import GetVoicesResponse200
from .get_voices_response_200_data_type_0_item import GetVoicesResponse200DataType0Item
from .get_voices_response_200_data_type_0_item_tags_type_0_item import (
    GetVoicesResponse200DataType0ItemTagsType0Item,
)
from .get_voices_response_401 import GetVoicesResponse401
from .get_voices_sort import GetVoicesSort
from .interrupt import Interrupt
from .list_conversations_response_200 import ListConversationsResponse200
from .list_conversations_response_200_data_type_0_item import (
    ListConversationsResponse200DataType0Item,
)
from .list_conversations_response_401 import ListConversationsResponse401
from .list_documents_response_200 import ListDocumentsResponse200
from .list_documents_response_200_data_type_0_item import (
    ListDocumentsResponse200DataType0Item,
)
from .list_documents_response_200_data_type_0_item_crawl_config_type_0 import (
    ListDocumentsResponse200DataType0ItemCrawlConfigType0,
)
from .list_documents_response_400 import ListDocumentsResponse400
from .list_documents_response_401 import ListDocumentsResponse401
from .list_documents_sort import ListDocumentsSort
from .list_lipsyncs_response_200 import ListLipsyncsResponse200
from .list_lipsyncs_response_200_data_type_0_item import (
    ListLipsyncsResponse200DataType0Item,
)
from .list_lipsyncs_response_401 import ListLipsyncsResponse401
from .list_personas_persona_type import ListPersonasPersonaType
from .list_personas_response_200 import ListPersonasResponse200
from .list_personas_response_200_data_type_0_item import (
    ListPersonasResponse200DataType0Item,
)
from .list_personas_response_200_data_type_0_item_layers_type_0 import (
    ListPersonasResponse200DataType0ItemLayersType0,
)
from .list_personas_response_200_data_type_0_item_layers_type_0_llm_type_0 import (
    ListPersonasResponse200DataType0ItemLayersType0LlmType0,
)
from .list_personas_response_200_data_type_0_item_layers_type_0_llm_type_0_tools_type_0_item import (
    ListPersonasResponse200DataType0ItemLayersType0LlmType0ToolsType0Item,
)
from .list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0 import (
    ListPersonasResponse200DataType0ItemLayersType0PerceptionType0,
)
from .list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0_audio_tools_type_0_item import (
    ListPersonasResponse200DataType0ItemLayersType0PerceptionType0AudioToolsType0Item,
)
from .list_personas_response_200_data_type_0_item_layers_type_0_perception_type_0_visual_tools_type_0_item import (
    ListPersonasResponse200DataType0ItemLayersType0PerceptionType0VisualToolsType0Item,
)
from .list_personas_response_200_data_type_0_item_layers_type_0_stt_type_0 import (
    ListPersonasResponse200DataType0ItemLayersType0SttType0,
)
from .list_personas_response_200_data_type_0_item_layers_type_0_tts_type_0 import (
    ListPersonasResponse200DataType0ItemLayersType0TtsType0,
)
from .list_personas_response_200_data_type_0_item_layers_type_0_tts_type_0_voice_settings_type_0 import (
    ListPersonasResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0,
)
from .list_personas_response_401 import ListPersonasResponse401
from .list_pronunciation_dictionaries_response_200 import (
    ListPronunciationDictionariesResponse200,
)
from .list_pronunciation_dictionaries_response_200_data_type_0_item import (
    ListPronunciationDictionariesResponse200DataType0Item,
)
from .list_pronunciation_dictionaries_response_401 import (
    ListPronunciationDictionariesResponse401,
)
from .list_pronunciation_dictionaries_sort import ListPronunciationDictionariesSort
from .list_replacements_response_200 import ListReplacementsResponse200
from .list_replacements_response_200_data_type_0_item import (
    ListReplacementsResponse200DataType0Item,
)
from .list_replicas_replica_type import ListReplicasReplicaType
from .list_replicas_response_200 import ListReplicasResponse200
from .list_replicas_response_200_data_type_0_item import (
    ListReplicasResponse200DataType0Item,
)
from .list_replicas_response_401 import ListReplicasResponse401
from .list_transcriptions_response_200 import ListTranscriptionsResponse200
from .list_transcriptions_response_200_data_type_0_item import (
    ListTranscriptionsResponse200DataType0Item,
)
from .list_videos_response_200 import ListVideosResponse200
from .list_videos_response_200_data_type_0_item import (
    ListVideosResponse200DataType0Item,
)
from .list_videos_response_200_data_type_0_item_data_type_0 import (
    ListVideosResponse200DataType0ItemDataType0,
)
from .list_videos_response_401 import ListVideosResponse401
from .overwrite_llm_context import OverwriteLlmContext
from .overwrite_llm_context_properties import OverwriteLlmContextProperties
from .patch_document_body import PatchDocumentBody
from .patch_document_response_200 import PatchDocumentResponse200
from .patch_document_response_200_crawl_config_type_0 import (
    PatchDocumentResponse200CrawlConfigType0,
)
from .patch_document_response_400 import PatchDocumentResponse400
from .patch_document_response_401 import PatchDocumentResponse401
from .patch_document_response_404 import PatchDocumentResponse404
from .patch_guardrails_body_item import PatchGuardrailsBodyItem
from .patch_guardrails_body_item_op import PatchGuardrailsBodyItemOp
from .patch_guardrails_response_200 import PatchGuardrailsResponse200
from .patch_guardrails_response_400 import PatchGuardrailsResponse400
from .patch_guardrails_response_401 import PatchGuardrailsResponse401
from .patch_guardrails_response_404 import PatchGuardrailsResponse404
from .patch_objective_body_item import PatchObjectiveBodyItem
from .patch_objective_body_item_op import PatchObjectiveBodyItemOp
from .patch_objective_response_200 import PatchObjectiveResponse200
from .patch_objective_response_400 import PatchObjectiveResponse400
from .patch_objective_response_401 import PatchObjectiveResponse401
from .patch_objective_response_404 import PatchObjectiveResponse404
from .patch_persona_body_item import PatchPersonaBodyItem
from .patch_persona_body_item_op import PatchPersonaBodyItemOp
from .patch_persona_response_400 import PatchPersonaResponse400
from .patch_persona_response_422 import PatchPersonaResponse422
from .patch_pronunciation_dictionary_body_item import (
    PatchPronunciationDictionaryBodyItem,
)
from .patch_pronunciation_dictionary_body_item_op import (
    PatchPronunciationDictionaryBodyItemOp,
)
from .patch_pronunciation_dictionary_response_200 import (
    PatchPronunciationDictionaryResponse200,
)
from .patch_pronunciation_dictionary_response_200_rules_type_0_item import (
    PatchPronunciationDictionaryResponse200RulesType0Item,
)
from .patch_pronunciation_dictionary_response_400 import (
    PatchPronunciationDictionaryResponse400,
)
from .patch_pronunciation_dictionary_response_401 import (
    PatchPronunciationDictionaryResponse401,
)
from .patch_pronunciation_dictionary_response_404 import (
    PatchPronunciationDictionaryResponse404,
)
from .patch_pronunciation_dictionary_response_422 import (
    PatchPronunciationDictionaryResponse422,
)
from .perception_analysis import PerceptionAnalysis
from .perception_analysis_properties import PerceptionAnalysisProperties
from .perception_tool_call import PerceptionToolCall
from .perception_tool_call_properties import PerceptionToolCallProperties
from .perception_tool_call_properties_arguments_type_1 import (
    PerceptionToolCallPropertiesArgumentsType1,
)
from .perception_tool_call_properties_frames_item import (
    PerceptionToolCallPropertiesFramesItem,
)
from .perception_tool_call_properties_modality import (
    PerceptionToolCallPropertiesModality,
)
from .realtime_api import RealtimeApi
from .realtime_api_properties import RealtimeApiProperties
from .recording_storage_config import RecordingStorageConfig
from .recording_storage_config_provider import RecordingStorageConfigProvider
from .recrawl_document_body import RecrawlDocumentBody
from .recrawl_document_body_crawl import RecrawlDocumentBodyCrawl
from .recrawl_document_response_202 import RecrawlDocumentResponse202
from .recrawl_document_response_202_crawl_config_type_0 import (
    RecrawlDocumentResponse202CrawlConfigType0,
)
from .recrawl_document_response_400 import RecrawlDocumentResponse400
from .recrawl_document_response_401 import RecrawlDocumentResponse401
from .recrawl_document_response_404 import RecrawlDocumentResponse404
from .recrawl_document_response_409 import RecrawlDocumentResponse409
from .recrawl_document_response_429 import RecrawlDocumentResponse429
from .rename_replica_body import RenameReplicaBody
from .rename_replica_response_400 import RenameReplicaResponse400
from .rename_replica_response_401 import RenameReplicaResponse401
from .rename_video_body import RenameVideoBody
from .rename_video_response_400 import RenameVideoResponse400
from .rename_video_response_401 import RenameVideoResponse401
from .replica import Replica
from .replica_event_type import ReplicaEventType
from .replica_properties import ReplicaProperties
from .respond import Respond
from .respond_properties import RespondProperties
from .sensitivity import Sensitivity
from .sensitivity_properties import SensitivityProperties
from .sensitivity_properties_participant_interrupt_sensitivity import (
    SensitivityPropertiesParticipantInterruptSensitivity,
)
from .sensitivity_properties_participant_pause_sensitivity import (
    SensitivityPropertiesParticipantPauseSensitivity,
)
from .speaking import Speaking
from .speaking_event_type import SpeakingEventType
from .speaking_properties import SpeakingProperties
from .speaking_properties_role import SpeakingPropertiesRole
from .tool_call import ToolCall
from .tool_call_properties import ToolCallProperties
from .user import User
from .user_event_type import UserEventType
from .utterance import Utterance
from .utterance_properties import UtteranceProperties

__all__ = (
    "AppendLlmContext",
    "AppendLlmContextProperties",
    "ConversationUtteranceStreaming",
    "ConversationUtteranceStreamingProperties",
    "CreateConversationBody",
    "CreateConversationBodyProperties",
    "CreateConversationResponse200",
    "CreateConversationResponse400",
    "CreateConversationResponse401",
    "CreateDocumentBody",
    "CreateDocumentBodyCrawl",
    "CreateDocumentResponse200",
    "CreateDocumentResponse200CrawlConfigType0",
    "CreateDocumentResponse400",
    "CreateDocumentResponse401",
    "CreateDocumentResponse429",
    "CreateGuardrailsBody",
    "CreateGuardrailsBodyDataItem",
    "CreateGuardrailsBodyDataItemModality",
    "CreateGuardrailsResponse200",
    "CreateGuardrailsResponse400",
    "CreateGuardrailsResponse401",
    "CreateLipsyncBody",
    "CreateLipsyncResponse200",
    "CreateLipsyncResponse400",
    "CreateLipsyncResponse401",
    "CreateObjectivesBody",
    "CreateObjectivesBodyDataItem",
    "CreateObjectivesBodyDataItemConfirmationMode",
    "CreateObjectivesBodyDataItemModality",
    "CreateObjectivesBodyDataItemNextConditionalObjectives",
    "CreateObjectivesResponse200",
    "CreateObjectivesResponse400",
    "CreateObjectivesResponse401",
    "CreatePersonaBody",
    "CreatePersonaBodyLayers",
    "CreatePersonaBodyLayersConversationalFlow",
    "CreatePersonaBodyLayersConversationalFlowIdleEngagement",
    "CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility",
    "CreatePersonaBodyLayersConversationalFlowTurnTakingPatience",
    "CreatePersonaBodyLayersConversationalFlowVoiceIsolation",
    "CreatePersonaBodyLayersLlm",
    "CreatePersonaBodyLayersLlmExtraBody",
    "CreatePersonaBodyLayersLlmHeaders",
    "CreatePersonaBodyLayersLlmToolsItem",
    "CreatePersonaBodyLayersPerception",
    "CreatePersonaBodyLayersPerceptionAudioToolsItem",
    "CreatePersonaBodyLayersPerceptionVisualToolsItem",
    "CreatePersonaBodyLayersStt",
    "CreatePersonaBodyLayersSttSttEngine",
    "CreatePersonaBodyLayersTts",
    "CreatePersonaBodyLayersTtsVoiceSettings",
    "CreatePersonaBodyPipelineMode",
    "CreatePersonaResponse200",
    "CreatePersonaResponse400",
    "CreatePersonaResponse401",
    "CreatePronunciationDictionaryBody",
    "CreatePronunciationDictionaryBodyRulesItem",
    "CreatePronunciationDictionaryBodyRulesItemType",
    "CreatePronunciationDictionaryResponse201",
    "CreatePronunciationDictionaryResponse201RulesType0Item",
    "CreatePronunciationDictionaryResponse400",
    "CreatePronunciationDictionaryResponse401",
    "CreateReplacementBody",
    "CreateReplacementResponse200",
    "CreateReplicaBody",
    "CreateReplicaBodyProperties",
    "CreateReplicaResponse200",
    "CreateReplicaResponse400",
    "CreateReplicaResponse401",
    "CreateTranscriptionBody",
    "CreateTranscriptionResponse200",
    "DeleteConversationResponse400",
    "DeleteConversationResponse401",
    "DeleteDocumentResponse401",
    "DeleteDocumentResponse404",
    "DeleteGuardrailsResponse400",
    "DeleteGuardrailsResponse401",
    "DeleteGuardrailsResponse404",
    "DeleteLipsyncResponse400",
    "DeleteLipsyncResponse401",
    "DeleteObjectiveResponse400",
    "DeleteObjectiveResponse401",
    "DeleteObjectiveResponse404",
    "DeletePersonaResponse400",
    "DeletePersonaResponse401",
    "DeletePronunciationDictionaryResponse401",
    "DeletePronunciationDictionaryResponse404",
    "DeleteReplicaResponse400",
    "DeleteReplicaResponse401",
    "DeleteVideoResponse400",
    "DeleteVideoResponse401",
    "Echo",
    "EchoProperties",
    "EchoPropertiesModality",
    "EndConversationResponse400",
    "EndConversationResponse401",
    "GenerateVideoBody",
    "GenerateVideoBodyProperties",
    "GenerateVideoResponse200",
    "GenerateVideoResponse400",
    "GenerateVideoResponse401",
    "GetConversationResponse200",
    "GetConversationResponse200EventsType0Item",
    "GetConversationResponse200EventsType0ItemPropertiesType0",
    "GetConversationResponse400",
    "GetConversationResponse401",
    "GetDocumentResponse200",
    "GetDocumentResponse200CrawlConfigType0",
    "GetDocumentResponse401",
    "GetDocumentResponse404",
    "GetGuardrailResponse200",
    "GetGuardrailResponse200DataType0",
    "GetGuardrailResponse400",
    "GetGuardrailResponse401",
    "GetGuardrailResponse404",
    "GetGuardrailsResponse200",
    "GetGuardrailsResponse200DataType0Item",
    "GetGuardrailsResponse401",
    "GetLipsyncResponse200",
    "GetLipsyncResponse400",
    "GetLipsyncResponse401",
    "GetObjectiveResponse200",
    "GetObjectiveResponse200DataType0",
    "GetObjectiveResponse200DataType0NextConditionalObjectivesType0",
    "GetObjectiveResponse400",
    "GetObjectiveResponse401",
    "GetObjectiveResponse404",
    "GetObjectivesResponse200",
    "GetObjectivesResponse200DataType0Item",
    "GetObjectivesResponse200DataType0ItemNextConditionalObjectivesType0",
    "GetObjectivesResponse401",
    "GetPersonaResponse200",
    "GetPersonaResponse200DataType0Item",
    "GetPersonaResponse200DataType0ItemLayersType0",
    "GetPersonaResponse200DataType0ItemLayersType0LlmType0",
    "GetPersonaResponse200DataType0ItemLayersType0LlmType0ExtraBodyType0",
    "GetPersonaResponse200DataType0ItemLayersType0LlmType0HeadersType0",
    "GetPersonaResponse200DataType0ItemLayersType0LlmType0ToolsType0Item",
    "GetPersonaResponse200DataType0ItemLayersType0PerceptionType0",
    "GetPersonaResponse200DataType0ItemLayersType0PerceptionType0AudioToolsType0Item",
    "GetPersonaResponse200DataType0ItemLayersType0PerceptionType0VisualToolsType0Item",
    "GetPersonaResponse200DataType0ItemLayersType0SttType0",
    "GetPersonaResponse200DataType0ItemLayersType0TtsType0",
    "GetPersonaResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0",
    "GetPersonaResponse400",
    "GetPersonaResponse401",
    "GetPronunciationDictionaryResponse200",
    "GetPronunciationDictionaryResponse200RulesType0Item",
    "GetPronunciationDictionaryResponse401",
    "GetPronunciationDictionaryResponse404",
    "GetReplacementResponse200",
    "GetReplicaResponse200",
    "GetReplicaResponse400",
    "GetReplicaResponse401",
    "GetTranscriptionResponse200",
    "GetVideoResponse200",
    "GetVideoResponse200DataType0",
    "GetVideoResponse400",
    "GetVideoResponse401",
    "GetVoicesResponse200",
    "GetVoicesResponse200DataType0Item",
    "GetVoicesResponse200DataType0ItemTagsType0Item",
    "GetVoicesResponse401",
    "GetVoicesSort",
    "Interrupt",
    "ListConversationsResponse200",
    "ListConversationsResponse200DataType0Item",
    "ListConversationsResponse401",
    "ListDocumentsResponse200",
    "ListDocumentsResponse200DataType0Item",
    "ListDocumentsResponse200DataType0ItemCrawlConfigType0",
    "ListDocumentsResponse400",
    "ListDocumentsResponse401",
    "ListDocumentsSort",
    "ListLipsyncsResponse200",
    "ListLipsyncsResponse200DataType0Item",
    "ListLipsyncsResponse401",
    "ListPersonasPersonaType",
    "ListPersonasResponse200",
    "ListPersonasResponse200DataType0Item",
    "ListPersonasResponse200DataType0ItemLayersType0",
    "ListPersonasResponse200DataType0ItemLayersType0LlmType0",
    "ListPersonasResponse200DataType0ItemLayersType0LlmType0ToolsType0Item",
    "ListPersonasResponse200DataType0ItemLayersType0PerceptionType0",
    "ListPersonasResponse200DataType0ItemLayersType0PerceptionType0AudioToolsType0Item",
    "ListPersonasResponse200DataType0ItemLayersType0PerceptionType0VisualToolsType0Item",
    "ListPersonasResponse200DataType0ItemLayersType0SttType0",
    "ListPersonasResponse200DataType0ItemLayersType0TtsType0",
    "ListPersonasResponse200DataType0ItemLayersType0TtsType0VoiceSettingsType0",
    "ListPersonasResponse401",
    "ListPronunciationDictionariesResponse200",
    "ListPronunciationDictionariesResponse200DataType0Item",
    "ListPronunciationDictionariesResponse401",
    "ListPronunciationDictionariesSort",
    "ListReplacementsResponse200",
    "ListReplacementsResponse200DataType0Item",
    "ListReplicasReplicaType",
    "ListReplicasResponse200",
    "ListReplicasResponse200DataType0Item",
    "ListReplicasResponse401",
    "ListTranscriptionsResponse200",
    "ListTranscriptionsResponse200DataType0Item",
    "ListVideosResponse200",
    "ListVideosResponse200DataType0Item",
    "ListVideosResponse200DataType0ItemDataType0",
    "ListVideosResponse401",
    "OverwriteLlmContext",
    "OverwriteLlmContextProperties",
    "PatchDocumentBody",
    "PatchDocumentResponse200",
    "PatchDocumentResponse200CrawlConfigType0",
    "PatchDocumentResponse400",
    "PatchDocumentResponse401",
    "PatchDocumentResponse404",
    "PatchGuardrailsBodyItem",
    "PatchGuardrailsBodyItemOp",
    "PatchGuardrailsResponse200",
    "PatchGuardrailsResponse400",
    "PatchGuardrailsResponse401",
    "PatchGuardrailsResponse404",
    "PatchObjectiveBodyItem",
    "PatchObjectiveBodyItemOp",
    "PatchObjectiveResponse200",
    "PatchObjectiveResponse400",
    "PatchObjectiveResponse401",
    "PatchObjectiveResponse404",
    "PatchPersonaBodyItem",
    "PatchPersonaBodyItemOp",
    "PatchPersonaResponse400",
    "PatchPersonaResponse422",
    "PatchPronunciationDictionaryBodyItem",
    "PatchPronunciationDictionaryBodyItemOp",
    "PatchPronunciationDictionaryResponse200",
    "PatchPronunciationDictionaryResponse200RulesType0Item",
    "PatchPronunciationDictionaryResponse400",
    "PatchPronunciationDictionaryResponse401",
    "PatchPronunciationDictionaryResponse404",
    "PatchPronunciationDictionaryResponse422",
    "PerceptionAnalysis",
    "PerceptionAnalysisProperties",
    "PerceptionToolCall",
    "PerceptionToolCallProperties",
    "PerceptionToolCallPropertiesArgumentsType1",
    "PerceptionToolCallPropertiesFramesItem",
    "PerceptionToolCallPropertiesModality",
    "RealtimeApi",
    "RealtimeApiProperties",
    "RecordingStorageConfig",
    "RecordingStorageConfigProvider",
    "RecrawlDocumentBody",
    "RecrawlDocumentBodyCrawl",
    "RecrawlDocumentResponse202",
    "RecrawlDocumentResponse202CrawlConfigType0",
    "RecrawlDocumentResponse400",
    "RecrawlDocumentResponse401",
    "RecrawlDocumentResponse404",
    "RecrawlDocumentResponse409",
    "RecrawlDocumentResponse429",
    "RenameReplicaBody",
    "RenameReplicaResponse400",
    "RenameReplicaResponse401",
    "RenameVideoBody",
    "RenameVideoResponse400",
    "RenameVideoResponse401",
    "Replica",
    "ReplicaEventType",
    "ReplicaProperties",
    "Respond",
    "RespondProperties",
    "Sensitivity",
    "SensitivityProperties",
    "SensitivityPropertiesParticipantInterruptSensitivity",
    "SensitivityPropertiesParticipantPauseSensitivity",
    "Speaking",
    "SpeakingEventType",
    "SpeakingProperties",
    "SpeakingPropertiesRole",
    "ToolCall",
    "ToolCallProperties",
    "User",
    "UserEventType",
    "Utterance",
    "UtteranceProperties",
)
