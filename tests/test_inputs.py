"""Reading inputs: every format, metadata, ids, and a clear reason for every document that fails."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.inputs import InputFailure, RawDocument, SkippedFile, read_inputs
from tests.conftest import REFERENCE


def read_all(*paths: Path) -> list:
    return list(read_inputs(list(paths)))


def test_text_file_title_source_and_id():
    [doc] = read_all(REFERENCE)
    assert doc.doc_id == "cbc-carney-selenskyj"
    assert doc.title == (
        "Carney trifft sich mit Selenskyj in der Ukraine, um über Militärhilfe und Sicherheitsgarantien zu sprechen"
    )
    assert doc.source == "cbc.ca"
    assert doc.text.endswith("sensible Technologien zu schützen.")
    assert doc.text.startswith("Carney trifft sich mit Selenskyj")


def test_jsonl_uses_own_ids_and_reports_broken_line(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Wien ist die Hauptstadt Österreichs.", "category": "Inland"}),
        '{"id": "a2", "text": "kaputt',
        json.dumps({"text": "Ohne eigene Id aus Graz."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, broken, third = read_all(path)
    assert isinstance(first, RawDocument) and first.doc_id == "a1" and first.category == "Inland"
    assert isinstance(broken, InputFailure) and broken.line == 2 and broken.reason.startswith("invalid JSON")
    assert third.doc_id == "news-3" and third.line == 3


def test_csv_tsv_and_parquet(tmp_path):
    (tmp_path / "a.csv").write_text('id,text,source\nc1,"Berlin, Paris und Rom",x.de\n', encoding="utf-8")
    (tmp_path / "b.tsv").write_text("id\ttext\nt1\tLinz an der Donau\n", encoding="utf-8")
    pq.write_table(pa.table({"id": ["p1"], "text": ["Salzburg im Regen"]}), tmp_path / "c.parquet")
    docs = read_all(tmp_path)
    assert [(d.doc_id, d.text, d.source_file) for d in docs] == [
        ("c1", "Berlin, Paris und Rom", "a.csv"),
        ("t1", "Linz an der Donau", "b.tsv"),
        ("p1", "Salzburg im Regen", "c.parquet"),
    ]
    assert docs[0].source == "x.de" and docs[0].line == 2


def test_csv_without_text_column_and_unknown_files(tmp_path):
    (tmp_path / "bad.csv").write_text("id,body\n1,Hallo\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes\n", encoding="utf-8")
    failure, skipped = read_all(tmp_path)
    assert isinstance(failure, InputFailure) and failure.reason == "no `text` column (columns: id, body)"
    assert isinstance(skipped, SkippedFile) and skipped.source_file == "notes.md"


def test_latin1_text_is_decoded(tmp_path):
    path = tmp_path / "alt.txt"
    path.write_bytes("Die Bürger in Köln zahlten 5 € für Straßenbahn.".encode("cp1252"))
    [doc] = read_all(path)
    assert doc.text == "Die Bürger in Köln zahlten 5 € für Straßenbahn." and doc.encoding == "cp1252"
