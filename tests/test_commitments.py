"""The commitment finder on the bundled model: the reference article, real corpus sentences, and constructed
variants of them for statuses and constructions the corpus lacks.

Corpus and constructed sentences get their names set by hand (`annotate`), so the assertions test the
commitment rules, not one NER guess of the interim model; the reference article runs through the whole
pipeline, as `pipeline evaluate` does.
"""

from __future__ import annotations

import json

import pytest
from spacy.tokens import Doc

from pipeline.extract.commitments import commitments as extract_commitments
from pipeline.extract.sentences import sentence_index
from tests.conftest import shared_file


def annotate(nlp, text: str, names: dict[str, str]) -> Doc:
    """The bundled pipeline with `names` (text → label, first occurrence, if there) as the only entities."""
    with nlp.select_pipes(disable=["commitment_finder"]):
        doc = nlp(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=label)
                for name, label in names.items() if name in text]
    return nlp.get_pipe("commitment_finder")(doc)


def found(doc: Doc) -> list[tuple]:
    """(status, lemma, kind, actors, recipient, amount, object) per commitment."""
    return [
        (c.status, c.lemma, c.kind, tuple(a.text for a in c.actors), c.recipient.text if c.recipient else None,
         c.money._.money.amount if c.money is not None else None, c.object.text if c.object else None)
        for c in doc._.commitments
    ]


@pytest.fixture(scope="module")
def corpus() -> dict[str, str]:
    path = shared_file("corpus", "gnad-articles.jsonl")
    return {r["id"]: r["text"] for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def sentence(corpus: dict[str, str], doc_id: str, start: str, end: str) -> str:
    """The corpus text from `start` to the end of `end` (a real sentence, cut exactly)."""
    text = corpus[doc_id]
    i = text.index(start)
    return text[i : text.index(end, i) + len(end)]


# The reference article -----------------------------------------------------------------------------------


def asserted(doc: Doc) -> list:
    return [c for c in doc._.commitments if c.status == "asserted"]


def test_reference_pledge_with_amount(reference_doc):
    [pledge] = [c for c in asserted(reference_doc) if c.lemma == "zusagen"]
    assert [a.text for a in pledge.actors] == ["Kanada"]
    assert (pledge.kind, pledge.money._.money.amount, pledge.money._.money.currency) == ("pledge", 2e9, "USD")
    assert pledge.object.text == "Verteidigungshilfe"


def test_reference_agreement_by_das_land(reference_doc):
    """"Darüber hinaus hat das Land … unterzeichnet": "das Land" is Kanada from the sentence before."""
    [signed] = [c for c in asserted(reference_doc) if c.lemma == "unterzeichnen"]
    assert [a.text for a in signed.actors] == ["Kanada"]
    assert signed.actors[0].sent.start < signed.trigger.sent.start  # a verbatim mention from before
    assert (signed.kind, signed.money) == ("agreement", None)
    assert signed.recipient.text == "Europäischen Union"
    assert signed.object.text == "strategisches Verteidigungsabkommen"


def test_reference_separable_verb_with_two_actors(reference_doc):
    [announced] = [c for c in asserted(reference_doc) if c.lemma == "ankündigen"]
    assert [a.text for a in announced.actors] == ["Vereinigten Staaten", "Ukraine"]
    assert announced.trigger_text == "kündigten … an"
    assert announced.trigger.text.startswith("kündigten die Vereinigten Staaten")
    assert announced.trigger.text.endswith("US-Dollar an")
    assert (announced.kind, announced.money._.money.amount) == ("pledge", 5e10)
    assert announced.object.text == "Drohnen-Kooperationsinitiative"


@pytest.mark.parametrize("cue", ["bittet die Ukraine", "würden aus zwei", "in Erwägung ziehen"])
def test_reference_request_hypothetical_and_consideration_commit_nothing(reference_doc, cue):
    [sent] = [s for s in reference_doc.sents if cue in s.text]
    assert not [c for c in asserted(reference_doc) if c.trigger.sent == sent]


def test_extractor_one_record_per_actor_with_offsets(reference_doc):
    records = [r for r in extract_commitments(reference_doc, sentence_index(reference_doc))
               if r.trigger_lemma == "ankündigen"]
    text = reference_doc.text
    assert [r.actor for r in records] == ["Vereinigten Staaten", "Ukraine"]
    assert all(text[r.actor_start_char : r.actor_end_char] == r.actor and r.actor_label == "LOC" for r in records)
    first = records[0]
    assert text[first.start_char : first.end_char].split()[0] == "kündigten"
    assert text[first.money_start_char : first.money_end_char] == "50 Milliarden US-Dollar"
    assert (first.amount, first.currency, first.status) == (5e10, "USD", "asserted")


# Real sentences from the corpus ----------------------------------------------------------------------------


def test_corpus_pledge_of_an_action(nlp, corpus):
    text = sentence(corpus, "gnad-0582", "Österreich hat die Entsendung", "zugesagt.")
    doc = annotate(nlp, text, {"Österreich": "LOC", "Griechenland": "LOC"})
    assert found(doc) == [("asserted", "zusagen", "pledge", ("Österreich",), None, None, "Entsendung")]


def test_corpus_separated_particle(nlp, corpus):
    text = sentence(corpus, "gnad-0770", "Der deutsche Wirtschaftsminister", "Unterstützung zu.")
    doc = annotate(nlp, text, {"Sigmar Gabriel": "PER", "SPD": "ORG"})
    [c] = doc._.commitments
    assert (c.status, c.lemma, c.trigger_text, [a.text for a in c.actors]) == (
        "asserted", "zusichern", "sicherte … zu", ["Sigmar Gabriel"])
    assert c.object.text == "Unterstützung"


def test_corpus_body_noun_and_amount(nlp, corpus):
    text = sentence(corpus, "gnad-0947", "Kritisch angemerkt", "Euro übernahm.")
    doc = annotate(nlp, text, {"Burgenland": "LOC", "BVOG": "ORG"})
    assert found(doc) == [("asserted", "übernehmen", "pledge", ("Land Burgenland",), None, 225e6, "alleinige Risiko")]


def test_corpus_attributive_participle_takes_the_agent(nlp, corpus):
    text = sentence(corpus, "gnad-0452", "Wegen der harten Strafen", "in die Kritik.")
    doc = annotate(nlp, text, {"Badawi": "PER", "Saudi-Arabien": "LOC"})
    [c] = doc._.commitments
    assert ([a.text for a in c.actors], c.lemma, c.status, c.object.text) == (
        ["Saudi-Arabien"], "finanzieren", "asserted", "Abdullah-Zentrum")


def test_corpus_relative_clause_takes_its_antecedent_and_kaum_negates(nlp, corpus):
    text = sentence(corpus, "gnad-0187", "Die Slowakei, die", "von den Niederlanden.")
    doc = annotate(nlp, text, {"Slowakei": "LOC", "Europas": "LOC", "EU": "ORG", "Niederlanden": "LOC"})
    [c] = doc._.commitments
    assert ([a.text for a in c.actors], c.lemma, c.status) == (["Slowakei"], "aufnehmen", "negated")


@pytest.mark.parametrize(("doc_id", "start", "end", "names", "expected"), [
    ("gnad-0881", "Italien behält", "mehr auf", {"Italien": "LOC", "Österreich": "LOC"}, "negated"),
    ("gnad-0068", "Es sei nämlich", "aufnehme.", {"Deutschland": "LOC"}, "negated"),
    ("gnad-0943", "Sollte Trump", "verringern.", {"Trump": "PER"}, "hypothetical"),
    ("gnad-0142", "Laut Knoll", "finanzieren.", {"Knoll": "PER", "Infineon": "ORG"}, "planned"),
])
def test_corpus_statuses(nlp, corpus, doc_id, start, end, names, expected):
    doc = annotate(nlp, sentence(corpus, doc_id, start, end), names)
    assert [c.status for c in doc._.commitments] == [expected]


@pytest.mark.parametrize(("doc_id", "start", "end", "names"), [
    ("gnad-0190", "Auch Ratspräsident Tusk", "zu beenden.", {"Tusk": "PER"}),  # "spendete … Lob"
    ("gnad-0473", "Google verspricht viel", "halten kann.", {"Google": "ORG"}),
    ("gnad-0280", "Das verspricht", "einigen können.", {"LTE-Nachfolgetechnologie 5G": "MISC"}),
    ("gnad-0545", "Sie habe beschlossen", "bewegen kann.", {}),  # a personal decision, no named actor
])
def test_corpus_figurative_uses_are_not_commitments(nlp, corpus, doc_id, start, end, names):
    doc = annotate(nlp, sentence(corpus, doc_id, start, end), names)
    assert not [c for c in doc._.commitments if c.status == "asserted"]


def test_corpus_dateline_is_not_the_actor(nlp, corpus):
    text = sentence(corpus, "gnad-0028", "Wien –", "Gesetze beschlossen.")
    doc = annotate(nlp, text, {"Wien": "LOC", "Nationalrat": "ORG"})
    assert [[a.text for a in c.actors] for c in doc._.commitments] == [["Nationalrat"]]


# Constructed variants: statuses the reference article only hints at -----------------------------------------

NAMES = {"Kanada": "LOC", "Ukraine": "LOC"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Ukraine bittet Kanada, zwei Milliarden Dollar an Verteidigungshilfe zuzusagen.",
     ("requested", "zusagen", "pledge", ("Kanada",), None, 2e9, "Verteidigungshilfe")),
    ("Kanada erwägt, der Ukraine zwei Milliarden Dollar zuzusagen.",
     ("considered", "zusagen", "pledge", ("Kanada",), None, 2e9, None)),
    ("Kanada würde der Ukraine zwei Milliarden Dollar zusagen.",
     ("hypothetical", "zusagen", "pledge", ("Kanada",), "Ukraine", 2e9, None)),
    ("Kanada hat der Ukraine keine Verteidigungshilfe zugesagt.",
     ("negated", "zusagen", "pledge", ("Kanada",), "Ukraine", None, "Verteidigungshilfe")),
    ("Kanada lehnte es ab, der Ukraine Waffen zu liefern.",
     ("negated", "liefern", "delivery", ("Kanada",), None, None, "Waffen")),
    ("Kanada will der Ukraine zwei Milliarden Dollar zusagen.",
     ("planned", "zusagen", "pledge", ("Kanada",), "Ukraine", 2e9, None)),
    ("Kanada hat nicht nur zwei Milliarden Dollar an Verteidigungshilfe zugesagt.",
     ("asserted", "zusagen", "pledge", ("Kanada",), None, 2e9, "Verteidigungshilfe")),
    ("Kanada sagte der Ukraine gestern zwei Milliarden Dollar zu.",
     ("asserted", "zusagen", "pledge", ("Kanada",), "Ukraine", 2e9, None)),
    ("Der Ukraine wurden von Kanada zwei Milliarden Dollar zugesagt.",
     ("asserted", "zusagen", "pledge", ("Kanada",), None, 2e9, None)),
])
def test_constructed_statuses_and_constructions(nlp, text, expected):
    assert found(annotate(nlp, text, NAMES)) == [expected]
