"""Operations the contract marks `deprecated: true`: each call warns, with what to use instead."""

from __future__ import annotations

import warnings

__all__ = ["warn_deprecated"]


def warn_deprecated(operation: str, instead: str | None, *, stacklevel: int = 3) -> None:
    """A DeprecationWarning at the caller's line (`stacklevel` frames up, counting this function): the
    contract says the endpoint "is no longer supported by Tavus"."""
    alternative = f"use {instead} instead" if instead else "Tavus names no replacement"
    warnings.warn(
        f"{operation} is deprecated: the Tavus contract says it is no longer supported by Tavus; {alternative}.",
        DeprecationWarning,
        stacklevel=stacklevel,
    )
