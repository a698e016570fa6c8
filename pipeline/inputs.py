"""Read input documents lazily from plain text, JSON Lines, CSV/TSV and Parquet files.

Every input yields either a `RawDocument` or an `InputFailure` with a one-line reason; a bad file or a
bad line never stops the run. Directories are walked recursively in sorted order, so a run over the same
folder always sees documents in the same order.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TABLE_SUFFIXES = {".csv", ".tsv"}
PARQUET_SUFFIXES = {".parquet"}
SUPPORTED = TEXT_SUFFIXES | JSONL_SUFFIXES | TABLE_SUFFIXES | PARQUET_SUFFIXES
METADATA_FIELDS = ("title", "source", "url", "published", "category")
DOMAIN_LINE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)
# Bytes that never occur in text: NUL and the C0 controls other than tab, newline, carriage return, form feed.
BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"PAR1", b"\x1f\x8b")


@dataclass
class RawDocument:
    """One article as read from the input, before any NLP."""

    doc_id: str
    text: str
    source_file: str
    line: int | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    category: str | None = None
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)


@dataclass
class InputFailure:
    """A document or a whole file that could not be read, and why (one line)."""

    source_file: str
    reason: str
    line: int | None = None
    doc_id: str | None = None


@dataclass
class SkippedFile:
    """A file in an input folder that is not an input format (README, images, …)."""

    source_file: str
    reason: str


InputItem = RawDocument | InputFailure | SkippedFile


def unique_ids(items: Iterable[InputItem]) -> Iterator[InputItem]:
    """Keep documents with a repeated id apart: the second "a1" becomes "a1~2", in input order."""
    seen: dict[str, int] = {}
    for item in items:
        if isinstance(item, RawDocument):
            count = seen[item.doc_id] = seen.get(item.doc_id, 0) + 1
            if count > 1:
                renamed = f"{item.doc_id}~{count}"
                item.notes.append(f"duplicate doc_id {item.doc_id!r}: kept as {renamed!r}")
                item.doc_id = renamed
        yield item


def iter_files(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root it was found under) for every file below the given paths, in sorted order."""
    for path in paths:
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in file.relative_to(path).parts):
                    yield file, path
        else:
            yield path, path.parent


def read_inputs(paths: Iterable[Path]) -> Iterator[InputItem]:
    """Yield every document (or failure) from the given files and folders."""
    for file, root in iter_files(paths):
        name = file.relative_to(root).as_posix()
        suffix = file.suffix.lower()
        if not file.exists():
            yield InputFailure(name, "no such file")
        elif suffix not in SUPPORTED:
            yield SkippedFile(name, f"not an input format ({suffix or 'no extension'})")
        else:
            try:
                yield from _READERS[suffix](file, name)
            except (OSError, UnicodeError, csv.Error, ValueError) as exc:
                yield InputFailure(name, f"cannot read file: {_one_line(exc)}")


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8, else as Windows-1252 (a superset of Latin-1 used by old news exports)."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def file_encoding(file: Path, chunk: int = 1 << 20) -> str:
    """`decode` for a file too large to hold: "utf-8" if all of it is valid UTF-8, else "cp1252" (one pass
    over the bytes in chunks, so that the file can then be read as a stream)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with file.open("rb") as fh:
        try:
            while data := fh.read(chunk):
                decoder.decode(data)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def looks_binary(data: bytes) -> bool:
    """True for files that are not text: a known binary signature, or control bytes making up more than a
    tenth of the first 8 KB (a few stray NUL bytes in a text are cleaned, not rejected)."""
    head = data[:8192]
    return head.startswith(BINARY_MAGIC) or len(BINARY_BYTES.findall(head)) > len(head) // 10


def _read_text(file: Path, name: str) -> Iterator[InputItem]:
    data = file.read_bytes()
    if looks_binary(data):
        yield InputFailure(name, "binary file, not text", doc_id=file.stem)
        return
    text, encoding = decode(data)
    lines = text.rstrip().splitlines()
    source = None
    if len(lines) > 1 and DOMAIN_LINE.match(lines[-1].strip()):
        source = lines[-1].strip()
        text = text.rstrip()[: -len(lines[-1])].rstrip("\n")
    title = next((line.strip() for line in lines if line.strip()), None)
    yield RawDocument(file.stem, text, name, title=title, source=source, encoding=encoding)


def _record_document(record: dict, name: str, line: int, default_id: str, encoding: str = "utf-8") -> InputItem:
    """Turn one JSON/CSV/Parquet record into a document; the record's own `id` wins."""
    raw_id = record.get("id")
    doc_id = str(raw_id).strip() if raw_id not in (None, "") else default_id
    text = record.get("text")
    if not isinstance(text, str):
        reason = "no `text` field" if text is None else f"`text` is {type(text).__name__}, not a string"
        return InputFailure(name, reason, line=line, doc_id=doc_id)
    meta = {k: (str(record[k]) if record.get(k) not in (None, "") else None) for k in METADATA_FIELDS}
    return RawDocument(doc_id, text, name, line=line, encoding=encoding, **meta)


def _binary_file(file: Path, name: str) -> InputFailure | None:
    with file.open("rb") as fh:
        return InputFailure(name, "binary file, not text") if looks_binary(fh.read(8192)) else None


def _read_jsonl(file: Path, name: str) -> Iterator[InputItem]:
    if binary := _binary_file(file, name):
        yield binary
        return
    with file.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            text, encoding = decode(raw)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                yield InputFailure(name, f"invalid JSON: {exc.msg} (column {exc.colno})", line=number)
                continue
            if not isinstance(record, dict):
                yield InputFailure(name, f"a JSON {type(record).__name__}, not an object", line=number)
                continue
            yield _record_document(record, name, number, f"{file.stem}-{number}", encoding)


def _read_table(file: Path, name: str) -> Iterator[InputItem]:
    if binary := _binary_file(file, name):
        yield binary
        return
    csv.field_size_limit(sys.maxsize)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    encoding = file_encoding(file)
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    with file.open(encoding=codec, errors="replace", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        if not reader.fieldnames or "text" not in reader.fieldnames:
            columns = ", ".join(reader.fieldnames or []) or "none"
            yield InputFailure(name, f"no `text` column (columns: {columns})")
            return
        for number, record in enumerate(reader, start=2):  # line 1 is the header
            yield _record_document(record, name, number, f"{file.stem}-{number}", encoding)


def _read_parquet(file: Path, name: str) -> Iterator[InputItem]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(file)
    if "text" not in parquet.schema_arrow.names:
        yield InputFailure(name, f"no `text` column (columns: {', '.join(parquet.schema_arrow.names)})")
        return
    number = 0
    for batch in parquet.iter_batches(batch_size=1000):
        for record in batch.to_pylist():
            number += 1
            yield _record_document(record, name, number, f"{file.stem}-{number}")


_READERS = {
    **dict.fromkeys(TEXT_SUFFIXES, _read_text),
    **dict.fromkeys(JSONL_SUFFIXES, _read_jsonl),
    **dict.fromkeys(TABLE_SUFFIXES, _read_table),
    **dict.fromkeys(PARQUET_SUFFIXES, _read_parquet),
}
