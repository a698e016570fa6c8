"""Tests of words and names that need no model, only the gazetteer, the lists of given names and the shape of the
word, for the rules of several modules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from pipeline import gazetteer
from pipeline.components.entity_fixes.vocabulary import ARTICLES, INSTITUTION, ORGANIZATION_HEAD
from pipeline.link.forms import genitive_candidates
from pipeline.link.people import SURNAME_PARTICLES
from pipeline.link.places import known_as_written

# Heads of English and Romance names of institutions and venues, which no surname is: "Hunter College" (not
# "Hall", "Park" or "House", which are).
FOREIGN_NAME_HEAD = re.compile(
    r"^(?:College|University|Universidad|Università|Université|Palace|Awards?|Days|Club|United|City|Society"
    r"|Press|Records|Festival|Bridge|Centre|Center|Casa|Group|Company|Times|News|International)$"
)
GIVEN_NAME_TOWN_POPULATION = 200_000  # rule 15: below it, a place abroad named like a person needs support
# rule 16: "auf Samos", "aus Catalhöyük"; not "vor" or "über" ("vor Fußballmatches", "über Steuertricksereien")
PLACE_PREPOSITIONS = frozenset({"in", "im", "ins", "nach", "aus", "bei", "beim", "nahe", "auf", "am", "an", "durch",
                                "zum", "zur", "vom", "richtung"})
# Nationality nouns: a stem, a suffix and a case or feminine ending ("Amerikaner", "Spaniern", "Schwede", "Polin").
DEMONYM_SUFFIXES = ("aner", "ier", "äer", "er", "e", "in")
DEMONYM_TAILS = ("", "in", "innen", "n", "s")
PLACE_ENDINGS = ("", "a", "e", "n", "en", "ien", "ei")  # stem → country or region: Amerika, Schweden, Slowakei
UMLAUTS = str.maketrans("äöü", "aou")  # "Römer" → Rom


def compound_head(text: str) -> str | None:
    """The part after the last hyphen of a one-word compound ("Regierung" in "Trump-Regierung")."""
    if " " in text or "-" not in text.strip("-"):
        return None
    return text.rsplit("-", 1)[1]


def word_before(token: Token) -> str:
    """The lower-case word before a token; "" at the start of the document."""
    return token.doc[token.i - 1].lower_ if token.i > 0 else ""


def is_surname(text: str, surnames: set[str]) -> bool:
    """One of the surnames, or its genitive ("Carneys")."""
    return text in surnames or (text.endswith("s") and text[:-1] in surnames)


def is_demonym(word: str) -> bool:
    """A nationality noun of a country, continent or region the gazetteer knows: "Amerikaner" (Amerika),
    "Spanier" (Spanien), "Europäer" (Europa), "Schwede" (Schweden), "Slowake" (Slowakei), "Römer" (Rom),
    "Polin" (Polen). Only the gazetteer's countries, capitals and regions count, not every small town."""
    for tail in DEMONYM_TAILS:
        if not word.endswith(tail):
            continue
        body = word[: len(word) - len(tail)]
        for suffix in DEMONYM_SUFFIXES:
            stem = body[: -len(suffix)]
            if suffix == "e" and stem.endswith("land"):
                continue  # a "-land"'s people are "-länder": "Hollande" is a surname, no Dutchman
            if body.endswith(suffix) and len(stem) >= 3 and any(is_region_or_country(form + ending)
                                                                for form in {stem, stem.translate(UMLAUTS)}
                                                                for ending in PLACE_ENDINGS):
                return True
    return False


def is_region_or_country(text: str) -> bool:
    """A form of a country, continent, capital or exonym, or of a first-level region, in the gazetteer."""
    return text in gazetteer.country_and_capital_forms() or text in gazetteer.region_forms()


def organization_head(head: str) -> bool:
    """Heads that make a compound an organization's name: "EU-Kommission", "Raiffeisen-Gruppe", "EU-Parlaments"."""
    return any(INSTITUTION.search(form) or ORGANIZATION_HEAD.search(form)
               for form in (head.lower(), *genitive_candidates(head.lower())))


def ends_in_kind_of_organization(word: str) -> bool:
    """A lower-case word that is a kind of organization, alone or as a compound's tail ("gruppe", "laienrat",
    "syriza-partei"); not a name that merely ends like one ("murat", "marat")."""
    head = INSTITUTION.search(word) or ORGANIZATION_HEAD.search(word)
    return head is not None and (head.start() == 0 or head.start() >= 3 or word[head.start() - 1] == "-")


def names_organization(token: Token) -> bool:
    """A word that makes a name an organization's: an English or Romance institution ("College", "Press")
    or a German noun naming a kind of organization, alone or as the head of a compound ("Gruppe",
    "Gerichtshof", "Syriza-Partei"); not a surname that merely ends like one ("Cooper", "Murat")."""
    return bool(FOREIGN_NAME_HEAD.match(token.text)) or ends_in_kind_of_organization(token.lower_)


def particles_before(name: Span) -> list[str]:
    """The particles before a full name's last word: "Van", "der" in "Alexander Van der Bellen", "von", "der" in
    "Ursula Maria von der Leyen"; none in "Mark Carney"."""
    start = name.end - 1
    while start > name.start + 1 and name.doc[start - 1].lower_ in SURNAME_PARTICLES:
        start -= 1
    return [token.text for token in name.doc[start : name.end - 1]]


def full_name_surnames(ents: Iterable[Span]) -> set[str]:
    """The last words of the persons named with more than one word."""
    return {ent[-1].text for ent in ents if ent.label_ == "PER" and len(ent) > 1}


def is_gazetteer_name(span: Span) -> bool:
    """A capitalized name of at most three words that the gazetteer knows as written."""
    return len(span) <= 3 and all(t.text[:1].isupper() for t in span) and known_as_written(span.text)


def is_small_place_abroad(place: gazetteer.Place) -> bool:
    """A region, or a town of under `GIVEN_NAME_TOWN_POPULATION` inhabitants, outside the home countries: a
    reading of a name that a person or a brand of the document beats (rules 11 and 15)."""
    return ((place.kind == "region" or (place.kind == "city" and place.population < GIVEN_NAME_TOWN_POPULATION))
            and place.country_code not in gazetteer.HOME_COUNTRIES)


def after_place_preposition(token: Token) -> bool:
    """ "auf Samos", "in der Ägäis": a preposition of place, maybe with an article, before the word."""
    before = [t.lower_ for t in token.doc[max(token.i - 2, 0) : token.i]]
    if before and before[-1] in ARTICLES:
        before = before[:-1]
    return bool(before) and before[-1] in PLACE_PREPOSITIONS
