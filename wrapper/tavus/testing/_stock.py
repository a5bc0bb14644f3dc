"""Stock resources every Tavus account can use: one system replica, one system persona.

They exist from the start (fully trained), are listed with `replica_type=system` /
`persona_type=system`, can be used in videos and conversations, and cannot be changed or deleted.
"""

from __future__ import annotations

from ._store import Patchable, Replica, State

STOCK_REPLICA_ID = "r9c5b1e0f2a7"
STOCK_PERSONA_ID = "p7d2e4a9c1b3"


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
