"""`make agreement`: the second annotation scores against the first with the matching of `pipeline evaluate`."""

from __future__ import annotations

import importlib
import json

import pytest

from tests.conftest import ROOT, shared_file


@pytest.fixture(scope="module")
def bench():
    """bench/agreement.py, which imports bench/heldout.py beside it as a script does."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(ROOT / "bench"))
        yield importlib.import_module("agreement")


def test_second_annotation_covers_held_out_articles_with_mentions_in_their_texts(bench):
    second = bench.read_records(bench.SECOND)
    first = {r["id"]: r for r in bench.gold_records(shared_file("corpus", "gnad-articles.jsonl"))}
    assert len(second) == 40 and second.keys() <= first.keys()
    for doc_id, record in second.items():
        for section in ("people", "places", "organizations"):
            for entry in record[section]:
                assert all(mention in first[doc_id]["text"] for mention in entry["mentions"]), entry


def test_agreement_pairs_names_as_evaluate_does(bench):
    first = {r["id"]: r for r in map(json.loads, (ROOT / "bench" / "heldout_entities.jsonl").read_text(
        encoding="utf-8").splitlines()) if r["id"] == "gnad-0032"}
    second = {doc_id: record for doc_id, record in bench.read_records(bench.SECOND).items() if doc_id in first}
    scores = bench.agreement(first, second)["strict"]
    # Both name Wien and Gumpoldskirchen; the first "Republik Österreich" as written there, the second the
    # country by the bare "Österreich" of another sentence: one miss and one extra, country codes all right.
    assert {k: scores["places"][k] for k in ("tp", "fp", "fn", "country_accuracy")} == {
        "tp": 2, "fp": 1, "fn": 1, "country_accuracy": 1.0}
    assert scores["people"]["f1"] == scores["organizations"]["f1"] == 1.0
    same = bench.agreement(first, first)
    assert same["strict"]["places"]["f1"] == same["names"]["places"]["f1"] == 1.0


def test_second_annotation_of_the_blind_test_articles_covers_20_of_them(bench):
    second = bench.read_records(bench.GNAD_TEST_SECOND)
    first = bench.read_records(ROOT / "bench" / "gnad_test_entities.jsonl")
    assert len(second) == 20 and second.keys() <= first.keys()
    scores = bench.agreement({doc_id: first[doc_id] for doc_id in second}, second)
    # people and country codes agree in all 20; the organizations differ in naming more than in finding
    assert scores["strict"]["people"]["f1"] == scores["strict"]["places"]["country_accuracy"] == 1.0
    assert scores["strict"]["organizations"]["f1"] < scores["names"]["organizations"]["f1"]
