from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_recording_storage(value: Any) -> Any:
    return parse_model(RecordingStorageConfig, value)


class CreateConversationBodyProperties(Model):
    """Optional per-conversation settings."""

    max_call_duration: int | None
    """ Longest call in seconds (default 3600); the conversation shuts down when reached. """
    participant_left_timeout: int | None
    """ Seconds after the last participant leaves before the call shuts down. """
    participant_absent_timeout: int | None
    """ Seconds from creation before the call shuts down if nobody joins (default 300). """
    enable_recording: bool | None
    """ Lets participants record the conversation. """
    enable_closed_captions: bool | None
    """ Lets participants show closed captions (delivered as app messages). """
    apply_greenscreen: bool | None
    """ Replaces the background with a green screen (RGB 0, 255, 155). """
    require_auth: bool | None
    """ Participants must authenticate before joining (private room). """
    language: str | None
    """ Conversation language as a full language name, or multilingual for automatic detection. """
    recording_s3_bucket_name: str | None
    """ Deprecated; use recording_storage. S3 bucket for recordings. """
    recording_s3_bucket_region: str | None
    """ Deprecated; use recording_storage. Region of that S3 bucket. """
    aws_assume_role_arn: str | None
    """ Deprecated; use recording_storage. Role assumed to write to that bucket. """
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
