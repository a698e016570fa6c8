"""Bookkeeping of a document's entities for the rules: which entity covers a token, new spans in place of those
they overlap, and the words of a document read without a `Token` each.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span


def token_texts(doc: Doc) -> list[str]:
    """The text of every token, read from the ORTH array: iterating a `Doc` makes a `Token` per word, which
    costs more than the rules that read only the words."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def covering_entities(ents: list[Span]) -> dict[int, Span]:
    """Token index → the entity that covers it."""
    return {i: ent for ent in ents for i in range(ent.start, ent.end)}


def replaced_by(ents: list[Span], spans: list[Span]) -> list[Span]:
    """`ents` with new `spans`, in text order; an entity that overlaps a new span, at either end, gives way to
    it ("Djurdic Gelbe Karten" to the player "Djurdic" of a line-up)."""
    taken = covering_entities(spans)
    kept = [ent for ent in ents if not any(i in taken for i in range(ent.start, ent.end))]
    return sorted(kept + spans, key=lambda ent: ent.start)
