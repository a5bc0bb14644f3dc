from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_layers(value: Any) -> Any:
    return parse_model(PersonaLayers, value)


class Persona(Model):
    persona_id: str
    """ A unique identifier for the persona. """
    persona_name: str | None
    """ A name for the persona. """
    system_prompt: str | None
    """ The system prompt that will be used by the llm. """
    default_replica_id: str | None
    """ The default replica_id associated with this persona if one exists. """
    document_ids: list[str] | None
    """ Array of document IDs that the persona has access to. These documents will be available to the persona in
    all their conversations. The document_ids are returned in the response of the [Get Document](/api-
    reference/documents/get-document) and the [Create Document](/api-reference/documents/create-document) endpoints.
    """
    document_tags: list[str] | None
    """ Array of document tags that the persona has access to. Documents matching these tags will be available to
    the persona in all their conversations. """
    layers: PersonaLayers | None
    created_at: str | None
    """ The date and time the persona was created. """
    updated_at: str | None
    """ The date and time of when the persona was last updated. """

    _FIELDS = {
        "persona_id": ("persona_id", None),
        "persona_name": ("persona_name", None),
        "system_prompt": ("system_prompt", None),
        "default_replica_id": ("default_replica_id", None),
        "document_ids": ("document_ids", None),
        "document_tags": ("document_tags", None),
        "layers": ("layers", _parse_layers),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
    }
    _REQUIRED = ("persona_id",)

    def __init__(
        self,
        *,
        persona_id: str,
        persona_name: str | None = None,
        system_prompt: str | None = None,
        default_replica_id: str | None = None,
        document_ids: list[str] | None = None,
        document_tags: list[str] | None = None,
        layers: PersonaLayers | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "persona_id": persona_id,
            "persona_name": persona_name,
            "system_prompt": system_prompt,
            "default_replica_id": default_replica_id,
            "document_ids": document_ids,
            "document_tags": document_tags,
            "layers": layers,
            "created_at": created_at,
            "updated_at": updated_at,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PersonaParam = TypedDict(
    "PersonaParam",
    {
        "persona_id": Required["str"],
        "persona_name": "str",
        "system_prompt": "str",
        "default_replica_id": "str",
        "document_ids": "list[str]",
        "document_tags": "list[str]",
        "layers": "PersonaLayersParam",
        "created_at": "str",
        "updated_at": "str",
    },
    total=False,
)


from ..models.persona_layers import (
    PersonaLayers,
    PersonaLayersParam,
)
