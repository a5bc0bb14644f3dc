from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_customization(value: Any) -> Any:
    return parse_model(DeploymentInitConfigCustomization, value)


def _parse_limits(value: Any) -> Any:
    return parse_model(DeploymentInitConfigLimits, value)


def _parse_captcha(value: Any) -> Any:
    return parse_model(DeploymentInitConfigCaptcha, value)


class DeploymentInitConfig(Model):
    """Configuration a widget, embed or landing page receives on init."""

    deployment_id: str | None
    channel: str | None
    """ Delivery channel of a deployment. """
    customization: DeploymentInitConfigCustomization | None
    """ Full customization tree, with channel blocks (widget, landing_page) and shared screens (preview, haircheck,
    after_call). """
    has_password: bool | None
    replica_thumbnail_video_url: str | None
    """ Removed; use thumbnail_video_url and thumbnail_image_url. """
    thumbnail_video_url: str | None
    """ Preview video of the face. """
    thumbnail_image_url: str | None
    """ Preview image of the face. """
    show_tavus_branding: bool | None
    limits: DeploymentInitConfigLimits | None
    captcha: DeploymentInitConfigCaptcha | None
    """ Present when Turnstile is enabled. """
    is_available: bool | None
    unavailable_reason: str | None
    """ Set when is_available is false, e.g. daily_limit or total_limit. """

    _FIELDS = {
        "deployment_id": ("deployment_id", None),
        "channel": ("channel", None),
        "customization": ("customization", _parse_customization),
        "has_password": ("has_password", None),
        "replica_thumbnail_video_url": ("replica_thumbnail_video_url", None),
        "thumbnail_video_url": ("thumbnail_video_url", None),
        "thumbnail_image_url": ("thumbnail_image_url", None),
        "show_tavus_branding": ("show_tavus_branding", None),
        "limits": ("limits", _parse_limits),
        "captcha": ("captcha", _parse_captcha),
        "is_available": ("is_available", None),
        "unavailable_reason": ("unavailable_reason", None),
    }

    def __init__(
        self,
        *,
        deployment_id: str | None = None,
        channel: str | None = None,
        customization: DeploymentInitConfigCustomization | None = None,
        has_password: bool | None = None,
        replica_thumbnail_video_url: str | None = None,
        thumbnail_video_url: str | None = None,
        thumbnail_image_url: str | None = None,
        show_tavus_branding: bool | None = None,
        limits: DeploymentInitConfigLimits | None = None,
        captcha: DeploymentInitConfigCaptcha | None = None,
        is_available: bool | None = None,
        unavailable_reason: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "deployment_id": deployment_id,
            "channel": channel,
            "customization": customization,
            "has_password": has_password,
            "replica_thumbnail_video_url": replica_thumbnail_video_url,
            "thumbnail_video_url": thumbnail_video_url,
            "thumbnail_image_url": thumbnail_image_url,
            "show_tavus_branding": show_tavus_branding,
            "limits": limits,
            "captcha": captcha,
            "is_available": is_available,
            "unavailable_reason": unavailable_reason,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
DeploymentInitConfigParam = TypedDict(
    "DeploymentInitConfigParam",
    {
        "deployment_id": "str",
        "channel": "str",
        "customization": "DeploymentInitConfigCustomizationParam",
        "has_password": "bool",
        "replica_thumbnail_video_url": "str",
        "thumbnail_video_url": "str",
        "thumbnail_image_url": "str",
        "show_tavus_branding": "bool",
        "limits": "DeploymentInitConfigLimitsParam",
        "captcha": "DeploymentInitConfigCaptchaParam",
        "is_available": "bool",
        "unavailable_reason": "str",
    },
    total=False,
)


from ..models.deployment_init_config_captcha import (
    DeploymentInitConfigCaptcha,
    DeploymentInitConfigCaptchaParam,
)
from ..models.deployment_init_config_customization import (
    DeploymentInitConfigCustomization,
    DeploymentInitConfigCustomizationParam,
)
from ..models.deployment_init_config_limits import (
    DeploymentInitConfigLimits,
    DeploymentInitConfigLimitsParam,
)
