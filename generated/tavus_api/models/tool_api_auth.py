from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class ToolApiAuth(Model):
    """Credentials for API delivery; which fields apply depends on type. Secret fields come back as ******** on reads."""

    type_: str | None
    """ How Tavus authenticates to the tool's endpoint. """
    token: str | None
    """ bearer - the token. """
    username: str | None
    """ basic - user name. """
    password: str | None
    """ basic - password. """
    name: str | None
    """ api_key - header or query parameter name. """
    value: str | None
    """ api_key - the key. """
    location: str | None
    """ api_key - where the key goes (header when omitted). """
    secret: str | None
    """ hmac - shared secret used to sign requests. """
    token_url: str | None
    """ oauth2_client_credentials - HTTPS token endpoint (required for that type). """
    client_id: str | None
    """ oauth2_client_credentials - client id (required for that type). """
    client_secret: str | None
    """ oauth2_client_credentials - client secret (required for that type). """
    scope: str | None
    """ oauth2_client_credentials - optional scope. """

    _FIELDS = {
        "type_": ("type", None),
        "token": ("token", None),
        "username": ("username", None),
        "password": ("password", None),
        "name": ("name", None),
        "value": ("value", None),
        "location": ("location", None),
        "secret": ("secret", None),
        "token_url": ("token_url", None),
        "client_id": ("client_id", None),
        "client_secret": ("client_secret", None),
        "scope": ("scope", None),
    }

    def __init__(
        self,
        *,
        type_: str | None = None,
        token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        name: str | None = None,
        value: str | None = None,
        location: str | None = None,
        secret: str | None = None,
        token_url: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        scope: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "type_": type_,
            "token": token,
            "username": username,
            "password": password,
            "name": name,
            "value": value,
            "location": location,
            "secret": secret,
            "token_url": token_url,
            "client_id": client_id,
            "client_secret": client_secret,
            "scope": scope,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ToolApiAuthParam = TypedDict(
    "ToolApiAuthParam",
    {
        "type": "str",
        "token": "str",
        "username": "str",
        "password": "str",
        "name": "str",
        "value": "str",
        "location": "str",
        "secret": "str",
        "token_url": "str",
        "client_id": "str",
        "client_secret": "str",
        "scope": "str",
    },
    total=False,
)
