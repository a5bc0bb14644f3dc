from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_recording_storage(value: Any) -> Any:
    return parse_model(RecordingStorageConfig, value)


class CreateConversationBodyProperties(Model):
    """Optional properties that can be used to customize the conversation."""

    max_call_duration: int | None
    """ The maximum duration of the call in seconds. The default max_call_duration is 3600 seconds (1 hour). Once
    the time limit specified by this parameter has been reached, the conversation will automatically shut down. """
    participant_left_timeout: int | None
    """ The duration in seconds after which the call will be automatically shut down once the last participant
    leaves. """
    participant_absent_timeout: int | None
    """ Starting from conversation creation, the duration in seconds after which the call will be automatically shut
    down if no participant joins the call. Default is 300 seconds (5 minutes). """
    enable_recording: bool | None
    """ If true, the user will be able to record the conversation. You can find more instructions on recording
    [here](/sections/conversational-video-interface/quickstart/conversation-recordings#conversation-recordings). """
    enable_closed_captions: bool | None
    """ If true, the user will be able to display closed captions (subtitles) during the conversation. You can find
    more instructions on displaying closed captions if you are using your custom DailyJS components
    [here](https://docs.daily.co/reference/daily-js/events/transcription-events#transcription-message). You need to
    have an [event listener](https://docs.daily.co/reference/daily-js/events) on Daily that listens for app-
    messages. """
    apply_greenscreen: bool | None
    """ If true, the background will be replaced with a greenscreen (RGB values: [0, 255, 155]). You can use WebGL
    on the frontend to make the greenscreen transparent or change its color. """
    require_auth: bool | None
    """ If true, participants must authenticate before joining the conversation. More info on private rooms
    [here](/sections/conversational-video-interface/conversation/customizations/private-rooms). """
    language: str | None
    """ The language of the conversation. Please provide the FULL language name, not the two letter code, or specify
    `multilingual` for automatic language detection. When set to `multilingual`, CVI will use STT language detection
    to identify the user's spoken language and respond accordingly. If you are using your own TTS voice, please
    ensure it supports the language you provide. If you are using a stock replica or default persona, please note
    that only Elevenlabs and Cartesia supported languages are available. You can find a full list of supported
    languages for Cartesia [here](https://docs.cartesia.ai/2024-11-13/build-with-cartesia/models#language-support),
    and for ElevenLabs [here](https://elevenlabs.io/languages). """
    recording_s3_bucket_name: str | None
    """ **Deprecated.** Use `recording_storage` (also on `properties`) instead. The name of the S3 bucket where the
    recording will be stored. Existing integrations using this flat field continue to work unchanged.
     """
    recording_s3_bucket_region: str | None
    """ **Deprecated.** Use `recording_storage` (also on `properties`) instead. The region of the S3 bucket where
    the recording will be stored. Existing integrations using this flat field continue to work unchanged.
     """
    aws_assume_role_arn: str | None
    """ **Deprecated.** Use `recording_storage` (also on `properties`) instead. The ARN of the role that will be
    assumed to access the S3 bucket. Existing integrations using this flat field continue to work unchanged.
     """
    recording_storage: RecordingStorageConfig | None
    """ Provider-agnostic recording storage configuration. Supports Amazon S3 (any region),
    Google Cloud Storage via Workload Identity Federation, and Azure Blob Storage via
    Entra ID Federated Credentials. All fields are non-secret identifiers — every
    provider uses federated identity, so you configure a trust relationship on your
    side and pass identifiers to us, never credentials.

    Use this in place of the legacy `recording_s3_bucket_name` / `recording_s3_bucket_region` /
    `aws_assume_role_arn` fields. Existing customers using the flat fields continue to
    work unchanged.
     """

    _FIELDS = {
        "max_call_duration": ("max_call_duration", None),
        "participant_left_timeout": ("participant_left_timeout", None),
        "participant_absent_timeout": ("participant_absent_timeout", None),
        "enable_recording": ("enable_recording", None),
        "enable_closed_captions": ("enable_closed_captions", None),
        "apply_greenscreen": ("apply_greenscreen", None),
        "require_auth": ("require_auth", None),
        "language": ("language", None),
        "recording_s3_bucket_name": ("recording_s3_bucket_name", None),
        "recording_s3_bucket_region": ("recording_s3_bucket_region", None),
        "aws_assume_role_arn": ("aws_assume_role_arn", None),
        "recording_storage": ("recording_storage", _parse_recording_storage),
    }

    def __init__(
        self,
        *,
        max_call_duration: int | None = None,
        participant_left_timeout: int | None = None,
        participant_absent_timeout: int | None = None,
        enable_recording: bool | None = None,
        enable_closed_captions: bool | None = None,
        apply_greenscreen: bool | None = None,
        require_auth: bool | None = None,
        language: str | None = None,
        recording_s3_bucket_name: str | None = None,
        recording_s3_bucket_region: str | None = None,
        aws_assume_role_arn: str | None = None,
        recording_storage: RecordingStorageConfig | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "max_call_duration": max_call_duration,
            "participant_left_timeout": participant_left_timeout,
            "participant_absent_timeout": participant_absent_timeout,
            "enable_recording": enable_recording,
            "enable_closed_captions": enable_closed_captions,
            "apply_greenscreen": apply_greenscreen,
            "require_auth": require_auth,
            "language": language,
            "recording_s3_bucket_name": recording_s3_bucket_name,
            "recording_s3_bucket_region": recording_s3_bucket_region,
            "aws_assume_role_arn": aws_assume_role_arn,
            "recording_storage": recording_storage,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateConversationBodyPropertiesParam = TypedDict(
    "CreateConversationBodyPropertiesParam",
    {
        "max_call_duration": "int",
        "participant_left_timeout": "int",
        "participant_absent_timeout": "int",
        "enable_recording": "bool",
        "enable_closed_captions": "bool",
        "apply_greenscreen": "bool",
        "require_auth": "bool",
        "language": "str",
        "recording_s3_bucket_name": "str",
        "recording_s3_bucket_region": "str",
        "aws_assume_role_arn": "str",
        "recording_storage": "RecordingStorageConfigParam",
    },
    total=False,
)


from ..models.recording_storage_config import (
    RecordingStorageConfig,
    RecordingStorageConfigParam,
)
