"""`pipeline evaluate`: the matching rules on small, hand-made gold and output folders."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import EvaluationError, evaluate_output
from pipeline.schema import TABLES


def write(folder, name, rows):
    pq.write_table(pa.Table.from_pylist(rows, schema=TABLES[name].arrow_schema()), folder / f"{name}.parquet")


def mention(doc_id, text, label, entity_id, start):
    return {"mention_id": f"{doc_id}:{start}", "doc_id": doc_id, "sent_id": 0, "start_char": start,
            "end_char": start + len(text), "text": text, "label": label, "entity_id": entity_id}


@pytest.fixture
def output(tmp_path):
    write(tmp_path, "documents", [{"doc_id": "d1", "status": "ok"}])
    write(tmp_path, "people", [
        {"person_id": "per_1", "name": "Mark Carney"},
        {"person_id": "per_2", "name": "Carney"},  # an unmerged alias: a false positive
        {"person_id": "per_3", "name": "Donald Trump"},
    ])
    write(tmp_path, "places", [{"place_id": "loc_1", "name": "Russland", "country_code": "RU"},
                               {"place_id": "loc_2", "name": "Kiew", "country_code": "RU"}])
    write(tmp_path, "organizations", [])
    write(tmp_path, "mentions", [
        mention("d1", "Mark Carney", "PER", "per_1", 0), mention("d1", "Carney", "PER", "per_2", 20),
        mention("d1", "Donald Trump", "PER", "per_3", 40), mention("d1", "Russlands", "LOC", "loc_1", 60),
        mention("d1", "Kiew", "LOC", "loc_2", 80),
    ])
    write(tmp_path, "money", [
        {"money_id": "m1", "doc_id": "d1", "amount": 2_000_000_000.0, "currency": "USD"},
        {"money_id": "m2", "doc_id": "d1", "amount": 30_100.0, "currency": "EUR"},
        {"money_id": "m3", "doc_id": "d1", "amount": 30_000.0, "currency": "CHF"},
    ])
    return tmp_path


def gold_file(tmp_path, record):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "d1", "text": "…", **record}) + "\n", encoding="utf-8")
    return path


def test_alias_is_false_positive_and_optional_is_neutral(output, tmp_path):
    gold = gold_file(tmp_path, {"people": [
        {"name": "Mark Carney", "mentions": ["Mark Carney", "Carney"]},
        {"name": "Donald Trump", "mentions": ["Donald Trump"], "optional": True},
    ]})
    scores = evaluate_output(gold, output)["scores"]["people"]
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 0)


def test_a_name_linked_across_documents_counts_where_the_document_uses_the_gold_name(output, tmp_path):
    """Another article of the run wrote "Austria Presse Agentur" out; this one says only "APA", its gold name.
    The strict figure counts the run's name as wrong, the document-name figure counts the mention."""
    write(output, "organizations", [{"org_id": "org_1", "name": "Austria Presse Agentur"}])
    rows = [*pq.read_table(output / "mentions.parquet").to_pylist(), mention("d1", "APA", "ORG", "org_1", 100)]
    write(output, "mentions", rows)
    gold = gold_file(tmp_path, {"organizations": [{"name": "APA", "mentions": ["APA"]}]})
    report = evaluate_output(gold, output)
    strict, by_document = report["scores"]["organizations"], report["document_names"]["organizations"]
    assert (strict["tp"], strict["fp"], strict["fn"]) == (0, 1, 1)
    assert (by_document["tp"], by_document["fp"], by_document["fn"]) == (1, 0, 0)


def test_places_count_country_codes_of_matches(output, tmp_path):
    gold = gold_file(tmp_path, {"places": [{"name": "Russland", "country": "RU", "mentions": ["Russlands"]},
                                           {"name": "Kiew", "country": "UA", "mentions": ["Kiew"]}]})
    report = evaluate_output(gold, output)
    scores = report["scores"]["places"]
    assert (scores["tp"], scores["fp"], scores["fn"], scores["country_accuracy"]) == (2, 0, 0, 0.5)
    assert report["documents"][0]["places"]["wrong_country"] == [
        {"name": "Kiew", "country_code": "RU", "gold_country": "UA"}]
    # a gold place that states no country is matched but not counted for country codes
    gold = gold_file(tmp_path, {"places": [{"name": "Russland", "country": "RU", "mentions": ["Russlands"]},
                                           {"name": "Kiew", "mentions": ["Kiew"]}]})
    assert evaluate_output(gold, output)["scores"]["places"]["country_accuracy"] == 1.0


def test_money_within_half_a_percent_and_same_currency(output, tmp_path):
    gold = gold_file(tmp_path, {"money": [
        {"text": "zwei Milliarden Dollar", "amount": 2e9, "currency": "CAD", "currency_alternatives": ["USD"]},
        {"text": "30.000 Euro", "amount": 30000, "currency": "EUR", "currency_alternatives": []},
        {"text": "5 Cent", "amount": 0.05, "currency": "EUR", "currency_alternatives": []},
    ]})
    scores = evaluate_output(gold, output)["scores"]["money"]
    # 2e9 USD matches the CAD item through its alternatives; 30,100 is 0.33 % off 30,000 (a hit);
    # 30,000 CHF has the wrong currency (a false positive); 5 Cent was missed.
    assert (scores["tp"], scores["fp"], scores["fn"]) == (2, 1, 1)


def test_commitments_scored_per_actor(output, tmp_path):
    write(output, "commitments", [
        {"commitment_id": "c1", "doc_id": "d1", "actor": "Kanada", "trigger_lemma": "zusagen", "amount": 2e9,
         "currency": "USD", "status": "asserted"},
        {"commitment_id": "c2", "doc_id": "d1", "actor": "Ukraine", "trigger_lemma": "ankündigen",
         "status": "asserted"},
    ])
    gold = gold_file(tmp_path, {"commitments": [
        {"actors": ["Kanada"], "trigger_lemma": "zusagen", "amount": 2e9, "currency": "USD"},
        {"actors": ["Vereinigten Staaten", "Ukraine"], "trigger_lemma": "ankündigen", "amount": None},
    ]})
    scores = evaluate_output(gold, output)["scores"]["commitments"]
    assert (scores["tp"], scores["fp"], scores["fn"]) == (2, 0, 1)


def test_unreadable_inputs_are_clear_errors(tmp_path, output):
    with pytest.raises(EvaluationError, match="no output folder"):
        evaluate_output(gold_file(tmp_path, {}), tmp_path / "missing")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "d1"}\n{oops\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"bad\.jsonl:2: invalid JSON"):
        evaluate_output(bad, output)


def test_what_neither_side_holds_is_not_scored_and_a_bom_is_read(output, tmp_path):
    """A null section is not annotated; a run without entity tables (`--tables money`) is scored on money alone; a
    gold file saved with a byte-order mark reads as `pipeline extract` reads one; a commitment without an actor is
    a miss, not dropped."""
    for name in ("mentions", "people", "places", "organizations"):
        (output / f"{name}.parquet").unlink()
    gold = tmp_path / "gold.jsonl"
    record = {"id": "d1", "text": "…", "people": [{"name": "Mark Carney", "mentions": ["Mark Carney"]}],
              "money": [{"text": "30.000 Euro", "amount": 30000, "currency": "EUR", "currency_alternatives": []}],
              "commitments": None}
    gold.write_text("\ufeff" + json.dumps(record) + "\n", encoding="utf-8")
    report = evaluate_output(gold, output)
    scores = report["scores"]
    assert set(scores) == {"money"} and (scores["money"]["tp"], scores["money"]["fp"]) == (1, 2)
    assert report["not_scored"] == ["people", "places", "organizations", "commitments"]
    write(output, "commitments", [])
    gold.write_text(json.dumps({**record, "commitments": [{"actors": [], "trigger_lemma": "zusagen"}]}) + "\n",
                    encoding="utf-8")
    assert evaluate_output(gold, output)["scores"]["commitments"]["fn"] == 1
    (output / "documents.parquet").unlink()
    with pytest.raises(EvaluationError, match="no documents table"):
        evaluate_output(gold, output)


def test_the_detail_file_goes_into_a_new_folder(output, tmp_path):
    detail = tmp_path / "new" / "eval.json"
    gold = gold_file(tmp_path, {"people": [{"name": "Mark Carney", "mentions": ["Mark Carney"]}]})
    result = CliRunner().invoke(app, ["evaluate", str(gold), str(output), "--json", str(detail)])
    assert result.exit_code == 0, result.output
    assert json.loads(detail.read_text(encoding="utf-8"))["scores"]["people"]["tp"] == 1


def test_an_entity_table_the_run_did_not_write_is_not_scored(output, tmp_path):
    """`--tables mentions,places` writes no people: people are not scored as all missed (review)."""
    (output / "people.parquet").unlink()
    gold = gold_file(tmp_path, {"people": [{"name": "Mark Carney", "mentions": ["Mark Carney"]}],
                                "places": [{"name": "Russland", "country": "RU", "mentions": ["Russlands"]}]})
    report = evaluate_output(gold, output)
    assert set(report["scores"]) == {"places"} and "people" in report["not_scored"]
