from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_storage_config_provider import (
    RecordingStorageConfigProvider,
    check_recording_storage_config_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingStorageConfig")


@_attrs_define
class RecordingStorageConfig:
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
    bucket_name: str | Unset = UNSET
    """ Bucket name. Used when `provider` is `s3` or `gcs`. """
    bucket_region: str | Unset = UNSET
    """ AWS region (e.g. `us-east-1`, `eu-north-1`). Used when `provider` is `s3`. Any AWS region is
    supported — Daily-supported regions get a direct write; others are routed through a Tavus-managed
    Cloudflare Worker that copies the recording into your bucket via `sts:AssumeRole`.
     """
    assume_role_arn: str | Unset = UNSET
    """ IAM role ARN that Tavus assumes to write to your bucket. Used when `provider` is `s3`. """
    external_id: str | Unset = UNSET
    """ Optional `ExternalId` value to include in the AssumeRole call. Used when `provider` is `s3`. """
    project_id: str | Unset = UNSET
    """ GCP project ID containing the bucket. Used when `provider` is `gcs`. """
    workload_identity_provider: str | Unset = UNSET
    """ Resource name of your Workload Identity Pool Provider — without the `//iam.googleapis.com/`
    prefix (Tavus prepends it). Used when `provider` is `gcs`.
     """
    service_account_email: str | Unset = UNSET
    """ Email of the service account that has `storage.objects.create` on the bucket. Used when `provider` is `gcs`.
    """
    storage_account: str | Unset = UNSET
    """ Azure storage account name. Used when `provider` is `azure_blob`. """
    container: str | Unset = UNSET
    """ Container within the storage account. Used when `provider` is `azure_blob`. """
    tenant_id: str | Unset = UNSET
    """ Azure AD tenant UUID. Used when `provider` is `azure_blob`. """
    client_id: str | Unset = UNSET
    """ App Registration client UUID. Used when `provider` is `azure_blob`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: str = self.provider

        bucket_name = self.bucket_name

        bucket_region = self.bucket_region

        assume_role_arn = self.assume_role_arn

        external_id = self.external_id

        project_id = self.project_id

        workload_identity_provider = self.workload_identity_provider

        service_account_email = self.service_account_email

        storage_account = self.storage_account

        container = self.container

        tenant_id = self.tenant_id

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )
        if bucket_name is not UNSET:
            field_dict["bucket_name"] = bucket_name
        if bucket_region is not UNSET:
            field_dict["bucket_region"] = bucket_region
        if assume_role_arn is not UNSET:
            field_dict["assume_role_arn"] = assume_role_arn
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if workload_identity_provider is not UNSET:
            field_dict["workload_identity_provider"] = workload_identity_provider
        if service_account_email is not UNSET:
            field_dict["service_account_email"] = service_account_email
        if storage_account is not UNSET:
            field_dict["storage_account"] = storage_account
        if container is not UNSET:
            field_dict["container"] = container
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider = check_recording_storage_config_provider(d.pop("provider"))

        bucket_name = d.pop("bucket_name", UNSET)

        bucket_region = d.pop("bucket_region", UNSET)

        assume_role_arn = d.pop("assume_role_arn", UNSET)

        external_id = d.pop("external_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        workload_identity_provider = d.pop("workload_identity_provider", UNSET)

        service_account_email = d.pop("service_account_email", UNSET)

        storage_account = d.pop("storage_account", UNSET)

        container = d.pop("container", UNSET)

        tenant_id = d.pop("tenant_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        recording_storage_config = cls(
            provider=provider,
            bucket_name=bucket_name,
            bucket_region=bucket_region,
            assume_role_arn=assume_role_arn,
            external_id=external_id,
            project_id=project_id,
            workload_identity_provider=workload_identity_provider,
            service_account_email=service_account_email,
            storage_account=storage_account,
            container=container,
            tenant_id=tenant_id,
            client_id=client_id,
        )

        recording_storage_config.additional_properties = d
        return recording_storage_config

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
