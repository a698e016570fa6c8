"""`pipeline report`: the HTML file's content, its offline-safety in headless Chromium, and Parquet metadata."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline import __version__
from pipeline.cli import app
from pipeline.model import resolve_model
from pipeline.report import render_report, write_report
from pipeline.report.data import load_output
from pipeline.report.geo import EUROPE, WORLD, labelled, points, within
from pipeline.report.page import table
from pipeline.report.sections import (
    NO_COMMITMENTS,
    amount_text,
    committed_totals,
    entity_names,
    flatten,
    mention_counts,
    per_period,
)
from pipeline.schema import SCHEMA_VERSION, TABLES
from tests.browser import BrowserUnavailable, ensure_chromium, load_page
from tests.conftest import shared_file

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="session")
def chromium() -> str:
    try:
        return ensure_chromium()
    except BrowserUnavailable as exc:
        pytest.skip(f"no headless Chromium: {exc}")


def fetched(html: str) -> list[str]:
    """Every address the page would load (src and href), in page order."""
    return re.findall(r'(?:src|href)="([^"]*)"', html)


def image_alts(html: str) -> list[str]:
    return re.findall(r'<img src="data:image/png;base64,[^"]+" alt="([^"]*)">', html)


def write_output(folder: Path, suffix: str = "parquet", **tables: pd.DataFrame) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, df in tables.items():
        if suffix == "parquet":
            df.to_parquet(folder / f"{name}.parquet")
        else:
            df.to_csv(folder / f"{name}.csv", index=False)
    return folder


def small_tables(**changes: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """A tiny output: three documents over three days, two people, Vienna and Austria, one amount."""
    tables = {
        "documents": pd.DataFrame({
            "doc_id": ["a", "b", "c"], "source_file": "news.jsonl", "line": [1, 2, 3], "source": "orf.at",
            "published": ["2025-08-24", "2025-08-26T10:00:00+02:00", None], "category": ["Inland", None, None],
            "status": ["ok", "ok", "error"], "error": [None, None, "empty text"],
        }),
        "people": pd.DataFrame({"person_id": ["per_1", "per_2"], "name": ["Anna Berger", "Karl Huber"],
                                "n_mentions": [3, 1]}),
        "places": pd.DataFrame({"place_id": ["loc_1", "loc_2", "loc_3", "loc_4"],
                                "name": ["Wien", "Österreich", "Kananaskis", "Kanada"], "n_mentions": [4, 2, 1, 1],
                                "latitude": [48.20849, 48.20849, None, 45.41117],
                                "longitude": [16.37208, 16.37208, None, -75.69812]}),
        "organizations": pd.DataFrame({"org_id": ["org_1"], "name": ["ÖVP"], "n_mentions": [2]}),
        "money": pd.DataFrame({"amount": [2e9, 5e6, 2.5], "currency": ["EUR", "EUR", None]}),
    }
    return {**tables, **changes}


COMMITMENTS = pd.DataFrame({
    "actor": ["Kanadas", "Kanada", "EU", None, "EU"], "actor_id": ["loc_4", "loc_4", None, None, None],
    "kind": "pledge",
    "status": ["asserted", "asserted", "negated", "asserted", "asserted"],
    "amount": [2e9, 5e8, 5e10, None, 1e6], "currency": ["CAD", "CAD", "EUR", None, "EUR"], "recipient": "Ukraine",
    "doc_id": "a", "sentence": ["Kanadas Regierung sagt 2 Milliarden zu.", "Kanada gibt 500 Millionen.",
                                "Die EU gibt keine 50 Milliarden.", "Ohne Betrag.", "Die EU gibt eine Million."],
})


def test_reference_report_is_complete_and_self_contained(reference_output):
    html = render_report(reference_output)
    out = load_output(reference_output)
    assert f'<div class="card"><b>{len(out.table("documents"))}</b>documents</div>' in html
    committed = out.table("commitments") is not None and not committed_totals(
        out.table("commitments"), entity_names(out)).empty
    assert image_alts(html) == [
        "documents by source", "top people by mentions", "top places by mentions",
        "top organizations by mentions", "map of places worldwide", "map of places in Europe",
        "number of amounts by currency",
    ] + ["committed money by actor and currency"] * committed
    assert all(url.startswith(("data:", "#")) for url in fetched(html))
    assert "<script" not in html
    assert ('<td>USD</td><td class="num">3</td><td class="num">54,000,000,000</td>'
            '<td class="num">2,000,000,000</td><td class="num">50,000,000,000</td>') in html
    assert "No document has a publication date (published)" in html
    assert all(f"<summary>{name}</summary>" in html for name in TABLES)


def test_report_says_what_is_missing(tmp_path):
    tables = small_tables(places=small_tables()["places"].drop(columns=["latitude", "longitude"]))
    html = render_report(write_output(tmp_path / "out", **tables))
    assert html.count(NO_COMMITMENTS) == 2
    assert "The places table of this output has no coordinates: no map." in html
    assert "No manifest.json in this output." in html
    assert image_alts(html) == [
        "documents over time", "documents by source", "documents by category", "top people by mentions",
        "top places by mentions", "top organizations by mentions", "number of amounts by currency",
    ]
    assert "2 of 3 documents have a publication date." in html
    assert "<td>c</td><td>news.jsonl</td><td>3</td><td class=\"long\">empty text</td>" in html


def test_report_without_located_places_or_money(tmp_path):
    places = small_tables()["places"].assign(latitude=None, longitude=None)
    html = render_report(write_output(tmp_path / "out", **small_tables(places=places, money=pd.DataFrame(
        {"amount": pd.Series([], dtype=float), "currency": pd.Series([], dtype=str)}))))
    assert "No place in this output has coordinates: no map." in html
    assert "No amounts of money in this output." in html


def test_report_uses_commitments(tmp_path):
    html = render_report(write_output(tmp_path / "out", **small_tables(commitments=COMMITMENTS)))
    assert NO_COMMITMENTS not in html
    assert "committed money by actor and currency" in image_alts(html)
    rows = re.findall(r'<tr><td>([^<]*)</td><td>pledge</td><td>(\w+)</td><td class="num">([^<]*)</td>'
                      r'<td>([^<]*)</td><td>Ukraine</td><td>a</td><td class="long">([^<]*)</td></tr>', html)
    assert rows == [
        ("EU", "negated", "50,000,000,000", "EUR", "Die EU gibt keine 50 Milliarden."),
        ("Kanadas", "asserted", "2,000,000,000", "CAD", "Kanadas Regierung sagt 2 Milliarden zu."),
        ("Kanada", "asserted", "500,000,000", "CAD", "Kanada gibt 500 Millionen."),
        ("EU", "asserted", "1,000,000", "EUR", "Die EU gibt eine Million."),
    ]
    names = pd.Series({"loc_4": "Kanada"})
    assert committed_totals(COMMITMENTS, names).to_dict() == {"Kanada (CAD)": 2.5e9, "EU (EUR)": 1e6}


def test_commitments_without_amounts(tmp_path):
    html = render_report(write_output(tmp_path / "out", **small_tables(commitments=COMMITMENTS.iloc[3:4])))
    assert "1 commitment(s), none asserted with an amount." in html
    assert "No commitment with an amount." in html


def test_csv_output_gives_the_same_report(tmp_path):
    from_parquet = render_report(write_output(tmp_path / "parquet", **small_tables()))
    from_csv = render_report(write_output(tmp_path / "csv", suffix="csv", **small_tables()))
    assert image_alts(from_csv) == image_alts(from_parquet)
    assert '<td>EUR</td><td class="num">2</td><td class="num">2,005,000,000</td>' in from_csv


def test_per_period_fills_gaps_and_picks_a_readable_step():
    days = pd.to_datetime(pd.Series(["2025-08-24", "2025-08-24T23:00:00+00:00", "2025-08-26"]), utc=True,
                          format="ISO8601")
    assert per_period(days).to_dict() == {"2025-08-24": 2, "2025-08-25": 0, "2025-08-26": 1}
    years = pd.to_datetime(pd.Series(["2023-01-15", "2024-03-02"]), utc=True)
    months = per_period(years)
    assert (len(months), months.index[0], months.index[-1], months.sum()) == (15, "2023-01", "2024-03", 2)


def test_formatting_helpers():
    assert [amount_text(v) for v in (2e9, 2.5, 11200.0)] == ["2,000,000,000", "2.50", "11,200"]
    assert flatten({"run_id": "x", "model": {"name": "m", "version": "1"}, "inputs": ["a", "b"]}) == {
        "run_id": "x", "model.name": "m", "model.version": "1", "inputs": "a, b"}


def test_table_cells_are_escaped_and_missing_values_empty():
    df = pd.DataFrame({"name": ["<b>&", None], "amount": [1.5, float("nan")]})
    assert table(df, numeric=("amount",)) == (
        '<table><thead><tr><th>name</th><th class="num">amount</th></tr></thead><tbody>'
        '<tr><td>&lt;b&gt;&amp;</td><td class="num">1.5</td></tr><tr><td></td><td class="num"></td></tr>'
        "</tbody></table>")


def test_map_points_share_a_location_and_labels_do_not_collide():
    places = pd.DataFrame({"name": ["Wien", "Österreich", "Graz", "Linz", "Peking"], "n_mentions": [5, 3, 2, 1, 1],
                           "latitude": [48.20849, 48.20849, 47.06667, 48.30639, 39.9075],
                           "longitude": [16.37208, 16.37208, 15.45, 14.28611, 116.39723]})
    merged = points(places)
    assert merged[["name", "n_mentions"]].values.tolist() == [
        ["Wien / Österreich", 8], ["Graz", 2], ["Linz", 1], ["Peking", 1]]
    assert labelled(merged, WORLD).name.tolist() == ["Wien / Österreich", "Peking"]
    assert labelled(within(merged, EUROPE), EUROPE).name.tolist() == ["Wien / Österreich", "Graz", "Linz"]


def test_cli_report(reference_output, tmp_path):
    dest = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(reference_output), "--out", str(dest)])
    assert result.exit_code == 0, result.output
    assert result.output == f"report: {dest} ({dest.stat().st_size / 1e6:.1f} MB)\n"
    missing = CliRunner().invoke(app, ["report", str(tmp_path / "nothing")])
    assert missing.exit_code == 2
    assert "has no documents table" in missing.output


def test_parquet_files_carry_schema_and_model(reference_output):
    files = sorted(reference_output.glob("*.parquet"))
    assert {f.stem for f in files} >= {"documents", "sentences", "mentions", "people", "places", "money"}
    for path in files:
        table = TABLES[path.stem]
        meta = {k.decode(): v.decode() for k, v in pq.read_schema(path).metadata.items()}
        assert json.loads(meta["model"]) == resolve_model("bundled").as_dict()
        assert (meta["pipeline_version"], meta["schema_version"]) == (__version__, SCHEMA_VERSION)
        assert (meta["table"], meta["description"]) == (table.name, table.description)
        assert json.loads(meta["columns"]) == [asdict(c) for c in table.columns]


def check_in_browser(report: Path, screenshot: Path, chromium: str, images: int) -> float:
    """Load the report like a reader would; it must fetch nothing and show every image. Returns load seconds."""
    load = load_page(report, screenshot, chromium)
    assert load.errors == []
    assert {url.split(":", 1)[0] for url in load.requests} == {"file", "data"}
    assert len(load.images) == images
    assert all(image["complete"] and image["width"] > 0 for image in load.images), load.images
    assert screenshot.read_bytes().startswith(b"\x89PNG")
    return load.seconds


def test_reference_report_in_chromium(reference_output, chromium, tmp_path):
    report = tmp_path / "report.html"
    write_report(reference_output, report)
    check_in_browser(report, ARTIFACTS / "report-reference.png", chromium,
                     images=len(image_alts(report.read_text(encoding="utf-8"))))


def test_browser_check_sees_blocked_fetches(tmp_path, chromium):
    """The check is not vacuous: an image from the network is blocked by the page's policy and reported."""
    page = tmp_path / "page.html"
    html = render_report(write_output(tmp_path / "out", **small_tables()))
    page.write_text(html.replace("<main>", '<main><img src="http://127.0.0.1:9/x.png" alt="remote">'))
    load = load_page(page, chromium=chromium)
    assert any("Content Security Policy" in e and "127.0.0.1:9/x.png" in e for e in load.errors), load.errors
    assert load.images[0] == {"alt": "remote", "complete": True, "width": 0}


@pytest.mark.slow
def test_corpus_report_figures(tmp_path, chromium):
    """The figures of issue 11: the 970-article report is under 5 MB and renders in under 10 s without errors."""
    from pipeline.run import run_extract

    out = tmp_path / "corpus"
    run_extract([shared_file("corpus", "gnad-articles.jsonl")], out, model="bundled")
    report = tmp_path / "report.html"
    size = write_report(out, report)
    assert size < 5_000_000
    seconds = check_in_browser(report, ARTIFACTS / "report-corpus.png", chromium, images=len(image_alts(
        report.read_text(encoding="utf-8"))))
    assert seconds < 10


def test_a_surname_only_person_counts_with_the_full_name_it_points_to():
    people = pd.DataFrame({"person_id": ["per_a", "per_b", "per_c"], "name": ["Nicolas Sarkozy", "Sarkozy", "Hofer"],
                           "likely_person_id": [None, "per_a", None], "n_mentions": [2, 9, 5]})
    assert mention_counts(people).to_dict() == {"Nicolas Sarkozy": 11, "Hofer": 5}
    places = pd.DataFrame({"place_id": ["loc_a", "loc_b"], "name": ["Wien", "Graz"], "n_mentions": [1, 3]})
    assert mention_counts(places).index.tolist() == ["Graz", "Wien"]
