"""Named-entity mentions (PER, LOC, ORG, MISC) as the pipeline's NER and entity fixes left them."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

LABELS = ("PER", "LOC", "ORG", "MISC")


@dataclass(slots=True)
class MentionRecord:
    sent_id: int
    start_char: int
    end_char: int
    text: str
    label: str
    start: int  # token offsets, for the linkers
    end: int
    entity_key: str | None = None  # canonical key set by pipeline.link


def mentions(doc: Doc, sent_of_token: list[int]) -> list[MentionRecord]:
    """One record per entity in `doc.ents` with a label of our scheme."""
    return [
        MentionRecord(sent_of_token[ent.start], ent.start_char, ent.end_char, ent.text, ent.label_, ent.start, ent.end)
        for ent in doc.ents
        if ent.label_ in LABELS
    ]
