"""Stock resources every Tavus account can use: one system replica, one system persona, the stock voices,
the system tool (`end_call`).

They exist from the start (fully trained), are listed with `replica_type=system` /
`persona_type=system`, can be used in videos and conversations, and cannot be changed or deleted.
The voices (getVoices) are the `voice_name` slugs an image-trained replica can speak with, each
with the stock replica it comes from; `anna` is the stock replica's voice, the other replicas are
Tavus's own and not listed among the account's replicas.
"""

from __future__ import annotations

from ._render import ASSETS
from ._store import JSON, Patchable, Replica, State
from ._tools import seed_system_tools

STOCK_REPLICA_ID = "r9c5b1e0f2a7"
STOCK_PERSONA_ID = "p7d2e4a9c1b3"

# (voice_name, replica_id, has a preview clip, tags)
VOICES: tuple[tuple[str, str, bool, tuple[str, ...]], ...] = (
    ("anna", STOCK_REPLICA_ID, True, ("female", "english", "conversational")),
    ("benjamin", "r4e17c2b9d05", True, ("male", "english", "professional")),
    ("carmen", "r2b8d6f3a1c9", True, ("female", "spanish", "conversational")),
    ("james", "r7f3a0c5e2d8", True, ("male", "english", "narration")),
    ("lucas", "r0d9e4b7c3a6", False, ("male", "portuguese")),
    ("mei", "r5a1c8e6b4f2", True, ("female", "mandarin", "professional")),
    ("priya", "r3c6f9a2d8e1", True, ("female", "english", "hindi")),
)


def stock_voices() -> list[JSON]:
    """getVoices items, sorted by `voice_name`."""
    return [
        {
            "voice_name": name,
            "replica_id": replica_id,
            "audio_url": f"{ASSETS}/voices/{name}/preview.mp3" if preview else None,
            "tags": [{"tag_name": tag} for tag in tags],
        }
        for name, replica_id, preview, tags in VOICES
    ]


def seed_stock(state: State) -> None:
    now = state.now()
    state.replicas[STOCK_REPLICA_ID] = Replica(
        replica_id=STOCK_REPLICA_ID,
        body={"replica_name": "Anna", "model_name": "phoenix-4"},
        replica_name="Anna",
        replica_type="system",
        status="completed",
        created_at=now,
        updated_at=now,
        training_seconds=0.0,
    )
    state.personas[STOCK_PERSONA_ID] = Patchable(
        id=STOCK_PERSONA_ID,
        doc={
            "persona_name": "Tavus Assistant",
            "pipeline_mode": "full",
            "system_prompt": "You are a friendly assistant who answers questions about Tavus.",
            "default_replica_id": STOCK_REPLICA_ID,
            "layers": {"llm": {"model": "tavus-gpt-oss"}},
        },
        created_at=now,
        updated_at=now,
        system=True,
    )
    state.voices = stock_voices()
    seed_system_tools(state)
