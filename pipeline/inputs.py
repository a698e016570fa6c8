"""Read input documents lazily from plain text, JSON Lines, CSV/TSV and Parquet files.

Every input yields either a `RawDocument` or an `InputFailure` with a one-line reason; a bad file or a
bad line never stops the run. Directories are walked recursively in sorted order, so a run over the same
folder always sees documents in the same order.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.writers import MANIFEST, TABLE_FILES, is_run_folder

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
# UTF-32 first: its little-endian mark starts with UTF-16's.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
STRAY_BYTE = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, as the "surrogateescape" handler keeps it
UTF8_CHAR = re.compile("[^\x00-\x7f\udc80-\udcff]")  # a non-ASCII character from a valid UTF-8 sequence


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
    """Keep documents with a repeated id apart: the second "a1" becomes "a1~2", in input order. A new name is one no
    document before took, and a later document whose own id an earlier one was renamed to is renamed in turn (the
    input streams, so ids to come are unknown): every id is unique, and the same input gives the same ids."""
    taken: set[str] = set()
    last_suffix: dict[str, int] = {}
    for item in items:
        if isinstance(item, RawDocument):
            if item.doc_id in taken:
                suffix = last_suffix.get(item.doc_id, 1) + 1
                while f"{item.doc_id}~{suffix}" in taken:
                    suffix += 1
                last_suffix[item.doc_id] = suffix
                renamed = f"{item.doc_id}~{suffix}"
                item.notes.append(f"duplicate doc_id {item.doc_id!r}: kept as {renamed!r}")
                item.doc_id = renamed
            taken.add(item.doc_id)
        yield item


def iter_files(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root it was found under) for every file below the given paths, in sorted order; hidden files and the
    output of an earlier run (an output folder inside the input folder) are not input."""
    for path in paths:
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in file.relative_to(path).parts) and not run_output(file):
                    yield file, path
        else:
            yield path, path.parent


def run_output(file: Path) -> bool:
    """True for a table or manifest a run wrote: a file of those names beside the manifest of a run of this
    pipeline (a folder of someone's own `documents.csv` is still input)."""
    return (file.name in TABLE_FILES or file.name == MANIFEST) and is_run_folder(file.parent)


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


def bom_encoding(head: bytes) -> str | None:
    """The encoding ("utf-16", "utf-32") whose byte-order mark the bytes start with: Notepad and Excel's "Unicode
    text" write UTF-16, which has no other sign of its own."""
    return next((encoding for bom, encoding in BYTE_ORDER_MARKS if head.startswith(bom)), None)


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes by their byte-order mark, else as UTF-8, else as Windows-1252 (a superset of Latin-1 used by
    old news exports); the text, its encoding and a note. Text that is mostly UTF-8 stays UTF-8 and only its
    stray bytes are read as Windows-1252: one Latin-1 "ß" must not garble every umlaut."""
    if bom := bom_encoding(data):
        return data.decode(bom, errors="replace"), bom, []
    text = data.decode("utf-8-sig", errors="surrogateescape")
    if legacy_bytes(text):
        return data.decode("cp1252", errors="replace"), "cp1252", []
    text, stray = mend(text)
    return text, "utf-8", stray_note(stray)


def legacy_bytes(text: str) -> bool:
    """True for text decoded with "surrogateescape" that has bytes which are not UTF-8 and no more valid UTF-8
    characters than those (a Windows-1252 "ß“" happens to be valid UTF-8, but a Windows-1252 text has more umlauts
    that are not)."""
    stray = len(STRAY_BYTE.findall(text))
    return stray > 0 and stray >= len(UTF8_CHAR.findall(text))


def mend(text: str) -> tuple[str, int]:
    """Text decoded with "surrogateescape", with each byte that was not UTF-8 read as Windows-1252; and how many."""
    return STRAY_BYTE.subn(lambda m: bytes([ord(m[0]) - 0xDC00]).decode("cp1252", errors="replace"), text)


def stray_note(stray: int) -> list[str]:
    """The note a document gets for the stray bytes `mend` read, so that the user can check them."""
    return [f"{stray} byte(s) not valid UTF-8 read as Windows-1252"] if stray else []


def file_encoding(file: Path, chunk: int = 1 << 20) -> str:
    """`decode` for a file too large to hold: its byte-order mark's encoding, else "cp1252" if `legacy_bytes`
    holds for it, else "utf-8" (one pass over the bytes in chunks, so that the file can then be read as a
    stream; the stray bytes of a UTF-8 file are mended record by record)."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    stray = utf8 = 0
    with file.open("rb") as fh:
        if bom := bom_encoding(fh.read(4)):
            return bom
        fh.seek(0)
        while data := fh.read(chunk):
            text = decoder.decode(data)
            stray, utf8 = stray + len(STRAY_BYTE.findall(text)), utf8 + len(UTF8_CHAR.findall(text))
        stray += len(decoder.decode(b"", final=True))  # a sequence cut off by the end of the file
    return "cp1252" if stray and stray >= utf8 else "utf-8"


def looks_binary(data: bytes) -> bool:
    """True for files that are not text: a known binary signature, or control bytes making up more than a
    tenth of the first 8 KB (a few stray NUL bytes in a text are cleaned, not rejected). Text with a byte-order mark
    is text, though UTF-16 writes each ASCII letter with a NUL byte."""
    head = data[:8192]
    if bom_encoding(head):
        return False
    return head.startswith(BINARY_MAGIC) or len(BINARY_BYTES.findall(head)) > len(head) // 10


def _read_text(file: Path, name: str) -> Iterator[InputItem]:
    data = file.read_bytes()
    if looks_binary(data):
        yield InputFailure(name, "binary file, not text", doc_id=file.stem)
        return
    text, encoding, notes = decode(data)
    lines = text.rstrip().splitlines()
    source = None
    if len(lines) > 1 and DOMAIN_LINE.match(lines[-1].strip()):
        source = lines[-1].strip()
        text = text.rstrip()[: -len(lines[-1])].rstrip("\n")
    title = next((line.strip() for line in lines if line.strip()), None)
    yield RawDocument(file.stem, text, name, title=title, source=source, encoding=encoding, notes=notes)


def _doc_id(record: dict, default_id: str) -> str:
    """The record's own `id` wins."""
    raw_id = record.get("id")
    return str(raw_id).strip() if raw_id not in (None, "") else default_id


def _record_document(
    record: dict, name: str, line: int, default_id: str, encoding: str = "utf-8", notes: list[str] | None = None
) -> InputItem:
    """Turn one JSON/CSV/Parquet record into a document."""
    doc_id = _doc_id(record, default_id)
    text = record.get("text")
    if not isinstance(text, str):
        reason = "no `text` field" if text is None else f"`text` is {type(text).__name__}, not a string"
        return InputFailure(name, reason, line=line, doc_id=doc_id)
    meta = {k: (str(record[k]) if record.get(k) not in (None, "") else None) for k in METADATA_FIELDS}
    return RawDocument(doc_id, text, name, line=line, encoding=encoding, notes=notes or [], **meta)


def _binary_file(file: Path, name: str) -> InputFailure | None:
    with file.open("rb") as fh:
        return InputFailure(name, "binary file, not text") if looks_binary(fh.read(8192)) else None


def _read_jsonl(file: Path, name: str) -> Iterator[InputItem]:
    if binary := _binary_file(file, name):
        yield binary
        return
    for number, (text, encoding, notes) in enumerate(_jsonl_lines(file), start=1):
        if text.strip():
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                yield InputFailure(name, f"invalid JSON: {exc.msg} (column {exc.colno})", line=number)
                continue
            if not isinstance(record, dict):
                yield InputFailure(name, f"a JSON {type(record).__name__}, not an object", line=number)
                continue
            yield _record_document(record, name, number, f"{file.stem}-{number}", encoding, notes)


def _jsonl_lines(file: Path) -> Iterator[tuple[str, str, list[str]]]:
    """`decode` line by line, as old exports mix encodings from one line to the next; a UTF-16 file as a whole (its
    line breaks are two bytes)."""
    with file.open("rb") as fh:
        bom = bom_encoding(fh.read(4))
        fh.seek(0)
        if bom:
            yield from ((line, bom, []) for line in io.TextIOWrapper(fh, bom, errors="replace", newline="\n"))
        else:
            yield from map(decode, fh)


def _read_table(file: Path, name: str) -> Iterator[InputItem]:
    if binary := _binary_file(file, name):
        yield binary
        return
    csv.field_size_limit(sys.maxsize)
    encoding = file_encoding(file)
    # surrogateescape keeps the stray bytes of a UTF-8 file for `mend`
    codec, errors = ("utf-8-sig", "surrogateescape") if encoding == "utf-8" else (encoding, "replace")
    with file.open(encoding=codec, errors=errors, newline="") as fh:
        delimiter = _delimiter(file, fh.readline())
        fh.seek(0)
        quoting, notes = _tsv_quoting(fh) if delimiter == "\t" else (csv.QUOTE_MINIMAL, [])
        fh.seek(0)
        reader = csv.reader(fh, delimiter=delimiter, quoting=quoting, strict=True)
        header = next((row for row in reader if row), [])
        if "text" not in header:
            yield InputFailure(name, f"no `text` column (columns: {', '.join(header) or 'none'})")
            return
        for line, row in _rows(reader):
            if isinstance(row, csv.Error):
                yield InputFailure(name, f"malformed quoting: {row}", line=line)
                continue
            record = dict(zip(header, row, strict=False))  # a short row lacks its last columns
            if len(row) > len(header):
                reason = f"{len(row)} fields, the header has {len(header)} (an unquoted {delimiter!r} in the text?)"
                yield InputFailure(name, reason, line, _doc_id(record, f"{file.stem}-{line}"))
            else:
                yield _table_document(record, name, line, f"{file.stem}-{line}", encoding, notes)


def _delimiter(file: Path, header: str) -> str:
    """A tab for .tsv; for .csv a comma, unless only a semicolon (German Excel) or a tab (Excel's "Unicode text")
    splits the header into a `text` column."""
    if file.suffix.lower() == ".tsv":
        return "\t"
    return next((d for d in ",;\t" if "text" in next(csv.reader([header], delimiter=d), [])), ",")


def _tsv_quoting(fh: io.TextIOBase) -> tuple[int, list[str]]:
    """Tab-separated files come quoted like CSV (pandas, Excel) and with no quoting at all, where a text that
    starts with a quotation mark would swallow the lines after it: quoted unless some quoting in the file is
    malformed (one pass), with a note saying so."""
    for line, row in _rows(csv.reader(fh, delimiter="\t", strict=True)):
        if isinstance(row, csv.Error):
            return csv.QUOTE_NONE, [f"TSV read without quoting (line {line} is not valid quoted TSV)"]
    return csv.QUOTE_MINIMAL, []


def _rows(reader) -> Iterator[tuple[int, list[str] | csv.Error]]:
    """(line the record starts on, its fields or why they cannot be read) for each record after the ones read: a
    quoted text spans lines, so the record count is not the line. Blank lines are no record."""
    end = reader.line_num
    while True:
        try:
            row: list[str] | csv.Error = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # the reader goes on at the next line
            row = exc
        start, end = end + 1, reader.line_num
        if row:
            yield start, row


def _table_document(record: dict, name: str, line: int, default_id: str, encoding: str, notes: list[str]) -> InputItem:
    """`_record_document` for a CSV/TSV row, its stray non-UTF-8 bytes mended and noted."""
    stray = 0
    for key, value in record.items():
        record[key], count = mend(value)
        stray += count
    return _record_document(record, name, line, default_id, encoding, [*notes, *stray_note(stray)])


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
