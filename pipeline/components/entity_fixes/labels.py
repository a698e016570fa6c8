"""Rules 3 to 6: the label a gazetteer or the shape of the name settles (`label_for`, for each entity).

Some parts of these rules run on the whole document, in other modules: rule 4's directions in front of a country
(`places.compass_places`), rule 5's clubs after a prefix NER left out and teams named by an English plural
(`sports`) and its places or organizations that the document names as a person (`people.people_named_in_full`).

3. Seats of government used for the government are organizations: "Kreml", "Weißes Haus"; so are the
   institutions and companies of the gazetteer's short list whatever NER said ("Bundesheer" as a place,
   "Googles" as a person).
4. A country name, capital or German exonym is a place, whatever NER said ("Sowjetunion" as ORG); so is a
   direction in front of a country, region or continent ("in der Ostukraine", "im Nordirak", "Südsteiermark").
5. An institution named after its place is an organization: "Landwirtschaftskammer Steiermark", "Landgericht Köln",
   "Militärkommando Steiermark", "OLG Wien" (not "Kaserne Hörsching" or "KZ Dachau", facilities, which are places),
   and a town with a club's year is a club ("Mainz 05"), as is one after a club's prefix NER left out ("Energie"
   "Cottbus"), as is a town or state with an English plural in a sentence about a match ("Nashville Predators", "St.
   Louis Blues"; not "Palm Springs", nor a surname the bundled model's word clusters hold among people's names:
   "Indiana Jones"); so is a place the gazetteer does not know whose last word names an institution
   ("Landesrechnungshof", "Internationaler Strafgerichtshof", "Wiener Landtag", "Kunsthistorisches Museum",
   "Vatikanische Bibliothek"; not a theater or opera house, buildings too), and a place of a capitalized adjective
   and an organization's head ("im Europäischen Parlament"); an organization whose last word names such a building or
   a venue is a place ("Wiener Staatsoper", "Red Bull Arena", "ORF-Funkhaus", "Dolby Theatre", "Stamford Bridge",
   "Superdome", "Berliner Mauer"). A place or organization of two words or more that the document also writes,
   spelled otherwise, as a person's full name is that person ("Muammar al-Gaddafi" after "Muammar Gaddafi"). An
   acronym (or its genitive: "EAs") tagged as a person or place that names no country or region is an organization:
   in German news "CDU", "AMS", "ORF", "OeNB" are parties, agencies, broadcasters, banks ("USA", "NRW" stay
   places). So is a person whose first word, genitive included, or last word names a kind of organization ("des
   Yachtklubs Neusiedl", "Johnston Press", "Tsipras Syriza-Partei"), and so is such a MISC entity that is no event,
   competition or product ("Amnesty International"; not "Academy Awards", "Erste Liga").
6. A single-word PER/ORG entity that is a first-level region or a city of at least `min_city_population`
   inhabitants (a city not after an article: "die Hamas" is no Hamm, whose alternate name it is in GeoNames) is a
   place ("Donezk" as ORG), unless it is the surname of a person named in the document or a
   kind of organization ("Union" is the EU, not Union, New Jersey); so is an organization of several words that is
   a first-level region ("die Tierwelt von British Columbia"). A person of several words that the gazetteer
   knows as a town is that place, unless a given name begins it outside a locative ("nach Slavonski Brod", "in
   Maria Gugging"; not "Maria Gugging sagte").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline import gazetteer, geonames
from pipeline.components.entity_fixes.vocabulary import (
    ACRONYM,
    ARTICLES,
    BUILDING,
    CLUB_PREFIX,
    INSTITUTION,
    LOCATIVES,
    ORGANIZATION_HEAD,
)
from pipeline.components.entity_fixes.words import (
    ends_in_kind_of_organization,
    is_region_or_country,
    is_surname,
    names_organization,
    organization_head,
    word_before,
)
from pipeline.given_names import given_names
from pipeline.link.forms import genitive_candidates, strip_apostrophe, strip_suffix_genitive
from pipeline.link.organizations import CLUB_YEAR

# A MISC name ending so is an event, a competition or a product, not an organization ("Academy Awards", "Erste Liga").
MISC_HEAD = re.compile(r"(?:awards?|days|festival|liga|league|team|fonds|cup)$")
# Acronyms of facilities, which take a town's name as places do: hospitals, power plants, camps, prisons.
# An acronym with single small letters in it, of three capitals or more: "OeNB", "VfGH", "WKStA"; not "McCain",
# "YouTube", a member's "CDUler", a product's "WebOS".
MIXED_ACRONYM = re.compile(r"^(?=(?:[^A-ZÄÖÜ]*[A-ZÄÖÜ]){3})(?!.*[a-zäöü]{2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{2,5}$")
FACILITY_ACRONYMS = frozenset({"AKH", "LKH", "UKH", "KH", "AKW", "KKW", "KZ", "JA"})
# English names of buildings, venues and landmarks, and a wall ("Stamford Bridge", "Madison Square Garden",
# "Millennium Park", "Berliner Mauer"); not "Center", which names institutions too ("Pew Research Center")
VENUE_WORD = re.compile(r"(?:^(?:Theatre|Tower|Towers|Stadium|Bridge|Square|Garden|Hall|Park|Mauer)|dome)$")
# Words for a group or company before a name: "die Band Gorky Park", "der Zahlungsdienstleister Square"
GROUP_WORD = re.compile(r"(?:band|gruppe|duo|trio|verein|klub|club|team|firma|konzern|dienst|dienstleister"
                        r"|unternehmen|label)s?$")


def label_for(span: Span, label: str, surnames: set[str], min_city_population: int) -> str:
    """Rules 3 to 6: the label a gazetteer or the shape of the name settles."""
    from pipeline.link.places import lookup

    text = strip_apostrophe(span.text)
    if text in gazetteer.government_seat_forms() or (text in gazetteer.known_organization_forms() and not (
            len(span) == 1 and is_surname(text, surnames))):
        return "ORG"  # "Kreml"; "Bundesheer" tagged as a place; not "Heise" after "Thomas Heise"
    if label != "PER" and len(span) == 1 and is_surname(text, surnames) and not is_region_or_country(text):
        return "PER"
    after_article = word_before(span[0]) in ARTICLES
    if label != "LOC" and is_place(text, label, surnames, min_city_population, city=not after_article):
        return "LOC"  # "Donezk" as ORG; "die Hamas" is no town (GeoNames: Hamm's alternate name)
    if label == "PER" and len(span) > 1 and not word_before(span[0]).startswith("heilig") and (
            span[0].text not in given_names() or word_before(span[0]) in LOCATIVES):  # "der heilige St. Georg"
        hit = lookup(text)
        if hit is not None and hit[0].kind == "city":
            return "LOC"  # "nach Slavonski Brod", "in Maria Gugging"; not "Maria Gugging sagte"
    acronym = text.removesuffix("s")  # "EAs" (Electronic Arts')
    is_acronym = ACRONYM.match(acronym) or MIXED_ACRONYM.match(acronym)
    if label in ("PER", "LOC") and is_acronym and not is_region_or_country(acronym):
        return "ORG"
    if label in ("PER", "MISC") and len(span) > 1 and names_organization(span[-1]) and not (
            label == "MISC" and MISC_HEAD.search(span[-1].lower_)):
        return "ORG"  # "Johnston Press", "Tsipras Syriza-Partei", "Amnesty International" (not "Academy Awards")
    if label == "LOC" and len(span) > 1 and INSTITUTION.search(span[0].lower_):
        return "ORG"
    if (label == "LOC" and len(span) == 2 and span[0].tag_ == "ADJA" and span[0].text[:1].isupper()
            and not span[0].text.endswith("er") and organization_head(span[1].text)
            and not BUILDING.search(span[1].lower_) and lookup(text) is None):
        return "ORG"  # a capitalized adjective before an institution: "im Europäischen Parlament" as a place
    if (label == "LOC" and len(span) > 1 and ACRONYM.match(span[0].text) and span[0].text not in FACILITY_ACRONYMS
            and not is_region_or_country(span[0].text) and lookup(span[1:].text) is not None):
        return "ORG"  # "OLG Wien", "AMS Wien" (not "KZ Dachau", "AKW Zwentendorf", "LKH Graz": facilities)
    if label == "LOC" and len(span) == 2 and CLUB_YEAR.match(span[1].text) and lookup(span[0].text):
        return "ORG"  # a club and its year: "Mainz 05", "Hannover 96"
    first = span[0].lower_  # "des Yachtklubs Neusiedl", "Laienrat Österreichs"
    if label == "PER" and len(span) > 1 and any(map(ends_in_kind_of_organization,
                                                    (first, *genitive_candidates(first)))):
        return "ORG"
    head = span[-1].lower_
    if (label == "LOC" and INSTITUTION.search(strip_suffix_genitive(head)) and not BUILDING.search(head)
            and lookup(text) is None):  # "des Ägyptischen Museums"; not "Bad Banks" (a bank takes no -s)
        return "ORG"
    if label == "ORG" and (BUILDING.search(head) or names_venue(span)):
        return "LOC"  # "Wiener Staatsoper", "Salzburgarena", "Dolby Theatre", "Trump Tower", "Superdome"
    return label


def is_place(text: str, label: str, surnames: set[str], min_city_population: int, city: bool = True) -> bool:
    """Rule 6: a country, capital, region or, where `city` allows it (no article before the name: "die
    Hamas"), a big city; genitives included. An organization or person of several words only as a country or
    capital, or an organization or a MISC name of several words as a region or curated feature ("British Columbia",
    "Internationale Raumstation"; one word may be a company's: "Nordsee")."""
    forms = gazetteer.country_and_capital_forms()
    if text in forms or (label in ("ORG", "MISC") and " " in text and (
            text in gazetteer.region_forms() or text in gazetteer.feature_forms())):
        return True  # "die Tierwelt von British Columbia" as ORG
    if (label not in ("PER", "ORG") or " " in text or is_surname(text, surnames)  # "Castros" after "Fidel Castro"
            or ORGANIZATION_HEAD.fullmatch(text.lower())):
        return False  # "Union" (the EU, CDU/CSU) is no town in New Jersey
    for form in (text, *genitive_candidates(text)):
        if form in gazetteer.region_forms():
            return True
        cities = [c for c in geonames.cities_named(form) if geonames.resembles(form, c)] if city else []
        if cities and cities[0].population >= min_city_population:
            return True
    return False


def names_venue(span: Span) -> bool:
    """An English name of a building, venue or landmark ("Dolby Theatre", "Superdome", `VENUE_WORD`): more than
    one word or a dome, not a club's ("FC Queens Park") nor after a word for a group or company ("die Band Gorky
    Park", "der Zahlungsdienstleister Square")."""
    last = span[-1].text
    return (VENUE_WORD.search(last) is not None and (len(span) > 1 or last.endswith("dome"))
            and not CLUB_PREFIX.match(span[0].text) and not GROUP_WORD.search(word_before(span[0])))
