"""User code with mistakes: each `# E: <code>` line must get exactly that mypy --strict error."""

from __future__ import annotations

import tavus
from tavus.types import PersonaLayersParam, PronunciationRuleParam


def mistakes(client: tavus.Tavus, aclient: tavus.AsyncTavus) -> None:
    client.with_raw_response.replicas.gte("r1")  # E: attr-defined
    client.replicas.with_raw_response.gte("r1")  # E: attr-defined
    client.replicas.create(train_video_url="https://e.com/a.mp4", replica_nmae="Rio")  # E: call-arg
    client.replicas.delete("r1", hrad=True)  # E: call-arg
    client.videos.create(script="hi")  # E: call-arg
    client.replicas.get(42)  # E: arg-type
    name: int = client.replicas.with_raw_response.get("r1").parse().replica_id  # E: assignment
    print(name)
    for _ in aclient.replicas.iter():  # E: attr-defined
        pass


def models_bad(client: tavus.Tavus) -> str:
    persona = client.personas.get("p1")
    return persona.system_prompt  # E: return-value


def request_dicts_bad() -> None:
    layers: PersonaLayersParam = {"llm": {"modle": "tavus-gpt-oss"}}  # E: typeddict-unknown-key
    rule: PronunciationRuleParam = {"text": "Tavus", "type": "alias"}  # E: typeddict-item
    print(layers, rule)
