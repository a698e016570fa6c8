"""The commitment finder without a model: lexicon notation, storage on the Doc, the dependency-parse path,
the table in an extraction run, and `pipeline evaluate` scoring only asserted rows."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import spacy
from spacy.tokens import Doc

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.commitments.lexicon import KINDS, load_lexicon, parse_entry
from pipeline.evaluate import evaluate_output
from pipeline.schema import TABLES

# Lexicon ---------------------------------------------------------------------------------------------------


def test_lexicon_notation():
    separable = parse_entry("an|kündigen", "pledge", "VERB", "hilfe paket")
    assert (separable.lemma, separable.verb, separable.base, separable.particle) == (
        "ankündigen", "ankündigen", "kündigen", "an")
    assert (separable.needs_money, separable.object_heads) == (False, ("hilfe", "paket"))
    phrase = parse_entry("zur Verfügung stellen", "delivery", "VERB")
    assert (phrase.lemma, phrase.base, phrase.phrase, phrase.restricted) == (
        "zur Verfügung stellen", "stellen", ("zur", "Verfügung"), False)
    reflexive = parse_entry("sich verpflichten", "pledge", "VERB", "MONEY -strafe")
    assert (reflexive.phrase, reflexive.needs_money, reflexive.forbidden) == (("sich",), True, ("strafe",))
    with pytest.raises(ValueError, match="unknown kind"):
        parse_entry("zahlen", "payment", "VERB")


def test_bundled_lexicon_covers_the_issue():
    lemmas = {e.lemma for e in load_lexicon()}
    assert {"zusagen", "zusichern", "versprechen", "ankündigen", "bereitstellen", "zur Verfügung stellen",
            "bewilligen", "beschließen", "unterzeichnen", "vereinbaren", "liefern", "überweisen", "spenden",
            "investieren", "finanzieren", "gewähren", "in Aussicht stellen", "sich verpflichten", "übernehmen",
            "zahlen", "Zusage", "Hilfspaket", "Abkommen"} <= lemmas
    assert {e.kind for e in load_lexicon()} == set(KINDS)


# A hand-made Doc: the component needs lemmas, tags, names and sentences, and reads a parse when there is one --

WORDS = ["Kanada", "sagte", "der", "Ukraine", "zwei", "Milliarden", "Dollar", "zu", "."]
TAGS = ["NE", "VVFIN", "ART", "NE", "CARD", "NN", "NN", "PTKVZ", "$."]
LEMMAS = ["Kanada", "sagen", "der", "Ukraine", "zwei", "Milliarde", "Dollar", "zu", "."]
ENTS = ["B-LOC", "O", "O", "B-LOC", "O", "O", "O", "O", "O"]


@pytest.fixture(scope="module")
def blank():
    """A tokenizer-only German pipeline with the two components; the Docs bring their own annotations."""
    blank = spacy.blank("de")
    blank.add_pipe("money_matcher")
    blank.add_pipe("commitment_finder")
    return blank


def run(blank, words=WORDS, **annotations) -> Doc:
    doc = Doc(blank.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1), **annotations)
    for _, component in blank.pipeline:
        doc = component(doc)
    return doc


def test_found_without_parse(blank):
    [c] = run(blank, tags=TAGS, lemmas=LEMMAS, ents=ENTS)._.commitments
    assert (c.trigger_text, c.lemma, c.kind, c.status) == ("sagte … zu", "zusagen", "pledge", "asserted")
    assert ([a.text for a in c.actors], c.recipient.text, c.money.text) == (
        ["Kanada"], "Ukraine", "zwei Milliarden Dollar")


def test_parse_decides_roles_and_particle(blank):
    """"Der Ukraine sagte Kanada Hilfe zu": word order alone would make the Ukraine the subject; the TIGER
    labels (sb, da, oa, svp) say otherwise."""
    words = ["Der", "Ukraine", "sagte", "Kanada", "Hilfe", "zu", "."]
    doc = run(blank, words, tags=["ART", "NE", "VVFIN", "NE", "NN", "PTKVZ", "$."],
              lemmas=["der", "Ukraine", "sagen", "Kanada", "Hilfe", "zu", "."],
              ents=["O", "B-LOC", "O", "B-LOC", "O", "O", "O"],
              heads=[1, 2, 2, 2, 2, 2, 2], deps=["nk", "da", "ROOT", "sb", "oa", "svp", "punct"])
    [c] = doc._.commitments
    assert ([a.text for a in c.actors], c.recipient.text, c.object.text, c.trigger_text) == (
        ["Kanada"], "Ukraine", "Hilfe", "sagte … zu")


def test_stays_on_the_doc_through_serialization_and_from_docs(blank):
    """Long texts are annotated in pieces and joined with Doc.from_docs: the commitments move with them."""
    doc = run(blank, tags=TAGS, lemmas=LEMMAS, ents=ENTS)
    restored = Doc(blank.vocab).from_bytes(doc.to_bytes())
    joined = Doc.from_docs([run(blank, tags=TAGS, lemmas=LEMMAS, ents=ENTS), doc])
    for copy in (restored, joined):
        c = copy._.commitments[-1]
        assert (c.trigger_text, [a.text for a in c.actors], c.recipient.text, c.money.text) == (
            "sagte … zu", ["Kanada"], "Ukraine", "zwei Milliarden Dollar")
    assert len(joined._.commitments) == 2 and joined._.commitments[-1].actors[0].start == len(doc)


# The table in an extraction run, and evaluation ------------------------------------------------------------


def test_table_rows_link_to_entities_and_money(reference_output):
    rows = pq.read_table(reference_output / "commitments.parquet").to_pylist()
    places = {r["place_id"]: r["name"] for r in pq.read_table(reference_output / "places.parquet").to_pylist()}
    money_ids = {r["money_id"] for r in pq.read_table(reference_output / "money.parquet").to_pylist()}
    assert len({r["commitment_id"] for r in rows}) == len(rows)
    asserted = [r for r in rows if r["status"] == "asserted"]
    pledge = next(r for r in asserted if r["trigger_lemma"] == "zusagen")
    assert (places[pledge["actor_id"]], pledge["actor_type"], pledge["amount"]) == ("Kanada", "place", 2e9)
    assert pledge["money_id"] in money_ids and "zugesagt" in pledge["sentence"]
    announced = [r for r in asserted if r["trigger_lemma"] == "ankündigen"]
    assert [r["commitment_id"].rsplit(":", 1)[1] for r in announced] == ["0", "1"]
    assert {places[r["actor_id"]] for r in announced} == {"Vereinigte Staaten", "Ukraine"}


def test_evaluate_scores_only_asserted_rows(tmp_path):
    def write(name, rows):
        pq.write_table(pa.Table.from_pylist(rows, schema=TABLES[name].arrow_schema()), tmp_path / f"{name}.parquet")

    write("documents", [{"doc_id": "d1", "status": "ok"}])
    write("mentions", [])
    write("commitments", [
        {"commitment_id": "c1", "doc_id": "d1", "actor": "Kanada", "trigger_lemma": "zusagen", "status": "asserted"},
        {"commitment_id": "c2", "doc_id": "d1", "actor": "Ukraine", "trigger_lemma": "bitten", "status": "requested"},
        {"commitment_id": "c3", "doc_id": "d1", "actor": "EU", "trigger_lemma": "zusagen", "status": "negated"},
    ])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d1", "text": "…", "commitments": [
        {"actors": ["Kanada"], "trigger_lemma": "zusagen"}, {"actors": ["EU"], "trigger_lemma": "zusagen"}]}),
        encoding="utf-8")
    scores = evaluate_output(gold, tmp_path)["scores"]["commitments"]
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 0, 1)
