"""Write tables incrementally into a staging folder, then move them into place atomically.

Parquet is written in row groups with pyarrow's ParquetWriter and CSV is appended batch by batch, so
memory stays flat: rows wait for their row group as compact Arrow record batches, not as Python dicts.
Nothing in the output folder changes until `commit()`: each file is then replaced with `os.replace`
(atomic on one file system), and the manifest is written last. A run that is killed
leaves the previous outputs untouched and a `.staging-*` folder that the next run removes.

CSV specifics: list columns are JSON arrays; a cell starting with =, +, - or @ gets a leading apostrophe
so spreadsheets do not run it as a formula (Parquet keeps the raw text).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pipeline.schema import TABLES, Table

FORMATS = ("parquet", "csv")
TABLE_FILES = frozenset(f"{table}.{fmt}" for table in TABLES for fmt in FORMATS)  # what a run writes, with:
MANIFEST = "manifest.json"
ROW_GROUP_ROWS = 10_000  # rows buffered per table before a row group is written: bounds memory, however large the run
FORMULA_START = "=+-@"  # first characters that make a spreadsheet cell a formula


def is_run_folder(folder: Path) -> bool:
    """True for a folder that holds the manifest of a run of this pipeline (its tables are a run's output, not a
    user's files of the same names)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and {"run_id", "inputs", "tables"} <= manifest.keys()


class CsvCells:
    """A row as CSV cells, in column order: list columns as JSON, formula-like text neutralized, everything
    else as it is (the csv module writes None as an empty cell). The columns to touch are looked up once per
    table, as a re-run writes every row of the corpus again."""

    def __init__(self, table: Table) -> None:
        self.names = table.names
        self.text = [i for i, column in enumerate(table.columns) if column.type == "string"]
        self.lists = [i for i, column in enumerate(table.columns) if column.type.startswith("list<")]

    def __call__(self, row: dict) -> list:
        cells = [row.get(name) for name in self.names]
        for i in self.text:
            value = cells[i]
            if value and value[0] in FORMULA_START:
                cells[i] = "'" + value
        for i in self.lists:
            if cells[i] is not None:
                cells[i] = json.dumps(list(cells[i]), ensure_ascii=False)
        return cells


def schema_metadata(table: Table) -> dict[str, str]:
    """The table's description and every column's type, meaning and example, so a Parquet file explains itself."""
    columns = json.dumps([asdict(c) for c in table.columns], ensure_ascii=False)
    return {"table": table.name, "description": table.description, "columns": columns}


@dataclass(frozen=True)
class Encoded:
    """Rows of one table, encoded for its files."""

    rows: int
    csv_text: str | None
    batch: Any  # a pyarrow RecordBatch, or None when no Parquet is written


class TableWriter:
    """One table, written as Parquet and/or CSV, in batches."""

    def __init__(self, table: Table, folder: Path, formats: tuple[str, ...], metadata: dict[str, str]) -> None:
        self.table = table
        self.folder = folder
        self.formats = formats
        self.schema = table.arrow_schema({**metadata, **schema_metadata(table)})
        self.rows = 0
        self._batches: list = []  # pyarrow RecordBatches of the row group being filled
        self._buffered = 0
        self._parquet = None
        self._csv_file = None
        self._csv = None
        if "parquet" in formats:
            import pyarrow.parquet as pq

            self._parquet = pq.ParquetWriter(folder / f"{table.name}.parquet", self.schema)
        if "csv" in formats:
            self._csv_file = (folder / f"{table.name}.csv").open("w", encoding="utf-8", newline="")
            self._csv = csv.writer(self._csv_file)
            self._csv.writerow(table.names)
            self._cells = CsvCells(table)

    def encode(self, rows: list[dict], batch=None) -> Encoded:
        """The rows as this table's CSV text and Arrow batch, ready to append; `batch`, when given, is the same
        rows as a RecordBatch already. Encoding does not touch the files, so it can run ahead of the rows
        before it (a re-run encodes its cached documents while the changed ones are being annotated)."""
        import pyarrow as pa

        text = None
        if self._csv is not None:
            buffer = io.StringIO()
            csv.writer(buffer).writerows(map(self._cells, rows))
            text = buffer.getvalue()
        if self._parquet is not None and batch is None:
            batch = pa.RecordBatch.from_pylist(rows, schema=self.schema)
        return Encoded(len(rows), text, batch)

    def append(self, encoded: Encoded) -> None:
        """Append encoded rows, in the order of the calls."""
        if not encoded.rows:
            return
        self.rows += encoded.rows
        if self._csv is not None:
            self._csv_file.write(encoded.csv_text)
        if self._parquet is not None:
            self._batches.append(encoded.batch)
            self._buffered += encoded.rows
            if self._buffered >= ROW_GROUP_ROWS:
                self.flush()

    def write(self, rows: list[dict]) -> None:
        if rows:
            self.append(self.encode(rows))

    def flush(self) -> None:
        """Write the buffered rows as one Parquet row group."""
        import pyarrow as pa

        if self._batches:
            self._parquet.write_table(pa.Table.from_batches(self._batches, schema=self.schema))
        self._batches, self._buffered = [], 0

    def close(self) -> list[Path]:
        if self._parquet is not None:
            self.flush()
            self._parquet.close()
        if self._csv_file is not None:
            self._csv_file.close()
        return [self.folder / f"{self.table.name}.{fmt}" for fmt in self.formats]


class OutputSet:
    """All tables of one run, staged beside the output folder until the run completes."""

    def __init__(self, out_dir: Path, formats: tuple[str, ...], metadata: dict[str, str]) -> None:
        unknown = set(formats) - set(FORMATS)
        if unknown:
            raise ValueError(f"unknown output format(s): {', '.join(sorted(unknown))}; use parquet and/or csv")
        self.out_dir = out_dir
        self.requested = formats
        self.formats = tuple(dict.fromkeys(("parquet", *formats)))  # Parquet is staged always: see remap
        self.metadata = metadata
        out_dir.mkdir(parents=True, exist_ok=True)
        for stale in out_dir.glob(".staging-*"):
            shutil.rmtree(stale, ignore_errors=True)
        self.staging = out_dir / f".staging-{uuid.uuid4().hex[:8]}"
        self.staging.mkdir()
        self.writers: dict[str, TableWriter] = {}

    def writer(self, name: str) -> TableWriter:
        if name not in self.writers:
            self.writers[name] = TableWriter(TABLES[name], self.staging, self.formats, self.metadata)
        return self.writers[name]

    def write(self, name: str, rows: list[dict]) -> None:
        self.writer(name).write(rows)

    def encode(self, name: str, rows: list[dict]) -> Encoded:
        return self.writer(name).encode(rows)

    def append(self, name: str, encoded: Encoded) -> None:
        self.writer(name).append(encoded)

    def row_counts(self) -> dict[str, int]:
        return {name: w.rows for name, w in sorted(self.writers.items())}

    def commit(self, manifest: dict) -> None:
        """Close every table, move them into the output folder, then write the manifest. Where the folder holds an
        earlier run (its manifest), the table files that run left and this one did not write (another `--format`
        or `--tables`) are removed, so the folder never mixes two runs' tables; a folder that held no run keeps
        every file it had (a user's own `documents.csv`, the input itself)."""
        earlier_run = is_run_folder(self.out_dir)
        written = set()
        for path in (path for w in self.writers.values() for path in w.close()):
            if path.suffix[1:] in self.requested:
                os.replace(path, self.out_dir / path.name)
                written.add(path.name)
        if earlier_run:
            for name in TABLE_FILES - written:
                (self.out_dir / name).unlink(missing_ok=True)
        (self.staging / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
        os.replace(self.staging / MANIFEST, self.out_dir / MANIFEST)
        shutil.rmtree(self.staging, ignore_errors=True)

    def remap(self, name: str, columns: tuple[str, ...], mapping: dict[str, str]) -> None:
        """Rewrite ids in some columns of a table already written (closed), streaming it batch by batch; the
        ids are replaced column-wise by Arrow compute, not row by row."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        if name not in self.writers or not mapping:
            return
        self.writers[name].close()
        source = self.staging / f"{name}.parquet"
        folder = self.staging / "remap"
        folder.mkdir(exist_ok=True)
        writer = TableWriter(TABLES[name], folder, self.formats, self.metadata)
        old_ids, new_ids = pa.array(list(mapping), pa.string()), pa.array(list(mapping.values()), pa.string())
        for batch in pq.ParquetFile(source).iter_batches(batch_size=ROW_GROUP_ROWS):
            arrays = batch.columns
            for column in columns:
                i = batch.schema.get_field_index(column)
                found = pc.index_in(arrays[i], value_set=old_ids)
                arrays[i] = pc.if_else(pc.is_valid(found), pc.take(new_ids, found), arrays[i])
            remapped = pa.RecordBatch.from_arrays(arrays, schema=writer.schema)
            writer.append(writer.encode(remapped.to_pylist(), remapped))
        for path in writer.close():
            os.replace(path, self.staging / path.name)
        writer.folder = self.staging
        self.writers[name] = writer

    def abort(self) -> None:
        for w in self.writers.values():
            w.close()
        shutil.rmtree(self.staging, ignore_errors=True)
