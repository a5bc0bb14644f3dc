"""The wheel installs into a fresh virtual environment and works without the source tree."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_installs_and_imports_in_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = dist.glob("tavus_sdk-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    probe = (
        "import pathlib, tavus, tavus_api, tavus_api.api.replicas.create_replica as op\n"
        "from importlib import resources\n"
        "for mod in (tavus, tavus_api):\n"
        "    p = pathlib.Path(mod.__file__).resolve()\n"
        "    assert 'site-packages' in p.parts, p\n"
        "    assert (p.parent / 'py.typed').is_file(), p\n"
        "assert resources.files('tavus_api').joinpath('openapi.json').is_file()\n"
        "print(tavus.__version__, callable(op.sync))\n"
    )
    result = subprocess.run([str(python), "-I", "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [_version(), "True"]


def _version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "wrapper" / "tavus" / "_version.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]
