from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..types import Model


class ToolCreateRequestParameters(Model):
    """JSON Schema of the arguments (OpenAI function-calling shape; {} when omitted). Property names starting with tavus_
    are reserved and rejected.

        Example:
            {'type': 'object', 'properties': {'city': {'type': 'string', 'description': 'City name'}}, 'required': ['city']}

    """

    _FIELDS = {}

    def __init__(
        self,
        *,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {}
        self._init(values, additional_properties)


# The request-side form: an object the contract gives no properties (any keys).
ToolCreateRequestParametersParam = Mapping[str, Any]
