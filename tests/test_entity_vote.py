"""The bundled model's NER ensemble: each member's entities kept apart, then a majority vote (entity_vote.py)."""

from __future__ import annotations

import pytest
import spacy

import pipeline.components  # noqa: F401  (registers entity_stash and entity_vote)
from pipeline.model import bundled_path

SENTENCE = ("Der kanadische Premierminister Mark Carney traf in Kiew den ukrainischen Präsidenten Wolodymyr "
            "Selenskyj und NATO-Generalsekretär Mark Rutte.")


def voted(groups: dict[str, list[tuple[str, str]] | None], min_votes: int) -> list[tuple[str, str]]:
    """The entities `entity_vote` keeps of the members' entities, each given as (text, label)."""
    nlp = spacy.blank("de")
    vote = nlp.add_pipe("entity_vote", config={"keys": list(groups), "min_votes": min_votes})
    doc = nlp.make_doc(SENTENCE)
    for key, ents in groups.items():
        if ents is None:  # a member that did not run
            continue
        spans = []
        for text, label in ents:
            start = SENTENCE.index(text)
            spans.append(doc.char_span(start, start + len(text), label=label))
        doc.spans[key] = spans
    doc = vote(doc)
    assert not doc.spans, "the members' groups are removed"
    return [(ent.text, ent.label_) for ent in doc.ents]


def test_a_majority_keeps_an_entity_and_a_minority_does_not():
    groups = {
        "a": [("kanadische", "MISC"), ("Mark Carney", "PER"), ("Kiew", "LOC")],
        "b": [("Mark Carney", "PER"), ("Kiew", "LOC")],
        "c": [("Mark Carney", "PER"), ("Wolodymyr Selenskyj", "PER")],
    }
    assert voted(groups, 2) == [("Mark Carney", "PER"), ("Kiew", "LOC")]
    assert voted(groups, 3) == [("Mark Carney", "PER")]
    assert voted(groups, 1) == [("kanadische", "MISC"), ("Mark Carney", "PER"), ("Kiew", "LOC"),
                                ("Wolodymyr Selenskyj", "PER")]


def test_votes_count_the_span_and_its_label_together():
    groups = {"a": [("Mark Rutte", "PER")], "b": [("Mark Rutte", "ORG")], "c": [("Rutte", "PER")]}
    assert voted(groups, 2) == []


def test_of_two_overlapping_spans_the_one_with_more_votes_wins_then_the_earlier_and_longer():
    groups = {
        "a": [("Wolodymyr Selenskyj", "PER"), ("NATO-Generalsekretär Mark Rutte", "PER")],
        "b": [("Selenskyj", "PER"), ("Mark Rutte", "PER")],
        "c": [("Selenskyj", "PER"), ("NATO-Generalsekretär Mark Rutte", "PER")],
        "d": [("Wolodymyr Selenskyj", "PER"), ("Mark Rutte", "PER")],
    }
    assert voted({key: groups[key] for key in "abc"}, 1) == [("Selenskyj", "PER"),
                                                              ("NATO-Generalsekretär Mark Rutte", "PER")]
    assert voted(groups, 1) == [("Wolodymyr Selenskyj", "PER"), ("NATO-Generalsekretär Mark Rutte", "PER")]


def test_min_votes_beyond_the_members_no_members_and_a_missing_member_are_clear_errors():
    with pytest.raises(ValueError, match="min_votes must be between 1 and the number of members"):
        spacy.blank("de").add_pipe("entity_vote", config={"keys": ["ner", "ner_2"], "min_votes": 3})
    with pytest.raises(ValueError, match="needs the span-group keys of its members"):
        spacy.blank("de").add_pipe("entity_vote", config={"keys": [], "min_votes": 1})
    with pytest.raises(ValueError, match="no entities of c; run every member"):
        voted({"a": [("Mark Carney", "PER")], "b": [("Mark Carney", "PER")]} | {"c": None}, 2)


def test_each_member_finds_in_the_chain_what_it_finds_alone():
    """spaCy's NER keeps entities set before it; the stash leaves every token unannotated, so each member of the
    bundled ensemble reads the text afresh: its span group equals what it finds run alone."""
    nlp = spacy.load(bundled_path(), exclude=["entity_ruler"])
    vote = nlp.get_pipe("entity_vote")
    assert vote.keys == ["ner", "ner_2", "ner_3", "ner_4", "ner_5"] and vote.min_votes == 3
    text = ("Außenminister Frank-Walter Steinmeier übte in einem Gespräch mit der Welt am Sonntag Kritik an der "
            "griechischen Regierung. Der VfB Stuttgart muss am Sonntag gegen Bayer Leverkusen wahrscheinlich auf "
            "Martin Harnik verzichten.")
    with nlp.select_pipes(disable=["entity_vote"]):
        doc = nlp(text)
        stash = nlp.get_pipe("stash_ner")
        assert [token.ent_iob_ for token in stash(nlp.get_pipe("ner")(nlp.get_pipe("tok2vec")(nlp.make_doc(text))))
                ] == [""] * len(doc)
    chained = {key: [(span.text, span.label_) for span in doc.spans[key]] for key in vote.keys}
    alone = {}
    for key in vote.keys:
        others = [name for name in nlp.pipe_names if name.startswith(("ner", "stash_", "entity_vote")) and name != key]
        with nlp.select_pipes(disable=others):
            alone[key] = [(ent.text, ent.label_) for ent in nlp(text).ents]
    assert chained == alone
    assert len({tuple(found) for found in alone.values()}) > 1, "the members differ on this text"
    assert [(ent.text, ent.label_) for ent in nlp(SENTENCE).ents] == [
        ("Mark Carney", "PER"), ("Kiew", "LOC"), ("Wolodymyr Selenskyj", "PER"), ("Mark Rutte", "PER")]
