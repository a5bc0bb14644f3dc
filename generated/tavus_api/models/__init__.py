"""Contains all the data models used in inputs/outputs; each is imported on first use"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .append_llm_context_message import AppendLlmContextMessage
    from .append_llm_context_message_properties import AppendLlmContextMessageProperties
    from .attach_skill_to_pal_body import AttachSkillToPalBody
    from .attach_skill_to_pal_body_config import AttachSkillToPalBodyConfig
    from .attach_tools_to_pal_body import AttachToolsToPalBody
    from .attach_tools_to_pal_response_2xx import AttachToolsToPalResponse2XX
    from .canvas_component import CanvasComponent
    from .canvas_interaction import CanvasInteraction
    from .canvas_interaction_metadata import CanvasInteractionMetadata
    from .canvas_interaction_type import CanvasInteractionType
    from .cloned_voice import ClonedVoice
    from .conferencing_username_check import ConferencingUsernameCheck
    from .conversation import Conversation
    from .conversation_event import ConversationEvent
    from .conversation_event_properties import ConversationEventProperties
    from .create_conversation_body import CreateConversationBody
    from .create_conversation_body_properties import CreateConversationBodyProperties
    from .create_conversation_response_400 import CreateConversationResponse400
    from .create_conversation_response_401 import CreateConversationResponse401
    from .create_deployment_request import CreateDeploymentRequest
    from .create_deployment_request_customization import (
        CreateDeploymentRequestCustomization,
    )
    from .create_deployment_request_limits import CreateDeploymentRequestLimits
    from .create_document_body import CreateDocumentBody
    from .create_document_body_crawl import CreateDocumentBodyCrawl
    from .create_document_response_400 import CreateDocumentResponse400
    from .create_document_response_401 import CreateDocumentResponse401
    from .create_document_response_429 import CreateDocumentResponse429
    from .create_face_body import CreateFaceBody
    from .create_guardrails_response_400 import CreateGuardrailsResponse400
    from .create_guardrails_response_401 import CreateGuardrailsResponse401
    from .create_lipsync_body import CreateLipsyncBody
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
    from .create_objectives_response_400 import CreateObjectivesResponse400
    from .create_objectives_response_401 import CreateObjectivesResponse401
    from .create_pal_body import CreatePalBody
    from .create_pal_body_pipeline_mode import CreatePalBodyPipelineMode
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
    from .create_persona_body_layers_llm_headers import (
        CreatePersonaBodyLayersLlmHeaders,
    )
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
    from .create_persona_response_400 import CreatePersonaResponse400
    from .create_persona_response_401 import CreatePersonaResponse401
    from .create_pronunciation_dictionary_body import CreatePronunciationDictionaryBody
    from .create_pronunciation_dictionary_body_rules_item import (
        CreatePronunciationDictionaryBodyRulesItem,
    )
    from .create_pronunciation_dictionary_body_rules_item_type import (
        CreatePronunciationDictionaryBodyRulesItemType,
    )
    from .create_pronunciation_dictionary_response_400 import (
        CreatePronunciationDictionaryResponse400,
    )
    from .create_pronunciation_dictionary_response_401 import (
        CreatePronunciationDictionaryResponse401,
    )
    from .create_replacement_body import CreateReplacementBody
    from .create_replica_body import CreateReplicaBody
    from .create_replica_body_properties import CreateReplicaBodyProperties
    from .create_replica_response_400 import CreateReplicaResponse400
    from .create_replica_response_401 import CreateReplicaResponse401
    from .create_transcription_body import CreateTranscriptionBody
    from .create_voice_body import CreateVoiceBody
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
    from .deployment import Deployment
    from .deployment_customization import DeploymentCustomization
    from .deployment_init_config import DeploymentInitConfig
    from .deployment_init_config_captcha import DeploymentInitConfigCaptcha
    from .deployment_init_config_customization import DeploymentInitConfigCustomization
    from .deployment_init_config_limits import DeploymentInitConfigLimits
    from .deployment_limits import DeploymentLimits
    from .deployment_start_request import DeploymentStartRequest
    from .document import Document
    from .document_crawl_config import DocumentCrawlConfig
    from .echo_message import EchoMessage
    from .echo_message_properties import EchoMessageProperties
    from .echo_message_properties_modality import EchoMessagePropertiesModality
    from .end_conversation_response_400 import EndConversationResponse400
    from .end_conversation_response_401 import EndConversationResponse401
    from .end_deployment_conversation_response_200 import (
        EndDeploymentConversationResponse200,
    )
    from .error_response import ErrorResponse
    from .face import Face
    from .generate_video_body import GenerateVideoBody
    from .generate_video_body_properties import GenerateVideoBodyProperties
    from .generate_video_response_400 import GenerateVideoResponse400
    from .generate_video_response_401 import GenerateVideoResponse401
    from .get_conversation_response_400 import GetConversationResponse400
    from .get_conversation_response_401 import GetConversationResponse401
    from .get_document_response_401 import GetDocumentResponse401
    from .get_document_response_404 import GetDocumentResponse404
    from .get_guardrails_response_400 import GetGuardrailsResponse400
    from .get_guardrails_response_401 import GetGuardrailsResponse401
    from .get_guardrails_response_404 import GetGuardrailsResponse404
    from .get_lipsync_response_400 import GetLipsyncResponse400
    from .get_lipsync_response_401 import GetLipsyncResponse401
    from .get_objective_response_400 import GetObjectiveResponse400
    from .get_objective_response_401 import GetObjectiveResponse401
    from .get_objective_response_404 import GetObjectiveResponse404
    from .get_objectives_response_200 import GetObjectivesResponse200
    from .get_objectives_response_401 import GetObjectivesResponse401
    from .get_persona_response_400 import GetPersonaResponse400
    from .get_persona_response_401 import GetPersonaResponse401
    from .get_pronunciation_dictionary_response_401 import (
        GetPronunciationDictionaryResponse401,
    )
    from .get_pronunciation_dictionary_response_404 import (
        GetPronunciationDictionaryResponse404,
    )
    from .get_replica_response_400 import GetReplicaResponse400
    from .get_replica_response_401 import GetReplicaResponse401
    from .get_video_response_400 import GetVideoResponse400
    from .get_video_response_401 import GetVideoResponse401
    from .get_voices_response_200 import GetVoicesResponse200
    from .get_voices_response_401 import GetVoicesResponse401
    from .get_voices_sort import GetVoicesSort
    from .guardrail import Guardrail
    from .guardrail_create_request import GuardrailCreateRequest
    from .guardrail_create_request_modality import GuardrailCreateRequestModality
    from .guardrail_list import GuardrailList
    from .guardrail_set_create_request import GuardrailSetCreateRequest
    from .guardrail_set_item import GuardrailSetItem
    from .guardrail_set_item_modality import GuardrailSetItemModality
    from .guardrail_set_list import GuardrailSetList
    from .guardrails import Guardrails
    from .guardrails_detail import GuardrailsDetail
    from .interrupt_message import InterruptMessage
    from .lipsync import Lipsync
    from .list_canvas_interactions_response_2xx import ListCanvasInteractionsResponse2XX
    from .list_conversations_response_200 import ListConversationsResponse200
    from .list_conversations_response_401 import ListConversationsResponse401
    from .list_documents_response_200 import ListDocumentsResponse200
    from .list_documents_response_400 import ListDocumentsResponse400
    from .list_documents_response_401 import ListDocumentsResponse401
    from .list_documents_sort import ListDocumentsSort
    from .list_faces_face_type import ListFacesFaceType
    from .list_faces_response_2xx import ListFacesResponse2XX
    from .list_guardrails_legacy import ListGuardrailsLegacy
    from .list_guardrails_response_401 import ListGuardrailsResponse401
    from .list_guardrails_sort import ListGuardrailsSort
    from .list_lipsyncs_response_200 import ListLipsyncsResponse200
    from .list_lipsyncs_response_401 import ListLipsyncsResponse401
    from .list_pal_tools_response_2xx import ListPalToolsResponse2XX
    from .list_pals_pal_type import ListPalsPalType
    from .list_pals_response_2xx import ListPalsResponse2XX
    from .list_persona_skills_response_200 import ListPersonaSkillsResponse200
    from .list_persona_skills_response_200_data import ListPersonaSkillsResponse200Data
    from .list_personas_persona_type import ListPersonasPersonaType
    from .list_personas_response_200 import ListPersonasResponse200
    from .list_personas_response_401 import ListPersonasResponse401
    from .list_pronunciation_dictionaries_response_200 import (
        ListPronunciationDictionariesResponse200,
    )
    from .list_pronunciation_dictionaries_response_401 import (
        ListPronunciationDictionariesResponse401,
    )
    from .list_pronunciation_dictionaries_sort import ListPronunciationDictionariesSort
    from .list_replacements_response_200 import ListReplacementsResponse200
    from .list_replicas_replica_type import ListReplicasReplicaType
    from .list_replicas_response_200 import ListReplicasResponse200
    from .list_replicas_response_401 import ListReplicasResponse401
    from .list_tools_response_2xx import ListToolsResponse2XX
    from .list_tools_sort import ListToolsSort
    from .list_tools_type import ListToolsType
    from .list_transcriptions_response_200 import ListTranscriptionsResponse200
    from .list_videos_response_200 import ListVideosResponse200
    from .list_videos_response_401 import ListVideosResponse401
    from .llm_layer import LlmLayer
    from .llm_layer_extra_body import LlmLayerExtraBody
    from .llm_layer_headers import LlmLayerHeaders
    from .llm_layer_tools_item import LlmLayerToolsItem
    from .message_response import MessageResponse
    from .objective import Objective
    from .objective_next_conditional_objectives import (
        ObjectiveNextConditionalObjectives,
    )
    from .objectives import Objectives
    from .objectives_detail import ObjectivesDetail
    from .objectives_next_conditional_objectives import (
        ObjectivesNextConditionalObjectives,
    )
    from .overwrite_llm_context_message import OverwriteLlmContextMessage
    from .overwrite_llm_context_message_properties import (
        OverwriteLlmContextMessageProperties,
    )
    from .pal import Pal
    from .pal_conferencing_layer import PalConferencingLayer
    from .pal_conversational_flow_layer import PalConversationalFlowLayer
    from .pal_detail import PalDetail
    from .pal_layers import PalLayers
    from .pal_llm_layer import PalLlmLayer
    from .pal_llm_layer_extra_body import PalLlmLayerExtraBody
    from .pal_llm_layer_headers import PalLlmLayerHeaders
    from .pal_llm_layer_tools_item import PalLlmLayerToolsItem
    from .pal_perception_layer import PalPerceptionLayer
    from .pal_perception_layer_audio_tools_item import PalPerceptionLayerAudioToolsItem
    from .pal_perception_layer_visual_tools_item import (
        PalPerceptionLayerVisualToolsItem,
    )
    from .pal_stt_layer import PalSttLayer
    from .pal_tts_layer import PalTtsLayer
    from .pal_tts_layer_voice_settings import PalTtsLayerVoiceSettings
    from .patch_deployment_body_item import PatchDeploymentBodyItem
    from .patch_deployment_response_200 import PatchDeploymentResponse200
    from .patch_document_body import PatchDocumentBody
    from .patch_document_response_400 import PatchDocumentResponse400
    from .patch_document_response_401 import PatchDocumentResponse401
    from .patch_document_response_404 import PatchDocumentResponse404
    from .patch_guardrails_body_item import PatchGuardrailsBodyItem
    from .patch_guardrails_body_item_op import PatchGuardrailsBodyItemOp
    from .patch_guardrails_response_400 import PatchGuardrailsResponse400
    from .patch_guardrails_response_401 import PatchGuardrailsResponse401
    from .patch_guardrails_response_404 import PatchGuardrailsResponse404
    from .patch_objective_body_item import PatchObjectiveBodyItem
    from .patch_objective_body_item_op import PatchObjectiveBodyItemOp
    from .patch_objective_response_200 import PatchObjectiveResponse200
    from .patch_objective_response_400 import PatchObjectiveResponse400
    from .patch_objective_response_401 import PatchObjectiveResponse401
    from .patch_objective_response_404 import PatchObjectiveResponse404
    from .patch_pal_body_item import PatchPalBodyItem
    from .patch_pal_body_item_op import PatchPalBodyItemOp
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
    from .perception_analysis_event import PerceptionAnalysisEvent
    from .perception_analysis_event_properties import PerceptionAnalysisEventProperties
    from .perception_layer import PerceptionLayer
    from .perception_layer_audio_tools_item import PerceptionLayerAudioToolsItem
    from .perception_layer_visual_tools_item import PerceptionLayerVisualToolsItem
    from .perception_tool_call_event import PerceptionToolCallEvent
    from .perception_tool_call_event_properties import PerceptionToolCallEventProperties
    from .perception_tool_call_event_properties_arguments_type_1 import (
        PerceptionToolCallEventPropertiesArgumentsType1,
    )
    from .perception_tool_call_event_properties_frames_item import (
        PerceptionToolCallEventPropertiesFramesItem,
    )
    from .perception_tool_call_event_properties_modality import (
        PerceptionToolCallEventPropertiesModality,
    )
    from .persona import Persona
    from .persona_detail import PersonaDetail
    from .persona_layers import PersonaLayers
    from .pronunciation_dictionary import PronunciationDictionary
    from .pronunciation_rule import PronunciationRule
    from .published_pal import PublishedPal
    from .realtime_api_message import RealtimeApiMessage
    from .realtime_api_message_properties import RealtimeApiMessageProperties
    from .record_canvas_interaction_body import RecordCanvasInteractionBody
    from .record_canvas_interaction_body_metadata import (
        RecordCanvasInteractionBodyMetadata,
    )
    from .record_canvas_interaction_response_200 import (
        RecordCanvasInteractionResponse200,
    )
    from .recording_storage_config import RecordingStorageConfig
    from .recording_storage_config_provider import RecordingStorageConfigProvider
    from .recrawl_document_body import RecrawlDocumentBody
    from .recrawl_document_body_crawl import RecrawlDocumentBodyCrawl
    from .recrawl_document_response_400 import RecrawlDocumentResponse400
    from .recrawl_document_response_401 import RecrawlDocumentResponse401
    from .recrawl_document_response_404 import RecrawlDocumentResponse404
    from .recrawl_document_response_409 import RecrawlDocumentResponse409
    from .recrawl_document_response_429 import RecrawlDocumentResponse429
    from .rename_face_body import RenameFaceBody
    from .rename_replica_body import RenameReplicaBody
    from .rename_replica_response_400 import RenameReplicaResponse400
    from .rename_replica_response_401 import RenameReplicaResponse401
    from .rename_video_body import RenameVideoBody
    from .rename_video_response_400 import RenameVideoResponse400
    from .rename_video_response_401 import RenameVideoResponse401
    from .replace_persona_skills_body import ReplacePersonaSkillsBody
    from .replace_persona_skills_body_skills import ReplacePersonaSkillsBodySkills
    from .replace_persona_skills_body_skills_additional_property import (
        ReplacePersonaSkillsBodySkillsAdditionalProperty,
    )
    from .replace_persona_skills_body_skills_additional_property_config import (
        ReplacePersonaSkillsBodySkillsAdditionalPropertyConfig,
    )
    from .replace_persona_skills_response_2xx import ReplacePersonaSkillsResponse2XX
    from .replace_persona_skills_response_2xx_data import (
        ReplacePersonaSkillsResponse2XXData,
    )
    from .replacement import Replacement
    from .replica import Replica
    from .replica_speaking_event import ReplicaSpeakingEvent
    from .replica_speaking_event_event_type import ReplicaSpeakingEventEventType
    from .replica_speaking_event_properties import ReplicaSpeakingEventProperties
    from .respond_message import RespondMessage
    from .respond_message_properties import RespondMessageProperties
    from .send_app_message_body import SendAppMessageBody
    from .send_app_message_body_properties import SendAppMessageBodyProperties
    from .sensitivity_message import SensitivityMessage
    from .sensitivity_message_properties import SensitivityMessageProperties
    from .sensitivity_message_properties_participant_interrupt_sensitivity import (
        SensitivityMessagePropertiesParticipantInterruptSensitivity,
    )
    from .sensitivity_message_properties_participant_pause_sensitivity import (
        SensitivityMessagePropertiesParticipantPauseSensitivity,
    )
    from .skill_attachment import SkillAttachment
    from .skill_attachment_config import SkillAttachmentConfig
    from .skill_registry import SkillRegistry
    from .speaking_event import SpeakingEvent
    from .speaking_event_event_type import SpeakingEventEventType
    from .speaking_event_properties import SpeakingEventProperties
    from .speaking_event_properties_role import SpeakingEventPropertiesRole
    from .start_deployment_conversation_response_200 import (
        StartDeploymentConversationResponse200,
    )
    from .stt_layer import SttLayer
    from .tool import Tool
    from .tool_api_auth import ToolApiAuth
    from .tool_api_delivery import ToolApiDelivery
    from .tool_api_delivery_body_template import ToolApiDeliveryBodyTemplate
    from .tool_api_delivery_headers import ToolApiDeliveryHeaders
    from .tool_api_delivery_query_params import ToolApiDeliveryQueryParams
    from .tool_call_event import ToolCallEvent
    from .tool_call_event_properties import ToolCallEventProperties
    from .tool_create_request import ToolCreateRequest
    from .tool_create_request_parameters import ToolCreateRequestParameters
    from .tool_delivery import ToolDelivery
    from .tool_parameters import ToolParameters
    from .tool_update_request import ToolUpdateRequest
    from .tool_update_request_parameters import ToolUpdateRequestParameters
    from .transcription import Transcription
    from .tts_layer import TtsLayer
    from .tts_layer_voice_settings import TtsLayerVoiceSettings
    from .update_face_body import UpdateFaceBody
    from .update_pal_skill_body import UpdatePalSkillBody
    from .update_pal_skill_body_config import UpdatePalSkillBodyConfig
    from .user_speaking_event import UserSpeakingEvent
    from .user_speaking_event_event_type import UserSpeakingEventEventType
    from .utterance_event import UtteranceEvent
    from .utterance_event_properties import UtteranceEventProperties
    from .utterance_streaming_event import UtteranceStreamingEvent
    from .utterance_streaming_event_properties import UtteranceStreamingEventProperties
    from .video import Video
    from .video_data import VideoData
    from .voice import Voice
    from .voice_cloning import VoiceCloning
    from .voice_tags_item import VoiceTagsItem

_MODULE_OF = {
    "AppendLlmContextMessage": ".append_llm_context_message",
    "AppendLlmContextMessageProperties": ".append_llm_context_message_properties",
    "AttachSkillToPalBody": ".attach_skill_to_pal_body",
    "AttachSkillToPalBodyConfig": ".attach_skill_to_pal_body_config",
    "AttachToolsToPalBody": ".attach_tools_to_pal_body",
    "AttachToolsToPalResponse2XX": ".attach_tools_to_pal_response_2xx",
    "CanvasComponent": ".canvas_component",
    "CanvasInteraction": ".canvas_interaction",
    "CanvasInteractionMetadata": ".canvas_interaction_metadata",
    "CanvasInteractionType": ".canvas_interaction_type",
    "ClonedVoice": ".cloned_voice",
    "ConferencingUsernameCheck": ".conferencing_username_check",
    "Conversation": ".conversation",
    "ConversationEvent": ".conversation_event",
    "ConversationEventProperties": ".conversation_event_properties",
    "CreateConversationBody": ".create_conversation_body",
    "CreateConversationBodyProperties": ".create_conversation_body_properties",
    "CreateConversationResponse400": ".create_conversation_response_400",
    "CreateConversationResponse401": ".create_conversation_response_401",
    "CreateDeploymentRequest": ".create_deployment_request",
    "CreateDeploymentRequestCustomization": ".create_deployment_request_customization",
    "CreateDeploymentRequestLimits": ".create_deployment_request_limits",
    "CreateDocumentBody": ".create_document_body",
    "CreateDocumentBodyCrawl": ".create_document_body_crawl",
    "CreateDocumentResponse400": ".create_document_response_400",
    "CreateDocumentResponse401": ".create_document_response_401",
    "CreateDocumentResponse429": ".create_document_response_429",
    "CreateFaceBody": ".create_face_body",
    "CreateGuardrailsResponse400": ".create_guardrails_response_400",
    "CreateGuardrailsResponse401": ".create_guardrails_response_401",
    "CreateLipsyncBody": ".create_lipsync_body",
    "CreateLipsyncResponse400": ".create_lipsync_response_400",
    "CreateLipsyncResponse401": ".create_lipsync_response_401",
    "CreateObjectivesBody": ".create_objectives_body",
    "CreateObjectivesBodyDataItem": ".create_objectives_body_data_item",
    "CreateObjectivesBodyDataItemConfirmationMode": ".create_objectives_body_data_item_confirmation_mode",
    "CreateObjectivesBodyDataItemModality": ".create_objectives_body_data_item_modality",
    "CreateObjectivesBodyDataItemNextConditionalObjectives": ".create_objectives_body_data_item_next_conditional_objectives",
    "CreateObjectivesResponse400": ".create_objectives_response_400",
    "CreateObjectivesResponse401": ".create_objectives_response_401",
    "CreatePalBody": ".create_pal_body",
    "CreatePalBodyPipelineMode": ".create_pal_body_pipeline_mode",
    "CreatePersonaBody": ".create_persona_body",
    "CreatePersonaBodyLayers": ".create_persona_body_layers",
    "CreatePersonaBodyLayersConversationalFlow": ".create_persona_body_layers_conversational_flow",
    "CreatePersonaBodyLayersConversationalFlowIdleEngagement": ".create_persona_body_layers_conversational_flow_idle_engagement",
    "CreatePersonaBodyLayersConversationalFlowReplicaInterruptibility": ".create_persona_body_layers_conversational_flow_replica_interruptibility",
    "CreatePersonaBodyLayersConversationalFlowTurnTakingPatience": ".create_persona_body_layers_conversational_flow_turn_taking_patience",
    "CreatePersonaBodyLayersConversationalFlowVoiceIsolation": ".create_persona_body_layers_conversational_flow_voice_isolation",
    "CreatePersonaBodyLayersLlm": ".create_persona_body_layers_llm",
    "CreatePersonaBodyLayersLlmExtraBody": ".create_persona_body_layers_llm_extra_body",
    "CreatePersonaBodyLayersLlmHeaders": ".create_persona_body_layers_llm_headers",
    "CreatePersonaBodyLayersLlmToolsItem": ".create_persona_body_layers_llm_tools_item",
    "CreatePersonaBodyLayersPerception": ".create_persona_body_layers_perception",
    "CreatePersonaBodyLayersPerceptionAudioToolsItem": ".create_persona_body_layers_perception_audio_tools_item",
    "CreatePersonaBodyLayersPerceptionVisualToolsItem": ".create_persona_body_layers_perception_visual_tools_item",
    "CreatePersonaBodyLayersStt": ".create_persona_body_layers_stt",
    "CreatePersonaBodyLayersSttSttEngine": ".create_persona_body_layers_stt_stt_engine",
    "CreatePersonaBodyLayersTts": ".create_persona_body_layers_tts",
    "CreatePersonaBodyLayersTtsVoiceSettings": ".create_persona_body_layers_tts_voice_settings",
    "CreatePersonaBodyPipelineMode": ".create_persona_body_pipeline_mode",
    "CreatePersonaResponse400": ".create_persona_response_400",
    "CreatePersonaResponse401": ".create_persona_response_401",
    "CreatePronunciationDictionaryBody": ".create_pronunciation_dictionary_body",
    "CreatePronunciationDictionaryBodyRulesItem": ".create_pronunciation_dictionary_body_rules_item",
    "CreatePronunciationDictionaryBodyRulesItemType": ".create_pronunciation_dictionary_body_rules_item_type",
    "CreatePronunciationDictionaryResponse400": ".create_pronunciation_dictionary_response_400",
    "CreatePronunciationDictionaryResponse401": ".create_pronunciation_dictionary_response_401",
    "CreateReplacementBody": ".create_replacement_body",
    "CreateReplicaBody": ".create_replica_body",
    "CreateReplicaBodyProperties": ".create_replica_body_properties",
    "CreateReplicaResponse400": ".create_replica_response_400",
    "CreateReplicaResponse401": ".create_replica_response_401",
    "CreateTranscriptionBody": ".create_transcription_body",
    "CreateVoiceBody": ".create_voice_body",
    "DeleteConversationResponse400": ".delete_conversation_response_400",
    "DeleteConversationResponse401": ".delete_conversation_response_401",
    "DeleteDocumentResponse401": ".delete_document_response_401",
    "DeleteDocumentResponse404": ".delete_document_response_404",
    "DeleteGuardrailsResponse400": ".delete_guardrails_response_400",
    "DeleteGuardrailsResponse401": ".delete_guardrails_response_401",
    "DeleteGuardrailsResponse404": ".delete_guardrails_response_404",
    "DeleteLipsyncResponse400": ".delete_lipsync_response_400",
    "DeleteLipsyncResponse401": ".delete_lipsync_response_401",
    "DeleteObjectiveResponse400": ".delete_objective_response_400",
    "DeleteObjectiveResponse401": ".delete_objective_response_401",
    "DeleteObjectiveResponse404": ".delete_objective_response_404",
    "DeletePersonaResponse400": ".delete_persona_response_400",
    "DeletePersonaResponse401": ".delete_persona_response_401",
    "DeletePronunciationDictionaryResponse401": ".delete_pronunciation_dictionary_response_401",
    "DeletePronunciationDictionaryResponse404": ".delete_pronunciation_dictionary_response_404",
    "DeleteReplicaResponse400": ".delete_replica_response_400",
    "DeleteReplicaResponse401": ".delete_replica_response_401",
    "DeleteVideoResponse400": ".delete_video_response_400",
    "DeleteVideoResponse401": ".delete_video_response_401",
    "Deployment": ".deployment",
    "DeploymentCustomization": ".deployment_customization",
    "DeploymentInitConfig": ".deployment_init_config",
    "DeploymentInitConfigCaptcha": ".deployment_init_config_captcha",
    "DeploymentInitConfigCustomization": ".deployment_init_config_customization",
    "DeploymentInitConfigLimits": ".deployment_init_config_limits",
    "DeploymentLimits": ".deployment_limits",
    "DeploymentStartRequest": ".deployment_start_request",
    "Document": ".document",
    "DocumentCrawlConfig": ".document_crawl_config",
    "EchoMessage": ".echo_message",
    "EchoMessageProperties": ".echo_message_properties",
    "EchoMessagePropertiesModality": ".echo_message_properties_modality",
    "EndConversationResponse400": ".end_conversation_response_400",
    "EndConversationResponse401": ".end_conversation_response_401",
    "EndDeploymentConversationResponse200": ".end_deployment_conversation_response_200",
    "ErrorResponse": ".error_response",
    "Face": ".face",
    "GenerateVideoBody": ".generate_video_body",
    "GenerateVideoBodyProperties": ".generate_video_body_properties",
    "GenerateVideoResponse400": ".generate_video_response_400",
    "GenerateVideoResponse401": ".generate_video_response_401",
    "GetConversationResponse400": ".get_conversation_response_400",
    "GetConversationResponse401": ".get_conversation_response_401",
    "GetDocumentResponse401": ".get_document_response_401",
    "GetDocumentResponse404": ".get_document_response_404",
    "GetGuardrailsResponse400": ".get_guardrails_response_400",
    "GetGuardrailsResponse401": ".get_guardrails_response_401",
    "GetGuardrailsResponse404": ".get_guardrails_response_404",
    "GetLipsyncResponse400": ".get_lipsync_response_400",
    "GetLipsyncResponse401": ".get_lipsync_response_401",
    "GetObjectiveResponse400": ".get_objective_response_400",
    "GetObjectiveResponse401": ".get_objective_response_401",
    "GetObjectiveResponse404": ".get_objective_response_404",
    "GetObjectivesResponse200": ".get_objectives_response_200",
    "GetObjectivesResponse401": ".get_objectives_response_401",
    "GetPersonaResponse400": ".get_persona_response_400",
    "GetPersonaResponse401": ".get_persona_response_401",
    "GetPronunciationDictionaryResponse401": ".get_pronunciation_dictionary_response_401",
    "GetPronunciationDictionaryResponse404": ".get_pronunciation_dictionary_response_404",
    "GetReplicaResponse400": ".get_replica_response_400",
    "GetReplicaResponse401": ".get_replica_response_401",
    "GetVideoResponse400": ".get_video_response_400",
    "GetVideoResponse401": ".get_video_response_401",
    "GetVoicesResponse200": ".get_voices_response_200",
    "GetVoicesResponse401": ".get_voices_response_401",
    "GetVoicesSort": ".get_voices_sort",
    "Guardrail": ".guardrail",
    "GuardrailCreateRequest": ".guardrail_create_request",
    "GuardrailCreateRequestModality": ".guardrail_create_request_modality",
    "GuardrailList": ".guardrail_list",
    "GuardrailSetCreateRequest": ".guardrail_set_create_request",
    "GuardrailSetItem": ".guardrail_set_item",
    "GuardrailSetItemModality": ".guardrail_set_item_modality",
    "GuardrailSetList": ".guardrail_set_list",
    "Guardrails": ".guardrails",
    "GuardrailsDetail": ".guardrails_detail",
    "InterruptMessage": ".interrupt_message",
    "Lipsync": ".lipsync",
    "ListCanvasInteractionsResponse2XX": ".list_canvas_interactions_response_2xx",
    "ListConversationsResponse200": ".list_conversations_response_200",
    "ListConversationsResponse401": ".list_conversations_response_401",
    "ListDocumentsResponse200": ".list_documents_response_200",
    "ListDocumentsResponse400": ".list_documents_response_400",
    "ListDocumentsResponse401": ".list_documents_response_401",
    "ListDocumentsSort": ".list_documents_sort",
    "ListFacesFaceType": ".list_faces_face_type",
    "ListFacesResponse2XX": ".list_faces_response_2xx",
    "ListGuardrailsLegacy": ".list_guardrails_legacy",
    "ListGuardrailsResponse401": ".list_guardrails_response_401",
    "ListGuardrailsSort": ".list_guardrails_sort",
    "ListLipsyncsResponse200": ".list_lipsyncs_response_200",
    "ListLipsyncsResponse401": ".list_lipsyncs_response_401",
    "ListPalToolsResponse2XX": ".list_pal_tools_response_2xx",
    "ListPalsPalType": ".list_pals_pal_type",
    "ListPalsResponse2XX": ".list_pals_response_2xx",
    "ListPersonaSkillsResponse200": ".list_persona_skills_response_200",
    "ListPersonaSkillsResponse200Data": ".list_persona_skills_response_200_data",
    "ListPersonasPersonaType": ".list_personas_persona_type",
    "ListPersonasResponse200": ".list_personas_response_200",
    "ListPersonasResponse401": ".list_personas_response_401",
    "ListPronunciationDictionariesResponse200": ".list_pronunciation_dictionaries_response_200",
    "ListPronunciationDictionariesResponse401": ".list_pronunciation_dictionaries_response_401",
    "ListPronunciationDictionariesSort": ".list_pronunciation_dictionaries_sort",
    "ListReplacementsResponse200": ".list_replacements_response_200",
    "ListReplicasReplicaType": ".list_replicas_replica_type",
    "ListReplicasResponse200": ".list_replicas_response_200",
    "ListReplicasResponse401": ".list_replicas_response_401",
    "ListToolsResponse2XX": ".list_tools_response_2xx",
    "ListToolsSort": ".list_tools_sort",
    "ListToolsType": ".list_tools_type",
    "ListTranscriptionsResponse200": ".list_transcriptions_response_200",
    "ListVideosResponse200": ".list_videos_response_200",
    "ListVideosResponse401": ".list_videos_response_401",
    "LlmLayer": ".llm_layer",
    "LlmLayerExtraBody": ".llm_layer_extra_body",
    "LlmLayerHeaders": ".llm_layer_headers",
    "LlmLayerToolsItem": ".llm_layer_tools_item",
    "MessageResponse": ".message_response",
    "Objective": ".objective",
    "ObjectiveNextConditionalObjectives": ".objective_next_conditional_objectives",
    "Objectives": ".objectives",
    "ObjectivesDetail": ".objectives_detail",
    "ObjectivesNextConditionalObjectives": ".objectives_next_conditional_objectives",
    "OverwriteLlmContextMessage": ".overwrite_llm_context_message",
    "OverwriteLlmContextMessageProperties": ".overwrite_llm_context_message_properties",
    "Pal": ".pal",
    "PalConferencingLayer": ".pal_conferencing_layer",
    "PalConversationalFlowLayer": ".pal_conversational_flow_layer",
    "PalDetail": ".pal_detail",
    "PalLayers": ".pal_layers",
    "PalLlmLayer": ".pal_llm_layer",
    "PalLlmLayerExtraBody": ".pal_llm_layer_extra_body",
    "PalLlmLayerHeaders": ".pal_llm_layer_headers",
    "PalLlmLayerToolsItem": ".pal_llm_layer_tools_item",
    "PalPerceptionLayer": ".pal_perception_layer",
    "PalPerceptionLayerAudioToolsItem": ".pal_perception_layer_audio_tools_item",
    "PalPerceptionLayerVisualToolsItem": ".pal_perception_layer_visual_tools_item",
    "PalSttLayer": ".pal_stt_layer",
    "PalTtsLayer": ".pal_tts_layer",
    "PalTtsLayerVoiceSettings": ".pal_tts_layer_voice_settings",
    "PatchDeploymentBodyItem": ".patch_deployment_body_item",
    "PatchDeploymentResponse200": ".patch_deployment_response_200",
    "PatchDocumentBody": ".patch_document_body",
    "PatchDocumentResponse400": ".patch_document_response_400",
    "PatchDocumentResponse401": ".patch_document_response_401",
    "PatchDocumentResponse404": ".patch_document_response_404",
    "PatchGuardrailsBodyItem": ".patch_guardrails_body_item",
    "PatchGuardrailsBodyItemOp": ".patch_guardrails_body_item_op",
    "PatchGuardrailsResponse400": ".patch_guardrails_response_400",
    "PatchGuardrailsResponse401": ".patch_guardrails_response_401",
    "PatchGuardrailsResponse404": ".patch_guardrails_response_404",
    "PatchObjectiveBodyItem": ".patch_objective_body_item",
    "PatchObjectiveBodyItemOp": ".patch_objective_body_item_op",
    "PatchObjectiveResponse200": ".patch_objective_response_200",
    "PatchObjectiveResponse400": ".patch_objective_response_400",
    "PatchObjectiveResponse401": ".patch_objective_response_401",
    "PatchObjectiveResponse404": ".patch_objective_response_404",
    "PatchPalBodyItem": ".patch_pal_body_item",
    "PatchPalBodyItemOp": ".patch_pal_body_item_op",
    "PatchPersonaBodyItem": ".patch_persona_body_item",
    "PatchPersonaBodyItemOp": ".patch_persona_body_item_op",
    "PatchPersonaResponse400": ".patch_persona_response_400",
    "PatchPersonaResponse422": ".patch_persona_response_422",
    "PatchPronunciationDictionaryBodyItem": ".patch_pronunciation_dictionary_body_item",
    "PatchPronunciationDictionaryBodyItemOp": ".patch_pronunciation_dictionary_body_item_op",
    "PatchPronunciationDictionaryResponse400": ".patch_pronunciation_dictionary_response_400",
    "PatchPronunciationDictionaryResponse401": ".patch_pronunciation_dictionary_response_401",
    "PatchPronunciationDictionaryResponse404": ".patch_pronunciation_dictionary_response_404",
    "PatchPronunciationDictionaryResponse422": ".patch_pronunciation_dictionary_response_422",
    "PerceptionAnalysisEvent": ".perception_analysis_event",
    "PerceptionAnalysisEventProperties": ".perception_analysis_event_properties",
    "PerceptionLayer": ".perception_layer",
    "PerceptionLayerAudioToolsItem": ".perception_layer_audio_tools_item",
    "PerceptionLayerVisualToolsItem": ".perception_layer_visual_tools_item",
    "PerceptionToolCallEvent": ".perception_tool_call_event",
    "PerceptionToolCallEventProperties": ".perception_tool_call_event_properties",
    "PerceptionToolCallEventPropertiesArgumentsType1": ".perception_tool_call_event_properties_arguments_type_1",
    "PerceptionToolCallEventPropertiesFramesItem": ".perception_tool_call_event_properties_frames_item",
    "PerceptionToolCallEventPropertiesModality": ".perception_tool_call_event_properties_modality",
    "Persona": ".persona",
    "PersonaDetail": ".persona_detail",
    "PersonaLayers": ".persona_layers",
    "PronunciationDictionary": ".pronunciation_dictionary",
    "PronunciationRule": ".pronunciation_rule",
    "PublishedPal": ".published_pal",
    "RealtimeApiMessage": ".realtime_api_message",
    "RealtimeApiMessageProperties": ".realtime_api_message_properties",
    "RecordCanvasInteractionBody": ".record_canvas_interaction_body",
    "RecordCanvasInteractionBodyMetadata": ".record_canvas_interaction_body_metadata",
    "RecordCanvasInteractionResponse200": ".record_canvas_interaction_response_200",
    "RecordingStorageConfig": ".recording_storage_config",
    "RecordingStorageConfigProvider": ".recording_storage_config_provider",
    "RecrawlDocumentBody": ".recrawl_document_body",
    "RecrawlDocumentBodyCrawl": ".recrawl_document_body_crawl",
    "RecrawlDocumentResponse400": ".recrawl_document_response_400",
    "RecrawlDocumentResponse401": ".recrawl_document_response_401",
    "RecrawlDocumentResponse404": ".recrawl_document_response_404",
    "RecrawlDocumentResponse409": ".recrawl_document_response_409",
    "RecrawlDocumentResponse429": ".recrawl_document_response_429",
    "RenameFaceBody": ".rename_face_body",
    "RenameReplicaBody": ".rename_replica_body",
    "RenameReplicaResponse400": ".rename_replica_response_400",
    "RenameReplicaResponse401": ".rename_replica_response_401",
    "RenameVideoBody": ".rename_video_body",
    "RenameVideoResponse400": ".rename_video_response_400",
    "RenameVideoResponse401": ".rename_video_response_401",
    "ReplacePersonaSkillsBody": ".replace_persona_skills_body",
    "ReplacePersonaSkillsBodySkills": ".replace_persona_skills_body_skills",
    "ReplacePersonaSkillsBodySkillsAdditionalProperty": ".replace_persona_skills_body_skills_additional_property",
    "ReplacePersonaSkillsBodySkillsAdditionalPropertyConfig": ".replace_persona_skills_body_skills_additional_property_config",
    "ReplacePersonaSkillsResponse2XX": ".replace_persona_skills_response_2xx",
    "ReplacePersonaSkillsResponse2XXData": ".replace_persona_skills_response_2xx_data",
    "Replacement": ".replacement",
    "Replica": ".replica",
    "ReplicaSpeakingEvent": ".replica_speaking_event",
    "ReplicaSpeakingEventEventType": ".replica_speaking_event_event_type",
    "ReplicaSpeakingEventProperties": ".replica_speaking_event_properties",
    "RespondMessage": ".respond_message",
    "RespondMessageProperties": ".respond_message_properties",
    "SendAppMessageBody": ".send_app_message_body",
    "SendAppMessageBodyProperties": ".send_app_message_body_properties",
    "SensitivityMessage": ".sensitivity_message",
    "SensitivityMessageProperties": ".sensitivity_message_properties",
    "SensitivityMessagePropertiesParticipantInterruptSensitivity": ".sensitivity_message_properties_participant_interrupt_sensitivity",
    "SensitivityMessagePropertiesParticipantPauseSensitivity": ".sensitivity_message_properties_participant_pause_sensitivity",
    "SkillAttachment": ".skill_attachment",
    "SkillAttachmentConfig": ".skill_attachment_config",
    "SkillRegistry": ".skill_registry",
    "SpeakingEvent": ".speaking_event",
    "SpeakingEventEventType": ".speaking_event_event_type",
    "SpeakingEventProperties": ".speaking_event_properties",
    "SpeakingEventPropertiesRole": ".speaking_event_properties_role",
    "StartDeploymentConversationResponse200": ".start_deployment_conversation_response_200",
    "SttLayer": ".stt_layer",
    "Tool": ".tool",
    "ToolApiAuth": ".tool_api_auth",
    "ToolApiDelivery": ".tool_api_delivery",
    "ToolApiDeliveryBodyTemplate": ".tool_api_delivery_body_template",
    "ToolApiDeliveryHeaders": ".tool_api_delivery_headers",
    "ToolApiDeliveryQueryParams": ".tool_api_delivery_query_params",
    "ToolCallEvent": ".tool_call_event",
    "ToolCallEventProperties": ".tool_call_event_properties",
    "ToolCreateRequest": ".tool_create_request",
    "ToolCreateRequestParameters": ".tool_create_request_parameters",
    "ToolDelivery": ".tool_delivery",
    "ToolParameters": ".tool_parameters",
    "ToolUpdateRequest": ".tool_update_request",
    "ToolUpdateRequestParameters": ".tool_update_request_parameters",
    "Transcription": ".transcription",
    "TtsLayer": ".tts_layer",
    "TtsLayerVoiceSettings": ".tts_layer_voice_settings",
    "UpdateFaceBody": ".update_face_body",
    "UpdatePalSkillBody": ".update_pal_skill_body",
    "UpdatePalSkillBodyConfig": ".update_pal_skill_body_config",
    "UserSpeakingEvent": ".user_speaking_event",
    "UserSpeakingEventEventType": ".user_speaking_event_event_type",
    "UtteranceEvent": ".utterance_event",
    "UtteranceEventProperties": ".utterance_event_properties",
    "UtteranceStreamingEvent": ".utterance_streaming_event",
    "UtteranceStreamingEventProperties": ".utterance_streaming_event_properties",
    "Video": ".video",
    "VideoData": ".video_data",
    "Voice": ".voice",
    "VoiceCloning": ".voice_cloning",
    "VoiceTagsItem": ".voice_tags_item",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AppendLlmContextMessage",
    "AppendLlmContextMessageProperties",
    "AttachSkillToPalBody",
    "AttachSkillToPalBodyConfig",
    "AttachToolsToPalBody",
    "AttachToolsToPalResponse2XX",
    "CanvasComponent",
    "CanvasInteraction",
    "CanvasInteractionMetadata",
    "CanvasInteractionType",
    "ClonedVoice",
    "ConferencingUsernameCheck",
    "Conversation",
    "ConversationEvent",
    "ConversationEventProperties",
    "CreateConversationBody",
    "CreateConversationBodyProperties",
    "CreateConversationResponse400",
    "CreateConversationResponse401",
    "CreateDeploymentRequest",
    "CreateDeploymentRequestCustomization",
    "CreateDeploymentRequestLimits",
    "CreateDocumentBody",
    "CreateDocumentBodyCrawl",
    "CreateDocumentResponse400",
    "CreateDocumentResponse401",
    "CreateDocumentResponse429",
    "CreateFaceBody",
    "CreateGuardrailsResponse400",
    "CreateGuardrailsResponse401",
    "CreateLipsyncBody",
    "CreateLipsyncResponse400",
    "CreateLipsyncResponse401",
    "CreateObjectivesBody",
    "CreateObjectivesBodyDataItem",
    "CreateObjectivesBodyDataItemConfirmationMode",
    "CreateObjectivesBodyDataItemModality",
    "CreateObjectivesBodyDataItemNextConditionalObjectives",
    "CreateObjectivesResponse400",
    "CreateObjectivesResponse401",
    "CreatePalBody",
    "CreatePalBodyPipelineMode",
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
    "CreatePersonaResponse400",
    "CreatePersonaResponse401",
    "CreatePronunciationDictionaryBody",
    "CreatePronunciationDictionaryBodyRulesItem",
    "CreatePronunciationDictionaryBodyRulesItemType",
    "CreatePronunciationDictionaryResponse400",
    "CreatePronunciationDictionaryResponse401",
    "CreateReplacementBody",
    "CreateReplicaBody",
    "CreateReplicaBodyProperties",
    "CreateReplicaResponse400",
    "CreateReplicaResponse401",
    "CreateTranscriptionBody",
    "CreateVoiceBody",
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
    "Deployment",
    "DeploymentCustomization",
    "DeploymentInitConfig",
    "DeploymentInitConfigCaptcha",
    "DeploymentInitConfigCustomization",
    "DeploymentInitConfigLimits",
    "DeploymentLimits",
    "DeploymentStartRequest",
    "Document",
    "DocumentCrawlConfig",
    "EchoMessage",
    "EchoMessageProperties",
    "EchoMessagePropertiesModality",
    "EndConversationResponse400",
    "EndConversationResponse401",
    "EndDeploymentConversationResponse200",
    "ErrorResponse",
    "Face",
    "GenerateVideoBody",
    "GenerateVideoBodyProperties",
    "GenerateVideoResponse400",
    "GenerateVideoResponse401",
    "GetConversationResponse400",
    "GetConversationResponse401",
    "GetDocumentResponse401",
    "GetDocumentResponse404",
    "GetGuardrailsResponse400",
    "GetGuardrailsResponse401",
    "GetGuardrailsResponse404",
    "GetLipsyncResponse400",
    "GetLipsyncResponse401",
    "GetObjectiveResponse400",
    "GetObjectiveResponse401",
    "GetObjectiveResponse404",
    "GetObjectivesResponse200",
    "GetObjectivesResponse401",
    "GetPersonaResponse400",
    "GetPersonaResponse401",
    "GetPronunciationDictionaryResponse401",
    "GetPronunciationDictionaryResponse404",
    "GetReplicaResponse400",
    "GetReplicaResponse401",
    "GetVideoResponse400",
    "GetVideoResponse401",
    "GetVoicesResponse200",
    "GetVoicesResponse401",
    "GetVoicesSort",
    "Guardrail",
    "GuardrailCreateRequest",
    "GuardrailCreateRequestModality",
    "GuardrailList",
    "GuardrailSetCreateRequest",
    "GuardrailSetItem",
    "GuardrailSetItemModality",
    "GuardrailSetList",
    "Guardrails",
    "GuardrailsDetail",
    "InterruptMessage",
    "Lipsync",
    "ListCanvasInteractionsResponse2XX",
    "ListConversationsResponse200",
    "ListConversationsResponse401",
    "ListDocumentsResponse200",
    "ListDocumentsResponse400",
    "ListDocumentsResponse401",
    "ListDocumentsSort",
    "ListFacesFaceType",
    "ListFacesResponse2XX",
    "ListGuardrailsLegacy",
    "ListGuardrailsResponse401",
    "ListGuardrailsSort",
    "ListLipsyncsResponse200",
    "ListLipsyncsResponse401",
    "ListPalToolsResponse2XX",
    "ListPalsPalType",
    "ListPalsResponse2XX",
    "ListPersonaSkillsResponse200",
    "ListPersonaSkillsResponse200Data",
    "ListPersonasPersonaType",
    "ListPersonasResponse200",
    "ListPersonasResponse401",
    "ListPronunciationDictionariesResponse200",
    "ListPronunciationDictionariesResponse401",
    "ListPronunciationDictionariesSort",
    "ListReplacementsResponse200",
    "ListReplicasReplicaType",
    "ListReplicasResponse200",
    "ListReplicasResponse401",
    "ListToolsResponse2XX",
    "ListToolsSort",
    "ListToolsType",
    "ListTranscriptionsResponse200",
    "ListVideosResponse200",
    "ListVideosResponse401",
    "LlmLayer",
    "LlmLayerExtraBody",
    "LlmLayerHeaders",
    "LlmLayerToolsItem",
    "MessageResponse",
    "Objective",
    "ObjectiveNextConditionalObjectives",
    "Objectives",
    "ObjectivesDetail",
    "ObjectivesNextConditionalObjectives",
    "OverwriteLlmContextMessage",
    "OverwriteLlmContextMessageProperties",
    "Pal",
    "PalConferencingLayer",
    "PalConversationalFlowLayer",
    "PalDetail",
    "PalLayers",
    "PalLlmLayer",
    "PalLlmLayerExtraBody",
    "PalLlmLayerHeaders",
    "PalLlmLayerToolsItem",
    "PalPerceptionLayer",
    "PalPerceptionLayerAudioToolsItem",
    "PalPerceptionLayerVisualToolsItem",
    "PalSttLayer",
    "PalTtsLayer",
    "PalTtsLayerVoiceSettings",
    "PatchDeploymentBodyItem",
    "PatchDeploymentResponse200",
    "PatchDocumentBody",
    "PatchDocumentResponse400",
    "PatchDocumentResponse401",
    "PatchDocumentResponse404",
    "PatchGuardrailsBodyItem",
    "PatchGuardrailsBodyItemOp",
    "PatchGuardrailsResponse400",
    "PatchGuardrailsResponse401",
    "PatchGuardrailsResponse404",
    "PatchObjectiveBodyItem",
    "PatchObjectiveBodyItemOp",
    "PatchObjectiveResponse200",
    "PatchObjectiveResponse400",
    "PatchObjectiveResponse401",
    "PatchObjectiveResponse404",
    "PatchPalBodyItem",
    "PatchPalBodyItemOp",
    "PatchPersonaBodyItem",
    "PatchPersonaBodyItemOp",
    "PatchPersonaResponse400",
    "PatchPersonaResponse422",
    "PatchPronunciationDictionaryBodyItem",
    "PatchPronunciationDictionaryBodyItemOp",
    "PatchPronunciationDictionaryResponse400",
    "PatchPronunciationDictionaryResponse401",
    "PatchPronunciationDictionaryResponse404",
    "PatchPronunciationDictionaryResponse422",
    "PerceptionAnalysisEvent",
    "PerceptionAnalysisEventProperties",
    "PerceptionLayer",
    "PerceptionLayerAudioToolsItem",
    "PerceptionLayerVisualToolsItem",
    "PerceptionToolCallEvent",
    "PerceptionToolCallEventProperties",
    "PerceptionToolCallEventPropertiesArgumentsType1",
    "PerceptionToolCallEventPropertiesFramesItem",
    "PerceptionToolCallEventPropertiesModality",
    "Persona",
    "PersonaDetail",
    "PersonaLayers",
    "PronunciationDictionary",
    "PronunciationRule",
    "PublishedPal",
    "RealtimeApiMessage",
    "RealtimeApiMessageProperties",
    "RecordCanvasInteractionBody",
    "RecordCanvasInteractionBodyMetadata",
    "RecordCanvasInteractionResponse200",
    "RecordingStorageConfig",
    "RecordingStorageConfigProvider",
    "RecrawlDocumentBody",
    "RecrawlDocumentBodyCrawl",
    "RecrawlDocumentResponse400",
    "RecrawlDocumentResponse401",
    "RecrawlDocumentResponse404",
    "RecrawlDocumentResponse409",
    "RecrawlDocumentResponse429",
    "RenameFaceBody",
    "RenameReplicaBody",
    "RenameReplicaResponse400",
    "RenameReplicaResponse401",
    "RenameVideoBody",
    "RenameVideoResponse400",
    "RenameVideoResponse401",
    "ReplacePersonaSkillsBody",
    "ReplacePersonaSkillsBodySkills",
    "ReplacePersonaSkillsBodySkillsAdditionalProperty",
    "ReplacePersonaSkillsBodySkillsAdditionalPropertyConfig",
    "ReplacePersonaSkillsResponse2XX",
    "ReplacePersonaSkillsResponse2XXData",
    "Replacement",
    "Replica",
    "ReplicaSpeakingEvent",
    "ReplicaSpeakingEventEventType",
    "ReplicaSpeakingEventProperties",
    "RespondMessage",
    "RespondMessageProperties",
    "SendAppMessageBody",
    "SendAppMessageBodyProperties",
    "SensitivityMessage",
    "SensitivityMessageProperties",
    "SensitivityMessagePropertiesParticipantInterruptSensitivity",
    "SensitivityMessagePropertiesParticipantPauseSensitivity",
    "SkillAttachment",
    "SkillAttachmentConfig",
    "SkillRegistry",
    "SpeakingEvent",
    "SpeakingEventEventType",
    "SpeakingEventProperties",
    "SpeakingEventPropertiesRole",
    "StartDeploymentConversationResponse200",
    "SttLayer",
    "Tool",
    "ToolApiAuth",
    "ToolApiDelivery",
    "ToolApiDeliveryBodyTemplate",
    "ToolApiDeliveryHeaders",
    "ToolApiDeliveryQueryParams",
    "ToolCallEvent",
    "ToolCallEventProperties",
    "ToolCreateRequest",
    "ToolCreateRequestParameters",
    "ToolDelivery",
    "ToolParameters",
    "ToolUpdateRequest",
    "ToolUpdateRequestParameters",
    "Transcription",
    "TtsLayer",
    "TtsLayerVoiceSettings",
    "UpdateFaceBody",
    "UpdatePalSkillBody",
    "UpdatePalSkillBodyConfig",
    "UserSpeakingEvent",
    "UserSpeakingEventEventType",
    "UtteranceEvent",
    "UtteranceEventProperties",
    "UtteranceStreamingEvent",
    "UtteranceStreamingEventProperties",
    "Video",
    "VideoData",
    "Voice",
    "VoiceCloning",
    "VoiceTagsItem",
)
