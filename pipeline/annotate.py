"""Load a German spaCy pipeline and add the project's components to it, whichever model it is.

Added components: `paragraph_boundaries` (before the senter, sentencizer or parser), the gazetteer `entity_ruler` when
the model has none (the bundled model carries its own), `pattern_ruler` (facilities and company names
with a legal form, data/entity_patterns.jsonl, allowed to override NER), `entity_fixes`, `money_matcher` and
`commitment_finder`. Components the requested tables do not need are disabled (pipeline.selection).
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources

from spacy.language import Language

import pipeline.components  # noqa: F401  (registers the project's factories)
from pipeline.gazetteer import ruler_patterns
from pipeline.model import ModelInfo
from pipeline.selection import unneeded_components


def load_pipeline(info: ModelInfo, tables: Iterable[str] | None = None) -> Language:
    """spacy.load the resolved model, then add what the extractors need and the model lacks; with `tables`,
    disable what those tables do not need."""
    import spacy

    nlp = spacy.load(info.path)
    segmenter = next((name for name in ("senter", "sentencizer", "parser") if name in nlp.pipe_names), None)
    if segmenter:
        nlp.add_pipe("paragraph_boundaries", before=segmenter)
    if "ner" in nlp.pipe_names:
        if "entity_ruler" not in nlp.pipe_names:
            ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": False})
            ruler.add_patterns(ruler_patterns(nlp.tokenizer))
        patterns = nlp.add_pipe("entity_ruler", name="pattern_ruler", after="entity_ruler",
                                config={"overwrite_ents": True})
        patterns.from_disk(str(resources.files("pipeline.data") / "entity_patterns.jsonl"))
        nlp.add_pipe("entity_fixes", after="pattern_ruler")
    nlp.add_pipe("money_matcher")
    nlp.add_pipe("commitment_finder")
    if tables is not None:
        for name in unneeded_components(nlp.pipeline, tables):
            nlp.disable_pipe(name)
    return nlp
