"""Reading inputs: every format, metadata, ids, and a clear reason for every document that fails."""

from __future__ import annotations

import codecs
import json
from datetime import datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import inputs
from pipeline.inputs import InputFailure, RawDocument, SkippedFile, read_inputs, unique_ids
from pipeline.writers import OutputSet
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


def test_tsv_text_starting_with_a_quotation_mark_keeps_the_rows_after_it(tmp_path):
    path = tmp_path / "zitate.tsv"
    path.write_text(
        'id\ttext\nq1\t"Wir helfen, sagte Olaf Scholz in Berlin.\nq2\tAngela Merkel besuchte Paris.\n'
        'q3\t"Nein", sagte Emmanuel Macron in Lyon.\n',
        encoding="utf-8",
    )
    docs = read_all(path)
    assert [(d.doc_id, d.text, d.line) for d in docs] == [
        ("q1", '"Wir helfen, sagte Olaf Scholz in Berlin.', 2),
        ("q2", "Angela Merkel besuchte Paris.", 3),
        ("q3", '"Nein", sagte Emmanuel Macron in Lyon.', 4),
    ]
    assert [d.notes for d in docs] == [[inputs.UNQUOTED_NOTE], [], [inputs.UNQUOTED_NOTE]]


def test_one_unquoted_tsv_line_leaves_the_other_records_quoted(tmp_path):
    path = tmp_path / "pandas.tsv"
    texts = ['Erster Absatz über Wien.\nOlaf Scholz sagte "Wir helfen."', "Angela Merkel besuchte Paris."]
    pd.DataFrame({"id": ["a1", "a2"], "text": texts}).to_csv(path, sep="\t", index=False)
    with path.open("a", encoding="utf-8") as fh:
        fh.write('a3\t"Nein", sagte Emmanuel Macron in Lyon.\n')  # added by hand, unquoted
    docs = read_all(path)
    assert [(d.doc_id, d.text, d.line, d.notes) for d in docs] == [
        ("a1", 'Erster Absatz über Wien.\nOlaf Scholz sagte "Wir helfen."', 2, []),
        ("a2", "Angela Merkel besuchte Paris.", 4, []),
        ("a3", '"Nein", sagte Emmanuel Macron in Lyon.', 5, [inputs.UNQUOTED_NOTE]),
    ]


def test_tsv_quoted_field_longer_than_the_cap_is_read_unquoted(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_RECORD_LINES", 2)
    path = tmp_path / "lang.tsv"
    path.write_text('id\ttext\nt1\t"Wien,\nGraz,\nLinz"\n', encoding="utf-8")
    items = read_all(path)
    assert [(type(i).__name__, i.line, i.doc_id) for i in items] == [
        ("RawDocument", 2, "t1"),
        ("InputFailure", 3, "Graz,"),  # a line of its own: no `text` field
        ("InputFailure", 4, 'Linz"'),
    ]
    assert (items[0].text, items[0].notes) == ('"Wien,', [inputs.UNQUOTED_NOTE])


def test_quoted_tsv_as_pandas_writes_it_is_still_read_with_its_quoting(tmp_path):
    path = tmp_path / "pandas.tsv"
    path.write_text(
        'id\ttext\nt1\t"Erste Zeile.\nScholz sagte: ""Wir helfen."""\nt2\tLinz an der Donau\n', encoding="utf-8"
    )
    docs = read_all(path)
    assert [(d.doc_id, d.text, d.line, d.notes) for d in docs] == [
        ("t1", 'Erste Zeile.\nScholz sagte: "Wir helfen."', 2, []),
        ("t2", "Linz an der Donau", 4, []),
    ]


def test_row_with_more_fields_than_the_header_is_an_error_not_cut_short(tmp_path):
    (tmp_path / "komma.csv").write_text(
        "id,text\nc1,Olaf Scholz sprach, danach redete Angela Merkel in Berlin.\nc2,Angela Merkel besuchte Paris.\n",
        encoding="utf-8",
    )
    (tmp_path / "tab.tsv").write_text(
        "id\ttext\nt1\tOlaf Scholz sprach.\tDanach redete Angela Merkel in Berlin.\n", encoding="utf-8"
    )
    comma, kept, tab = read_all(tmp_path)
    assert comma == InputFailure("komma.csv", "3 fields, the header has 2 (an unquoted ',' in the text?)", 2, "c1")
    assert (kept.doc_id, kept.text, kept.line) == ("c2", "Angela Merkel besuchte Paris.", 3)
    assert tab == InputFailure("tab.tsv", "3 fields, the header has 2 (an unquoted '\\t' in the text?)", 2, "t1")


def test_csv_quote_that_is_never_closed_is_reported_and_keeps_the_rows_after_it(tmp_path):
    path = tmp_path / "zitat.csv"
    path.write_text(
        'id,text\nc1,Angela Merkel besuchte Paris.\nc2,"Wir helfen, sagte Olaf Scholz.\n'
        'c3,Emmanuel Macron sprach in Lyon.\nc4,"Karl Nehammer traf Alexander Van der Bellen in Wien."\n',
        encoding="utf-8",
    )
    first, broken, third, fourth = read_all(path)
    assert (first.doc_id, first.text) == ("c1", "Angela Merkel besuchte Paris.")
    assert broken == InputFailure("zitat.csv", "malformed quoting: quoted field not closed", 3, "c2")
    assert [(d.doc_id, d.text, d.line) for d in (third, fourth)] == [
        ("c3", "Emmanuel Macron sprach in Lyon.", 4),
        ("c4", "Karl Nehammer traf Alexander Van der Bellen in Wien.", 5),
    ]


def test_csv_quotation_marks_inside_a_quoted_text_give_one_failure_not_documents_of_its_lines(tmp_path):
    path = tmp_path / "zitate.csv"
    path.write_text(
        'id,text\nc1,"Sie sagte "Nein" und ging.\nAm Abend kam sie zurück, sagte die Polizei in Graz."\n'
        "c2,Angela Merkel besuchte Paris.\n"
        'c3,"Olaf Scholz sagte: „Wir helfen"."\n',  # a German opening quote closed by a straight one
        encoding="utf-8",
    )
    broken, second, third = read_all(path)
    assert broken == InputFailure("zitate.csv", "malformed quoting: ',' expected after '\"' (lines 2-3)", 2, "c1")
    assert (second.doc_id, second.text, second.line, second.notes) == ("c2", "Angela Merkel besuchte Paris.", 4, [])
    assert (third.doc_id, third.text, third.line) == ("c3", 'Olaf Scholz sagte: „Wir helfen."', 5)
    assert third.notes == [inputs.LENIENT_NOTE]


def test_trailing_delimiter_is_no_extra_field(tmp_path):
    (tmp_path / "komma.csv").write_text(
        "id,text\nc1,Angela Merkel besuchte Paris.,\nc2,Olaf Scholz sprach in Berlin., \n", encoding="utf-8"
    )
    (tmp_path / "tab.tsv").write_text("id\ttext\nt1\tLinz an der Donau\t\t\n", encoding="utf-8")
    docs = read_all(tmp_path)
    assert [(d.doc_id, d.text, d.notes) for d in docs] == [
        ("c1", "Angela Merkel besuchte Paris.", []),
        ("c2", "Olaf Scholz sprach in Berlin.", []),
        ("t1", "Linz an der Donau", []),
    ]


def test_csv_joining_a_windows_1252_and_a_utf8_export_decodes_each_record(tmp_path):
    path = tmp_path / "verbunden.csv"
    old = "id,title,text\r\nc1,Er rief „Spaß“,Grüße aus Köln und Düsseldorf\r\nc2,,Wien\r\n".encode("cp1252")
    new = "u1,Straße,Bürgermeisterin Müller in Graz\r\nu2,,Die Stra".encode() + b"\xdf" + "e nach Köln\r\n".encode()
    path.write_bytes(old + new)
    docs = read_all(path)
    assert [(d.doc_id, d.title, d.text, d.encoding, d.notes) for d in docs] == [
        ("c1", "Er rief „Spaß“", "Grüße aus Köln und Düsseldorf", "cp1252", []),
        ("c2", None, "Wien", "utf-8", []),  # ASCII
        ("u1", "Straße", "Bürgermeisterin Müller in Graz", "utf-8", []),
        ("u2", None, "Die Straße nach Köln", "utf-8", ["1 byte(s) not valid UTF-8 read as Windows-1252"]),
    ]


def test_excel_sep_line_names_the_delimiter(tmp_path):
    (tmp_path / "semikolon.csv").write_text(
        "sep=;\r\nid;text;title\r\nj1;Linz an der Donau, Oberösterreich;Linz\r\n", encoding="utf-8"
    )
    (tmp_path / "tabs.csv").write_text("sep=\t\nid\ttext\nj2\tGraz, Steiermark\n", encoding="utf-8")
    docs = read_all(tmp_path)
    assert [(d.doc_id, d.text, d.title, d.line) for d in docs] == [
        ("j1", "Linz an der Donau, Oberösterreich", "Linz", 3),
        ("j2", "Graz, Steiermark", None, 3),
    ]


def test_renamed_duplicate_ids_never_take_an_id_of_the_input(tmp_path):
    path = tmp_path / "dup.jsonl"
    ids = ["a1", "a1", "a1~2", "b1~2", "b1", "b1"]
    path.write_text(
        "".join(json.dumps({"id": i, "text": "Angela Merkel besuchte Paris."}) + "\n" for i in ids), encoding="utf-8"
    )
    docs = list(unique_ids(read_inputs([path])))
    assert [d.doc_id for d in docs] == ["a1", "a1~2", "a1~2~2", "b1~2", "b1", "b1~3"]
    assert docs[2].notes == ["duplicate doc_id 'a1~2': kept as 'a1~2~2'"]
    assert docs[5].notes == ["duplicate doc_id 'b1': kept as 'b1~3'"]


def test_tables_of_an_earlier_run_inside_the_input_folder_are_not_read(tmp_path):
    from pipeline.model import ModelInfo
    from pipeline.run import RunSummary, manifest

    raw, out = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    (raw / "wien.txt").write_text("Wien ist die Hauptstadt Österreichs.", encoding="utf-8")
    output = OutputSet(out, ("parquet", "csv"), {})
    output.write("documents", [{"doc_id": "wien", "source_file": "raw/wien.txt", "status": "ok"}])
    summary = RunSummary(out, ModelInfo("de_news_pipeline", "0.1.0", "bundled"))
    output.commit(manifest(summary, [tmp_path], ("parquet", "csv"), ("documents",), 0, "local", datetime.now()))
    (tmp_path / "tables").mkdir()  # a folder of documents.csv files that is no run output is input
    (tmp_path / "tables" / "documents.csv").write_text("id,text\nd1,Linz an der Donau\n", encoding="utf-8")
    assert [(d.doc_id, d.source_file) for d in read_all(tmp_path)] == [
        ("wien", "raw/wien.txt"),
        ("d1", "tables/documents.csv"),
    ]
    assert [d.source_file for d in read_all(out / "documents.csv")] == ["documents.csv"]  # named explicitly: read


def test_utf8_text_with_a_stray_latin1_byte_keeps_its_umlauts(tmp_path):
    path = tmp_path / "gemischt.txt"
    path.write_bytes("Grüße aus München\n".encode() + "Straße".encode("cp1252"))
    [doc] = read_all(path)
    assert doc.text == "Grüße aus München\nStraße" and doc.encoding == "utf-8"
    assert doc.notes == ["1 byte(s) not valid UTF-8 read as Windows-1252"]


def test_csv_with_a_stray_latin1_byte_notes_only_its_record(tmp_path):
    path = tmp_path / "gemischt.csv"
    path.write_bytes("id,text\nc1,Grüße aus München\nc2,Die Stra".encode() + b"\xdf" + "e nach Köln\n".encode())
    first, second = read_all(path)
    assert (first.text, first.encoding, first.notes) == ("Grüße aus München", "utf-8", [])
    assert (second.text, second.encoding) == ("Die Straße nach Köln", "utf-8")
    assert second.notes == ["1 byte(s) not valid UTF-8 read as Windows-1252"]
    path.write_bytes("id,text\nc1,Spaß in Köln („Karneval“)\n".encode("cp1252"))  # "ß“" is valid UTF-8 by chance
    [legacy] = read_all(path)
    assert (legacy.text, legacy.encoding, legacy.notes) == ("Spaß in Köln („Karneval“)", "cp1252", [])


def test_multiline_csv_records_get_the_line_they_start_on(tmp_path):
    path = tmp_path / "multi.csv"
    path.write_text(
        'id,text,title\r\n,"Erste Zeile.\nZweite Zeile mit Angela Merkel in Berlin.\nDritte Zeile.",T1\r\n'
        ",Olaf Scholz traf Alexander Van der Bellen in Wien.,T2\r\n\r\n"
        ",Emmanuel Macron sprach in Paris.,T3\r\n",
        encoding="utf-8",
    )
    docs = read_all(path)
    assert [(d.doc_id, d.line, d.title) for d in docs] == [
        ("multi-2", 2, "T1"),
        ("multi-5", 5, "T2"),
        ("multi-7", 7, "T3"),
    ]


def test_utf16_files_with_a_byte_order_mark_are_read(tmp_path):
    (tmp_path / "notepad.txt").write_bytes("Olaf Scholz traf Emmanuel Macron in Paris.\r\n".encode("utf-16"))
    (tmp_path / "excel.csv").write_bytes("id\ttext\r\nx1\tGrüße aus München\r\n".encode("utf-16"))
    jsonl = '{"id": "j1", "text": "Linz an der Donau"}\r\n'
    (tmp_path / "shell.jsonl").write_bytes(codecs.BOM_UTF16_BE + jsonl.encode("utf-16-be"))
    excel, notepad, shell = read_all(tmp_path)
    assert (excel.doc_id, excel.text, excel.encoding) == ("x1", "Grüße aus München", "utf-16")
    assert (shell.doc_id, shell.text, shell.line, shell.encoding) == ("j1", "Linz an der Donau", 1, "utf-16")
    assert (notepad.text, notepad.encoding) == ("Olaf Scholz traf Emmanuel Macron in Paris.\r\n", "utf-16")
