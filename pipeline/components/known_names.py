"""How the organization ruler's known names of several words meet NER's entities (`pipeline.annotate`).

A known name wins over an entity that overlaps it ("Austria" in "Statistik Austria", "Stronach" in "des Teams
Stronach", "Servus TV zur Medienvielfalt" run on past the name), unless the entity begins before it or goes on
after it with a capitalized word or an ampersand: then the other words belong to a longer name ("Deutschen Roten
Kreuzes", not the Austrian "Rotes Kreuz"; "Daily Mail and General Trust", not the newspaper). One common noun of the
lexicon after the name, and nothing more, continues it only where it names a kind of organization or a club's team
("Süddeutsche Zeitung Magazin", "Sturm Graz Amateure"), not where NER ran on into the sentence ("mit der Welt am
Sonntag Kritik"). Nor is a known name before "&" one, whatever NER found
("Daily Mail & General Trust").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span
from spacy.util import filter_spans, registry

from pipeline.components.entity_fixes.vocabulary import ORG_DESCRIPTOR
from pipeline.components.entity_fixes.words import names_organization
from pipeline.nouns import listed


@registry.misc("pipeline.known_names_filter.v1")
def make_known_names_filter() -> Callable[[Iterable[Span], Iterable[Span]], list[Span]]:
    return known_names_filter


def known_names_filter(entities: Iterable[Span], names: Iterable[Span]) -> list[Span]:
    """The entities with the known names, without overlaps (a SpanRuler `ents_filter`)."""
    entities = list(entities)
    kept_names = [name for name in filter_spans(names)
                  if not any(longer(ent, name) for ent in entities) and not before_ampersand(name)]
    return [*kept_names, *(ent for ent in entities
                           if not any(ent.start < name.end and name.start < ent.end for name in kept_names))]


AMPERSANDS = frozenset({"&", "and"})  # inside a company's name: "Daily Mail & General Trust", "… and General Trust"


def longer(ent: Span, name: Span) -> bool:
    """True when `ent` is a longer name that holds `name`: it begins before it, or goes on after it with a word
    that continues a name or an ampersand ("Daily Mail and General Trust"; not "Servus TV zur Medienvielfalt")."""
    if ent.start < name.start < ent.end:
        return True
    return ent.start <= name.start and ent.end > name.end and (
        before_ampersand(name)
        or (name.doc[name.end].text[:1].isupper() and not run_on_noun(ent[name.end - ent.start :])))


# a team of a club beside its first team: "Sturm Graz Amateure", "Sturm Graz Damen"
TEAM_SECTIONS = frozenset({"Amateure", "Damen", "Frauen", "Junioren", "Juniors"})


def run_on_noun(rest: Span) -> bool:
    """True when what an entity holds after a known name is one common noun of the lexicon that names no kind of
    organization or team: NER ran on into the sentence ("Welt am Sonntag Kritik"; not "Süddeutsche Zeitung Magazin",
    "Wien Energie Vertrieb GmbH", "Sturm Graz Amateure")."""
    word = rest[0]
    return (len(rest) == 1 and listed(word.text)[0] and word.text not in TEAM_SECTIONS
            and not (names_organization(word) or ORG_DESCRIPTOR.search(word.lower_)))


def before_ampersand(name: Span) -> bool:
    """True when "&" or "and" follows `name`: a known name there begins a company's name that NER may have missed
    ("Daily Mail & General Trust" is not the newspaper)."""
    return name.end < len(name.doc) and name.doc[name.end].text in AMPERSANDS
