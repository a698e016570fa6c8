"""Sentences with their character offsets."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(slots=True)
class SentenceRecord:
    sent_id: int
    start_char: int
    end_char: int
    text: str


def sentences(doc: Doc) -> list[SentenceRecord]:
    """Every sentence of the doc with leading and trailing whitespace trimmed off its span."""
    out = []
    for i, sent in enumerate(doc.sents):
        text = sent.text
        stripped = text.strip()
        start = sent.start_char + (len(text) - len(text.lstrip()))
        out.append(SentenceRecord(i, start, start + len(stripped), stripped))
    return out


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token, for records that point into `sentences`."""
    index = [0] * len(doc)
    for i, sent in enumerate(doc.sents):
        for j in range(sent.start, sent.end):
            index[j] = i
    return index
