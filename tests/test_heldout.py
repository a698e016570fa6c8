"""The held-out annotations of `make heldout` join their GNAD and SmartData texts, and every mention is in its text."""

from __future__ import annotations

import importlib.util
import json
import os
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_file


@cache  # one execution of the script for all tests, not one per call
def load_heldout():
    spec = importlib.util.spec_from_file_location("heldout", ROOT / "bench" / "heldout.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_heldout_articles_are_outside_the_dev_set_and_mentions_in_their_texts():
    records = load_heldout().gold_records(shared_file("corpus", "gnad-articles.jsonl"))
    dev = shared_file("gold", "dev.jsonl").read_text(encoding="utf-8").splitlines()
    dev_ids = {json.loads(line)["id"] for line in dev if line}
    ids = {record["id"] for record in records}
    assert len(records) == len(ids) == 942 and not dev_ids & ids
    for record in records:
        for section in ("people", "places", "organizations"):
            for entry in record[section]:
                assert all(mention in record["text"] for mention in entry["mentions"]), entry


def test_smartdata_articles_join_their_texts_and_mentions_are_in_them():
    records = load_heldout().smartdata_records(shared_file("training", "smartdata").parents[1])
    assert [record["id"] for record in records] == [f"sd-{number:03d}" for number in range(119)]
    assert len({record["smartdata_id"] for record in records}) == len({record["text"] for record in records}) == 119
    assert all(len(record["text"]) >= 600 for record in records)
    assert Counter((record["part"], record["model_split"]) for record in records) == {
        ("A", "test"): 34, ("B", "test"): 33, ("C", "dev"): 24, ("C", "none"): 28}
    part_c = load_heldout().smartdata_records(shared_file("training", "smartdata").parents[1], "C")
    assert [record["id"] for record in part_c] == [f"sd-{number:03d}" for number in range(67, 119)]
    for record in records:
        for section in ("people", "places", "organizations"):
            for entry in record[section]:
                assert all(mention in record["text"] for mention in entry["mentions"]), entry


def test_gnad_test_annotations_name_their_rows_and_texts():
    heldout = load_heldout()
    records = heldout.read_annotations(heldout.GNAD_TEST_ENTITIES)
    assert [record["id"] for record in records] == [f"gnadt-{record['row']:04d}" for record in records]
    assert len({record["row"] for record in records}) == len({record["sha1"] for record in records}) == 58
    assert all(set(record) >= {"people", "places", "organizations"} for record in records)


def test_gnad_test_articles_are_not_in_shared():
    heldout = load_heldout()
    with shared_file("corpus", "gnad-articles.jsonl").open(encoding="utf-8") as lines:
        shared = {heldout.text_sha1(json.loads(line)["text"]) for line in lines}
    assert not shared & {record["sha1"] for record in heldout.read_annotations(heldout.GNAD_TEST_ENTITIES)}


@pytest.mark.skipif(not os.environ.get("GNAD_TEST"), reason="GNAD_TEST names no copy of 10kGNAD's test.csv")
def test_gnad_test_mentions_are_in_their_texts():
    for record in load_heldout().gnad_test_records(Path(os.environ["GNAD_TEST"])):
        for section in ("people", "places", "organizations"):
            for entry in record[section]:
                assert all(mention in record["text"] for mention in entry["mentions"]), entry


@pytest.mark.parametrize("content", ["".join(f"Sport;'Text {row}'\n" for row in range(1100)), "a,b\n"])
def test_gnad_test_records_refuse_another_csv(tmp_path, content):
    other = tmp_path / "train.csv"
    other.write_text(content, encoding="utf-8")
    with pytest.raises(SystemExit, match=re.escape("is not 10kGNAD's test.csv: the texts of ['gnadt-0003'")):
        load_heldout().gnad_test_records(other)
