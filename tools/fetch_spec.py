"""Download Tavus's published OpenAPI contract and replace the vendored copy only if it is valid.

Usage: python -m tools.fetch_spec [--url URL | --file PATH] [--target PATH] [--normalised-out PATH]
The vendored file must stay byte-identical to what Tavus publishes, so the bytes received are written
as they are (never re-serialised); they are parsed (YAML or JSON) and validated with
openapi-spec-validator first, then written to a temporary file beside the target and renamed over
it. "Normalised" is a review aid only: `--normalised-out` writes the same document with every
mapping's keys sorted (lists keep their order), so two versions can be compared with `diff -u`
whatever their upstream formatting. On any failure: exit 1, one line on stderr, target untouched.
When the new file has operations the supplement (openapi/tavus-openapi.newer.yaml) holds, it says so:
`make regenerate` retires them from the supplement (tools.retire_supplement).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import httpx
import yaml
from openapi_spec_validator import validate

from tools import retire_supplement
from tools.overlay import HTTP_METHODS
from tools.spec_diff import LOADER

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "https://docs.tavus.io/openapi.yaml"
DEFAULT_TARGET = ROOT / "openapi" / "tavus-openapi.yaml"
DEFAULT_SUPPLEMENT = ROOT / "openapi" / "tavus-openapi.newer.yaml"
TIMEOUT_S = 20.0


class FetchError(Exception):
    """Why a spec was not accepted: one line, shown to the user as is."""


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def read_source(url: str | None = None, file: str | None = None) -> tuple[bytes, str]:
    """Return the raw bytes of the spec and a label of where they came from."""
    if file is not None:
        path = Path(unquote(urlparse(file).path)) if file.startswith("file://") else Path(file)
        try:
            return path.read_bytes(), str(path)
        except OSError as exc:
            raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from exc
    url = url or DEFAULT_URL
    if url.startswith("file://"):
        return read_source(file=url)
    try:
        response = httpx.get(url, timeout=TIMEOUT_S, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPStatusError as exc:
        raise FetchError(f"{url} answered HTTP {exc.response.status_code}") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise FetchError(f"cannot download {url} ({type(exc).__name__}: {_one_line(exc)}); offline?") from exc
    return response.content, url


def parse_and_validate(raw: bytes, source: str) -> dict[str, Any]:
    """Parse YAML or JSON and check it is a valid OpenAPI document; raise FetchError otherwise."""
    try:
        text = raw.decode("utf-8")
        spec = json.loads(text) if text.lstrip().startswith("{") else yaml.load(text, Loader=LOADER)
    except (UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        raise FetchError(f"{source} is not YAML or JSON: {_one_line(exc)[:200]}") from exc
    if not isinstance(spec, dict) or "openapi" not in spec:
        raise FetchError(f"{source} is not an OpenAPI document (no top-level 'openapi' key)")
    try:
        validate(spec)
    except Exception as exc:  # openapi-spec-validator raises several unrelated types
        first = _one_line(exc).split(" Failed validating")[0][:200]
        raise FetchError(f"{source} is not valid OpenAPI: {first}") from exc
    return spec


class _ReviewDumper(yaml.SafeDumper):
    """SafeDumper writing multi-line strings as `|` blocks, so prose diffs line by line."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_ReviewDumper.add_representer(str, _represent_str)


def normalise(spec: dict[str, Any]) -> str:
    """The review form: block YAML, mapping keys sorted recursively, list order kept, width 100."""
    return yaml.dump(spec, Dumper=_ReviewDumper, sort_keys=True, allow_unicode=True, width=100)


def write_atomic(target: Path, data: bytes) -> None:
    """Write to a temporary file in the target's directory, then rename it over the target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _show(path: Path) -> str:
    """The path relative to the current directory when it is below it, else as given."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def fetch(
    url: str | None = None,
    file: str | None = None,
    target: Path = DEFAULT_TARGET,
    normalised_out: Path | None = None,
) -> str:
    """Fetch, validate and install a spec; return a one-line report. Raises FetchError."""
    raw, source = read_source(url, file)
    spec = parse_and_validate(raw, source)
    n_ops = sum(1 for item in (spec.get("paths") or {}).values() for m in item if m in HTTP_METHODS)
    digest = hashlib.sha256(raw).hexdigest()[:12]
    if normalised_out is not None:
        normalised_out.parent.mkdir(parents=True, exist_ok=True)
        normalised_out.write_text(normalise(spec), encoding="utf-8")
    if target.exists() and target.read_bytes() == raw:
        return f"{_show(target)} unchanged (sha256 {digest}, {n_ops} operations) from {source}"
    try:
        write_atomic(target, raw)
    except OSError as exc:
        raise FetchError(f"cannot write {_show(target)}: {exc.strerror or exc}") from exc
    return f"{_show(target)} updated (sha256 {digest}, {n_ops} operations) from {source}"


def supplement_notice(old_raw: bytes | None, new_raw: bytes, supplement: Path) -> list[str]:
    """What the new published file means for the supplement: the operations it now has (to retire)
    and what needs a hand edit; nothing when there is no supplement."""
    if not supplement.exists():
        return []
    old = yaml.load(old_raw.decode("utf-8"), Loader=LOADER) if old_raw else {}
    new = yaml.load(new_raw.decode("utf-8"), Loader=LOADER)
    retirements, problems = retire_supplement.find(old or {}, new, yaml.load(supplement.read_text("utf-8"), LOADER))
    if not retirements and not problems:
        return []
    head = (
        f"the published file now has {len(retirements)} operation(s) of the supplement {_show(supplement)}"
        " (`make regenerate` retires them):"
    )
    return [head, *(f"  {line}" for line in retire_supplement.describe(retirements, problems))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.fetch_spec", description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--url", help=f"where to download it (default {DEFAULT_URL}); file:// works too")
    source.add_argument("--file", help="take a local file (path or file:// URL) instead of downloading")
    parser.add_argument("--target", type=Path, default=DEFAULT_TARGET, help="file to replace (default: vendored)")
    parser.add_argument("--normalised-out", type=Path, help="also write the normalised review copy here")
    parser.add_argument(
        "--supplement", type=Path, default=DEFAULT_SUPPLEMENT, help="the supplement to check (default: vendored)"
    )
    args = parser.parse_args(argv)
    old_raw = args.target.read_bytes() if args.target.exists() else None
    try:
        print("fetch-spec: " + fetch(args.url or None, args.file or None, args.target, args.normalised_out))
    except FetchError as exc:
        print(f"fetch-spec: {exc}; {_show(args.target)} left unchanged", file=sys.stderr)
        return 1
    for line in supplement_notice(old_raw, args.target.read_bytes(), args.supplement):
        print(f"fetch-spec: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
