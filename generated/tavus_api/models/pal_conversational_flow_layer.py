from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class PalConversationalFlowLayer(Model):
    """Turn-taking and interruption settings; inactive unless a field is set, then defaults fill the rest."""

    turn_detection_model: str | None
    """ Turn-detection model; sparrow-1 recommended, sparrow-0 legacy. """
    turn_taking_patience: str | None
    """ How eagerly the PAL takes its turn (low = eager, high = patient). """
    pal_interruptibility: str | None
    """ How easily user speech interrupts the PAL while it talks (renamed from replica_interruptibility). """
    voice_isolation: str | None
    """ Voice isolation on participant audio (near, the default, for a user within about a metre of the microphone).
    """
    wake_phrase: str | None
    """ Phrase the PAL waits for before responding; unset by default. """
    sleep_phrase: str | None
    """ Phrase that puts the PAL back into its silent state. """
    idle_engagement: str | None
    """ Whether and how soon the PAL re-engages after silence (off, the default, never breaks silence). """

    _FIELDS = {
        "turn_detection_model": ("turn_detection_model", None),
        "turn_taking_patience": ("turn_taking_patience", None),
        "pal_interruptibility": ("pal_interruptibility", None),
        "voice_isolation": ("voice_isolation", None),
        "wake_phrase": ("wake_phrase", None),
        "sleep_phrase": ("sleep_phrase", None),
        "idle_engagement": ("idle_engagement", None),
    }

    def __init__(
        self,
        *,
        turn_detection_model: str | None = None,
        turn_taking_patience: str | None = None,
        pal_interruptibility: str | None = None,
        voice_isolation: str | None = None,
        wake_phrase: str | None = None,
        sleep_phrase: str | None = None,
        idle_engagement: str | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "turn_detection_model": turn_detection_model,
            "turn_taking_patience": turn_taking_patience,
            "pal_interruptibility": pal_interruptibility,
            "voice_isolation": voice_isolation,
            "wake_phrase": wake_phrase,
            "sleep_phrase": sleep_phrase,
            "idle_engagement": idle_engagement,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
PalConversationalFlowLayerParam = TypedDict(
    "PalConversationalFlowLayerParam",
    {
        "turn_detection_model": "str",
        "turn_taking_patience": "str",
        "pal_interruptibility": "str",
        "voice_isolation": "str",
        "wake_phrase": "str",
        "sleep_phrase": "str",
        "idle_engagement": "str",
    },
    total=False,
)
