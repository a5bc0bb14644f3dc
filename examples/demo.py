"""End-to-end tour of the SDK: `make demo`.

Without flags it runs against the in-process fake Tavus API (`tavus.testing`): no key, no network.
It trains a replica (with a progress bar), generates a video, creates a persona and a test-mode
conversation, lists everything, and prints the callbacks Tavus would have sent. The fake's clock
is compressed, so hours of training take a few seconds.

With `--live` and TAVUS_API_KEY set, it runs a read-only tour of your real account instead:
lists only, nothing is created.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn
from rich.table import Table

import tavus
from tavus import webhooks
from tavus.testing import FakeTavus

HOOK = "http://127.0.0.1:9/tavus-hook"  # never called in process: the fake records callbacks


def _progress_bar(console: Console, label: str) -> tuple[Progress, Callable[[tavus.JobState[Any]], None]]:
    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TextColumn("{task.fields[status]}"),
        console=console,
    )  # fmt: skip
    task = progress.add_task(label, total=1.0, status="")

    def update(state: tavus.JobState[Any]) -> None:
        progress.update(task, completed=state.progress or 0.0, status=state.status or "")

    return progress, update


class CompressedClock:
    """The fake's clock (a `tavus.Clock`): fake time moves on at once, and each wait also lasts a
    moment in real time, so that the progress bar moves visibly."""

    def __init__(self, fake: FakeTavus, real_seconds: float) -> None:
        self.fake, self.real_seconds = fake, real_seconds

    def monotonic(self) -> float:
        return self.fake.now()

    def time(self) -> float:
        return self.fake.now()

    def sleep(self, seconds: float) -> None:
        self.fake.advance(seconds)
        time.sleep(self.real_seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def run_fake(console: Console, *, real_seconds_per_poll: float = 0.25) -> int:
    with FakeTavus() as fake:
        client = fake.client(clock=CompressedClock(fake, real_seconds_per_poll))
        replica = client.replicas.create(
            train_video_url="https://example.com/train.mp4", replica_name="Demo Rio", callback_url=HOOK
        )
        console.print(f"[bold]Replica[/bold] {replica.replica_id} created, training...")
        bar, on_progress = _progress_bar(console, "training")
        with bar:
            trained = client.replicas.wait(replica.replica_id, poll_interval=60, on_progress=on_progress)
        console.print(f"Replica {trained.replica_id}: {trained.status}")

        video = client.videos.create(
            replica_id=trained.replica_id, script="Hello from the Tavus SDK!", callback_url=HOOK
        )
        bar, on_progress = _progress_bar(console, "video   ")
        with bar:
            ready = client.videos.wait(video.video_id, poll_interval=10, on_progress=on_progress)
        console.print(f"Video {ready.video_id}: {ready.status} -> {ready.hosted_url}")

        persona = client.personas.create(persona_name="Guide", system_prompt="You give short, friendly tours.")
        conversation = client.conversations.create(
            replica_id=trained.replica_id, persona_id=persona.persona_id, test_mode=True, callback_url=HOOK
        )
        console.print(
            f"Conversation {conversation.conversation_id} ({conversation.status}) at {conversation.conversation_url}"
        )

        _tables(console, client)
        callbacks = Table(title="Callbacks received")
        callbacks.add_column("url")
        callbacks.add_column("event")
        for url, payload in fake.callbacks:
            event = webhooks.parse(payload)
            callbacks.add_row(
                url, f"{type(event).__name__} {getattr(event, 'status', None) or getattr(event, 'event_type', '')}"
            )
        console.print(callbacks)
        client.close()
    return 0


def _tables(console: Console, client: tavus.Tavus) -> None:
    for title, items, columns in (
        ("Replicas", client.replicas.iter(limit=50), ("replica_id", "replica_name", "status")),
        ("Videos", client.videos.iter(limit=50), ("video_id", "video_name", "status")),
        ("Personas", client.personas.iter(limit=50), ("persona_id", "persona_name")),
        ("Conversations", client.conversations.iter(limit=50), ("conversation_id", "status")),
    ):
        table = Table(title=title)
        for column in columns:
            table.add_column(column)
        for item in items:
            table.add_row(*(str(getattr(item, c, "")) for c in columns))
        console.print(table)


def run_live(console: Console) -> int:
    if not os.environ.get("TAVUS_API_KEY"):
        console.print("--live needs TAVUS_API_KEY in the environment.")
        return 2
    with tavus.Tavus() as client:
        console.print(f"Read-only tour of {client.base_url} (nothing is created)")
        _tables(console, client)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--live", action="store_true", help="read-only tour of the real account (TAVUS_API_KEY)")
    args = parser.parse_args(argv)
    console = Console()
    return run_live(console) if args.live else run_fake(console)


if __name__ == "__main__":
    sys.exit(main())
