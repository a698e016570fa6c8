"""Across documents: a surname or an acronym alone joins the one full entity other documents name."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq

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
