"""Every operationId of the merged contract (published + supplement) becomes an importable generated module."""

from __future__ import annotations

import importlib
import importlib.resources
import inspect
import json
from typing import Any

from openapi_python_client.strings import snake_case

from tests.conftest import operations


def module_name(op: dict[str, Any]) -> str:
    """Where openapi-python-client puts an operation: api/<first tag>/<operationId>.py, both in its
    snake case (the tag "PALs" is the package `pa_ls`)."""
    return f"tavus_api.api.{snake_case(op['tags'][0])}.{snake_case(op['operationId'])}"


def test_all_93_operations_are_generated(merged_spec: dict[str, Any]) -> None:
    problems = []
    ops = operations(merged_spec)
    # what the generator saw: the merged contract after the overlay's patch (the one tavus_api ships)
    shipped_text = importlib.resources.files("tavus_api").joinpath("openapi.json").read_text(encoding="utf-8")
    shipped = {op["operationId"]: op for _, _, op in operations(json.loads(shipped_text))}
    for method, path, op in ops:
        name = f"{op['operationId']} ({method} {path})"
        try:
            module = importlib.import_module(module_name(op))
        except ImportError:
            problems.append(f"{name}: no module {module_name(op)}")
            continue
        # `sync`/`asyncio` return the parsed body: the generator writes them only when a response has one.
        has_body = any(r.get("content") for r in shipped[op["operationId"]]["responses"].values())
        parsed = ("sync", "asyncio") if has_body else ()
        for fn in (*parsed, "sync_detailed", "asyncio_detailed", "_get_kwargs", "_parse_response"):
            if not callable(getattr(module, fn, None)):
                problems.append(f"{name}: no {fn}()")
        for fn in ("asyncio_detailed", *parsed[1:]):
            if not inspect.iscoroutinefunction(getattr(module, fn, None)):
                problems.append(f"{name}: {fn}() is not a coroutine function")
        source = inspect.getsource(module._get_kwargs)
        if f'"method": "{method.lower()}"' not in source or f'"{path}"' not in source:
            problems.append(f"{name}: _get_kwargs does not build {method} {path}")
    assert not problems, "\n".join(problems)
    assert len(ops) == 93
