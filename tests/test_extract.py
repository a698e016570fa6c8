"""End to end: the reference article in, joinable tables out (schemas, ids, offsets, manifest)."""

from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import EXIT_SOME_FAILED, app
from pipeline.run import run_extract
from pipeline.schema import TABLES
from tests.conftest import REFERENCE

CORE_TABLES = ("documents", "sentences", "mentions", "people", "places", "organizations", "money")


def table(folder, name) -> list[dict]:
    return pq.read_table(folder / f"{name}.parquet").to_pylist()


@pytest.mark.parametrize("name", CORE_TABLES)
def test_every_table_in_both_formats_with_the_documented_schema(reference_output, name):
    parquet = pq.read_table(reference_output / f"{name}.parquet")
    assert parquet.schema.names == TABLES[name].names
    assert parquet.schema.remove_metadata() == TABLES[name].arrow_schema()
    header = (reference_output / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == TABLES[name].names


def test_offsets_and_sentences_point_into_the_text(reference_output, reference_text):
    sentences = {(s["doc_id"], s["sent_id"]): s for s in table(reference_output, "sentences")}
    for s in sentences.values():
        assert reference_text[s["start_char"] : s["end_char"]] == s["text"]
    mentions = table(reference_output, "mentions")
    for m in mentions:
        assert reference_text[m["start_char"] : m["end_char"]] == m["text"]
        sentence = sentences[(m["doc_id"], m["sent_id"])]
        assert sentence["start_char"] <= m["start_char"] < m["end_char"] <= sentence["end_char"]
    for row in table(reference_output, "money"):
        assert reference_text[row["start_char"] : row["end_char"]] == row["text"]
        assert row["text"] in row["sentence"]


def test_every_line_begins_a_sentence_and_no_sentence_is_empty(reference_output, reference_text):
    """A line break ends its sentence and starts none of its own (the table held one empty sentence for each of
    the reference article's 18 line breaks after a full stop)."""
    sentences = table(reference_output, "sentences")
    assert all(s["text"] and "\n" not in s["text"] for s in sentences)
    [doc] = table(reference_output, "documents")
    text = reference_text[: doc["n_chars"]]  # without the source line the reader takes off
    line_starts = {i + 1 for i, char in enumerate(text) if char == "\n" and i + 1 < len(text) and text[i + 1].strip()}
    assert line_starts <= {s["start_char"] for s in sentences}
    assert [s["sent_id"] for s in sentences] == list(range(len(sentences)))


def test_ids_join(reference_output):
    ids = {r["person_id"] for r in table(reference_output, "people")}
    ids |= {r["place_id"] for r in table(reference_output, "places")}
    ids |= {r["org_id"] for r in table(reference_output, "organizations")}
    linked = [m for m in table(reference_output, "mentions") if m["label"] != "MISC"]
    assert linked and all(m["entity_id"] in ids for m in linked)
    assert all(m["entity_id"] is None for m in table(reference_output, "mentions") if m["label"] == "MISC")


def test_reference_document_row(reference_output):
    [doc] = table(reference_output, "documents")
    assert doc["doc_id"] == "cbc-carney-selenskyj" and doc["source"] == "cbc.ca" and doc["status"] == "ok"
    assert doc["n_chars"] == len(REFERENCE.read_text(encoding="utf-8").rstrip()[: -len("cbc.ca")].rstrip("\n"))
    assert doc["n_sentences"] == len(table(reference_output, "sentences"))


def test_canonical_names_without_case_endings(reference_output):
    people = {p["name"]: p for p in table(reference_output, "people")}
    assert set(people["Mark Carney"]["aliases"]) >= {"Carney", "Carneys"}
    places = {p["name"]: p for p in table(reference_output, "places")}
    assert places["Russland"]["country_code"] == "RU" and "Russlands" in places["Russland"]["aliases"]
    assert places["Kiew"]["country_code"] == "UA" and places["Kiew"]["kind"] == "city"
    assert places["Sowjetunion"]["country_code"] == "SU"
    assert "Europäische Union" in {o["name"] for o in table(reference_output, "organizations")}


def test_manifest_counts_and_model(reference_output):
    manifest = json.loads((reference_output / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == {"seen": 1, "ok": 1, "error": 0, "skipped": 0, "from_cache": 0}
    assert manifest["model"]["name"] == "de_news_pipeline"
    assert manifest["rows"]["mentions"] == len(table(reference_output, "mentions"))
    assert set(manifest["rows"]) >= set(CORE_TABLES)


def test_same_input_same_ids_and_rows(reference_output, tmp_path):
    again = tmp_path / "again"
    run_extract([REFERENCE.parent], again, model="bundled")
    for name in CORE_TABLES:
        assert table(again, name) == table(reference_output, name)


def test_failures_are_reported_and_the_run_goes_on(tmp_path):
    inputs = tmp_path / "raw"
    inputs.mkdir()
    shutil.copy(REFERENCE, inputs / "good.txt")
    (inputs / "feed.jsonl").write_text('{"id": "x1", "text": "Graz liegt in der Steiermark."}\n{"id": broken\n',
                                       encoding="utf-8")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(inputs), "--out", str(out), "--model", "bundled"])
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    rows = {(r["source_file"], r["line"]): r for r in table(out, "documents")}
    assert rows[("feed.jsonl", 1)]["status"] == "ok"
    assert rows[("feed.jsonl", 2)]["status"] == "error"
    assert rows[("feed.jsonl", 2)]["error"].startswith("invalid JSON")
    assert rows[("empty.txt", None)]["error"] == "empty text"
    assert rows[("good.txt", None)]["status"] == "ok"
    assert "2 document(s) failed" in result.output
    assert [(e["source_file"], e["line"]) for e in table(out, "errors")] == [("empty.txt", None), ("feed.jsonl", 2)]


def test_missing_input_and_unknown_format_are_usage_errors(tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["extract", str(tmp_path / "nope")]).exit_code == 2
    result = runner.invoke(app, ["extract", str(REFERENCE), "--out", str(tmp_path), "--format", "xlsx"])
    assert result.exit_code == 2 and "unknown output format" in result.output
    result = runner.invoke(app, ["extract", str(REFERENCE), "--out", str(tmp_path), "--format", ""])
    assert result.exit_code == 2 and "no output format" in result.output
    result = runner.invoke(app, ["extract", str(REFERENCE), "--out", str(REFERENCE)])
    assert result.exit_code == 2 and "is a file, not a folder" in result.output


def test_a_run_leaves_no_table_of_an_earlier_run(tmp_path):
    """A run with fewer tables or formats than the one before removes the earlier run's other table files, so
    `evaluate` or a notebook never reads two runs' tables as one; other files stay."""
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["extract", str(REFERENCE), "--out", str(out)]).exit_code == 0
    (out / "notes.md").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(REFERENCE), "--out", str(out), "--tables", "money", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "documents.csv", "errors.csv", "manifest.json", "money.csv", "notes.md"]



def test_a_folder_that_held_no_run_keeps_its_files(tmp_path):
    """A user's own `places.csv`, or the input `documents.csv` itself, is no earlier run's table (review)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "documents.csv").write_text("id,text\na1,Olaf Scholz besuchte Kiew.\n", encoding="utf-8")
    (folder / "places.csv").write_text("name\nKiew\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(folder / "documents.csv"), "--out", str(folder),
                                      "--format", "parquet", "--tables", "people"])
    assert result.exit_code == 0, result.output
    assert (folder / "documents.csv").read_text(encoding="utf-8").startswith("id,text")
    assert (folder / "places.csv").read_text(encoding="utf-8") == "name\nKiew\n"
    assert (folder / "people.parquet").exists()
