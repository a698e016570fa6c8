"""Load a German spaCy pipeline and add the project's components to it, whichever model it is.

The tokenizer also splits a score from a team and a dash from a word glued to them and keeps "Wr." whole
(`adapt_tokenizer`). Added components:
`paragraph_boundaries` (before the senter, sentencizer or parser), the gazetteer `entity_ruler`
(after NER and the sentence boundaries, so every rule sees sentences; the patterns of pipeline.gazetteer, built
at load rather than read from the bundled model, so every model matches the current gazetteer; also news
agencies, institutions), `pattern_ruler` (facilities, company names with a legal form, web domains ("golem.de"),
Vienna's municipal departments ("MA 48"), Austrian districts ("Wien-Umgebung") and institutions of the US or
international ones by their prefix ("US-Kongress", "Uno-Vollversammlung"), data/entity_patterns.jsonl,
allowed to override NER),
`organization_ruler` (known organizations of several words, which win over overlapping entities that neither
begin before them nor go on after them with a name word, pipeline/components/known_names.py),
`entity_fixes`,
`money_matcher` and `commitment_finder`. Components the requested tables do not need are disabled
(pipeline.selection).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from importlib import resources

from spacy.attrs import ORTH
from spacy.language import Language

import pipeline.components  # noqa: F401  (registers the project's factories)
from pipeline.gazetteer import organization_patterns, ruler_patterns
from pipeline.model import ModelInfo
from pipeline.selection import unneeded_components


def add_phrase_patterns(nlp: Language, ruler, patterns: list[dict]) -> None:
    """Add EntityRuler patterns with only the tokenizer enabled: phrase patterns match on ORTH, which the
    tokenizer sets, but `add_patterns` would run every one of them through the whole model (a second of
    each start-up). So the ruler is rebuilt here instead of loaded with the model."""
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)


# A score or an overtime mark glued to the next team, a dash to a dateline: agency texts that lost their line
# breaks or spaces ("Philadelphia Flyers 3:6Buffalo Sabres", "2:1 n.V.Nashville Predators", "Belgrad– Bei").
GLUED_DASH = "[–—]$"
# A dash typed as two hyphens glued to a bracket and the next word: "FRANKFURT (Dow Jones)--Gewinnmitnahmen",
# "(Dow Jones)--1&1 Drillisch", "(Dow Jones)--\"Wir …".
GLUED_DOUBLE_HYPHEN = r"\)(?=--)|(?<=\))--(?=\S)"
# spaCy's German exceptions lack them ("hl.n.": a Czech main station, "Praha hl.n."); not "Corp.", which the
# bundled NER, never trained on it whole, tags MISC
KEPT_ABBREVIATIONS = ("Wr.", "a.d.", "i.d.", "o.d.", "Bros.", "Ltd.", "hl.n.")
# Legal forms written without a period: one after them ends the sentence ("… Entertainment GmbH. Jupiter …"),
# but the tokenizer kept it in the token, so the sentence ran on into the next.
SENTENCE_FINAL_LEGAL_FORMS = ("GmbH", "mbH")
GLUED_AFTER_SCORE = r"(?:(?<=[0-9]:[0-9])|(?<=[0-9]:[0-9]{2})|(?<=\bn\.[PV]\.))(?=[A-ZÄÖÜ][a-zäöü])"


def adapt_tokenizer(nlp: Language) -> None:
    """Split a token where a score ends and a capitalized word begins ("3:6Buffalo" → "3:6", "Buffalo"), on top
    of the model's own infixes (an empty infix match splits without a token of its own), and a dash glued to the
    word before it ("Belgrad– Bei einem Luftangriff"); keep the Austrian abbreviation of "Wiener" whole ("Wr.
    Neustadt", not "Wr" "." "Neustadt"), and those of "an der", "in der", "ob der" in towns' names ("Neuburg a.d.
    Donau", "Rothenburg o.d. Tauber"), whose split period ended the sentence there, and of companies ("Warner
    Bros. Entertainment"); split the period after "GmbH" off, which always ends a sentence."""
    tokenizer = nlp.tokenizer
    infixes = extended(tokenizer.infix_finditer, f"{GLUED_AFTER_SCORE}|{GLUED_DOUBLE_HYPHEN}")
    suffixes = extended(tokenizer.suffix_search, GLUED_DASH)
    if infixes is not None:
        tokenizer.infix_finditer = infixes.finditer
    if suffixes is not None:
        tokenizer.suffix_search = suffixes.search
    for abbreviation in KEPT_ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for form in SENTENCE_FINAL_LEGAL_FORMS:
        tokenizer.add_special_case(f"{form}.", [{ORTH: form}, {ORTH: "."}])


def extended(own: Callable | None, pattern: str) -> re.Pattern | None:
    """The model's own rule (a compiled regex's bound `finditer` or `search`) or'ed with `pattern`, or `pattern`
    alone where the model has none; None where the rule is a plain function, which stays as it is."""
    if own is None:
        return re.compile(pattern)
    compiled = getattr(own, "__self__", None)
    if not isinstance(compiled, re.Pattern):
        return None
    return re.compile(f"{compiled.pattern}|{pattern}", compiled.flags)


def load_pipeline(info: ModelInfo, tables: Iterable[str] | None = None) -> Language:
    """spacy.load the resolved model, then add what the extractors need and the model lacks; with `tables`,
    disable what those tables do not need."""
    import spacy

    nlp = spacy.load(info.path, exclude=["entity_ruler"])
    adapt_tokenizer(nlp)
    segmenter = next((name for name in ("senter", "sentencizer", "parser") if name in nlp.pipe_names), None)
    if segmenter:
        nlp.add_pipe("paragraph_boundaries", before=segmenter)
    if "ner" in nlp.pipe_names:
        # after NER (the vote of the bundled model's NERs, model/README.md) and after the sentence boundaries,
        # which the bundled model sets after its NER
        entities = "entity_vote" if "entity_vote" in nlp.pipe_names else "ner"
        last = max((entities, segmenter) if segmenter else (entities,), key=nlp.pipe_names.index)
        ruler = nlp.add_pipe("entity_ruler", after=last, config={"overwrite_ents": False})
        organizations = organization_patterns()
        one_word = [p for p in organizations if " " not in p["pattern"]]
        add_phrase_patterns(nlp, ruler, ruler_patterns() + one_word)
        patterns = nlp.add_pipe("entity_ruler", name="pattern_ruler", after="entity_ruler",
                                config={"overwrite_ents": True})
        patterns.from_disk(str(resources.files("pipeline.data") / "entity_patterns.jsonl"))
        # a known name of several words wins over an entity it overlaps, unless that is a longer name holding it
        # (pipeline/components/known_names.py)
        longest = nlp.add_pipe("span_ruler", name="organization_ruler", after="pattern_ruler", config={
            "spans_key": None, "annotate_ents": True, "overwrite": False,
            "ents_filter": {"@misc": "pipeline.known_names_filter.v1"}})
        add_phrase_patterns(nlp, longest, [p for p in organizations if " " in p["pattern"]])
        nlp.add_pipe("entity_fixes", after="organization_ruler")
    nlp.add_pipe("money_matcher")
    nlp.add_pipe("commitment_finder")
    if tables is not None:
        for name in unneeded_components(nlp.pipeline, tables):
            nlp.disable_pipe(name)
    return nlp
