from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_customization(value: Any) -> Any:
    return parse_model(DeploymentCustomization, value)


def _parse_limits(value: Any) -> Any:
    return parse_model(DeploymentLimits, value)


class Deployment(Model):
    """A managed deployment."""

    deployment_id: str
    pal_id: str | None
    """ PAL that powers the deployment. """
    channel: str | None
    """ Delivery channel of a deployment. """
    status: str | None
    """ Lifecycle state of a deployment. """
    name: str | None
    has_password: bool | None
    customization: DeploymentCustomization | None
    replica_thumbnail_video_url: str | None
    """ Removed; use thumbnail_video_url and thumbnail_image_url. """
    thumbnail_video_url: str | None
    """ Preview video of the face. """
    thumbnail_image_url: str | None
    """ Preview image of the face. """
    limits: DeploymentLimits | None
    allowed_origins: list[str] | None
    usage_total: int | None
    usage_today: int | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None

    _FIELDS = {
        "deployment_id": ("deployment_id", None),
        "pal_id": ("pal_id", None),
        "channel": ("channel", None),
        "status": ("status", None),
        "name": ("name", None),
        "has_password": ("has_password", None),
        "customization": ("customization", _parse_customization),
        "replica_thumbnail_video_url": ("replica_thumbnail_video_url", None),
        "thumbnail_video_url": ("thumbnail_video_url", None),
        "thumbnail_image_url": ("thumbnail_image_url", None),
        "limits": ("limits", _parse_limits),
        "allowed_origins": ("allowed_origins", None),
        "usage_total": ("usage_total", None),
        "usage_today": ("usage_today", None),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
    }
    _REQUIRED = ("deployment_id",)

    def __init__(
        self,
        *,
        deployment_id: str,
        pal_id: str | None = None,
        channel: str | None = None,
        status: str | None = None,
        name: str | None = None,
        has_password: bool | None = None,
        customization: DeploymentCustomization | None = None,
        replica_thumbnail_video_url: str | None = None,
        thumbnail_video_url: str | None = None,
        thumbnail_image_url: str | None = None,
        limits: DeploymentLimits | None = None,
        allowed_origins: list[str] | None = None,
        usage_total: int | None = None,
        usage_today: int | None = None,
        created_at: datetime.datetime | None = None,
        updated_at: datetime.datetime | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "deployment_id": deployment_id,
            "pal_id": pal_id,
            "channel": channel,
            "status": status,
            "name": name,
            "has_password": has_password,
            "customization": customization,
            "replica_thumbnail_video_url": replica_thumbnail_video_url,
            "thumbnail_video_url": thumbnail_video_url,
            "thumbnail_image_url": thumbnail_image_url,
            "limits": limits,
            "allowed_origins": allowed_origins,
            "usage_total": usage_total,
            "usage_today": usage_today,
            "created_at": created_at,
            "updated_at": updated_at,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
DeploymentParam = TypedDict(
    "DeploymentParam",
    {
        "deployment_id": Required["str"],
        "pal_id": "str",
        "channel": "str",
        "status": "str",
        "name": "str",
        "has_password": "bool",
        "customization": "DeploymentCustomizationParam",
        "replica_thumbnail_video_url": "str",
        "thumbnail_video_url": "str",
        "thumbnail_image_url": "str",
        "limits": "DeploymentLimitsParam",
        "allowed_origins": "list[str]",
        "usage_total": "int",
        "usage_today": "int",
        "created_at": "datetime.datetime",
        "updated_at": "datetime.datetime",
    },
    total=False,
)


import datetime

from ..models.deployment_customization import (
    DeploymentCustomization,
    DeploymentCustomizationParam,
)
from ..models.deployment_limits import (
    DeploymentLimits,
    DeploymentLimitsParam,
)
