"""tavus.interactions user code with mistakes: each `# E: <code>` line must get exactly that mypy --strict error."""

from __future__ import annotations

from tavus import interactions


def mistakes(data: bytes) -> None:
    interactions.respond("c1", txt="hi")  # E: call-arg
    interactions.respond("c1")  # E: call-arg
    interactions.respond("c1", "hi")  # E: call-arg
    interactions.respond(42, text="hi")  # E: arg-type
    interactions.echo("c1", modality="video")  # E: arg-type
    interactions.echo("c1", done="true")  # E: arg-type
    interactions.sensitivity("c1", participant_pause_sensitivity="extreme")  # E: arg-type
    interactions.append_llm_context("c1", context="x", jobstatus="completed")  # E: call-arg
    interactions.interrupt("c1", text="stop")  # E: call-arg
    event = interactions.parse(data)
    print(event.properties)  # E: union-attr
    reply: interactions.EchoMessage = interactions.respond("c1", text="hi")  # E: assignment
    print(reply)
