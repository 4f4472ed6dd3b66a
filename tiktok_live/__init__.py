"""Typed Python SDK for the Euler Stream TikTok LIVE API."""

from ._version import __version__

__all__ = ["__version__"]
