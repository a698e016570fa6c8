"""Clause boundaries inside a sentence, from punctuation and verbs: the scope of a trigger's arguments and cues.

Without a parser a clause is approximated by the stretches between commas, colons, semicolons, dashes,
brackets and full stops: a stretch with a verb or an opening subordinator ("dass", "als", "weil") starts a
clause, a stretch without one (an apposition, a list of names before the verb) belongs to the clause before
it, or to the first clause when it opens the sentence; a colon always ends a clause. The same boundaries are
used with a parse: TIGER attaches extraposed and embedded clauses in ways that make subtrees no better a
scope for these rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.commitments.words import SUBORDINATORS, is_punct, is_verb

# Sentence ends count too: they are clause ends wherever the sentence segmenter missed one.
BOUNDARIES = frozenset({",", ";", ":", "–", "—", "(", ")", "[", "]", ".", "!", "?"})
LABEL_ENDS = frozenset({"–", "—", "-", ":"})
SENTENCE_ENDS = frozenset({".", "!", "?"})


def _dateline_end(doc, start: int, end: int) -> int:
    """Where a dateline or speaker label starting at `start` ends: "Wien –", "Wien/Graz/Aurora –", "Gerlach:"
    open a text or an answer but belong to no clause; `start` itself when there is none."""
    for token in doc[start:end]:
        if token.text in LABEL_ENDS:
            return token.i + 1 if token.i > start else start
        if not (token.text == "/" or (token.ent_type_ and token.text[:1].isupper())):
            return start
    return start


def _segments(sent: Span) -> list[tuple[int, int]]:
    """(start, end) token ranges between boundary tokens; a dateline after a sentence end is left out."""
    doc = sent.doc
    found, start = [], _dateline_end(doc, sent.start, sent.end)
    for token in sent:
        if token.i < start:
            continue
        if token.text in BOUNDARIES or "\n" in token.text:
            if token.i > start:
                found.append((start, token.i))
            start = token.i + 1
            if token.text in SENTENCE_ENDS:
                start = _dateline_end(doc, start, sent.end)
    if sent.end > start:
        found.append((start, sent.end))
    return found


def _opens_clause(doc, start: int, end: int, verbal: int | None) -> bool:
    words = [t for t in doc[start:end] if not is_punct(t)]
    if not words:
        return False
    return (
        (verbal is not None and start <= verbal < end)
        or words[0].lower_ in SUBORDINATORS
        or any(is_verb(t) for t in words)
    )


def clauses(sent: Span, verbal: int | None = None) -> list[Span]:
    """The sentence's clauses in order; `verbal` is a token index known to be a verb (a trigger)."""
    doc = sent.doc
    groups: list[list[tuple[int, int]]] = []
    has_clause = after_colon = False
    for start, end in _segments(sent):
        opens = _opens_clause(doc, start, end, verbal)
        if not groups or (opens and has_clause) or after_colon:
            groups.append([])
            has_clause = False
        groups[-1].append((start, end))
        has_clause = has_clause or opens
        after_colon = end < len(doc) and doc[end].text == ":"  # what precedes a colon never joins what follows
    return [doc[group[0][0] : group[-1][1]] for group in groups]


def clause_of(token: Token, verbal: bool = False) -> tuple[Span, Span | None]:
    """The clause containing `token` and the clause before it in the sentence (the governing clause of an
    infinitive or a `dass` clause); with `verbal`, the token counts as a verb whatever its tag."""
    found = clauses(token.sent, token.i if verbal else None)
    for number, clause in enumerate(found):
        if clause.start <= token.i < clause.end:
            return clause, found[number - 1] if number else None
    return token.sent, None
