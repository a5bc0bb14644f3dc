"""The code of the README and of every docs page type-checks as a user's file would.

Each page's ```python blocks, in order, make one module (a later block uses the `client` an earlier
one made), written to build/typing-snippets/; `mypy --strict` and `pyright --strict` must report
nothing on them. The `reveal_type` of every list, get, create and wait is the resource's model.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from mypy import api

from tavus import Tavus
from tests.conftest import ROOT

OUT = ROOT / "build" / "typing-snippets"
CACHE = ROOT / "build" / "mypy-typing-tests"
PYRIGHT = ROOT / "contract_tests" / "node_modules" / ".bin" / "pyright"
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", flags=re.S | re.M)
PAGES = [
    ROOT / "README.md",
    *sorted(p for p in (ROOT / "docs").rglob("*.md") if "changes" not in p.parts),
]

# What each resource's methods return, as mypy names it (tavus.types re-exports these classes).
MODELS = {
    "replicas": "Replica", "videos": "Video", "conversations": "Conversation", "personas": "Persona",
    "documents": "Document", "guardrails": "Guardrail", "objectives": "Objective", "voices": "Voice",
    "pronunciation_dictionaries": "PronunciationDictionary", "transcriptions": "Transcription",
    "lipsync": "Lipsync", "replacements": "Replacement", "faces": "Face", "pals": "Pal", "tools": "Tool",
    "deployments": "Deployment",
}  # fmt: skip
# The methods whose answer is not a resource's get/list shape (the supplement's PALs, tools, skills, deployments).
OTHER_RETURNS = [
    ('client.pals.create(default_face_id="r")', "Pal"),
    ('client.pals.publish("p")', "PublishedPal"),
    ('client.pals.check_username(username="anna")', "ConferencingUsernameCheck"),
    ('client.pals.tools.list("p")', "list[Tool]"),
    ('client.pals.tools.attach("p", tool_ids=["t"])', "list[Tool]"),
    ('client.pals.skills.list("p")', "dict[str, SkillAttachment]"),
    ('client.pals.skills.replace("p", skills={})', "dict[str, SkillAttachment]"),
    ('client.pals.skills.get("p", "s")', "SkillAttachment"),
    ('client.pals.skills.attach("p", "s")', "SkillAttachment"),
    ('client.pals.skills.update("p", "s", config={})', "SkillAttachment"),
    ('client.tools.create(name="t", description="d")', "Tool"),
    ('client.tools.update("t")', "Tool"),
    ("client.skills.list()", "SkillRegistry"),
    ('client.deployments.create(pal_id="p", channel="widget")', "Deployment"),
    ('client.deployments.update("x", name="n", if_match="e")', "Deployment | PatchDeploymentResponse200 | None"),
    ('client.deployments.init("x")', "DeploymentInitConfig"),
    ('client.deployments.start("x")', "StartDeploymentConversationResponse200"),
    ('client.deployments.end_conversation("x", "c")', "EndDeploymentConversationResponse200"),
]
LIST_MODELS = {"guardrails": "Guardrails", "objectives": "Objectives"}  # a list of sets, a get of one
GET_MODELS = {"voices": "ClonedVoice"}  # a cloned voice (Get Voice); the list is of stock voices
# The methods whose model is not their resource's (a sub-resource's, a create's own answer, None).
OTHER_CALLS = {
    'client.voices.create(extra_body={"voice_name": "Ana"})': "VoiceCloning",
    'client.conversations.canvas.list("c")': "list[CanvasInteraction]",
    'client.conversations.canvas.record("c", interaction_id="i", tool_call_id="t", component="canvas.question", '
    'component_version="v1", type="submit")': "RecordCanvasInteractionResponse200",
    'client.conversations.send_app_message("c", {"event_type": "app.custom"})': "None",
    'client.faces.update("x", face_name="F")': "Face",
}


def _modules() -> list[Path]:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    written = []
    for page in PAGES:
        blocks = PYTHON_BLOCK.findall(page.read_text(encoding="utf-8"))
        if blocks:
            name = re.sub(r"\W", "_", page.relative_to(ROOT).with_suffix("").as_posix())
            path = OUT / f"{name}.py"
            path.write_text("\n\n".join(blocks), encoding="utf-8")
            written.append(path)
    return written


@pytest.fixture(scope="module")
def modules() -> list[Path]:
    return _modules()


def test_the_readme_and_the_docs_have_snippets(modules: list[Path]) -> None:
    names = {p.stem for p in modules}
    assert {"README", "docs_quickstart", "docs_testing", "docs_models"} <= names


def test_mypy_strict_accepts_every_page(modules: list[Path]) -> None:
    out, err, status = api.run(["--strict", "--cache-dir", str(CACHE), *map(str, modules)])
    assert status == 0, out + err


def test_pyright_strict_accepts_every_page(modules: list[Path]) -> None:
    if not PYRIGHT.exists():
        if os.environ.get("CI"):
            pytest.fail("pyright is missing: `make contract-deps` installs it (contract_tests/package.json)")
        pytest.skip("pyright is not installed (make contract-deps)")
    config = OUT / "pyrightconfig.json"
    venv = ROOT / ".venv"
    # A page's blocks each import what they use; one module of them all imports some names twice.
    settings = {
        "typeCheckingMode": "strict", "venvPath": str(venv.parent), "venv": venv.name,
        "reportDuplicateImport": "none",
    }  # fmt: skip
    config.write_text(json.dumps(settings), encoding="utf-8")
    result = subprocess.run(
        [str(PYRIGHT), "--project", str(config), "--outputjson", *map(str, modules)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    report = json.loads(result.stdout)
    errors = [
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert not errors, "\n".join(errors)


def test_each_method_reveals_its_resource_model(tmp_path: Path) -> None:
    lines = ["from tavus import Tavus", "client = Tavus()"]
    expected: dict[int, str] = {}
    sdk = Tavus(api_key="unused")
    for resource, model in MODELS.items():
        calls = [
            (f'client.{resource}.get("x")', GET_MODELS.get(resource, model)),
            (f"client.{resource}.list()", f"tavus._sync.pagination.Page[{LIST_MODELS.get(resource, model)}]"),
        ]
        for call, want in calls:
            if not hasattr(getattr(sdk, resource), call.split(".")[2].split("(")[0]):
                continue  # voices has no get in the published contract
            lines.append(f"reveal_type({call})")
            expected[len(lines)] = want
    for call, want in OTHER_RETURNS:
        lines.append(f"reveal_type({call})")
        expected[len(lines)] = want
    for resource in ("replicas", "videos", "transcriptions", "faces"):  # the resources with a wait()
        lines.append(f'reveal_type(client.{resource}.wait("x"))')
        expected[len(lines)] = MODELS[resource]
    for call, want in OTHER_CALLS.items():
        lines.append(f"reveal_type({call})")
        expected[len(lines)] = want
    snippet = tmp_path / "reveal.py"
    snippet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, _, _ = api.run(["--strict", "--cache-dir", str(CACHE), "--no-error-summary", str(snippet)])
    revealed = {
        int(line.split(":")[1]): line.split('Revealed type is "')[1].rstrip('"')
        for line in out.splitlines()
        if "Revealed type is" in line
    }
    for number, want in expected.items():
        got = revealed.get(number, "")
        short = re.sub(r"tavus_api\.models\.\w+\.", "", got)
        assert short == want, f"{lines[number - 1]}: revealed {got!r}, expected {want!r}"
