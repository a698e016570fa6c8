"""Nothing lost, nothing half-written: bad inputs, a killed run, incremental re-runs, untrusted text."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import process
from pipeline.clean import clean_text
from pipeline.run import run_extract
from pipeline.schema import TABLES
from tests.conftest import REFERENCE

GERMAN = "Die Landesregierung in Graz hat am Montag neue Förderungen für die Steiermark beschlossen."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"


def table(folder: Path, name: str) -> list[dict]:
    return pq.read_table(folder / f"{name}.parquet").to_pylist()


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> Path:
    """A folder of 31 distinct kinds of bad or awkward input."""
    raw = tmp_path_factory.mktemp("raw")
    (raw / "latin1.txt").write_bytes(f"Köln und Düsseldorf. {GERMAN}".encode("latin-1"))
    (raw / "cp1252.txt").write_bytes(f"Der Preis stieg auf 5 € in Wien. {GERMAN}".encode("cp1252"))
    (raw / "bom.txt").write_bytes(("\ufeff" + GERMAN).encode("utf-8"))
    (raw / "image.txt").write_bytes(PNG * 20)
    (raw / "binary.jsonl").write_bytes(PNG * 20)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (raw / "nul.txt").write_text(f"Wien\x00 ist {GERMAN}\x01\x02", encoding="utf-8")
    (raw / "nbsp.txt").write_text("Steinmeier hat das Regime von Machthaber Baschar al-Assad\u00a0und die Opposition"
                                  "\u00a0zu Verhandlungen aufgefordert.", encoding="utf-8")
    (raw / "html.txt").write_text(f"<p>Die <b>Regierung</b> in <a href='x'>Wien</a> &amp; Graz.</p>"
                                  f"<script>alert(1)</script>\n<p>{GERMAN}</p>", encoding="utf-8")
    (raw / "english.txt").write_text("The government in London announced new funding for schools on Monday, "
                                     "officials said, and the opposition criticised the plan.", encoding="utf-8")
    (raw / "longline.txt").write_text((GERMAN + " ") * 3000, encoding="utf-8")  # 280,000 characters, one line
    (raw / "feed.jsonl").write_text(jsonl(
        {"id": "j1", "text": GERMAN},
        '{"id": "j2", "text": "kaputt',
        [1, 2, 3],
        {"id": "j4", "text": None},
        {"id": "j5", "text": 42},
        {"id": "j6", "text": ""},
        {"id": "j7", "title": "ohne Text"},
        {"id": 8, "text": GERMAN},
        {"id": "j1", "text": "Doppelte Id aus Linz an der Donau."},
        {"id": "../../etc/passwd", "text": "=HYPERLINK(\"http://x\") und @SUM(A1) in Salzburg."},
        {"id": "latin1", "text": "Gleiche Id wie eine Datei, aus Innsbruck."},
    ), encoding="utf-8")
    (raw / "notext.csv").write_text("id,body\n1,Hallo\n", encoding="utf-8")
    (raw / "cells.csv").write_text(f'id,text\nc1,"{GERMAN}"\nc2,\nc3,"Zeile eins\nZeile zwei in Bregenz."\n',
                                   encoding="utf-8")
    (raw / "ragged.tsv").write_text(f"id\ttext\textra\nt1\n t2\t{GERMAN}\tx\ty\n", encoding="utf-8")
    (raw / "garbage.parquet").write_bytes(b"not a parquet file at all")
    pq.write_table(pa.table({"id": ["p1"], "body": ["x"]}), raw / "notext.parquet")
    pq.write_table(pa.table({"id": ["p2", "p3"], "text": [GERMAN, None]}), raw / "rows.parquet")
    (raw / "empty.parquet").write_bytes(b"")
    (raw / "report.docx").write_bytes(b"PK\x03\x04")
    (raw / ".DS_Store").write_bytes(b"\x00\x01")
    return raw


@pytest.fixture(scope="module")
def bad_output(bad_inputs, tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("out")
    return out, run_extract([bad_inputs], out, model="bundled")


def test_every_bad_input_is_accounted_for_with_a_reason(bad_output):
    out, summary = bad_output
    docs = {(d["source_file"], d["line"]): d for d in table(out, "documents")}
    errors = {(e["source_file"], e["line"]): e["reason"] for e in table(out, "errors")}
    expected_errors = {
        ("image.txt", None): "binary file, not text",
        ("binary.jsonl", None): "binary file, not text",
        ("empty.txt", None): "empty text",
        ("blank.txt", None): "empty text",
        ("feed.jsonl", 2): "invalid JSON",
        ("feed.jsonl", 3): "a JSON list, not an object",
        ("feed.jsonl", 4): "no `text` field",
        ("feed.jsonl", 5): "`text` is int, not a string",
        ("feed.jsonl", 6): "empty text",
        ("feed.jsonl", 7): "no `text` field",
        ("notext.csv", None): "no `text` column (columns: id, body)",
        ("cells.csv", 3): "empty text",
        ("ragged.tsv", 2): "no `text` field",
        ("ragged.tsv", 3): "4 fields, the header has 3",  # a field too many: the text may be cut, so no document
        ("garbage.parquet", None): "cannot read file",
        ("notext.parquet", None): "no `text` column (columns: id, body)",
        ("rows.parquet", 2): "no `text` field",
        ("empty.parquet", None): "cannot read file",
    }
    for key, reason in expected_errors.items():
        assert key in errors, key
        assert reason is None or errors[key].startswith(reason), (key, errors[key])
    ok = {key for key, d in docs.items() if d["status"] == "ok"}
    assert ok == {("latin1.txt", None), ("cp1252.txt", None), ("bom.txt", None), ("nul.txt", None),
                  ("nbsp.txt", None), ("html.txt", None), ("english.txt", None), ("longline.txt", None),
                  ("feed.jsonl", 1), ("feed.jsonl", 8), ("feed.jsonl", 9), ("feed.jsonl", 10), ("feed.jsonl", 11),
                  ("cells.csv", 2), ("cells.csv", 4), ("rows.parquet", 1)}
    assert all(e for e in errors.values())
    assert summary.skipped == 1  # report.docx; hidden files are not inputs at all
    failed = [d for d in docs.values() if d["status"] == "error"]
    whole_files = [key for key in errors if key[1] is None and key not in docs]
    assert whole_files == [("binary.jsonl", None), ("empty.parquet", None), ("garbage.parquet", None),
                           ("notext.csv", None), ("notext.parquet", None)]  # in sorted file order
    assert len(failed) == len(errors) - len(whole_files)  # every failed document is in both tables
    assert summary.ok == len(ok) and summary.failed == len(errors)  # a failed file counts as one failed input
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"]["seen"] == manifest["documents"]["ok"] + manifest["documents"]["error"] + 1


def test_decoding_cleaning_and_language_are_noted(bad_output):
    out, _ = bad_output
    docs = {d["source_file"]: d for d in table(out, "documents") if d["status"] == "ok" and d["line"] is None}
    assert docs["latin1.txt"]["encoding"] == "cp1252" and docs["cp1252.txt"]["encoding"] == "cp1252"
    assert docs["bom.txt"]["encoding"] == "utf-8"
    assert docs["html.txt"]["notes"] == ["HTML markup blanked out (offsets unchanged)"]
    assert docs["nul.txt"]["notes"] == ["3 control character(s) replaced by spaces"]
    assert docs["nbsp.txt"]["notes"] == ["2 no-break or other fixed-width space(s) read as spaces"]
    assert docs["english.txt"]["language"] == "en" and docs["latin1.txt"]["language"] == "de"
    money = [m for m in table(out, "money") if m["doc_id"] == "cp1252"]
    assert [(m["amount"], m["currency"]) for m in money] == [(5.0, "EUR")]


def test_html_is_blanked_with_offsets_into_the_original(bad_output, bad_inputs):
    out, _ = bad_output
    original = (bad_inputs / "html.txt").read_text(encoding="utf-8")
    wien = [m for m in table(out, "mentions") if m["doc_id"] == "html" and m["text"] == "Wien"]
    assert wien and all(original[m["start_char"] : m["end_char"]] == "Wien" for m in wien)
    assert not any("alert" in s["text"] or "<" in s["text"] for s in table(out, "sentences") if s["doc_id"] == "html")


def test_no_break_spaces_are_spaces_with_offsets_into_the_original(bad_output, bad_inputs):
    """SmartData sd-062: spaCy made a token of the no-break space, and NER an organization of the name before it."""
    out, _ = bad_output
    original = (bad_inputs / "nbsp.txt").read_text(encoding="utf-8")
    found = [(m["text"], m["label"]) for m in table(out, "mentions") if m["doc_id"] == "nbsp"]
    assert found == [("Steinmeier", "PER"), ("Baschar al-Assad", "PER")]
    assert original[original.index("Baschar") : original.index("\u00a0und")] == "Baschar al-Assad"


def test_a_no_break_space_between_words_is_a_space_and_a_run_stays():
    """SmartData: a run of no-break spaces as web pages write them is what the bundled model learned; read as plain
    spaces, it cost "FOCUS Online" its second word (659 SmartData articles, stop 38)."""
    cleaned = clean_text("Thomas\u00a0Kunz, 1\u202f000 Euro. Vor 3 Tagen\u00a0\u00a0 FOCUS Online")
    assert cleaned.text == "Thomas Kunz, 1 000 Euro. Vor 3 Tagen\u00a0\u00a0 FOCUS Online"
    assert cleaned.notes == ["2 no-break or other fixed-width space(s) read as spaces"]


def test_duplicate_ids_are_kept_apart_in_input_order(bad_output):
    out, _ = bad_output
    docs = {(d["source_file"], d["line"]): d for d in table(out, "documents")}
    assert docs[("feed.jsonl", 1)]["doc_id"] == "j1"
    assert docs[("feed.jsonl", 9)]["doc_id"] == "j1~2"
    assert docs[("feed.jsonl", 9)]["notes"] == ["duplicate doc_id 'j1': kept as 'j1~2'"]
    assert docs[("feed.jsonl", 11)]["doc_id"] == "latin1"  # feed.jsonl is read before latin1.txt
    assert docs[("latin1.txt", None)]["doc_id"] == "latin1~2"
    assert docs[("feed.jsonl", 8)]["doc_id"] == "8"
    ids = [d["doc_id"] for d in docs.values() if d["doc_id"]]
    assert len(ids) == len(set(ids))


def test_untrusted_ids_and_formulas(bad_output):
    out, _ = bad_output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(
        [f"{t}.{f}" for t in TABLES for f in ("parquet", "csv")] + ["manifest.json"])
    sentence = next(s for s in table(out, "sentences") if s["doc_id"] == "../../etc/passwd")
    assert sentence["text"].startswith("=HYPERLINK")  # Parquet keeps the raw text
    csv_text = (out / "sentences.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in csv_text and "\n=HYPERLINK" not in csv_text and ",=HYPERLINK" not in csv_text


@Language.component("fails_on_kaputt")
def fails_on_kaputt(doc: Doc) -> Doc:
    if "kaputt" in doc.text:
        raise ValueError("the component broke on this text")
    return doc


def test_a_text_spacy_fails_on_is_an_error_row_with_the_exception_and_the_rest_is_kept():
    processor = process.Processor("bundled")
    processor.nlp.add_pipe("fails_on_kaputt", first=True)
    good, bad = processor.process([process.RawDocument("gut", GERMAN, "news.jsonl"),
                                   process.RawDocument("schlecht", "Die Leitung ist kaputt.", "news.jsonl")])
    assert good.status == process.OK and {m["text"] for m in good.rows["mentions"]} == {"Graz", "Steiermark"}
    assert bad.rows["errors"][0]["reason"] == (
        "spaCy failed on this text: ValueError: the component broke on this text")


def test_long_text_is_annotated_in_pieces_with_global_offsets(tmp_path, monkeypatch):
    monkeypatch.setattr(process, "MAX_CHUNK_CHARS", 2_000)
    text = REFERENCE.read_text(encoding="utf-8")
    (tmp_path / "long.jsonl").write_text(jsonl({"id": "long", "text": text}), encoding="utf-8")
    run_extract([tmp_path / "long.jsonl"], tmp_path / "out", model="bundled")
    [doc] = table(tmp_path / "out", "documents")
    assert doc["notes"] == ["annotated in 3 pieces of at most 2,000 characters"]
    for m in table(tmp_path / "out", "mentions"):
        assert text[m["start_char"] : m["end_char"]] == m["text"]
    people = {p["name"] for p in table(tmp_path / "out", "people")}
    assert {"Mark Carney", "Wolodymyr Selenskyj", "Dmitri Medwedew"} <= people


def corpus(folder: Path, n: int, changed: int | None = None) -> Path:
    """n documents made of the reference article's paragraphs; `changed` gets one extra sentence."""
    paragraphs = [p for p in REFERENCE.read_text(encoding="utf-8").splitlines() if len(p) > 80]
    records = []
    for i in range(n):
        text = "\n".join(paragraphs[(i + k) % len(paragraphs)] for k in range(3))
        records.append({"id": f"d{i:03d}", "text": text + (" Neu: Innsbruck." if i == changed else "")})
    path = folder / "news.jsonl"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(jsonl(*records), encoding="utf-8")
    return path


def test_incremental_rerun_processes_only_changed_documents(tmp_path):
    out = tmp_path / "out"
    run_extract([corpus(tmp_path / "v1", 12)], out, model="bundled")
    second = run_extract([corpus(tmp_path / "v2", 13, changed=4)], out, model="bundled")
    assert second.cached == 11  # d004 changed, d012 is new
    fresh = run_extract([tmp_path / "v2"], tmp_path / "fresh", model="bundled", force=True)
    assert fresh.cached == 0
    for name in ("documents", "sentences", "mentions", "money", "people", "places", "organizations"):
        assert table(out, name) == table(tmp_path / "fresh", name), name


def test_sigkill_leaves_previous_outputs_and_the_next_run_finishes(tmp_path):
    out = tmp_path / "out"
    run_extract([REFERENCE], out, model="bundled")
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    inputs = corpus(tmp_path / "big", 60)
    command = [sys.executable, "-m", "pipeline.cli", "extract", str(inputs), "--out", str(out), "--model",
               "bundled", "--batch-size", "4"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cache = out / ".cache" / "documents.sqlite"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if any(out.glob(".staging-*/documents.parquet")) and cache.exists() and cache.stat().st_size > 20_000:
            break
        time.sleep(0.2)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before  # the previous complete outputs, untouched and readable
    assert [d["doc_id"] for d in table(out, "documents")] == ["cbc-carney-selenskyj"]
    summary = run_extract([inputs], out, model="bundled")
    assert summary.ok == 60 and summary.cached > 0
    assert not list(out.glob(".staging-*"))
    assert len(table(out, "documents")) == 60
