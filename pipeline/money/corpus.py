"""Run the money component over JSON Lines texts; shared by the audit and the gold check."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.money import MoneyRecord, money

BLANK = "blank"


def money_pipeline(model: str = BLANK, keep_unparsed: bool = False) -> Language:
    """`blank`: spaCy's German tokenizer and the component only (fast, and proof that no model is needed);
    otherwise a model as `pipeline --model` takes it (`auto`, `bundled`, a package or a folder)."""
    import spacy

    import pipeline.components  # noqa: F401  (registers money_matcher)
    from pipeline.model import resolve_model

    nlp = spacy.blank("de") if model == BLANK else spacy.load(resolve_model(model).path)
    nlp.add_pipe("money_matcher", config={"keep_unparsed": keep_unparsed})
    return nlp


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def money_records(doc: Doc) -> list[MoneyRecord]:
    """The extractor's records; sentence numbers are 0 when the pipeline sets no sentence boundaries."""
    if doc.has_annotation("SENT_START"):
        from pipeline.extract.sentences import sentence_index

        return money(doc, sentence_index(doc))
    return money(doc, [0] * len(doc))
