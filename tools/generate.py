"""Generate the `tavus_api` package from the vendored spec, its supplement and the overlay, reproducibly.

Usage: python -m tools.generate OUT_DIR   (from the repository root)
The published spec and the supplement (operations Tavus documents but has not published) are merged
first (tools.supplement), then the overlay applies to the merged contract.
Writes OUT_DIR/tavus_api (replaced whole, so no stale file survives) containing:
- the openapi-python-client output for the overlaid spec (pinned generator, pinned ruff);
- `py.typed`;
- `openapi.json`: the contract the wrapper, the fake and the contract tests check against. It is the
  merged contract with the overlay's `patch` applied and what the SDK's models rely on (each resource's
  id, `with_guarantees`), but not its transforms, so responses stay strict.
- `keyless.json`: the operationIds the contract says need no API key (`security: []`), so that the
  wrapper knows which requests go without the key without parsing the contract on a first call.
Run it from the project's venv (the Makefile does): the generator formats with the ruff on PATH.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from tools.overlay import apply_overlay, dump, with_guarantees
from tools.supplement import SupplementError, load_merged

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "tavus-openapi.yaml"
SUPPLEMENT = ROOT / "openapi" / "tavus-openapi.newer.yaml"
OVERLAY = Path(os.environ.get("TAVUS_OVERLAY", ROOT / "openapi" / "overlay.yaml"))
CONFIG = ROOT / "openapi" / "generator-config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
PACKAGE = "tavus_api"
# The generator version the custom templates were forked from; its originals are in
# openapi/templates/upstream-<version>/ (tests/foundation/test_templates.py diffs them).
GENERATOR_VERSION = "0.29.1"


def generator_version() -> str:
    from importlib.metadata import version

    return version("openapi-python-client")


def template_mismatch() -> str | None:
    """Why the installed generator cannot run our templates, or None."""
    installed = generator_version()
    if installed == GENERATOR_VERSION:
        return None
    return (
        f"openapi-python-client {installed} is installed, but openapi/templates/ is forked from "
        f"{GENERATOR_VERSION}: compare the new defaults with openapi/templates/upstream-{GENERATOR_VERSION}/ "
        "(pytest tests/foundation/test_templates.py shows the differences), port them, then bump "
        "GENERATOR_VERSION and the upstream copies"
    )


def keyless_operations(contract: dict[str, Any]) -> list[str]:
    """The operationIds that need no API key: their `security` (or, without one, the document's) has
    no requirement naming a scheme. `security: []` (Get Deployment Init, Record Canvas Interaction:
    public endpoints a browser calls) needs none, nor does `[{}]`. The wrapper and the fake read this
    list (`tavus._schema.needs_api_key`); it is the one place the rule is written."""
    return sorted(
        op["operationId"]
        for item in contract["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "patch", "delete")
        and not any(op.get("security", contract.get("security", [])))
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = Path(argv[1]).resolve()
    if mismatch := template_mismatch():
        print(f"generate: {mismatch}", file=sys.stderr)
        return 1
    try:
        spec = load_merged(SPEC, SUPPLEMENT)
    except SupplementError as exc:
        print(f"generate: {exc}", file=sys.stderr)
        return 1
    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    try:
        overlaid = apply_overlay(spec, overlay)
    except ValueError as exc:  # OverlayError (guards that fail), or an overlay entry that names nothing
        print(f"generate: {exc}", file=sys.stderr)
        return 1
    contract = with_guarantees(apply_overlay(spec, {"patch": overlay.get("patch", [])}), overlay)

    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory() as tmp:
        overlaid_path = Path(tmp) / "tavus-openapi.overlaid.yaml"
        overlaid_path.write_text(dump(overlaid), encoding="utf-8")
        package_tmp = Path(tmp) / PACKAGE
        cmd = [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path", str(overlaid_path),
            "--output-path", str(package_tmp),
            "--config", str(CONFIG),
            "--meta", "none",
            "--custom-template-path", str(TEMPLATES),
            "--fail-on-warning",
        ]  # fmt: skip
        result = subprocess.run(cmd, env=env, cwd=tmp, capture_output=True, text=True)
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            print("generate: openapi-python-client failed (see above)", file=sys.stderr)
            return 1
        (package_tmp / "py.typed").write_text("", encoding="utf-8")
        (package_tmp / "openapi.json").write_text(
            json.dumps(contract, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (package_tmp / "keyless.json").write_text(json.dumps(keyless_operations(contract)) + "\n", encoding="utf-8")
        target = out_dir / PACKAGE
        if target.exists():
            shutil.rmtree(target)
        out_dir.mkdir(parents=True, exist_ok=True)
        shutil.copytree(package_tmp, target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
