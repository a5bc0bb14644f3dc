"""Tunable durations and limits of the fake (`fake.settings`); a change applies to jobs started after it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class FakeSettings:
    """How long simulated work takes, in fake seconds, and the documented limits the fake enforces."""

    replica_training_seconds: float = 600.0
    video_queue_seconds: float = 10.0
    video_generation_seconds: float = 120.0
    conversation_join_seconds: float = 5.0
    transcript_delay_seconds: float = 5.0
    document_processing_seconds: float = 30.0
    recrawl_cooldown_seconds: float = 3600.0
    max_concurrent_crawls: int = 5
    max_crawl_documents: int = 100
    default_page_size: int = 10
    # Where a failing job stops, as a fraction of its duration.
    failure_point: float = 0.3
    # Added in 0.2.0, last so that positional construction keeps working.
    transcription_seconds: float = 60.0
    lipsync_seconds: float = 120.0
    replacement_seconds: float = 120.0
    voice_cloning_seconds: float = 60.0
