"""Across documents: a surname or an acronym alone joins the one full entity other documents name."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq

from pipeline.aggregate import EntityAggregator
from pipeline.inputs import RawDocument
from pipeline.link import DocEntity
from pipeline.process import Processor
from pipeline.run import run_extract


def test_short_forms_join_full_entities_across_documents(tmp_path):
    docs = [
        {"id": "a", "text": "Premierminister Mark Carney traf in Kiew ein. Kanada hat mit der Europäischen Union "
                            "ein Abkommen unterzeichnet. Die EU begrüßte das Abkommen."},
        {"id": "b", "text": "Carney sagte am Montag in Ottawa, die EU sei ein wichtiger Partner."},
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "out"
    run_extract([path], out, model="bundled")
    people = {p["name"]: p for p in pq.read_table(out / "people.parquet").to_pylist()}
    assert "Carney" not in people
    carney = people["Mark Carney"]
    assert (carney["n_docs"], carney["n_mentions"]) == (2, 2) and carney["aliases"] == ["Carney"]
    orgs = {o["name"]: o for o in pq.read_table(out / "organizations.parquet").to_pylist()}
    assert "EU" not in orgs and orgs["Europäische Union"]["n_docs"] == 2
    mentions = pq.read_table(out / "mentions.parquet").to_pylist()
    in_b = {m["text"]: m["entity_id"] for m in mentions if m["doc_id"] == "b"}
    assert in_b["Carney"] == carney["person_id"] and in_b["EU"] == orgs["Europäische Union"]["org_id"]
    csv_rows = pd.read_csv(out / "mentions.csv", dtype=str)
    assert csv_rows.loc[(csv_rows.doc_id == "b") & (csv_rows.text == "Carney"), "entity_id"].tolist() == [
        carney["person_id"]]


def test_documents_can_be_aggregated_in_any_order_and_the_earlier_one_gives_the_attributes():
    """A run aggregates cached documents while earlier ones are still being annotated: the entity tables must
    not depend on the order of `add`, and a single-valued attribute comes from the first document in input
    order that has it."""
    texts = ["Bundeskanzler Karl Nehammer traf in Wien den französischen Präsidenten Emmanuel Macron.",
             "In Wien und Graz demonstrierten am Samstag Tausende. Nehammer verteidigte die Pläne.",
             "Macron reiste nach Wien weiter, wo ihn Karl Nehammer empfing."]
    results = Processor("bundled").process([RawDocument(f"d{i}", t, "news.jsonl") for i, t in enumerate(texts)])
    in_order, backwards = EntityAggregator(), EntityAggregator()
    for position, result in enumerate(results):
        in_order.add(result.entities, position)
    for position, result in reversed(list(enumerate(results))):
        backwards.add(result.entities, position)
    for label in ("PER", "LOC", "ORG"):
        assert in_order.rows(label) == backwards.rows(label)
    wien = next(row for row in in_order.rows("LOC") if row["name"] == "Wien")
    assert (wien["kind"], wien["country_code"], wien["n_docs"]) == ("city", "AT", 3)

    vienna = next(e for e in results[0].entities if e.name == "Wien")
    other_reading = DocEntity(vienna.key, "LOC", "Wien", {"Wien"}, 1, {**vienna.attrs, "kind": "region"})
    aggregator = EntityAggregator()
    aggregator.add([other_reading], 7)
    aggregator.add([vienna], 0)
    aggregator.add([other_reading], 9)
    assert next(row for row in aggregator.rows("LOC"))["kind"] == "city"
