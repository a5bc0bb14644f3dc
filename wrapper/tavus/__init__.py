"""Typed Python client for the Tavus API."""

from ._version import __version__

__all__ = ["__version__"]
