"""Reading an output folder of `pipeline extract` for the report.

Tables are optional on purpose: a folder written with `--format csv`, by an older run, or before a table
(commitments) existed must still give a report, so a missing table is `None` and each section says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

REPORT_TABLES = ("documents", "people", "places", "organizations", "money", "commitments")


class OutputNotFound(Exception):
    """The folder is not an output folder of `pipeline extract` (it has no documents table)."""


@dataclass
class Output:
    folder: Path
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    manifest: dict | None = None

    def table(self, name: str) -> pd.DataFrame | None:
        return self.tables.get(name)


def read_table(folder: Path, name: str) -> pd.DataFrame | None:
    """A table from its Parquet file, else its CSV file, else None."""
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    if parquet.exists():
        return pd.read_parquet(parquet)
    if csv.exists():
        return pd.read_csv(csv)
    return None


def load_output(folder: Path) -> Output:
    """The tables the report uses and the run manifest."""
    tables = {name: df for name in REPORT_TABLES if (df := read_table(folder, name)) is not None}
    if "documents" not in tables:
        raise OutputNotFound(f"{folder} has no documents table: is it an output folder of `pipeline extract`?")
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else None
    return Output(folder, tables, manifest)
