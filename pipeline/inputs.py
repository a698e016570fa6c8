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
# A non-ASCII character from a valid UTF-8 sequence, except the ones that "Ö", "Ü" or "ß" before a quotation mark or
# other symbol in Windows-1252 happen to make (U+0580 to U+07FF: Hebrew, Arabic, Syriac, NKo).
UTF8_CHAR = re.compile("[^\x00-\x7f\udc80-\udcff\u0580-\u07ff]")
SEP_LINE = re.compile("sep=(.)", re.IGNORECASE)  # Excel's first line naming the delimiter: "sep=;"
MAX_RECORD_LINES = 1000  # a quoted field not closed within this many lines is taken as never closed
UNQUOTED_NOTE = "read without quoting: its quotation mark opens no quoted field"
LENIENT_NOTE = "malformed quoting read leniently"


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
            files = sorted(p for p in path.rglob("*") if p.is_file())
            # a run's tables and manifest beside its manifest (a folder of someone's own `documents.csv` is input)
            runs = {file.parent for file in files if file.name == MANIFEST and is_run_folder(file.parent)}
            for file in files:
                run_output = file.parent in runs and (file.name in TABLE_FILES or file.name == MANIFEST)
                if not any(part.startswith(".") for part in file.relative_to(path).parts) and not run_output:
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
    text, encoding, stray = _decode_escaped(data.decode("utf-8-sig", errors="surrogateescape"))
    return text, encoding, stray_note(stray)


def _decode_escaped(text: str) -> tuple[str, str, int]:
    """Text decoded as UTF-8 with "surrogateescape", read again as Windows-1252 if `legacy_bytes` holds for it, else
    with its stray bytes mended: the text, its encoding and how many bytes were mended."""
    if legacy_bytes(text):
        return text.encode("utf-8", "surrogateescape").decode("cp1252", errors="replace"), "cp1252", 0
    text, stray = mend(text)
    return text, "utf-8", stray


def legacy_bytes(text: str) -> bool:
    """True for text decoded with "surrogateescape" that has more bytes which are not UTF-8 than valid UTF-8
    characters (`UTF8_CHAR`: a Windows-1252 "„Spaß“" has one stray byte and a valid but unlikely "ß“"; a UTF-8
    "Straße nach Köln" with one Latin-1 "ß" has as many umlauts as stray bytes)."""
    stray = len(STRAY_BYTE.findall(text))
    return stray > 0 and stray > len(UTF8_CHAR.findall(text))


def mend(text: str) -> tuple[str, int]:
    """Text decoded with "surrogateescape", with each byte that was not UTF-8 read as Windows-1252; and how many."""
    return STRAY_BYTE.subn(lambda m: bytes([ord(m[0]) - 0xDC00]).decode("cp1252", errors="replace"), text)


def stray_note(stray: int) -> list[str]:
    """The note a document gets for the stray bytes `mend` read, so that the user can check them."""
    return [f"{stray} byte(s) not valid UTF-8 read as Windows-1252"] if stray else []


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
    with file.open("rb") as fh:
        bom = bom_encoding(fh.read(4))
    # surrogateescape keeps the bytes that are not UTF-8 for `_decoded`, which reads them record by record
    codec, errors = (bom, "replace") if bom else ("utf-8-sig", "surrogateescape")
    with file.open(encoding=codec, errors=errors, newline="") as fh:
        first = fh.readline()
        if not (sep := SEP_LINE.fullmatch(first.rstrip("\r\n"))):
            fh.seek(0)
        delimiter = sep[1] if sep else _delimiter(file, first)
        records = _records(enumerate(fh, start=2 if sep else 1), delimiter)
        header = _decoded(next(records, (1, [], [], None))[1])[0]  # the first record
        if "text" not in header:
            yield InputFailure(name, f"no `text` column (columns: {', '.join(header) or 'none'})")
            return
        for line, row, notes, error in records:
            fields, encoding, stray = _decoded(row)
            record = dict(zip(header, fields, strict=False))  # a short row lacks its last columns
            default_id = f"{file.stem}-{line}"
            if not error and any(value.strip() for value in fields[len(header) :]):  # not a trailing delimiter's
                error = f"{len(row)} fields, the header has {len(header)} (an unquoted {delimiter!r} in the text?)"
            if error:
                yield InputFailure(name, error, line, _doc_id(record, default_id))
            else:
                yield _record_document(record, name, line, default_id, bom or encoding, [*notes, *stray_note(stray)])


def _delimiter(file: Path, header: str) -> str:
    """A tab for .tsv; for .csv a comma, unless only a semicolon (German Excel) or a tab (Excel's "Unicode text")
    splits the header into a `text` column."""
    if file.suffix.lower() == ".tsv":
        return "\t"
    return next((d for d in ",;\t" if "text" in _fields(header, d)), ",")


def _decoded(row: list[str]) -> tuple[list[str], str, int]:
    """`decode` for the fields of a CSV/TSV record read with "surrogateescape", field by field (files join exports
    in different encodings): the fields, "cp1252" if one was Windows-1252 else "utf-8", and how many stray bytes
    were mended."""
    if not STRAY_BYTE.search("".join(row)):  # valid UTF-8, as most records are (or a UTF-16 file's)
        return row, "utf-8", 0
    decoded = [_decode_escaped(value) for value in row]
    encoding = "cp1252" if any(encoding == "cp1252" for _, encoding, _ in decoded) else "utf-8"
    return [text for text, _, _ in decoded], encoding, sum(stray for _, _, stray in decoded)


class _Lines:
    """A file's numbered lines, read once: lines a record read ahead but did not use are put back."""

    def __init__(self, lines: Iterator[tuple[int, str]]):
        self._lines = lines
        self._back: list[tuple[int, str]] = []

    def take(self) -> tuple[int, str] | None:
        return self._back.pop() if self._back else next(self._lines, None)

    def put_back(self, lines: list[tuple[int, str]]) -> None:
        self._back.extend(reversed(lines))

    def add(self, record: list[tuple[int, str]]) -> bool:
        """Add the next line to a record's lines; False at the end of the file or once the record is longer than a
        quoted field can be (a quotation mark that never closes must not take the rest of the file)."""
        if len(record) >= MAX_RECORD_LINES or (line := self.take()) is None:
            return False
        record.append(line)
        return True

    def feed(self, record: list[tuple[int, str]]) -> Iterator[str]:
        """The record's first line, then each next line a csv reader asks for (a quoted field spans lines)."""
        yield record[0][1]
        while self.add(record):
            yield record[-1][1]


def _records(
    lines: Iterator[tuple[int, str]], delimiter: str
) -> Iterator[tuple[int, list[str], list[str], str | None]]:
    """(line the record starts on, its fields, notes, why it cannot be read) for each record of a CSV/TSV file; blank
    lines are none. Quoting is decided record by record, so that one bad line does not change how the others are
    read: quoted as CSV (one pass, a quoted field spanning lines), unless the record's quoting is malformed: then a
    tab-separated record is its first line unquoted (TSV is often written without quoting, and a text starting
    with a quotation mark must not take the lines after it), a comma- or semicolon-separated one is read
    leniently."""
    source = _Lines(lines)
    while first := source.take():
        record = [first]
        try:
            row, notes, error = next(csv.reader(source.feed(record), delimiter=delimiter, strict=True)), [], None
        except csv.Error as exc:
            if delimiter == "\t":
                source.put_back(record[1:])
                row, notes, error = _fields(first[1], delimiter, csv.QUOTE_NONE), [UNQUOTED_NOTE], None
            else:
                row, notes, error = _lenient(record, source, delimiter, exc)
        if row:
            yield first[0], row, notes, error


def _lenient(
    record: list[tuple[int, str]], source: _Lines, delimiter: str, error: csv.Error
) -> tuple[list[str], list[str], str | None]:
    """A record whose quoting is malformed (a quotation mark in a quoted text, not doubled) read by the non-strict
    reader over its lines up to where its quotation marks pair up; one failure for those lines unless that is one
    row. Quotation marks that never pair up, or pair up only with a line that opens a quoted field of its own (a
    record after it), are the first line's alone."""
    quotes, length = record[0][1].count('"'), 1
    while quotes % 2 and (length < len(record) or source.add(record)):
        text = record[length][1]
        if text.startswith('"') or f'{delimiter}"' in text:
            break
        quotes, length = quotes + text.count('"'), length + 1
    length = length if quotes % 2 == 0 else 1
    source.put_back(record[length:])
    del record[length:]
    if row := _one_row([text for _, text in record], delimiter):
        return row, [LENIENT_NOTE], None
    reason = f"{error} (lines {record[0][0]}-{record[-1][0]})" if len(record) > 1 else "quoted field not closed"
    return _fields(record[0][1], delimiter)[:1], [], f"malformed quoting: {reason}"


def _one_row(lines: list[str], delimiter: str) -> list[str] | None:
    """The one row the non-strict reader reads from the lines; None if it reads more, or if the lines end inside a
    quoted field (which it would keep as read so far)."""
    rows: list[list[str]] = []
    ended: list[bool] = []

    def feed() -> Iterator[str]:
        yield from lines
        ended.append(True)

    for row in csv.reader(feed(), delimiter=delimiter):
        if ended:  # the reader asked for a line after the last one: the row ends inside quotes
            return None
        rows += [row] if row else []
    return rows[0] if len(rows) == 1 else None


def _fields(line: str, delimiter: str, quoting: int = csv.QUOTE_MINIMAL) -> list[str]:
    """One line's fields."""
    return next(csv.reader([line], delimiter=delimiter, quoting=quoting), [])


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
