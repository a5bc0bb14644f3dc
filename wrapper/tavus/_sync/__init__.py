# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""One flavour of the client: `_async/` is written by hand, `_sync/` derived from it by tools/unasync.py."""
