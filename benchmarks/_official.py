"""Tavus's own Python client, shipped inside `tavus-cli` (module `tavus_mcp`), with a transport injected.

`tavus_mcp.sdk.client.http.TavusClient` is async-only and returns plain dicts (no models, no
argument checks). It has no `replicas` resource (its resources are the newer `faces`/`pals`), so
the same endpoints are called through its generic `Resource(client, "replicas")`, the class every
one of its resources is built on.
"""

from __future__ import annotations

from typing import Any

import httpx

from benchmarks._fixtures import API_KEY, BASE_URL


def official_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("tavus-cli")
    except Exception:
        return None


def make_official(transport: httpx.AsyncBaseTransport) -> tuple[Any, Any, Any]:
    """(client, replicas resource, personas resource); raises ImportError if tavus-cli is not installed."""
    from tavus_mcp.sdk.auth.session import TavusSession  # type: ignore[import-untyped]
    from tavus_mcp.sdk.client.http import Resource, TavusClient  # type: ignore[import-untyped]
    from tavus_mcp.sdk.env import TavusConfig  # type: ignore[import-untyped]

    config = TavusConfig(
        public_api_base_url=f"{BASE_URL}/v2",
        portal_api_base_url="https://prod-api.tavus.io/api",
        dev_portal_url="https://platform.tavus.io",
        pal_maker_url="https://maker.tavus.io",
    )
    client = TavusClient(config, TavusSession(api_key=API_KEY, source="bench"))
    client._client._transport = transport  # what TavusClient builds, with the shared MockTransport under it
    return client, Resource(client, "replicas"), Resource(client, "personas")
