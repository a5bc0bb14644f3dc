from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model, parse_model


def _parse_headers(value: Any) -> Any:
    return parse_model(ToolApiDeliveryHeaders, value)


def _parse_auth(value: Any) -> Any:
    return parse_model(ToolApiAuth, value)


def _parse_body_template(value: Any) -> Any:
    return parse_model(ToolApiDeliveryBodyTemplate, value)


def _parse_query_params(value: Any) -> Any:
    return parse_model(ToolApiDeliveryQueryParams, value)


class ToolApiDelivery(Model):
    """HTTPS request Tavus makes when the tool fires."""

    url: str | None
    """ Public HTTPS URL (private, loopback and link-local addresses are rejected); may hold {placeholders} in path
    and query, not in the host. """
    method: str | None
    """ HTTP method. """
    timeout: float | None
    """ Request timeout. """
    headers: ToolApiDeliveryHeaders | None
    auth: ToolApiAuth | None
    """ Credentials for API delivery; which fields apply depends on type. Secret fields come back as ******** on
    reads. """
    body_template: ToolApiDeliveryBodyTemplate | None
    """ Request body template; may hold {placeholders}. """
    query_params: ToolApiDeliveryQueryParams | None
    content_type: str | None

    _FIELDS = {
        "url": ("url", None),
        "method": ("method", None),
        "timeout": ("timeout", None),
        "headers": ("headers", _parse_headers),
        "auth": ("auth", _parse_auth),
        "body_template": ("body_template", _parse_body_template),
        "query_params": ("query_params", _parse_query_params),
        "content_type": ("content_type", None),
    }

    def __init__(
        self,
        *,
        url: str | None = None,
        method: str | None = None,
        timeout: float | None = None,
        headers: ToolApiDeliveryHeaders | None = None,
        auth: ToolApiAuth | None = None,
        body_template: ToolApiDeliveryBodyTemplate | None = None,
        query_params: ToolApiDeliveryQueryParams | None = None,
        content_type: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "url": url,
            "method": method,
            "timeout": timeout,
            "headers": headers,
            "auth": auth,
            "body_template": body_template,
            "query_params": query_params,
            "content_type": content_type,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
ToolApiDeliveryParam = TypedDict(
    "ToolApiDeliveryParam",
    {
        "url": "str",
        "method": "str",
        "timeout": "float",
        "headers": "ToolApiDeliveryHeadersParam",
        "auth": "ToolApiAuthParam",
        "body_template": "ToolApiDeliveryBodyTemplateParam",
        "query_params": "ToolApiDeliveryQueryParamsParam",
        "content_type": "str",
    },
    total=False,
)


from ..models.tool_api_auth import (
    ToolApiAuth,
    ToolApiAuthParam,
)
from ..models.tool_api_delivery_body_template import (
    ToolApiDeliveryBodyTemplate,
    ToolApiDeliveryBodyTemplateParam,
)
from ..models.tool_api_delivery_headers import (
    ToolApiDeliveryHeaders,
    ToolApiDeliveryHeadersParam,
)
from ..models.tool_api_delivery_query_params import (
    ToolApiDeliveryQueryParams,
    ToolApiDeliveryQueryParamsParam,
)
