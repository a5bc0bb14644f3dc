"""The build helpers of the site: the griffe extension (tools/docs_griffe.py) and the hook (tools/docs_hooks.py)."""

from __future__ import annotations

import griffe

from tests.conftest import ROOT
from tools.docs_griffe import TavusDocstrings, absolute_contract_links, fence_doctests
from tools.docs_hooks import unescape_table_pipes


def test_fence_doctests_puts_each_run_of_prompts_in_a_pycon_block() -> None:
    text = "The client.\n>>> client = Tavus()\n>>> client.replicas.get('r1')\nReplica(...)\n\nMore text."
    assert fence_doctests(text) == (
        "The client.\n\n```pycon\n>>> client = Tavus()\n>>> client.replicas.get('r1')\nReplica(...)\n```\n\nMore text."
    )


def test_fence_doctests_keeps_indentation_and_leaves_fences_alone() -> None:
    indented = "Usage:\n\n    >>> api_path('/v2/x/{i}', i='a b')\n    '/v2/x/a%20b'\n"
    assert (
        fence_doctests(indented)
        == "Usage:\n\n    ```pycon\n    >>> api_path('/v2/x/{i}', i='a b')\n    '/v2/x/a%20b'\n    ```"
    )
    fenced = "```pycon\n>>> 1 + 1\n2\n```"
    assert fence_doctests(fenced) == fenced
    assert fence_doctests("no prompts here") == "no prompts here"


def test_the_derived_sync_methods_have_the_async_docstrings_and_doctests_are_fenced() -> None:
    tavus = griffe.load(
        "tavus", search_paths=[str(ROOT / "wrapper")], extensions=griffe.load_extensions(TavusDocstrings)
    )
    for resource in ("replicas.Replicas", "videos.Videos", "personas.Personas"):
        sync = tavus[f"_sync.resources.{resource}"]["create"]
        async_ = tavus[f"_async.resources.{resource.replace('.', '.Async')}"]["create"]
        assert sync.docstring is not None, f"{resource}.create has no docstring"
        assert sync.docstring.value.startswith(("Create ", "Generate ")), sync.docstring.value[:40]
        assert sync.docstring.value == async_.docstring.value
    client_doc = tavus["Tavus"].docstring.value
    assert "```pycon\n>>> client = Tavus()" in client_doc


def test_unescape_table_pipes_only_in_table_code_spans() -> None:
    markdown = "\n".join(
        [
            "| command | what |",
            "|---|---|",
            "| `make x [A=… \\| B=…]` | a \\| b outside code stays |",
            "text `a \\| b` outside a table stays",
            "```",
            "| `in \\| a fence` stays |",
            "```",
        ]
    )
    lines = unescape_table_pipes(markdown).split("\n")
    assert lines[2] == "| `make x [A=… | B=…]` | a \\| b outside code stays |"
    assert lines[3] == "text `a \\| b` outside a table stays"
    assert lines[5] == "| `in \\| a fence` stays |"


def test_contract_links_point_at_tavus_docs_and_others_stay() -> None:
    text = "See [Voices](/sections/voices) and [x]( /api-reference/a), [ext](https://e.com/a), [rel](models.md)."
    assert absolute_contract_links(text) == (
        "See [Voices](https://docs.tavus.io/sections/voices) and [x](https://docs.tavus.io/api-reference/a), "
        "[ext](https://e.com/a), [rel](models.md)."
    )
    assert absolute_contract_links("[net](//cdn.example.com/x)") == "[net](//cdn.example.com/x)"
