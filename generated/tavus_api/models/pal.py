from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..types import Model, parse_model


def _parse_layers(value: Any) -> Any:
    return parse_model(PalLayers, value)


class Pal(Model):
    """A PAL (formerly persona) as returned by List PALs and Get PAL."""

    pal_id: str
    """ Identifier of the PAL. """
    pal_name: str | None
    """ Name of the PAL. """
    system_prompt: str | None
    """ System prompt used by the LLM. """
    default_face_id: str | None
    """ Face used when a conversation names no face. """
    conferencing_email: str | None
    """ Meeting-invite address of the PAL (from layers.conferencing). """
    document_ids: list[str] | None
    """ Knowledge-base documents the PAL can use. """
    document_tags: list[str] | None
    """ Tags of knowledge-base documents the PAL can use. """
    layers: PalLayers | None
    """ Per-layer CVI pipeline settings of a PAL. Mirrors the published persona layers, with
    replica_interruptibility renamed pal_interruptibility and the additions the PAL pages show (tts.voice_id,
    tts_engine azure, conversational_flow.sleep_phrase, conferencing). Server-side defaults are stated in
    descriptions only, so a client sends no layer field the caller did not set. """
    created_at: str | None
    """ Creation time (mirrored from the published persona). """
    updated_at: str | None
    """ Last update time (mirrored from the published persona). """

    _FIELDS = {
        "pal_id": ("pal_id", None),
        "pal_name": ("pal_name", None),
        "system_prompt": ("system_prompt", None),
        "default_face_id": ("default_face_id", None),
        "conferencing_email": ("conferencing_email", None),
        "document_ids": ("document_ids", None),
        "document_tags": ("document_tags", None),
        "layers": ("layers", _parse_layers),
        "created_at": ("created_at", None),
        "updated_at": ("updated_at", None),
    }
    _REQUIRED = ("pal_id",)

    def __init__(
        self,
        *,
        pal_id: str,
        pal_name: str | None = None,
        system_prompt: str | None = None,
        default_face_id: str | None = None,
        conferencing_email: str | None = None,
        document_ids: list[str] | None = None,
        document_tags: list[str] | None = None,
        layers: PalLayers | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "pal_id": pal_id,
            "pal_name": pal_name,
            "system_prompt": system_prompt,
            "default_face_id": default_face_id,
            "conferencing_email": conferencing_email,
            "document_ids": document_ids,
            "document_tags": document_tags,
            "layers": layers,
            "created_at": created_at,
            "updated_at": updated_at,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PalParam = TypedDict(
    "PalParam",
    {
        "pal_id": Required["str"],
        "pal_name": "str",
        "system_prompt": "str",
        "default_face_id": "str",
        "conferencing_email": "str",
        "document_ids": "list[str]",
        "document_tags": "list[str]",
        "layers": "PalLayersParam",
        "created_at": "str",
        "updated_at": "str",
    },
    total=False,
)


from ..models.pal_layers import (
    PalLayers,
    PalLayersParam,
)
