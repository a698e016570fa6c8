"""Data files shipped with the package: lexicons, patterns, aliases and cluster statistics."""

from __future__ import annotations

from importlib import resources


def bundled_text(name: str) -> str:
    """The text of one of these files."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def content_lines(text: str) -> list[str]:
    """The lines of a tab-separated data file that are neither blank nor "#" comments."""
    return [line for line in text.splitlines() if line and not line.startswith("#")]
