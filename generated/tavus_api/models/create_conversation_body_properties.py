from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recording_storage_config import RecordingStorageConfig


T = TypeVar("T", bound="CreateConversationBodyProperties")


@_attrs_define
class CreateConversationBodyProperties:
    """Optional properties that can be used to customize the conversation."""

    max_call_duration: int | Unset = UNSET
    """ The maximum duration of the call in seconds. The default max_call_duration is 3600 seconds (1 hour). Once
    the time limit specified by this parameter has been reached, the conversation will automatically shut down. """
    participant_left_timeout: int | Unset = UNSET
    """ The duration in seconds after which the call will be automatically shut down once the last participant
    leaves. """
    participant_absent_timeout: int | Unset = UNSET
    """ Starting from conversation creation, the duration in seconds after which the call will be automatically shut
    down if no participant joins the call. Default is 300 seconds (5 minutes). """
    enable_recording: bool | Unset = UNSET
    """ If true, the user will be able to record the conversation. You can find more instructions on recording
    [here](/sections/conversational-video-interface/quickstart/conversation-recordings#conversation-recordings). """
    enable_closed_captions: bool | Unset = UNSET
    """ If true, the user will be able to display closed captions (subtitles) during the conversation. You can find
    more instructions on displaying closed captions if you are using your custom DailyJS components
    [here](https://docs.daily.co/reference/daily-js/events/transcription-events#transcription-message). You need to
    have an [event listener](https://docs.daily.co/reference/daily-js/events) on Daily that listens for app-
    messages. """
    apply_greenscreen: bool | Unset = UNSET
    """ If true, the background will be replaced with a greenscreen (RGB values: [0, 255, 155]). You can use WebGL
    on the frontend to make the greenscreen transparent or change its color. """
    require_auth: bool | Unset = UNSET
    """ If true, participants must authenticate before joining the conversation. More info on private rooms
    [here](/sections/conversational-video-interface/conversation/customizations/private-rooms). """
    language: str | Unset = UNSET
    """ The language of the conversation. Please provide the FULL language name, not the two letter code, or specify
    `multilingual` for automatic language detection. When set to `multilingual`, CVI will use STT language detection
    to identify the user's spoken language and respond accordingly. If you are using your own TTS voice, please
    ensure it supports the language you provide. If you are using a stock replica or default persona, please note
    that only Elevenlabs and Cartesia supported languages are available. You can find a full list of supported
    languages for Cartesia [here](https://docs.cartesia.ai/2024-11-13/build-with-cartesia/models#language-support),
    and for ElevenLabs [here](https://elevenlabs.io/languages). """
    recording_s3_bucket_name: str | Unset = UNSET
    """ **Deprecated.** Use `recording_storage` (also on `properties`) instead. The name of the S3 bucket where the
    recording will be stored. Existing integrations using this flat field continue to work unchanged.
     """
    recording_s3_bucket_region: str | Unset = UNSET
    """ **Deprecated.** Use `recording_storage` (also on `properties`) instead. The region of the S3 bucket where
    the recording will be stored. Existing integrations using this flat field continue to work unchanged.
     """
    aws_assume_role_arn: str | Unset = UNSET
    """ **Deprecated.** Use `recording_storage` (also on `properties`) instead. The ARN of the role that will be
    assumed to access the S3 bucket. Existing integrations using this flat field continue to work unchanged.
     """
    recording_storage: RecordingStorageConfig | Unset = UNSET
    """ Provider-agnostic recording storage configuration. Supports Amazon S3 (any region),
    Google Cloud Storage via Workload Identity Federation, and Azure Blob Storage via
    Entra ID Federated Credentials. All fields are non-secret identifiers — every
    provider uses federated identity, so you configure a trust relationship on your
    side and pass identifiers to us, never credentials.

    Use this in place of the legacy `recording_s3_bucket_name` / `recording_s3_bucket_region` /
    `aws_assume_role_arn` fields. Existing customers using the flat fields continue to
    work unchanged.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_call_duration = self.max_call_duration

        participant_left_timeout = self.participant_left_timeout

        participant_absent_timeout = self.participant_absent_timeout

        enable_recording = self.enable_recording

        enable_closed_captions = self.enable_closed_captions

        apply_greenscreen = self.apply_greenscreen

        require_auth = self.require_auth

        language = self.language

        recording_s3_bucket_name = self.recording_s3_bucket_name

        recording_s3_bucket_region = self.recording_s3_bucket_region

        aws_assume_role_arn = self.aws_assume_role_arn

        recording_storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recording_storage, Unset):
            recording_storage = self.recording_storage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_call_duration is not UNSET:
            field_dict["max_call_duration"] = max_call_duration
        if participant_left_timeout is not UNSET:
            field_dict["participant_left_timeout"] = participant_left_timeout
        if participant_absent_timeout is not UNSET:
            field_dict["participant_absent_timeout"] = participant_absent_timeout
        if enable_recording is not UNSET:
            field_dict["enable_recording"] = enable_recording
        if enable_closed_captions is not UNSET:
            field_dict["enable_closed_captions"] = enable_closed_captions
        if apply_greenscreen is not UNSET:
            field_dict["apply_greenscreen"] = apply_greenscreen
        if require_auth is not UNSET:
            field_dict["require_auth"] = require_auth
        if language is not UNSET:
            field_dict["language"] = language
        if recording_s3_bucket_name is not UNSET:
            field_dict["recording_s3_bucket_name"] = recording_s3_bucket_name
        if recording_s3_bucket_region is not UNSET:
            field_dict["recording_s3_bucket_region"] = recording_s3_bucket_region
        if aws_assume_role_arn is not UNSET:
            field_dict["aws_assume_role_arn"] = aws_assume_role_arn
        if recording_storage is not UNSET:
            field_dict["recording_storage"] = recording_storage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recording_storage_config import RecordingStorageConfig

        d = dict(src_dict)
        max_call_duration = d.pop("max_call_duration", UNSET)

        participant_left_timeout = d.pop("participant_left_timeout", UNSET)

        participant_absent_timeout = d.pop("participant_absent_timeout", UNSET)

        enable_recording = d.pop("enable_recording", UNSET)

        enable_closed_captions = d.pop("enable_closed_captions", UNSET)

        apply_greenscreen = d.pop("apply_greenscreen", UNSET)

        require_auth = d.pop("require_auth", UNSET)

        language = d.pop("language", UNSET)

        recording_s3_bucket_name = d.pop("recording_s3_bucket_name", UNSET)

        recording_s3_bucket_region = d.pop("recording_s3_bucket_region", UNSET)

        aws_assume_role_arn = d.pop("aws_assume_role_arn", UNSET)

        _recording_storage = d.pop("recording_storage", UNSET)
        recording_storage: RecordingStorageConfig | Unset
        if isinstance(_recording_storage, Unset):
            recording_storage = UNSET
        else:
            recording_storage = RecordingStorageConfig.from_dict(_recording_storage)

        create_conversation_body_properties = cls(
            max_call_duration=max_call_duration,
            participant_left_timeout=participant_left_timeout,
            participant_absent_timeout=participant_absent_timeout,
            enable_recording=enable_recording,
            enable_closed_captions=enable_closed_captions,
            apply_greenscreen=apply_greenscreen,
            require_auth=require_auth,
            language=language,
            recording_s3_bucket_name=recording_s3_bucket_name,
            recording_s3_bucket_region=recording_s3_bucket_region,
            aws_assume_role_arn=aws_assume_role_arn,
            recording_storage=recording_storage,
        )

        create_conversation_body_properties.additional_properties = d
        return create_conversation_body_properties

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
