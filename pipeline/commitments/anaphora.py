"""An actor that is not named where it acts: "das Land", "der Konzern", "der Oligarch", "er", "sie".

Such a phrase is resolved to a named mention earlier in the document (within a few sentences), because a
commitment row must name who committed:
- "das Land"/"der Staat" → the nearest earlier subject that is a place, "der Konzern"/"das Unternehmen" →
  the nearest earlier subject that is an organization;
- any other definite noun ("der Oligarch", "der Premierminister", "die Regierung") → the nearest person
  introduced with that noun as a title ("des russischen Oligarchen Alexander Lebedew", "Regierung Renzi"),
  up to TITLED_MAX_SENTENCES back (a whole news article: a title is specific enough; the bound keeps
  very long texts linear);
- "er" → the nearest earlier subject that is a person; "sie" → the nearest earlier subject, with the names
  coordinated with it ("Rupprechter, Auer und Schultes …, wie sie ankündigten"); when that subject names no
  one ("die Regierungen … was sie versprochen haben"), the pronoun stays unresolved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span

from pipeline.commitments.clauses import clauses
from pipeline.commitments.phrases import NounPhrase
from pipeline.commitments.words import words

PLACE_NOUNS = words("land staat bundesland")
ORGANIZATION_NOUNS = words("konzern unternehmen firma gruppe bank verein partei organisation gesellschaft holding")
DEFINITE = words("der die das den dem des")
TITLED_MAX_SENTENCES = 60

Phrases = Callable[[Span], list[NounPhrase]]


def is_anaphor(phrase: NounPhrase) -> bool:
    """A personal pronoun, or a definite phrase that names no one ("das Land", "der Oligarch")."""
    return phrase.is_pronoun or (not phrase.mentions and phrase.span[0].lower_ in DEFINITE)


def _earlier(phrase: NounPhrase, phrases_of: Phrases, max_sentences: int) -> Iterator[list[NounPhrase]]:
    """Noun phrases of the clauses before `phrase`, nearest clause first, within `max_sentences`."""
    doc = phrase.span.doc
    sentence = phrase.span.sent
    for _ in range(max_sentences + 1):
        for clause in reversed(clauses(sentence)):
            if clause.start < phrase.span.start:
                yield [p for p in phrases_of(clause) if p.span.end <= phrase.span.start]
        if sentence.start == 0:
            return
        sentence = doc[sentence.start - 1].sent


def _subject_group(phrases: list[NounPhrase]) -> list[Span]:
    """The names of a clause's subject, coordinated names included."""
    return [m for p in phrases if p.role == "subject" for m in p.mentions]


def _pronoun_antecedent(phrases: list[NounPhrase], pronoun: str) -> list[Span] | None:
    """The names of a clause's subject for a pronoun; [] when the subject names no one (the pronoun refers to
    it, so the search stops), None when the clause has no usable subject (search on)."""
    subjects = [p for p in phrases if p.role == "subject" and not p.is_pronoun]
    if not subjects:
        return None
    names = [m for p in subjects for m in p.mentions]
    if pronoun == "er":
        people = [m for m in names if m.label_ == "PER"]
        return people[-1:] if people or not names else None
    return names


def _same_noun(a: str, b: str) -> bool:
    """The same noun up to a case or plural ending: "Oligarchen" and "Oligarch"."""
    a, b = a.lower(), b.lower()
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2


def _titled(phrases: list[NounPhrase], head: str) -> list[Span]:
    for phrase in reversed(phrases):
        titles = [t.text for t in phrase.kernel if not t.ent_type_]
        people = [m for m in phrase.mentions if m.label_ == "PER"]
        if people and any(_same_noun(title, head) for title in titles):
            return people[-1:]
    return []


def resolve(phrase: NounPhrase, phrases_of: Phrases, max_sentences: int) -> list[Span]:
    """Named mentions the anaphoric `phrase` refers to; empty when none is found close enough."""
    head = phrase.head.lower_
    titled = not phrase.is_pronoun and head not in PLACE_NOUNS and head not in ORGANIZATION_NOUNS
    for earlier in _earlier(phrase, phrases_of, TITLED_MAX_SENTENCES if titled else max_sentences):
        if titled:
            names = _titled(earlier, phrase.head.text)
        elif phrase.is_pronoun:
            names = _pronoun_antecedent(earlier, head)
            if names is not None:
                return names
        else:
            label = "LOC" if head in PLACE_NOUNS else "ORG"
            names = [m for m in _subject_group(earlier) if m.label_ == label][:1]
        if names:
            return names
    return []
