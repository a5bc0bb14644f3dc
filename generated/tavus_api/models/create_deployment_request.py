from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_customization(value: Any) -> Any:
    return parse_model(CreateDeploymentRequestCustomization, value)


def _parse_limits(value: Any) -> Any:
    return parse_model(CreateDeploymentRequestLimits, value)


class CreateDeploymentRequest(Model):
    """Body of Create Deployment."""

    pal_id: str
    """ PAL that powers the deployment. """
    channel: str
    """ Delivery channel of a deployment. """
    name: str | None
    """ Display name in the Platform. """
    password: None | str
    """ Optional password visitors must enter before starting. """
    customization: CreateDeploymentRequestCustomization | None
    """ Visual and conversation settings. """
    limits: CreateDeploymentRequestLimits | None
    """ Call limits and maximum duration. """
    allowed_origins: list[str] | None
    """ Origins allowed to load widget / embed deployments. """

    _FIELDS = {
        "pal_id": ("pal_id", None),
        "channel": ("channel", None),
        "name": ("name", None),
        "password": ("password", None),
        "customization": ("customization", _parse_customization),
        "limits": ("limits", _parse_limits),
        "allowed_origins": ("allowed_origins", None),
    }
    _REQUIRED = (
        "pal_id",
        "channel",
    )

    def __init__(
        self,
        *,
        pal_id: str,
        channel: str,
        name: str | None = None,
        password: None | str = None,
        customization: CreateDeploymentRequestCustomization | None = None,
        limits: CreateDeploymentRequestLimits | None = None,
        allowed_origins: list[str] | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "pal_id": pal_id,
            "channel": channel,
            "name": name,
            "password": password,
            "customization": customization,
            "limits": limits,
            "allowed_origins": allowed_origins,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
CreateDeploymentRequestParam = TypedDict(
    "CreateDeploymentRequestParam",
    {
        "pal_id": Required["str"],
        "channel": Required["str"],
        "name": "str",
        "password": "None | str",
        "customization": "CreateDeploymentRequestCustomizationParam",
        "limits": "CreateDeploymentRequestLimitsParam",
        "allowed_origins": "list[str]",
    },
    total=False,
)


from ..models.create_deployment_request_customization import (
    CreateDeploymentRequestCustomization,
    CreateDeploymentRequestCustomizationParam,
)
from ..models.create_deployment_request_limits import (
    CreateDeploymentRequestLimits,
    CreateDeploymentRequestLimitsParam,
)
