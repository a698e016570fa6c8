"""The parts of a commitment around its trigger: actors, recipient or partner, amount and object.

Actors of a verb are the names in the clause's subject ("Die Vereinigten Staaten und die Ukraine"), in a
passive or an attributive participle the names after "von"/"durch" ("von Australien finanzierten"); a
subject that names no one is resolved (pipeline.commitments.anaphora). A clause without a subject of its
own, such as a relative clause or an infinitive, takes the name just before it or its governing clause's
subject. Actors of a noun are attached to the noun: "Kanadas Militärhilfe", "Zusagen der USA",
"Investition … vom Konzern Telia Sonera".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.commitments.anaphora import is_anaphor
from pipeline.commitments.clauses import BOUNDARIES
from pipeline.commitments.phrases import NounPhrase
from pipeline.commitments.status import is_request
from pipeline.commitments.triggers import TriggerMatch
from pipeline.commitments.words import SUBORDINATORS, actors_in, is_noun, is_participle, is_punct, is_verb, words

# A body noun before a name makes the two the name of a public body: "das Land Burgenland", "Stadt Wien".
BODY_NOUNS = words("land stadt gemeinde marktgemeinde republik bundesland freistaat kanton königreich fürstentum "
                   "staat bundesstaat stiftung")
RELATIVE_PRONOUNS = words("der die das dem den deren dessen denen welche welcher welches welchem welchen")
NOUN_MONEY_DISTANCE = 6  # tokens between a noun trigger and its amount ("Investition von 115 Millionen Dollar")

Resolver = Callable[[NounPhrase], list[Span]]


def money_index(amounts: list[Span]) -> dict[int, int]:
    """Every token of an amount → the amount's first token."""
    return {i: span.start for span in amounts for i in range(span.start, span.end)}


def named(phrase: NounPhrase) -> list[Span]:
    """The phrase's names, each widened over a body noun right before it ("Land Burgenland")."""
    doc = phrase.span.doc
    found = []
    for mention in phrase.mentions:
        start = mention.start
        if start > phrase.kernel.start and doc[start - 1].lower_ in BODY_NOUNS:
            start -= 1
        found.append(doc[start : mention.end])
    return found


def is_attributive(trigger: Token, phrases: list[NounPhrase]) -> bool:
    """A participle used as an adjective: tagged so, or between an agent and a noun ("von Australien finanzierte
    Zentrum"), which the tagger often reads as a finite verb."""
    if trigger.tag_ == "ADJA":
        return True
    following = trigger.doc[trigger.i + 1] if trigger.i + 1 < len(trigger.doc) else None
    agent_before = any(p.role == "agent" and p.span.end == trigger.i for p in phrases)
    return agent_before and following is not None and is_noun(following)


def _has_werden(clause: Span, trigger: Token) -> bool:
    return any(t.lemma_ == "werden" and t.i != trigger.i for t in clause)


def is_passive(trigger: Token, clause: Span, governing: Span | None) -> bool:
    """A participle with a form of "werden" in its clause ("wurde … zugesagt"), or in the clause before when
    a list of agents split it at a comma ("wurde von EU, Bund und vom Land … finanziert")."""
    if not (is_participle(trigger) or trigger.lower_.endswith("t")):
        return False
    if _has_werden(clause, trigger):
        return True
    auxiliary = any(t.tag_.startswith(("VA", "VM")) for t in clause)
    return not auxiliary and governing is not None and _has_werden(governing, trigger)


def _phrase_of(token: Token, phrases: list[NounPhrase]) -> int | None:
    return next((n for n, p in enumerate(phrases) if p.span.start <= token.i < p.span.end), None)


def _noun_actors(match: TriggerMatch, phrases: list[NounPhrase]) -> list[Span]:
    """Names attached to a noun trigger: its possessor, a genitive right after it, or a "von" phrase soon after."""
    number = _phrase_of(match.head, phrases)
    if number is None:
        return []
    own = phrases[number]
    if own.possessor is not None:
        return actors_in(own.possessor)
    found: list[Span] = []
    for phrase in phrases[number + 1 :]:
        if phrase.span.start - match.head.i > NOUN_MONEY_DISTANCE + 4:
            break
        if phrase.role == "genitive" and (found or phrase.span.start == own.span.end):
            found += named(phrase)
        elif phrase.role == "agent" and not found:
            found = named(phrase)
            if found:
                break
        elif found:
            break
    return found


def _after_boundary(phrase: NounPhrase, position: int) -> bool:
    """A phrase past a comma or dash after `position`: an apposition or attribution ("…, so Wrabetz")."""
    doc = phrase.span.doc
    return phrase.span.start > position and any(t.text in BOUNDARIES for t in doc[position : phrase.span.start])


def _apposition(phrase: NounPhrase) -> bool:
    """A name between commas: ", Cattina Leitner,"."""
    doc, span = phrase.span.doc, phrase.span
    return bool(phrase.mentions) and span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "," \
        and doc[span.end].text == ","


def _subject(phrases: list[NounPhrase], resolve: Resolver, position: int) -> list[Span] | None:
    """Names of the clause's subject; None when the clause has no subject phrase at all."""
    subjects = [p for p in phrases if p.role == "subject" and not _after_boundary(p, position)]
    if not subjects:
        return None
    found = [m for p in subjects for m in named(p)]
    if not found:  # "die Regierung der Ukraine", "die Tochter des Konzerns Infineon"
        after = [p for p in phrases if p.span.start == subjects[-1].span.end and p.role == "genitive"]
        found = named(after[0]) if after else []
    if not found:  # "Die Ehefrau von …, Cattina Leitner, spendete"
        found = next((named(p) for p in phrases if _apposition(p) and subjects[0].span.end <= p.span.start < position),
                     [])
    if not found and is_anaphor(subjects[0]):
        found = resolve(subjects[0])
    return found


def _controller(governing: Span, phrases_of: Callable[[Span], list[NounPhrase]], resolve: Resolver) -> list[Span]:
    """Who acts in an infinitive: the subject of the governing clause ("Kanada erwägt, … zuzusagen"), or after
    a request its object ("Die Ukraine bittet Kanada, … zuzusagen")."""
    phrases = phrases_of(governing)
    if is_request(list(governing)):
        named_objects = [p for p in phrases if p.role in ("object", "dative") and p.mentions]
        return named(named_objects[0]) if named_objects else []
    return _subject(phrases, resolve, governing.end) or []


def actors(match: TriggerMatch, phrases_of: Callable[[Span], list[NounPhrase]], resolve: Resolver) -> list[Span]:
    """The named actors of the trigger; empty when none can be named."""
    phrases = phrases_of(match.clause)
    if match.entry.pos == "NOUN":
        return _noun_actors(match, phrases)
    if is_attributive(match.head, phrases) or is_passive(match.head, match.clause, match.governing):
        agents = [p for p in phrases if p.role == "agent" and p.mentions]
        return named(agents[0]) if agents else []
    if match.zu_infinitive and match.governing is not None:
        return _controller(match.governing, phrases_of, resolve)
    found = _subject(phrases, resolve, match.parts[-1].i)
    if found is not None or match.governing is None:
        return found or []
    first = next((t for t in match.clause if not is_punct(t)), None)
    if first is None or first.lower_ in SUBORDINATORS:
        return []
    before = [p for p in phrases_of(match.governing) if p.span.end == match.clause.start - 1]
    if first.lower_ in RELATIVE_PRONOUNS or (is_verb(first) and before and before[-1].mentions):
        return named(before[-1]) if before else []  # "die EU, die … zugesagt hat"; "…, Cattina Leitner, spendete"
    return _subject(phrases_of(match.governing), resolve, match.governing.end) or []


def _gives(match: TriggerMatch) -> bool:
    """Pledges and deliveries have a beneficiary: a name as their second core phrase is one ("sagte Ägypten
    Unterstützung zu"), as German leaves the dative unmarked without an article."""
    return match.entry.kind in ("pledge", "delivery")


def recipient(match: TriggerMatch, phrases: list[NounPhrase], taken: list[Span]) -> Span | None:
    """The first named beneficiary ("an die Ukraine", "für Kiew", "dem Land") or, for an agreement, partner;
    a name among the objects of an active pledge or delivery counts too."""
    roles = ("recipient", "dative", "partner") if match.entry.kind == "agreement" else ("recipient", "dative")
    active = not (is_attributive(match.head, phrases) or is_passive(match.head, match.clause, match.governing))
    roles += ("object",) if _gives(match) and active and not _requested_object(match) else ()
    for role in roles:
        for phrase in phrases:
            if phrase.role == role:
                names = [n for n in named(phrase) if not any(n.start < t.end and t.start < n.end for t in taken)]
                if names:
                    return names[0]
    return None


def _requested_object(match: TriggerMatch) -> bool:
    """The infinitive after a request, whose actor is the request's object, not a recipient."""
    return match.zu_infinitive and match.governing is not None and is_request(list(match.governing))


def money(match: TriggerMatch, amounts: list[Span]) -> Span | None:
    """The amount in the clause nearest to the trigger; a noun trigger's amount must stand close to it."""
    def distance(span: Span) -> int:
        return max(span.start - match.head.i, match.head.i - span.end + 1, 0)

    inside = [a for a in amounts if match.clause.start <= a.start and a.end <= match.clause.end]
    if match.entry.pos == "NOUN":
        inside = [a for a in inside if distance(a) <= NOUN_MONEY_DISTANCE]
    return min(inside, key=distance, default=None)


def _content(phrase: NounPhrase, doc: Doc) -> Span:
    """The phrase's adjectives and nouns, without article, numbers or possessor: "strategisches
    Verteidigungsabkommen"; of two common nouns in a row (a dative before an object: "Nutzern Zugang") the
    last."""
    kernel = phrase.kernel
    if not actors_in(kernel, None) and len(kernel) > 1:
        return kernel[-1:]
    start = kernel.start
    while start > phrase.span.start and doc[start - 1].tag_ == "ADJA":
        start -= 1
    return doc[start : kernel.end]


def _looks_left(match: TriggerMatch) -> bool:
    """Whether the trigger closes its clause, so that its object stands before it: after an auxiliary or a
    modal ("hat … zugesagt"), in a clause opened by a subordinator or relative pronoun, or at the clause end."""
    clause, head = match.clause, match.head
    first = next((t for t in clause if not is_punct(t)), head)
    last = next((t for t in reversed(clause) if not is_punct(t)), head)
    auxiliary = any(t.tag_.startswith(("VA", "VM")) for t in clause if t.i < head.i)
    non_finite = is_participle(head) or head.tag_ in ("VVINF", "VVIZU")
    return auxiliary or non_finite or first.lower_ in SUBORDINATORS | RELATIVE_PRONOUNS or last.i == head.i


def object_phrase(match: TriggerMatch, phrases: list[NounPhrase], amounts: dict[int, int],
                  actors_found: list[Span]) -> Span | None:
    """What is committed: a noun trigger's own phrase, the noun an attributive participle qualifies; for a
    verb the object phrase nearest to it in the middle field ("kündigten … eine Initiative … an"), where "an
    Verteidigungshilfe" after an amount counts as one."""
    doc = match.head.doc
    number = _phrase_of(match.head, phrases)
    attributive = match.entry.pos == "VERB" and is_attributive(match.head, phrases)
    if match.entry.pos == "NOUN" or attributive:  # "Investition", "finanzierten Zentrum"
        number = number if number is not None else _phrase_of(doc[match.head.i + 1], phrases)
        if number is None:
            return None
        content = _content(phrases[number], doc)
        return doc[max(content.start, match.head.i + attributive) : content.end]
    # the object of a passive is its subject: "Der Preis wird … finanziert"
    wanted = "subject" if is_passive(match.head, match.clause, match.governing) else "object"

    def candidate(phrase: NounPhrase) -> bool:
        if phrase.kernel.start in amounts or match.head.i in range(phrase.span.start, phrase.span.end):
            return False
        if any(a.start < phrase.span.end and phrase.span.start < a.end for a in actors_found):
            return False
        if phrase.mentions and _gives(match):  # the beneficiary, see recipient()
            return False
        partitive = phrase.preposition == "an" and phrase.span.start - 2 in amounts
        return phrase.role == wanted or partitive

    found = [p for p in phrases if candidate(p)]
    head, end = match.head.i, match.parts[-1].i
    if end > head:
        preferred = [p for p in found if head < p.span.start and p.span.end <= end]
    elif _looks_left(match):
        preferred = [p for p in found if p.span.end <= head]
    else:
        preferred = [p for p in found if p.span.start > head]
    best = min(preferred or found, key=lambda p: min(abs(head - p.span.start), abs(head - p.span.end + 1)),
               default=None)
    return _content(best, doc) if best is not None else None
