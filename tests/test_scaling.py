"""Scaling without changing the tables: workers, Dask, only the requested tables, streaming inputs and writers."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline import cache, writers
from pipeline.cache import DocumentCache
from pipeline.cli import app
from pipeline.engines import PoolEngine, ProcessorSpec
from pipeline.inputs import RawDocument, read_inputs
from pipeline.model import ModelInfo
from pipeline.process import DocResult
from pipeline.run import batches, run_extract
from pipeline.schema import TABLES
from pipeline.selection import parse_tables, unneeded_components
from tests.conftest import REFERENCE

NEWS = [
    {"id": "n1", "text": "Die Stadt Graz hat am Montag 2,5 Millionen Euro für neue Straßenbahnen zugesagt."},
    {"id": "n2", "text": "Bundeskanzler Karl Nehammer traf in Wien den französischen Präsidenten Emmanuel Macron."},
    {"id": "n3", "text": ""},
    {"id": "n4", "text": "Die Europäische Union will der Ukraine weitere 50 Milliarden Euro zur Verfügung stellen. "
                         "Kanada kündigte an, 200 Millionen Dollar für Kiew bereitzustellen."},
    {"id": "n5", "text": "Siemens und die OMV unterzeichneten in Linz ein Abkommen über Wasserstoff."},
]


@pytest.fixture(scope="module")
def small_inputs(tmp_path_factory) -> Path:
    """The reference article, five short news (one empty) and a broken line."""
    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(REFERENCE, raw / REFERENCE.name)
    lines = [json.dumps(r, ensure_ascii=False) for r in NEWS]
    (raw / "news.jsonl").write_text("\n".join([*lines[:2], "{broken", *lines[2:]]) + "\n", encoding="utf-8")
    return raw


@pytest.fixture(scope="module")
def local_output(small_inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local")
    run_extract([small_inputs], out, model="bundled", batch_size=2)
    return out


def table_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".parquet", ".csv"))


def assert_same_tables(first: Path, second: Path) -> None:
    assert table_files(first) == table_files(second)
    for name in table_files(first):
        if name.endswith(".parquet"):
            assert pq.read_table(first / name).to_pylist() == pq.read_table(second / name).to_pylist(), name
        else:
            assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_the_small_input_fills_every_table(local_output):
    rows = json.loads((local_output / "manifest.json").read_text(encoding="utf-8"))["rows"]
    assert set(rows) == set(TABLES) and all(rows.values())
    assert rows["documents"] == 7 and rows["errors"] == 2  # the empty text and the broken line


@pytest.mark.parametrize("workers", [0, 2])
def test_no_worker_process_or_two_write_the_same_tables_as_one(small_inputs, local_output, tmp_path, workers):
    run_extract([small_inputs], tmp_path, model="bundled", batch_size=2, workers=workers)
    assert_same_tables(local_output, tmp_path)


def test_the_worker_starts_at_the_first_document_not_in_the_cache(small_inputs, tmp_path, monkeypatch):
    """A re-run with nothing changed never starts a worker (nor loads the model); one changed document does,
    and its tables are those of a fresh run."""
    started = []
    prepare = PoolEngine.prepare
    monkeypatch.setattr(PoolEngine, "prepare", lambda engine: (started.append(engine.pool is None), prepare(engine)))
    raw = tmp_path / "raw"
    shutil.copytree(small_inputs, raw)
    out = tmp_path / "out"
    run_extract([raw], out, model="bundled", batch_size=2)
    assert started[0] is True and started.count(True) == 1  # started once, at the first document
    started.clear()
    assert run_extract([raw], out, model="bundled", batch_size=2).cached == 5
    assert started == []
    news = raw / "news.jsonl"
    news.write_text(news.read_text(encoding="utf-8").replace("Linz", "Steyr"), encoding="utf-8")
    assert run_extract([raw], out, model="bundled", batch_size=2).cached == 4
    assert started[0] is True and started.count(True) == 1
    fresh = tmp_path / "fresh"
    run_extract([raw], fresh, model="bundled", batch_size=2, force=True)
    assert_same_tables(out, fresh)


def test_dask_cluster_writes_the_same_tables_as_the_local_engine(small_inputs, local_output, tmp_path):
    distributed = pytest.importorskip("distributed", reason="Dask is not installed (pip install -e '.[dask]')")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run_extract([small_inputs], tmp_path, model="bundled", batch_size=2, engine="dask",
                              scheduler=cluster.scheduler_address)
    assert summary.ok == 5
    assert_same_tables(local_output, tmp_path)
    assert json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))["engine"] == "dask"


def test_a_worker_with_another_model_version_fails_the_batch():
    engine = PoolEngine(ProcessorSpec("bundled", 8, tuple(TABLES), ("0.1.0", "de_news_pipeline", "9.9")), workers=1)
    try:
        with pytest.raises(RuntimeError, match=r"model de_news_pipeline .*, the run expects .* de_news_pipeline 9\.9"):
            engine.submit(list(read_inputs([REFERENCE]))).result()
    finally:
        engine.close()


def test_only_the_requested_tables_are_written_and_they_are_the_same(small_inputs, local_output, tmp_path):
    run_extract([small_inputs], tmp_path, model="bundled", batch_size=2, tables=parse_tables("money"))
    assert table_files(tmp_path) == sorted(f"{t}.{f}" for t in ("documents", "errors", "money")
                                           for f in ("parquet", "csv"))
    for name in ("documents", "errors", "money"):
        assert pq.read_table(tmp_path / f"{name}.parquet").equals(pq.read_table(local_output / f"{name}.parquet"))


def test_tables_choose_the_components(nlp):
    everything = [name for name, _ in nlp.pipeline]
    assert unneeded_components(nlp.pipeline, parse_tables("all")) == []
    assert unneeded_components(nlp.pipeline, parse_tables("people,money")) == ["commitment_finder"]
    assert unneeded_components(nlp.pipeline, parse_tables("mentions")) == ["money_matcher", "commitment_finder"]
    # the bundled model segments with the rule-based sentencizer, which listens to no tok2vec
    sentences_only = [n for n in everything if n not in ("paragraph_boundaries", "sentencizer")]
    assert "tok2vec" in sentences_only
    assert unneeded_components(nlp.pipeline, parse_tables("sentences")) == sentences_only
    assert unneeded_components(nlp.pipeline, parse_tables("money")) == [n for n in sentences_only
                                                                        if n != "money_matcher"]


def test_table_names_are_checked():
    assert parse_tables("people, money") == ("documents", "people", "money", "errors")
    assert parse_tables("all") == tuple(TABLES)
    with pytest.raises(ValueError, match="unknown table"):
        parse_tables("persons")
    result = CliRunner().invoke(app, ["extract", str(REFERENCE), "--tables", "persons"])
    assert result.exit_code == 2 and "unknown table(s): persons" in result.output


def test_unknown_engine_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(REFERENCE), "--out", str(tmp_path), "--engine", "spark"])
    assert result.exit_code == 2 and "unknown engine 'spark'" in result.output


def test_csv_is_streamed_with_the_cp1252_fallback(tmp_path):
    """A Windows-1252 record after 2,000 ASCII ones is decoded as such (each record by itself, in one pass)."""
    path = tmp_path / "alt.csv"
    rows = "".join(f"c{i},Meldung {i} aus Wien\n" for i in range(2000))
    path.write_bytes(f"id,text\n{rows}c9,\"Die Bürger zahlten 5 €\nfür die Fähre.\"\n".encode("cp1252"))
    docs = list(read_inputs([path]))
    assert len(docs) == 2001 and {d.encoding for d in docs[:-1]} == {"utf-8"} and docs[-1].encoding == "cp1252"
    assert docs[-1].text == "Die Bürger zahlten 5 €\nfür die Fähre." and docs[-1].line == 2002


def test_parquet_row_groups_are_written_as_they_fill(tmp_path, monkeypatch):
    monkeypatch.setattr(writers, "ROW_GROUP_ROWS", 5)
    output = writers.OutputSet(tmp_path, ("parquet",), {})
    rows = [{"doc_id": f"d{i}", "reason": "empty text"} for i in range(12)]
    for start in range(0, 12, 4):
        output.write("errors", rows[start : start + 4])
    output.commit({})
    parquet = pq.ParquetFile(tmp_path / "errors.parquet")
    assert parquet.metadata.num_row_groups == 2  # 8 rows once 5 were reached, then the last 4
    assert [r["doc_id"] for r in parquet.read().to_pylist()] == [r["doc_id"] for r in rows]


def test_cache_keeps_only_what_the_last_run_used(tmp_path):
    path = tmp_path / "cache.sqlite"
    first = DocumentCache(path)
    for key in ("k1", "k2"):
        first.put(key, DocResult("ok"))
    first.close()
    second = DocumentCache(path)
    assert second.get("k1") == DocResult("ok") and second.get("k2") is not None
    second.put("k3", DocResult("ok"))
    second.prune()
    second.close()
    third = DocumentCache(path)
    assert third.get("k1") is not None and third.get("k3") is not None
    third.prune()
    third.close()
    keys = sqlite3.connect(path).execute("SELECT key FROM results ORDER BY key").fetchall()
    assert keys == [("k1",), ("k3",)]


def test_a_new_release_of_a_data_library_makes_cached_results_stale(tmp_path, monkeypatch):
    model = ModelInfo("de_news_pipeline", "0.1.0", str(tmp_path))
    before = cache.fingerprint(model)
    assert cache.fingerprint(model) == before
    released = cache.version
    monkeypatch.setattr(cache, "version", lambda package: "9.9" if package == "iso3166-2" else released(package))
    assert cache.fingerprint(model) != before


def test_cached_documents_ride_along_so_changed_ones_are_annotated_together():
    """A re-run with every tenth document changed: batches close on documents to process, not on inputs."""
    entries = [(RawDocument(f"doc{i}", "Text.", "news.jsonl"), f"key{i}", None if i % 10 == 0 else DocResult("ok"))
               for i in range(100)]
    sizes = [len(batch) for batch in batches(entries, batch_size=3)]
    assert sizes == [21, 30, 30, 19]
    assert [len(batch) for batch in batches(entries, batch_size=3, max_entries=25)] == [21, 25, 25, 25, 4]


def test_batches_stay_within_their_characters_unless_one_document_alone_is_longer():
    texts = ["a" * 300, "b" * 500, "c" * 400, "d" * 1500, "e" * 100, "f" * 900]
    entries = [(RawDocument(f"d{i}", text, "news.jsonl"), f"key{i}", None) for i, text in enumerate(texts)]
    sizes = [[len(item.text) for item, _, _ in batch] for batch in batches(entries, batch_size=32, max_chars=1000)]
    assert sizes == [[300, 500], [400], [1500], [100, 900]]


def test_form_tests_answer_for_every_token_and_remember_each_form_once(nlp):
    from spacy.attrs import LOWER

    from pipeline.form_test import FormTest

    asked: list[str] = []
    currency = FormTest(nlp.vocab.strings, LOWER, lambda form: asked.append(form) or form in {"euro", "dollar"})
    doc = nlp.make_doc("Euro und Dollar: 5 Euro sind nicht 5 Dollar, sagt der Euro-Fan.")
    assert [t.text for t, hit in zip(doc, currency.mask(doc), strict=True) if hit] == ["Euro", "Dollar", "Euro",
                                                                                         "Dollar"]
    assert sorted(asked) == sorted({t.lower_ for t in doc})  # each form once, however often it occurs
    currency.mask(doc)
    assert len(asked) == len({t.lower_ for t in doc})  # and never again


def test_money_is_found_around_currency_words_anywhere_in_a_long_text(nlp):
    filler = "Der Gemeinderat tagte lange und beriet über viele Punkte der Tagesordnung. " * 40
    text = (f"Graz erhält knapp über 1,5 Milliarden Euro. {filler}Linz bekommt zwischen 10 und 20 Mio. Euro, "
            f"Wels rund 300.000 Schweizer Franken. {filler}Am Ende stand € 3,5 Mio.")
    doc = nlp(text)
    assert [(s.text, s._.money.amount, s._.money.currency) for s in doc.spans["money"]] == [
        ("knapp über 1,5 Milliarden Euro", 1.5e9, "EUR"),
        ("zwischen 10 und 20 Mio. Euro", 1e7, "EUR"),
        ("rund 300.000 Schweizer Franken", 3e5, "CHF"),
        ("€ 3,5 Mio.", 3.5e6, "EUR"),
    ]


def test_freed_memory_is_kept_for_the_next_batch_on_glibc():
    import platform

    from pipeline.allocator import keep_freed_memory

    if platform.libc_ver()[0] != "glibc":
        pytest.skip("the malloc settings exist in glibc only")
    assert keep_freed_memory() is True
