"""Every operationId of the vendored spec becomes an importable generated operation module."""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

from tests.conftest import operations


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def module_name(op: dict[str, Any]) -> str:
    """Where openapi-python-client puts an operation: api/<first tag>/<snake_case operationId>.py."""
    tag = op["tags"][0].lower().replace(" ", "_")
    return f"tavus_api.api.{tag}.{_snake(op['operationId'])}"


def test_all_54_operations_are_generated(vendored_spec: dict[str, Any]) -> None:
    problems = []
    ops = operations(vendored_spec)
    for method, path, op in ops:
        name = f"{op['operationId']} ({method} {path})"
        try:
            module = importlib.import_module(module_name(op))
        except ImportError:
            problems.append(f"{name}: no module {module_name(op)}")
            continue
        # `sync`/`asyncio` return the parsed body: the generator writes them only when a response has one.
        has_body = any(r.get("content") for r in op["responses"].values())
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
    assert len(ops) == 54
