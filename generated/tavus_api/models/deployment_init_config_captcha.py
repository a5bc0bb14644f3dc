from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class DeploymentInitConfigCaptcha(Model):
    """Present when Turnstile is enabled."""

    provider: str | None
    site_key: str | None
    challenge_path: str | None
    action: str | None

    _FIELDS = {
        "provider": ("provider", None),
        "site_key": ("site_key", None),
        "challenge_path": ("challenge_path", None),
        "action": ("action", None),
    }

    def __init__(
        self,
        *,
        provider: str | None = None,
        site_key: str | None = None,
        challenge_path: str | None = None,
        action: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "provider": provider,
            "site_key": site_key,
            "challenge_path": challenge_path,
            "action": action,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
DeploymentInitConfigCaptchaParam = TypedDict(
    "DeploymentInitConfigCaptchaParam",
    {
        "provider": "str",
        "site_key": "str",
        "challenge_path": "str",
        "action": "str",
    },
    total=False,
)
