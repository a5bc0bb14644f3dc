"""getVoices: the stock voices (`_stock.py`), filtered, sorted and paged as the contract describes.

`search` is a case-insensitive substring of `voice_name`, `tag` a case-insensitive tag name of the
voice's replica, `sort` orders by `voice_name` (`asc` by default); pages are 1-based, `limit` 1-100
(the schema's bounds, checked as request validation), 10 by default. Voices are read-only.
"""

from __future__ import annotations

from ._handler import Call, Registry, Reply
from ._pagination import listing
from ._store import State

HANDLERS = Registry()


@HANDLERS.op("getVoices")
def get_voices(state: State, call: Call) -> Reply:
    query = call.query
    voices = sorted(state.voices, key=lambda v: str(v["voice_name"]), reverse=query.get("sort") == "desc")
    if "search" in query:
        needle = query["search"].lower()
        voices = [v for v in voices if needle in str(v["voice_name"]).lower()]
    if "tag" in query:
        tag = query["tag"].lower()
        voices = [v for v in voices if any(str(t.get("tag_name", "")).lower() == tag for t in v.get("tags", []))]
    return Reply(
        200, listing(voices, state, call, lambda v: {**v, "tags": [dict(t) for t in v["tags"]]}, numbered=True)
    )
