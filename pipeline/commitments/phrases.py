"""Noun phrases of a clause and their grammatical role: who is subject, object, recipient, partner or agent.

Without a parser the role comes from the phrase's left edge and its place in the clause: a preposition
before it decides ("an die Ukraine" → recipient, "mit der EU" → partner, "von der EU" → agent), "der"/"des"
right after a noun makes a genitive attribute ("Aufrüstung der Ukraine"), "dem"/"einem" a dative, and of
the remaining core phrases the first is taken as the subject and the later ones as objects (German puts the
subject first in the middle field; an accusative "den" never is one, a "den" the morphologizer reads as
dative is a dative). With a TIGER parse the phrase root's
dependency label decides (sb, oa, da, ag/pg, sbp) and the preposition it hangs from.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.commitments.words import (
    COORDINATORS,
    DATIVE_ARTICLES,
    PERSONAL_PRONOUNS,
    SUBORDINATORS,
    TIME_NOUNS,
    actors_in,
    is_modifier,
    is_noun,
    is_preposition,
    is_punct,
)

AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch", "seitens"})
RECIPIENT_PREPOSITIONS = frozenset({"an", "für", "zugunsten"})
PARTNER_PREPOSITIONS = frozenset({"mit"})
GENITIVE_ARTICLES = frozenset({"der", "des", "eines", "einer"})
POSTPOSITIONS = frozenset({"zufolge", "gegenüber", "entgegen", "halber"})
DEP_ROLES = {"sb": "subject", "oa": "object", "oa2": "object", "da": "dative", "ag": "genitive", "pg": "genitive",
             "sbp": "agent"}
ROLES = ("subject", "object", "dative", "agent", "recipient", "partner", "genitive", "oblique", "time")


@dataclass(frozen=True)
class NounPhrase:
    span: Span  # article, adjectives, a possessor ("Kanadas") and the kernel
    kernel: Span  # the nouns and names: "Regierung Renzi", "Telekommunikationskonzern Telia Sonera"
    role: str  # one of ROLES
    preposition: str = ""  # lowercased, when a preposition governs the phrase
    possessor: Span | None = None  # "Kanadas" in "Kanadas zusätzlicher Militärhilfe"

    @property
    def mentions(self) -> list[Span]:
        """Named actors in the phrase: PER/ORG/LOC entities in the kernel, else the possessor."""
        found = actors_in(self.kernel)
        if not found and self.possessor is not None:
            found = actors_in(self.possessor)
        return found

    @property
    def head(self) -> Token:
        """The last noun of the kernel, or the common noun before the names ("Regierung" in "Regierung Renzi")."""
        common = [t for t in self.kernel if not t.ent_type_]
        return common[-1] if common else self.kernel[-1]

    @property
    def is_pronoun(self) -> bool:
        return len(self.kernel) == 1 and self.kernel[0].lower_ in PERSONAL_PRONOUNS


def _kernels(clause: Span) -> list[tuple[int, int]]:
    """Runs of nouns and names; a personal pronoun is a run of its own."""
    doc = clause.doc
    runs, i = [], clause.start
    while i < clause.end:
        if doc[i].lower_ in PERSONAL_PRONOUNS and doc[i].tag_ not in ("NN", "NE"):
            runs.append((i, i + 1))
            i += 1
        elif is_noun(doc[i]):
            end = i + 1
            while end < clause.end and (doc[end].ent_iob_ == "I" or (is_noun(doc[end]) and not _name_ends(doc, end))):
                end += 1
            runs.append((i, end))
            i = end
        else:
            i += 1
    return runs


def _name_ends(doc, i: int) -> bool:
    """A name ends before the common noun `i`: a new phrase starts ("der Ukraine | Waffen"), or the name is a
    possessor ("Neustadts | Präsident Hans Reinisch"). A common noun before a name stays with it ("Regierung
    Renzi")."""
    return bool(doc[i - 1].ent_type_) and not doc[i].ent_type_


def _left_edge(doc, start: int, floor: int, money: dict[int, int]) -> int:
    """Start of the phrase whose kernel starts at `start`: back over modifiers and into an amount."""
    while start > floor and is_modifier(doc[start - 1]):
        start -= 1
    return min(start, money.get(start, start))


def _is_possessor(kernel: Span) -> bool:
    """A name in the genitive before the noun it qualifies: "Kanadas", "Putins"."""
    return bool(actors_in(kernel, None)) and kernel[-1].text.endswith(("s", "'"))


def noun_phrases(clause: Span, money: dict[int, int]) -> list[NounPhrase]:
    """The clause's noun phrases in order, each with its role; `money` maps every token of an amount to the
    amount's first token."""
    doc = clause.doc
    phrases: list[NounPhrase] = []
    pending: Span | None = None  # a possessor waiting for its noun
    floor = clause.start
    for start, end in _kernels(clause):
        kernel = doc[start:end]
        left = _left_edge(doc, start, floor, money)
        if pending is not None and pending.end == left:
            left, possessor = pending.start, pending
        else:
            possessor = None
        pending = None
        if possessor is None and end < clause.end and (is_modifier(doc[end]) or is_noun(doc[end])) \
                and _is_possessor(kernel) and left == start:
            pending = kernel
            continue
        span = doc[left:end]
        phrases.append(NounPhrase(span, kernel, "", possessor=possessor))
        floor = end
    return _with_roles(phrases, clause, money)


def _with_roles(phrases: list[NounPhrase], clause: Span, money: dict[int, int]) -> list[NounPhrase]:
    parsed = clause.doc.has_annotation("DEP")
    result: list[NounPhrase] = []
    subject_seen = False
    for phrase in phrases:
        role, preposition = _parsed_role(phrase) if parsed else _role(phrase, result, clause)
        if not parsed and role == "core":
            accusative = phrase.span[0].lower_ == "den" or phrase.kernel.start in money
            role = "object" if subject_seen or accusative else "subject"
        subject_seen = subject_seen or role == "subject"
        result.append(NounPhrase(phrase.span, phrase.kernel, role, preposition, phrase.possessor))
    return result


def _role(phrase: NounPhrase, before: list[NounPhrase], clause: Span) -> tuple[str, str]:
    doc = phrase.span.doc
    first = phrase.span[0]
    previous = doc[phrase.span.start - 1] if phrase.span.start > clause.sent.start else None
    following = doc[phrase.span.end] if phrase.span.end < len(doc) else None
    if phrase.kernel[-1].lower_ in TIME_NOUNS:
        return "time", ""
    if previous is not None and previous.text == "(":  # "Sigmar Gabriel (SPD)"
        return "oblique", ""
    opener = previous is not None and previous.i == clause.start and previous.lower_ in SUBORDINATORS
    if previous is not None and is_preposition(previous) and not is_punct(previous) and not opener:
        return _preposition_role(previous.lower_), previous.lower_
    if following is not None and following.lower_ in POSTPOSITIONS:
        return "oblique", following.lower_
    if previous is not None and previous.lower_ in COORDINATORS and before and before[-1].span.end == previous.i:
        return before[-1].role, before[-1].preposition
    if previous is not None and is_noun(previous) and first.lower_ in GENITIVE_ARTICLES:
        return "genitive", ""
    if first.lower_ in DATIVE_ARTICLES or (first.lower_ == "den" and first.morph.get("Case") == ["Dat"]):
        return "dative", ""
    return "core", ""


def _preposition_role(preposition: str) -> str:
    if preposition in AGENT_PREPOSITIONS:
        return "agent"
    if preposition in RECIPIENT_PREPOSITIONS:
        return "recipient"
    if preposition in PARTNER_PREPOSITIONS:
        return "partner"
    return "oblique"


def _parsed_role(phrase: NounPhrase) -> tuple[str, str]:
    """Role from a TIGER parse: climb coordinations and appositions, then read the label or the preposition."""
    root = phrase.kernel.root
    while root.dep_ in ("cj", "cd", "app", "pnc", "nk") and root.head is not root and not is_preposition(root.head):
        root = root.head
    if is_preposition(root.head) and root.head is not root:
        preposition = root.head
        if preposition.dep_ == "sbp":
            return "agent", preposition.lower_
        return _preposition_role(preposition.lower_), preposition.lower_
    if phrase.kernel[-1].lower_ in TIME_NOUNS:
        return "time", ""
    return DEP_ROLES.get(root.dep_, "oblique"), ""
