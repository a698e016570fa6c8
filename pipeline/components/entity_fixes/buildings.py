"""Rule 20: buildings, roads and a town's facilities named in one word after a person or a place.

20. A one-word building named after a person or a town or region of Austria, Germany or Switzerland, outside any
   entity, is a place, genitive included: "Karlskirche", "Markuskirche", "Petersdom", "Stephansdoms",
   "Salzburgarena"; not one named after a kind ("Stadthalle", "Pfarrkirche") or a place abroad ("Nordhalle"). So is
   a road, tunnel, bridge, ring road or lane named after a direction or a name that is no German word ("Ostautobahn",
   "Polleroswandtunnel", "Margaretengürtel", "Zweiglgasse"; not "Eisenbahnbrücke", "Sackgasse"), and a town's
   airport, station, port or stadium by the adjective of a town the gazetteer knows ("am Salzburger Flughafen"), and a
   station after its town's name ("ab Berlin Ostbahnhof", "Ingolstadt Hbf").
   A motorway or federal road by its number is a place after a road's word, or after "auf" or a preposition and an
   article with a word of traffic near it: "auf der Autobahn A13", "Stau auf A8", "auf der B125 in Richtung
   Pregarten" (not the telecom company "Auch die A1 baut", a plane "der A320", a car "der Audi A8").
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from pipeline import gazetteer
from pipeline.components.entity_fixes.lexicon import Lexicon
from pipeline.components.entity_fixes.places import may_name_place
from pipeline.components.entity_fixes.spans import covering_entities
from pipeline.given_names import given_names
from pipeline.link.places import STATION, known_as_written, lookup, town_of_adjective

# Rule 20: a town's facility by its adjective ("Salzburger Flughafen"), a road, tunnel, bridge, ring road or lane
# named after a direction or a name ("Ost|autobahn", "Saalach|brücke", "Zweigl|gasse").
TOWN_FACILITY = re.compile(r"^(?:Flughafen|Hauptbahnhof|Westbahnhof|Ostbahnhof|Stadion|Hafen)s?$")
STATION_BY_DIRECTION = re.compile(r"^(?:West|Ost)bahnhofs?$")
NAMED_ROUTE = re.compile(r"^(?P<head>[A-ZÄÖÜ][a-zäöüß]{2,})(?:tunnel|autobahn|schnellstraße|gürtel|brücke|gasse)$")
# Rule 20: a motorway's or federal road's number ("A8", "B125"; an Austrian expressway's or a state road's after its
# kind: "Schnellstraße S6"), the words that name a road before one, and words of traffic around it.
ROAD_NUMBER = re.compile(r"^(?P<kind>[ABSL])[1-9][0-9]{0,2}$")
ROAD_WORDS = frozenset({"Autobahn", "Bundesstraße", "Schnellstraße", "Landesstraße", "Bundesautobahn"})
ROAD_PREPOSITIONS = frozenset({"auf", "von", "über", "entlang", "zur", "an"})  # "auf der B125", "entlang der A1"
TRAFFIC = re.compile(r"^(?:\w*autobahn(?:en)?|\w*straßen?|staus?|\w*unfalls?|\w*unfällen|richtung|fahrtrichtung"
                     r"|gesperrt|sperrung|\w*verkehrs?|lkws?|pkws?|lenkerin|lenker|autofahrer\w*|fahrbahn"
                     r"|auffahrt|abfahrt|ausfahrt|anschlussstelle|baustelle|höhe|zwischen)$")
TRAFFIC_WINDOW = 6  # words on each side of a road's number that a word of traffic is looked for in
# A building named after a person or place, in one word (rule 20): "Karls|kirche", "Salzburg|arena".
NAMED_BUILDING = re.compile(r"^(?P<head>[A-ZÄÖÜ][a-zäöü]+)(?:kirche|dom|theater|halle|arena|stadion|oper)(?:e?s)?$")


def named_buildings(lexicon: Lexicon, doc: Doc, words: list[str], ents: list[Span],
                    min_city_population: int) -> list[Span]:
    """Rule 20: a one-word building named after a person or place, outside any entity, is a place: "Karlskirche",
    "Petersdom", "Raimundtheater", "Salzburgarena", "Olympiahalle"; not one named after a kind ("Stadthalle",
    "Pfarrkirche") or a German word that is a given name too ("Hartplatz"). Reads the words (`token_texts`), not a
    `Token` per word."""
    taken = covering_entities(ents)
    found = []
    for i, word in enumerate(words):
        building = NAMED_BUILDING.match(word)
        if building is None or i in taken:
            continue
        prefix = building.group("head")  # "Karls", "Markus": the head with or without a linking s
        if any(names_building(lexicon, head, min_city_population) for head in {prefix, prefix.removesuffix("s")}):
            found.append(Span(doc, i, i + 1, label="LOC"))
    for i, word in enumerate(words):  # "Karawankentunnel", "Ostautobahn", "Saalachbrücke", "Zweiglgasse"
        route = NAMED_ROUTE.match(word)
        if route is not None and i not in taken and i > 0 and names_route(lexicon, route.group("head")):
            found.append(Span(doc, i, i + 1, label="LOC"))
    return found


def town_facilities(lexicon: Lexicon, doc: Doc, words: list[str], ents: list[Span]) -> list[Span]:
    """Rule 20: a town's airport, station, port or stadium by the adjective of a town the gazetteer knows is a place
    ("am Salzburger Flughafen"), also where NER found the facility alone ("vom Grazer Hauptbahnhof"), unless that is
    a name of its own, as the guidelines' "Westbahnhof" is ("am Wiener Westbahnhof"); so is a station after the
    town's name, as railways name them, a town NER found or a city the gazetteer knows as written that is no German
    word, where NER found nothing else or the station alone ("ab Berlin Ostbahnhof", "Ingolstadt" "Hbf"; not "Nur
    Bahnhof und Rathaus", "Mitte Bahnhof", nor a station after a station). Reads the words (`token_texts`)."""
    taken = covering_entities(ents)
    alone = {ent.start for ent in ents if len(ent) == 1 and not STATION_BY_DIRECTION.match(ent.text)}
    found = [Span(doc, i, i + 2, label="LOC") for i, (adjective, facility) in enumerate(pairwise(words))
             if TOWN_FACILITY.match(facility) and i not in taken and (i + 1 not in taken or i + 1 in alone)
             and town_of_adjective(adjective) is not None]
    used = {i for span in found for i in range(span.start, span.end)}
    for i, station in enumerate(words[1:], start=1):
        if not STATION.match(station) or STATION.match(words[i - 1]) or (i in taken and len(taken[i]) > 1):
            continue
        town = taken.get(i - 1)
        if town is not None and town.end == i and town.label_ == "LOC":
            start = town.start
        elif town is None and is_city_name(lexicon, doc[i - 1]):
            start = i - 1
        else:
            continue
        if not used.intersection(range(start, i + 1)):
            found.append(Span(doc, start, i + 1, label="LOC"))
            used.update(range(start, i + 1))
    return found


def is_city_name(lexicon: Lexicon, token: Token) -> bool:
    """A city the gazetteer knows by this very name, no German word ("Ingolstadt"; not "Nur", "Mitte")."""
    place = lookup(token.text) if known_as_written(token.text) else None
    return place is not None and place[0].kind == "city" and may_name_place(lexicon, token)


def numbered_roads(doc: Doc, words: list[str], ents: list[Span]) -> list[Span]:
    """Rule 20: a motorway's or federal road's number is a place after a road's word ("Autobahn A13", "zur Autobahn
    (A9)"), or after "auf" or an article that follows a preposition of route or a word of traffic or comes before a
    heading ("auf der B125", "Sperrung der A8", "befuhr die B27 in Richtung Bietigheim"), with a word of traffic
    near it ("Stau", "Richtung", "gesperrt"), where no entity or a place or MISC entity of that word alone covers
    it: not the telecom company ("Auch die A1 baut"), a plane ("nach dem Absturz der A320") or a chip ("Apple
    verbaut die A9"). An expressway's or state road's number only after its kind ("Schnellstraße S6"; "die S45" is
    a suburban train)."""
    taken = covering_entities(ents)
    found = []
    for i, word in enumerate(words):
        number = ROAD_NUMBER.match(word)
        cover = taken.get(i)
        if number is None or i == 0 or (cover is not None and len(cover) > 1):
            continue
        k = i - 2 if words[i - 1] == "(" and i > 1 else i - 1
        if words[k] in ROAD_WORDS:  # whatever NER made of the number ("Autobahn A95" as ORG)
            found.append(Span(doc, i, i + 1, label="LOC"))
            continue
        if cover is not None and cover.label_ in ("ORG", "PER"):
            continue
        heading = words[i + 1 : i + 2] == ["Richtung"] or words[i + 1 : i + 3] == ["in", "Richtung"]
        article = words[k] in ("der", "die") and k > 0 and (words[k - 1] in ROAD_PREPOSITIONS or heading
                                                           or TRAFFIC.match(words[k - 1].lower()))
        near = words[max(i - TRAFFIC_WINDOW, 0) : i + TRAFFIC_WINDOW + 1]
        if number.group("kind") in "AB" and (words[k] == "auf" or article) and any(
                TRAFFIC.match(w.lower()) for w in near):
            found.append(Span(doc, i, i + 1, label="LOC"))
    return found


def names_route(lexicon: Lexicon, head: str) -> bool:
    """The name in a road's, tunnel's, bridge's or ring road's name: a direction ("Ost|autobahn") or no German
    word, also without a linking -s or with an -e or -en ("Saalach|brücke", "Polleroswand|tunnel"; not
    "Eisenbahn|brücke", "Besucher|tunnel", "Rettungs|tunnel", "Grenz|brücke", "Hilfs|brücke")."""
    if head in gazetteer.COMPASS_WORDS:
        return True
    if lexicon.lemma_table is None:
        return False
    stems = {head, head.removesuffix("s"), head.removesuffix("es")}
    forms = stems | {stem + ending for stem in stems for ending in ("e", "en")}
    if any(form.lower() in lexicon.lemma_table or form.capitalize() in lexicon.nouns
           or lexicon.lemma_table.get(form.capitalize()) in lexicon.nouns for form in forms):
        return False  # a compound the model's vocabulary knows is a common one ("Eisenbahn"), a rare one a name
    return not lexicon.ends_in_common_noun(head) or (lexicon.cluster is not None and lexicon.cluster(head) is None)


def names_building(lexicon: Lexicon, head: str, min_city_population: int) -> bool:
    """A given name ("Karl", "Markus", "Olympia") or a home town or region the gazetteer knows by this very name
    ("Salzburg"; not "Nord" in Burkina Faso, "Boulder"), that is no German word ("Hart", "Sand")."""
    if len(head) < 4 or (lexicon.lemma_table is not None and head.lower() in lexicon.lemma_table) \
            or lexicon.is_common_noun(head):
        return False
    place = lookup(head)
    return head in given_names() or (
        place is not None and place[0].name == head and place[0].country_code in gazetteer.HOME_COUNTRIES
        and (place[0].kind == "region" or place[0].population >= min_city_population))


