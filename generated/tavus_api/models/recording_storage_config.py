from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model


class RecordingStorageConfig(Model):
    """Provider-agnostic recording storage configuration. Supports Amazon S3 (any region),
    Google Cloud Storage via Workload Identity Federation, and Azure Blob Storage via
    Entra ID Federated Credentials. All fields are non-secret identifiers — every
    provider uses federated identity, so you configure a trust relationship on your
    side and pass identifiers to us, never credentials.

    Use this in place of the legacy `recording_s3_bucket_name` / `recording_s3_bucket_region` /
    `aws_assume_role_arn` fields. Existing customers using the flat fields continue to
    work unchanged.

    """

    provider: RecordingStorageConfigProvider
    """ Storage provider discriminator. """
    bucket_name: str | None
    """ Bucket name. Used when `provider` is `s3` or `gcs`. """
    bucket_region: str | None
    """ AWS region (e.g. `us-east-1`, `eu-north-1`). Used when `provider` is `s3`. Any AWS region is
    supported — Daily-supported regions get a direct write; others are routed through a Tavus-managed
    Cloudflare Worker that copies the recording into your bucket via `sts:AssumeRole`.
     """
    assume_role_arn: str | None
    """ IAM role ARN that Tavus assumes to write to your bucket. Used when `provider` is `s3`. """
    external_id: str | None
    """ Optional `ExternalId` value to include in the AssumeRole call. Used when `provider` is `s3`. """
    project_id: str | None
    """ GCP project ID containing the bucket. Used when `provider` is `gcs`. """
    workload_identity_provider: str | None
    """ Resource name of your Workload Identity Pool Provider — without the `//iam.googleapis.com/`
    prefix (Tavus prepends it). Used when `provider` is `gcs`.
     """
    service_account_email: str | None
    """ Email of the service account that has `storage.objects.create` on the bucket. Used when `provider` is `gcs`.
    """
    storage_account: str | None
    """ Azure storage account name. Used when `provider` is `azure_blob`. """
    container: str | None
    """ Container within the storage account. Used when `provider` is `azure_blob`. """
    tenant_id: str | None
    """ Azure AD tenant UUID. Used when `provider` is `azure_blob`. """
    client_id: str | None
    """ App Registration client UUID. Used when `provider` is `azure_blob`. """

    _FIELDS = {
        "provider": ("provider", None),
        "bucket_name": ("bucket_name", None),
        "bucket_region": ("bucket_region", None),
        "assume_role_arn": ("assume_role_arn", None),
        "external_id": ("external_id", None),
        "project_id": ("project_id", None),
        "workload_identity_provider": ("workload_identity_provider", None),
        "service_account_email": ("service_account_email", None),
        "storage_account": ("storage_account", None),
        "container": ("container", None),
        "tenant_id": ("tenant_id", None),
        "client_id": ("client_id", None),
    }
    _REQUIRED = ("provider",)

    def __init__(
        self,
        *,
        provider: RecordingStorageConfigProvider,
        bucket_name: str | None = None,
        bucket_region: str | None = None,
        assume_role_arn: str | None = None,
        external_id: str | None = None,
        project_id: str | None = None,
        workload_identity_provider: str | None = None,
        service_account_email: str | None = None,
        storage_account: str | None = None,
        container: str | None = None,
        tenant_id: str | None = None,
        client_id: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "provider": provider,
            "bucket_name": bucket_name,
            "bucket_region": bucket_region,
            "assume_role_arn": assume_role_arn,
            "external_id": external_id,
            "project_id": project_id,
            "workload_identity_provider": workload_identity_provider,
            "service_account_email": service_account_email,
            "storage_account": storage_account,
            "container": container,
            "tenant_id": tenant_id,
            "client_id": client_id,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
RecordingStorageConfigParam = TypedDict(
    "RecordingStorageConfigParam",
    {
        "provider": Required["RecordingStorageConfigProvider"],
        "bucket_name": "str",
        "bucket_region": "str",
        "assume_role_arn": "str",
        "external_id": "str",
        "project_id": "str",
        "workload_identity_provider": "str",
        "service_account_email": "str",
        "storage_account": "str",
        "container": "str",
        "tenant_id": "str",
        "client_id": "str",
    },
    total=False,
)


from ..models.recording_storage_config_provider import RecordingStorageConfigProvider
