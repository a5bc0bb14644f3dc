from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class DeploymentStartRequest(Model):
    """Body of Start Deployment Conversation."""

    password: None | str
    """ The deployment's password, when it has one. """
    conversational_context: str | None
    """ Per-call context passed to the PAL. """
    custom_greeting: str | None
    pal_id: str | None
    """ Preview-only PAL override for portal testing. """
    memory_stores: list[str] | None
    captcha_token: str | None
    """ Cloudflare Turnstile token when captcha is enabled. """

    _FIELDS = {
        "password": ("password", None),
        "conversational_context": ("conversational_context", None),
        "custom_greeting": ("custom_greeting", None),
        "pal_id": ("pal_id", None),
        "memory_stores": ("memory_stores", None),
        "captcha_token": ("captcha_token", None),
    }

    def __init__(
        self,
        *,
        password: None | str = None,
        conversational_context: str | None = None,
        custom_greeting: str | None = None,
        pal_id: str | None = None,
        memory_stores: list[str] | None = None,
        captcha_token: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "password": password,
            "conversational_context": conversational_context,
            "custom_greeting": custom_greeting,
            "pal_id": pal_id,
            "memory_stores": memory_stores,
            "captcha_token": captcha_token,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
DeploymentStartRequestParam = TypedDict(
    "DeploymentStartRequestParam",
    {
        "password": "None | str",
        "conversational_context": "str",
        "custom_greeting": "str",
        "pal_id": "str",
        "memory_stores": "list[str]",
        "captcha_token": "str",
    },
    total=False,
)
