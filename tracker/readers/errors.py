"""The one exception readers raise, and the internal one format modules use."""

from __future__ import annotations


class ReadError(Exception):
    """A file that cannot be read as news articles: ``str()`` is ``"<name>: <reason>"``."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class FormatError(ValueError):
    """Raised by format modules (which do not know the file name); ``read_document`` wraps it."""
