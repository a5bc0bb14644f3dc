"""One flavour of the client: `_async/` is written by hand, `_sync/` derived from it by tools/unasync.py."""
