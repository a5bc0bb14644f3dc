"""The `tavus` logger. `TAVUS_LOG=debug|info` attaches a stderr handler; otherwise the SDK is silent.

What is logged: method, URL without query string, status, elapsed time and retry count (INFO),
and each retry with its cause and delay (DEBUG). Never the API key, never bodies.
"""

from __future__ import annotations

import logging
import os

__all__ = ["configure_from_env", "logger"]

logger = logging.getLogger("tavus")
logger.addHandler(logging.NullHandler())
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_configured = False


def configure_from_env() -> None:
    """Apply TAVUS_LOG once per process."""
    global _configured
    if _configured:
        return
    _configured = True
    level = _LEVELS.get(os.environ.get("TAVUS_LOG", "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
