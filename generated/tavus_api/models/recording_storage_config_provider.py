from typing import Literal

RecordingStorageConfigProvider = Literal["azure_blob", "gcs", "s3"]

RECORDING_STORAGE_CONFIG_PROVIDER_VALUES: set[RecordingStorageConfigProvider] = {
    "azure_blob",
    "gcs",
    "s3",
}


def check_recording_storage_config_provider(
    value: str,
) -> RecordingStorageConfigProvider:
    if value in RECORDING_STORAGE_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECORDING_STORAGE_CONFIG_PROVIDER_VALUES!r}"
    )
