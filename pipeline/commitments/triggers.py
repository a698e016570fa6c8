"""Trigger words in a Doc: lexicon verbs (separable ones split or joined) and nouns.

A verb is found by its lemma or, because the lemmatizer errs on some participles ("gewährt" → "währen"), by
the regular inflections of its stem. A separable verb is complete when joined ("zugesagt", "zusagte") or
when its particle closes the clause ("sagte … zu", "kündigten … an"): the token tagged PTKVZ, labelled
`svp` in a parse, or the particle word standing last before a boundary. A fixed phrase ("zur Verfügung")
must stand in the same clause. A noun is found as the head of a compound ("Abschreckungszusagen").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc, Span, Token

from pipeline.commitments.clauses import clause_of
from pipeline.commitments.lexicon import REFLEXIVE, TriggerEntry
from pipeline.commitments.words import COORDINATORS, REFLEXIVE_PRONOUNS, is_finite, is_punct
from pipeline.form_test import FormTest

NOT_VERB_TAGS = frozenset({"ADJD", "ART", "PIAT", "PIDAT", "PIS", "PDAT", "PDS", "PPOSAT", "APPR", "APPRART", "KON"})
VERB_ENDINGS = r"(?:e|st|t|et|est|en|n|te|ten|test|tet|ete|eten|etest|etet)"
NOUN_ENDINGS = r"(?:e|n|en|s|es|er|ern)?"


@dataclass(frozen=True)
class TriggerMatch:
    entry: TriggerEntry
    head: Token  # the verb or noun
    parts: tuple[Token, ...]  # every token of the trigger in text order: "kündigten", "an"
    clause: Span
    governing: Span | None  # the clause before it in the sentence

    @property
    def zu_form(self) -> bool:
        """The trigger is a zu-infinitive: "zu liefern", "zuzusagen"."""
        head, doc = self.head, self.head.doc
        before = doc[head.i - 1] if head.i > self.clause.start else None
        infix = bool(self.entry.particle) and head.lower_.startswith(self.entry.particle + "zu")
        return head.tag_ == "VVIZU" or infix or (before is not None and before.lower_ == "zu" and before.tag_ != "APPR")

    @property
    def zu_infinitive(self) -> bool:
        """An infinitive clause of its own ("…, der Ukraine Waffen zu liefern"), without a subject or finite
        verb; "hat … zu bezahlen" is a finite clause with an obligation."""
        finite = any(is_finite(t) for t in self.clause if t.i != self.head.i)
        return self.zu_form and not finite

    @property
    def span(self) -> Span:
        """From the first to the last token of the trigger: "kündigten … an" as one stretch."""
        return self.head.doc[self.parts[0].i : self.parts[-1].i + 1]


def _stem(verb: str) -> str:
    return verb[:-2] if verb.endswith("en") else verb[:-1]


def verb_form_pattern(entry: TriggerEntry) -> str:
    """Regular forms of the verb, joined particle, "ge-" and "zu-" included: "zugesagt", "gewährt"."""
    particle = f"(?:{re.escape(entry.particle)})?" if entry.particle else ""
    return f"^{particle}(?:ge|zu)?{re.escape(_stem(entry.base))}{VERB_ENDINGS}$"


def noun_form_pattern(*entries: TriggerEntry) -> str:
    """The nouns alone or as the head of a compound, with case and plural endings: "Abschreckungszusagen"."""
    nouns = "|".join(re.escape(entry.verb.lower()) for entry in entries)
    return f"^(?:.*[a-zäöüß-])?(?:{nouns}){NOUN_ENDINGS}$"


def _any_of(patterns) -> str:
    return "|".join(f"(?:{pattern})" for pattern in patterns)


class TriggerFinder:
    """Matches the lexicon against a Doc; `__call__` returns the triggers that pass their clause checks.

    Candidate tokens are found by their lemma or word form (pipeline.form_test): whether a form
    looks like a lexicon verb or noun is decided once per form, with two regular expressions for the whole
    lexicon.
    Which entries a candidate belongs to is decided for the few candidates only, in lexicon order.
    """

    def __init__(self, vocab, lexicon: tuple[TriggerEntry, ...]) -> None:
        self.entries = lexicon
        self.forms = {entry.lemma: re.compile(noun_form_pattern(entry) if entry.pos == "NOUN"
                                              else verb_form_pattern(entry)) for entry in lexicon}
        verbs = [entry for entry in lexicon if entry.pos != "NOUN"]
        nouns = [entry for entry in lexicon if entry.pos == "NOUN"]
        lemmas = {lemma for entry in verbs for lemma in (entry.verb, entry.base)}
        verb_form = re.compile(_any_of(verb_form_pattern(e) for e in verbs))
        noun_form = re.compile(noun_form_pattern(*nouns))
        self.by_lemma = FormTest(vocab.strings, LEMMA, lemmas.__contains__)
        self.by_form = FormTest(vocab.strings, ORTH, lambda form: noun_form.search(form.lower()) is not None
                                or (form.islower() and verb_form.search(form) is not None))

    def __call__(self, doc: Doc) -> list[TriggerMatch]:
        found: dict[int, TriggerMatch] = {}
        for start in self._candidates(doc):
            token = doc[start]
            for entry in self.entries:
                if not self._candidate(entry, token):
                    continue
                match = self._noun(entry, token) if entry.pos == "NOUN" else self._verb(entry, token)
                if match and (token.i not in found or len(match.parts) > len(found[token.i].parts)):
                    found[token.i] = match
        return [found[i] for i in sorted(found)]

    def _candidates(self, doc: Doc) -> list[int]:
        """Indices of the tokens whose lemma is a lexicon verb or whose form looks like a lexicon word."""
        return np.flatnonzero(self.by_lemma.mask(doc) | self.by_form.mask(doc)).tolist()

    def _candidate(self, entry: TriggerEntry, token: Token) -> bool:
        """The token is a form of the entry's word: its lemma, or a regular form of it."""
        if entry.pos != "NOUN" and token.lemma_ in (entry.verb, entry.base):
            return True
        return (entry.pos == "NOUN" or token.is_lower) and self.forms[entry.lemma].match(token.lower_) is not None

    @staticmethod
    def _noun(entry: TriggerEntry, token: Token) -> TriggerMatch | None:
        if not token.text[:1].isupper() or token.ent_type_ in ("PER", "ORG", "LOC"):
            return None
        clause, governing = clause_of(token)
        return TriggerMatch(entry, token, (token,), clause, governing)

    def _verb(self, entry: TriggerEntry, token: Token) -> TriggerMatch | None:
        if token.tag_ in NOT_VERB_TAGS:  # "einige Male", "sind sich einig"
            return None
        clause, governing = clause_of(token, verbal=True)
        words = [t for t in clause if t.i != token.i]
        if any(t.lower_.endswith(entry.forbidden) for t in words):
            return None
        parts = [token]
        if not entry.particle and self._particle(None, token, clause):  # "gab … aus" is not "geben"
            return None
        if entry.particle and not self._joined(entry, token):
            particle = self._particle(entry.particle, token, clause)
            if particle is None:
                return None
            parts.append(particle)
        phrase = [w for w in entry.phrase if w != REFLEXIVE]
        if REFLEXIVE in entry.phrase and not any(t.lower_ in REFLEXIVE_PRONOUNS for t in words):
            return None
        if phrase:
            found = _find_phrase(phrase, clause)
            if found is None:
                return None
            parts.extend(found)
        return TriggerMatch(entry, token, tuple(sorted(parts, key=lambda t: t.i)), clause, governing)

    @staticmethod
    def _joined(entry: TriggerEntry, token: Token) -> bool:
        return token.lemma_ == entry.verb or token.lower_.startswith(entry.particle)

    @staticmethod
    def _particle(particle: str | None, verb: Token, clause: Span) -> Token | None:
        """The separated particle (any particle when `particle` is None): `svp` child in a parse; else a token
        tagged PTKVZ, or the particle word closing the clause."""
        if verb.doc.has_annotation("DEP"):
            return next((c for c in verb.children if c.dep_ == "svp" and particle in (None, c.lower_)), None)
        doc = verb.doc
        for token in doc[verb.i + 1 : clause.end]:
            if particle is None:
                if token.tag_ == "PTKVZ":
                    return token
                continue
            if token.lower_ != particle:
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if token.tag_ == "PTKVZ" or after is None or is_punct(after) or after.lower_ in COORDINATORS:
                return token
        return None


def _find_phrase(words: list[str], clause: Span) -> list[Token] | None:
    lowered = [w.lower() for w in words]
    tokens = list(clause)
    for i in range(len(tokens) - len(words) + 1):
        if [t.lower_ for t in tokens[i : i + len(words)]] == lowered:
            return tokens[i : i + len(words)]
    return None
