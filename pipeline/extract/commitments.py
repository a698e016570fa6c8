"""Commitments as the `commitment_finder` component left them (see pipeline.components.commitments).

One record per committing actor, as the table has one row per actor. Offsets:
- start_char/end_char: the trigger from its first to its last word, so "kündigten … an" covers the words
  between (the `trigger` text shows only the trigger's own words);
- actor_start_char/actor_end_char: the named mention the actor resolved to (the antecedent for "das Land"),
  so that the caller can map it to an entity id; the `actor` text may add a body noun before the name
  ("Land Burgenland") that is not part of the mention;
- recipient_*: the recipient's named mention; money_*: the amount's span in `doc.spans["money"]`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from pipeline.commitments.model import SPAN_KEY
from pipeline.commitments.model import commitments as read_commitments
from pipeline.commitments.words import actors_in

ACTOR_TYPES = {"PER": "person", "LOC": "place", "ORG": "organization"}  # the table's actor_type, by NER label


@dataclass(slots=True)
class CommitmentRecord:
    sent_id: int
    start_char: int
    end_char: int
    trigger: str
    trigger_lemma: str
    kind: str
    status: str
    actor: str
    actor_start_char: int | None
    actor_end_char: int | None
    actor_label: str | None
    recipient: str | None
    recipient_start_char: int | None
    recipient_end_char: int | None
    recipient_label: str | None
    money_start_char: int | None
    money_end_char: int | None
    amount: float | None
    currency: str | None
    object: str | None


def _mention(span: Span | None) -> Span | None:
    """The named entity inside a span (an actor span may start with a body noun)."""
    if span is None:
        return None
    return next(iter(actors_in(span)), None)


def _offsets(span: Span | None) -> tuple[int | None, int | None, str | None]:
    return (span.start_char, span.end_char, span.label_) if span is not None else (None, None, None)


def commitments(doc: Doc, sent_of_token: list[int], span_key: str = SPAN_KEY) -> list[CommitmentRecord]:
    """One record per actor of each commitment on the Doc; none when the component did not run."""
    records = []
    for found in read_commitments(doc, span_key):
        reading = found.money._.money if found.money is not None else None
        recipient = _mention(found.recipient)
        for actor in found.actors:
            records.append(CommitmentRecord(
                sent_of_token[found.trigger.start], found.trigger.start_char, found.trigger.end_char,
                found.trigger_text, found.lemma, found.kind, found.status,
                actor.text, *_offsets(_mention(actor)),
                found.recipient.text if found.recipient is not None else None, *_offsets(recipient),
                *_offsets(found.money)[:2],
                reading.amount if reading else None, reading.currency if reading else None,
                found.object.text if found.object is not None else None,
            ))
    return records
