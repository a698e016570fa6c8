"""Read-only SQLite indexes built once per machine in the user's cache folder (GeoNames' cities, Wiktionary's nouns).

Loading a few hundred thousand names into Python takes seconds and tens of MB in every worker process; an SQLite
file built once (a few seconds) answers a lookup in microseconds with flat memory. A file's name carries the
version of the package its data comes from, so an upgrade rebuilds it. Building writes a temporary file and renames
it, so concurrent workers are safe.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

_connections: dict[Path, tuple[int, sqlite3.Connection]] = {}


def cache_dir() -> Path:
    """$PIPELINE_CACHE_DIR, else $XDG_CACHE_HOME/pipeline, else ~/.cache/pipeline."""
    if os.environ.get("PIPELINE_CACHE_DIR"):
        return Path(os.environ["PIPELINE_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pipeline"


def build(path: Path, fill: Callable[[sqlite3.Connection], None]) -> None:
    """Write the index at `path` with `fill`, into a temporary file renamed into place when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            fill(db)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def connection(path: Path, fill: Callable[[sqlite3.Connection], None]) -> sqlite3.Connection:
    """A read-only connection to the index at `path` for this process (a forked worker opens its own), built with
    `fill` first where it is missing."""
    known = _connections.get(path)
    if known is None or known[0] != os.getpid():
        if not path.exists():
            build(path, fill)
        known = (os.getpid(), sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False))
        _connections[path] = known
    return known[1]
