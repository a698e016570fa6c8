"""Places within a document, resolved offline against the gazetteer (`pipeline.gazetteer`).

Order of trust: country names and German exonyms (CLDR, ISO 3166, curated aliases), then first-level regions (ISO
3166-2) and the curated regions of data/place_features.tsv, then GeoNames cities by any of their names. An ambiguous
city name takes the most populous city, unless a city of that name lies in a country the document mentions and is not
tiny beside it; a nationality adjective right before the name settles the country ("im englischen Yorkshire"). A
genitive ending is removed only when the bare form is a known place or another mention. Unknown names keep their
name; their country comes from a known place inside the name, a nationality adjective before it, a known place after
it ("Trump Tower in New York"), the home country every town and region of the document lies in, or the one country
the towns and regions of its sentences lie in when most of the document's lie there too and the document names that
country or its people, or it is a home country ("am Syntagma-Platz, auch in Athen"), else it stays null rather than
a wrong guess.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from pipeline import gazetteer, geonames
from pipeline.extract.mentions import MentionRecord
from pipeline.gazetteer import HOME_COUNTRIES
from pipeline.link import DocEntity, collect
from pipeline.link.forms import (
    INHABITANT,
    genitive_candidates,
    strip_apostrophe,
    strip_known_genitive,
    strip_suffix_genitive,
)

# A city in a country the document mentions wins over a bigger namesake unless it is this much smaller.
CONTEXT_POPULATION_RATIO = 20
# A city abroad wins over a first-level region of its name in a country at most this many times its population.
REGION_COUNTRY_RATIO = 20
BIG_CITY = 100_000
# A first-level region named like a city of its own country of at least this many inhabitants is that city, as a
# city-state is ("Hamburg", "Bremen") and news mean it ("Schanghai", "Rio"): kind, coordinates and GeoNames id come
# from the city. Below it the region stays ("Salzburg", "Genf"). ("New York", GeoNames' "New York City", is an alias.)
REGION_CITY_POPULATION = 500_000
# Small places (below TOWN_POPULATION) are only taken in the news' home countries or in a country the
# document mentions: GeoNames has thousands of villages whose names collide with places far away.
TOWN_POPULATION = 15_000
WORLD_REGION = re.compile(  # names of regions beyond one country: "Südostasien", "Mittelmeer", "Westbalkan"
    r"(?:europa|asien|afrika|amerika|ozeanien|osten|westen|orient|arktis|antarktis|meer|ozean|atlantik|pazifik"
    r"|balkan|alpen|route|skandinavien|baltikum|kaukasus|sibirien|nahost|nordsee|ostsee|südsee|donau|ägäis|adria)$",
    re.I)
# Heads of compounds led by a country that do not name it: a currency, a coalition named after a flag's colours.
NOT_COUNTRY_HEAD = re.compile(r"^(?:Dollars?|Koalition(?:en)?)$")
# Words naming a kind of place, which are no part that tells where a name lies: "Syntagma-Platz" is not in Platz,
# Switzerland, "Schiffbau-Halle" not in Halle (Saale).
KIND_OF_PLACE = frozenset({"Platz", "Halle", "Straße", "Gasse", "Allee", "Brücke", "Villa", "Arena", "Stadion",
                           "Kaserne", "Bahnhof", "Kirche", "Park", "Hütte", "Alm", "Tunnel", "Flughafen", "Box"})
# The English word for a kind of place ending an English name, which names no town of its own there: "Silicon Valley"
# is not in Valley (Bavaria), "Big Island" no Iceland (draw 78, gnad-0424, gnad-0631).
ENGLISH_PLACE_HEADS = frozenset({"Valley", "Island", "Islands", "Bay", "Beach", "Lake", "River", "Hill", "Hills",
                                 "Mountain", "Mountains", "Springs", "Falls", "Creek", "Point", "Harbor", "Harbour",
                                 "County", "Park", "Square", "Street"})
# A town's station by its kind, which GeoNames lists as a quarter of one German town ("Hauptbahnhof", Braunschweig)
# and railways write after the town's name ("Berlin Ostbahnhof", "Ingolstadt Hbf", the Czech "Praha hl.n.").
STATION = re.compile(r"^(?:(?:(?:Haupt|Nord|Süd|Ost|West|Zentral)b|B)ahnhofs?|Hbf\.?|hl\.n\.)$")
FOREIGN_STATIONS = frozenset({"hl.n."})  # the Czech railways' main station (hlavní nádraží)
DISTRICT_WORDS = frozenset({"Landkreis", "Landkreises"})  # a German district by the name of its town
# Words inside a place's name in lower case: "Frankfurt am Main", "Freiburg im Breisgau", "Rothenburg ob der Tauber".
NAME_PARTICLES = frozenset({"am", "an", "im", "in", "der", "die", "das", "den", "bei", "ob", "unter", "vor", "auf",
                            "de", "del", "la", "le", "sur", "upon", "on"})
# The kinds of facility a name begins with in the genitive (the heads of data/entity_patterns.jsonl's genitive
# facility pattern, whose plural differs): "des Bahnhofs Zollern", "des Schlosses Belvedere", "des Gefängnisses Stein".
FACILITY_HEAD = re.compile(r"\w*(?:flughafen|stadion|kraftwerk|spital|klinikum|kloster|aufnahmezentrum|krankenhaus"
                           r"|gefängnis)|flugplatz|konzentrationslager|bahnhof|schloss|stift|gasthof|gasthaus",
                           re.IGNORECASE)
# Prepositions that make a place a topic rather than a location: "von Tschernobyl", "über Bergkarabach"
TOPIC_PREPOSITIONS = frozenset({"von", "vom", "über", "um", "für", "gegen", "aus", "nach", "zu", "zum", "zur", "seit",
                                "wegen", "an", "bis", "ohne", "mit"})
# A direction in front of a place's name: "Ostukraine", "Nordostpolen", "Süd-Steiermark", "NordIrland".
COMPASS = re.compile(r"^(?:Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Zentral|Mittel)-?(?P<rest>\w{3,})$")


# The particles of towns' names as abbreviated: "Neuburg a.d. Donau", "Weiden i.d. OPf.", "Mühldorf a. Inn".
PARTICLES_WRITTEN_OUT = {"a.d.": "an der", "i.d.": "in der", "o.d.": "ob der", "a.": "am"}
ABBREVIATED_PARTICLE = re.compile(r"(?<= )(?:a\.d\.|i\.d\.|o\.d\.|a\.)(?= )")


def lookup(text: str, context: frozenset[str] = frozenset(), country: str | None = None,
           ) -> tuple[gazetteer.Place, str] | None:
    """The gazetteer entry for a place name as written, and the base form that matched; with `country`, a city
    only there ("im englischen Yorkshire" is no village of Yorkshire in the US, "im amerikanischen Paris" no
    capital of France); a name of several words written without the hyphen of its gazetteer form too ("Crans
    Montana") or with its particle abbreviated ("Neuburg a.d. Donau")."""
    forms = gazetteer.country_and_capital_forms()
    text = " ".join(strip_apostrophe(text).split())  # "Vereinigten  Staaten", a line break in agency text
    for form in (text, *genitive_candidates(text)):
        key = forms.get(form) or gazetteer.region_forms().get(form) or gazetteer.feature_forms().get(form)
        place = gazetteer.place(key) if key else None
        if place and context and hides_region(place, form):  # a region of the text's country an alias hides:
            region = gazetteer.place(gazetteer.region_forms()[form])  # "in der Provinz Gaza" in Mozambique
            place = region if region.country_code in context and place.country_code not in context else place
        if place and place.kind == "region":
            place = city_of_region(place) or place
        if place and place.kind == "region" and place.country_code not in context | HOME_COUNTRIES:
            place = city_named_like_region(form, place, context) or place
        if place and not (country and place.kind == "city" and place.country_code != country):
            return place, form
    code = gazetteer.country_codes().get(text)  # "FIN" in "Salming (FIN)"
    if code:
        return gazetteer.place(code), text
    plausible = context | HOME_COUNTRIES
    for form in (text, *genitive_candidates(text)):
        if STATION.match(form):
            continue
        candidates = [c for c in geonames.cities_named(form) if geonames.resembles(form, c)
                      and (c.population >= TOWN_POPULATION or c.countrycode in plausible)
                      and c.countrycode == (country or c.countrycode)]
        if candidates:
            top = candidates[0]
            city = next((c for c in candidates if c.countrycode in context
                         and c.population * CONTEXT_POPULATION_RATIO >= top.population), top)
            return gazetteer.city_place(city), form
    written_out = ABBREVIATED_PARTICLE.sub(lambda particle: PARTICLES_WRITTEN_OUT[particle.group()], text)
    if written_out != text:  # "Neuburg a.d. Donau" for GeoNames' "Neuburg an der Donau"
        hit = lookup(written_out, context, country)
        return (hit[0], text) if hit is not None else None
    if " " in text and "-" not in text:  # "Crans Montana" for GeoNames' "Crans-Montana"
        hit = lookup(text.replace(" ", "-"), context, country)
        return (hit[0], text) if hit is not None else None
    return None


def lookup_as_written_or_usual(text: str, context: frozenset[str] = frozenset()) -> tuple[gazetteer.Place, str] | None:
    """`lookup` of a name as written or, written in capitals and unknown so, in the usual case: a dateline's
    "MÜNCHEN" is München ("USA" stays the country, not Usa River in Tanzania)."""
    usual = in_usual_case(text)
    return lookup(text, context) or (lookup(usual, context) if usual else None)


def in_usual_case(text: str) -> str | None:
    """A name written in capitals, as agencies write a dateline, in the usual case: "MÜNCHEN" → "München",
    "FRANKFURT AM MAIN" → "Frankfurt am Main", "ULM" → "Ulm"; None for any other text and for an acronym with
    periods ("D.A.S.")."""
    if not text.isupper() or len(text) < 3 or text.title().isupper():
        return None
    return " ".join(word.lower() if word.lower() in NAME_PARTICLES else word for word in text.title().split(" "))


def city_of_region(region: gazetteer.Place) -> gazetteer.Place | None:
    """The city of at least REGION_CITY_POPULATION inhabitants in the region's country that has the region's name:
    the city-state Hamburg, the city of Shanghai (a region has no GeoNames id and only a representative point in
    the gazetteer)."""
    return next((gazetteer.city_place(city) for city in geonames.cities_named(region.name)
                 if city.name == region.name and city.countrycode == region.country_code
                 and city.population >= REGION_CITY_POPULATION), None)


def city_named_like_region(form: str, region: gazetteer.Place, context: frozenset[str]) -> gazetteer.Place | None:
    """A city of over 100,000 inhabitants abroad that a first-level region of a small country shares its name with,
    which news mean unless the document names the region's country: "Manchester" is the English city, not the
    Jamaican parish, "Portland" the American one; "Ontario" stays the Canadian province.
    A region's country counts as small beside a city of REGION_COUNTRY_RATIO times fewer inhabitants; a city in a
    country the document names always counts."""
    inhabitants = gazetteer.country_populations().get(region.country_code or "", 0)
    return next((gazetteer.city_place(city) for city in geonames.cities_named(form)
                 if city.name == form and city.countrycode != region.country_code and city.population >= BIG_CITY
                 and (city.countrycode in context or city.population * REGION_COUNTRY_RATIO >= inhabitants)), None)


def hides_region(place: gazetteer.Place, form: str) -> bool:
    """A curated region's name that is also a first-level region's elsewhere, which it wins over unless the document
    names that region's country ("Gaza": the Palestinian city and strip, and a province of Mozambique); the name
    names no country of the document then. Not a country's name ("Luxemburg", a Belgian province too)."""
    region = gazetteer.region_forms().get(form)
    return place.key.startswith("feature:") and region is not None and region != place.key


def compass_rest(text: str) -> str | None:
    """The name after a direction, capitalized: "Ostukraine" → "Ukraine", "Nordostpolen" → "Polen"; a name the
    gazetteer knows without the hyphen is that name ("Nord-Korea" → "Nordkorea", not Korea's north); no
    direction after a direction ("Nord-Süd")."""
    match = COMPASS.match(text)
    if match is None:
        return None
    joined = text[: match.start("rest")].rstrip("-") + match["rest"][0].lower() + match["rest"][1:]
    if "-" in text and lookup(joined):
        return joined
    rest = match["rest"][0].upper() + match["rest"][1:]
    return None if rest in gazetteer.COMPASS_WORDS else rest


def town_of_adjective(word: str) -> gazetteer.Place | None:
    """The town or region a town's adjective names, when the gazetteer knows it as written: "Salzburger" →
    Salzburg, "Grazer" → Graz, "Kölner" → Köln; a town by its own name, a word of it ("Ischler": Bad Ischl) or, if it
    is a big city, by its German one ("Köln", GeoNames' Cologne), not by any alternate name: "Roter Platz" is no
    "Rot" (Roth, Bavaria)."""
    town = INHABITANT.match(word)
    hit = lookup(town.group("place")) if town else None
    if hit is None or hit[1] != town.group("place"):
        return None
    place = hit[0]
    by_name = place.kind != "city" or hit[1] in place.name.split() or hit[1] in gazetteer.country_and_capital_forms()
    return place if by_name or place.population >= BIG_CITY else None


def known_as_written(text: str) -> bool:
    """The gazetteer knows `text` in this very form, not only by a form it derives from it (a genitive)."""
    place = lookup(text)
    return place is not None and place[1] == text


def compass_part(text: str) -> gazetteer.Place | None:
    """The country, region, continent, or sea or range beyond one country, whose part a direction names: "Ostukraine"
    → Ukraine, "Südsteiermark" → Steiermark, "Nordirak" → Irak, "Mitteleuropa" → Europa, "Nordatlantik" → Atlantik,
    "Ostalpen" → Alpen (not a town: "Westfalen" is not in Falen)."""
    rest = compass_rest(text)
    hit = lookup(rest) if rest else None
    # a sea, ocean or range beyond one country: "Nordatlantik", "Ostalpen"
    beyond_countries = hit is not None and hit[0].kind == "other" and WORLD_REGION.search(rest) is not None
    return hit[0] if hit and (hit[0].kind in ("country", "region", "continent") or beyond_countries) else None


def nominative_of_unknown(text: str, known: set[str]) -> str:
    """An unknown place's name without a genitive ending its document shows bare, at its end ("Carneys" style) or on
    the kind of place it begins with ("des Landkreises Schwäbisch Hall" beside "im Landkreis Schwäbisch Hall"; a
    facility's kind in any case: "des Bahnhofs Zollern" → "Bahnhof Zollern"), or
    that the suffix of its last noun shows ("des Salzburger Hauptbahnhofs"); without a final period where the
    document writes the name bare too, as an abbreviation that also ends the sentence shows it ("bis Nürnberg Hbf."
    beside "ab Nürnberg Hbf"), and always after "Hbf", which the railways write without one ("in Hanau Hbf.")."""
    if text.endswith(".") and (text[:-1] in known or text.endswith(" Hbf.")):
        return text[:-1]
    first, _, rest = text.partition(" ")
    if first in DISTRICT_WORDS and rest:
        return f"Landkreis {rest}"  # "des Landkreises Schwäbisch Hall" also alone
    facility = next((first[:-cut] for cut in (1, 2, 3) if rest and first.endswith("s")
                     and FACILITY_HEAD.fullmatch(first[:-cut])), None)
    if facility:
        return f"{facility} {rest}"  # "des Bahnhofs Zollern", "des Gefängnisses Stein"
    bare_first = next((f"{bare} {rest}" for bare in genitive_candidates(first) if f"{bare} {rest}" in known), None)
    if rest and bare_first:
        return bare_first
    bare = strip_known_genitive(text, known)
    *words, last = bare.split(" ")
    return bare if bare != text else " ".join([*words, strip_suffix_genitive(last)])


def country_of_parts(text: str, context: frozenset[str]) -> str | None:
    """Country of a name the gazetteer lacks, from a known place inside it: "Graz-Puntigam" → AT,
    "Nordostpolen" → PL, "Kaserne Hörsching" → AT, also through a town's adjective ("Salzburger Hauptbahnhof" →
    AT). None when no part is a known place; a direction is no
    part ("Nahen Osten" is not in the German village of Osten), nor is a world region's ("Westbalkan" is not in
    the Turkmen province Balkan), nor a kind of place ("Syntagma-Platz" is not in Platz, Switzerland; "Big Island" is
    no Iceland, "Silicon Valley" not in Valley, Bavaria), and a city
    in a country neither the document nor the news' home countries name is none either ("Port Stephens" is not in
    Le Port, Réunion), unless a station abroad follows the town's name ("Praha hl.n." → CZ)."""
    town, _, last = text.rpartition(" ")
    if town and last in FOREIGN_STATIONS:  # a station abroad lies in its town, wherever that is ("Praha hl.n." in
        hit = lookup(town, context)  # a German rail notice); not a German station word ("Alter Bahnhof" in Aalter)
        if hit and hit[0].country_code:
            return hit[0].country_code
    world_region = WORLD_REGION.search(text) or WORLD_REGION.search(text.removesuffix("s"))  # "des Westbalkans"
    region_part = None if world_region else compass_rest(text)
    kind, _, rest = text.partition(" ")
    if kind in DISTRICT_WORDS and rest:  # a German district: its town's country ("Schwäbisch Hall", not "Hall" in
        hit = lookup(rest, context)  # Tirol), else Germany ("Landkreis Donau-Ries", not "Donau" in Austria)
        return hit[0].country_code if hit and hit[0].country_code in context | HOME_COUNTRIES else "DE"
    for part in [region_part, *re.split(r"[\s\-/]+", text)]:
        if (part and part != text and part[:1].isupper() and len(part) > 2 and part not in gazetteer.COMPASS_WORDS
                and part not in KIND_OF_PLACE and not (part in ENGLISH_PLACE_HEADS and text.endswith(f" {part}"))):
            hit = lookup(part, context)
            # a town's adjective is a word of its own before the noun, no part of a compound ("Hamburger-Menü")
            place = hit[0] if hit else town_of_adjective(part) if text.startswith(f"{part} ") else None
            plausible = place is not None and (place.kind != "city" or place.country_code in context | HOME_COUNTRIES)
            if plausible and place.country_code:
                return place.country_code
    return None


def link(doc: Doc, mentions: list[MentionRecord]) -> list[DocEntity]:
    resolved = [lookup_as_written_or_usual(m.text) for m in mentions]
    found = [place for place, _ in filter(None, resolved)]
    # The countries the document names, itself, through a first-level region ("Steiermark" → AT; also one taken for
    # its city: "Hamburg", "New York"; not a capital, "Berlin") or a nationality adjective ("britischer Möwen … In
    # Liskeard" → GB); for a city's namesakes also through a compound ("Stanford – US-Forscher haben …" → US), which
    # is too weak a sign to let a word inside an unknown name be a town there.
    adjectives, compounds = countries_in_words(doc)
    context = frozenset(place.country_code for place, form in filter(None, resolved)
                        if (place.kind in ("country", "region")
                            or (form in gazetteer.region_forms() and place.key not in gazetteer.capital_keys()))
                        and not hides_region(place, form)) | adjectives
    city_context = context | compounds
    # a nationality adjective right before a name: "im englischen Yorkshire", also for its mentions without one
    right_before = [adjective_before(doc, m) for m in mentions]
    said_before = {m.text: country for m, country in zip(mentions, right_before, strict=True) if country}
    known = {strip_apostrophe(m.text) for m in mentions}
    entities: dict[str, DocEntity] = {}
    unknown: dict[str, list[MentionRecord]] = {}  # an unknown place's key → its mentions
    towns: list[tuple[MentionRecord, gazetteer.Place]] = []  # the towns and regions as linked, with their mentions
    placed_at: dict[int, gazetteer.Place] = {}  # the known places as linked, by their first token
    for mention, first, adjective in zip(mentions, resolved, right_before, strict=True):
        # A city again in the document's context: a namesake there, or a small town there ("Kanjiža" in Serbia);
        # without a context the first lookup stands.
        again = city_context and (first is None or first[0].kind in ("city", "region"))
        hit = lookup_as_written_or_usual(mention.text, city_context) if again else first
        said = adjective or said_before.get(mention.text)
        if hit is not None and said and hit[0].kind == "city" and hit[0].country_code != said:
            # a namesake in the country the text says ("im amerikanischen Paris"); a small town abroad gives way even
            # to none ("im englischen Yorkshire" is no village in the US), a city or capital stays ("im dänischen
            # Nuuk", Greenland's)
            there = lookup(mention.text, context, country=said)
            small = (hit[0].population or 0) < TOWN_POPULATION and hit[1] not in gazetteer.country_and_capital_forms()
            hit = there if there is not None or small else hit
        if hit is None:
            base = nominative_of_unknown(mention.text, known)
            entity = collect(entities, "loc:" + base.casefold(), "LOC", base, mention)
            unknown.setdefault(entity.key, []).append(mention)
            # "Insel Lesbos", then "auf Lesbos"; a region beyond one country keeps none ("der türkischen Ägäis")
            said = None if WORLD_REGION.search(base) else country_named_before(doc, mention)
            country = country_of_parts(base, context) or said or entity.attrs.get("country_code")
            part = compass_part(base)  # a part of a sea or range stays a feature ("Nordatlantik")
            entity.attrs = {"kind": "region" if part and part.kind != "other" else "other", "country_code": country}
            continue
        place, form = hit
        placed_at[mention.start] = place
        if place.kind in ("city", "region") and place.country_code:
            towns.append((mention, place))
        # "Mazedonien" as written, "USA" as Vereinigte Staaten, "Salzburgs" and "den Palästinensergebieten" in the
        # nominative; a city as written ("St. Pölten", not GeoNames' "Sankt Pölten"; "MÜNCHEN" in the usual case)
        name = gazetteer.written_names().get(form) or (place.name if place.kind in ("country", "continent") else form)
        collect(entities, place.key, "LOC", name, mention).attrs = {
            "kind": place.kind,
            "country_code": place.country_code,
            "latitude": place.latitude,
            "longitude": place.longitude,
            "geonames_id": place.geonames_id,
        }
    home = home_country(found)
    named = frozenset(p.country_code for p in found if p.kind == "country") | adjectives | HOME_COUNTRIES
    main = main_country([place for _, place in towns], named)
    for key, said in unknown.items():
        entity = entities[key]
        if entity.attrs["kind"] != "other" or entity.attrs["country_code"] is not None \
                or WORLD_REGION.search(entity.name):
            continue
        sentences = {mention.sent_id for mention in said}
        beside = {place.country_code for mention, place in towns if mention.sent_id in sentences}
        after = next(filter(None, (country_of_place_after(doc, mention, placed_at) for mention in said)), None)
        # "im Trump Tower in New York"; "Ballhausplatz", "Erdberg" in a story set in Vienna; "am Syntagma-Platz,
        # auch in Athen" in a story about Greece
        entity.attrs["country_code"] = after or home or (main if beside == {main} else None)
    return list(entities.values())


def main_country(towns: list[gazetteer.Place], named: frozenset[str]) -> str | None:
    """The country most mentions of the document's towns and regions lie in, when it is a home country or the
    document names it or its people ("Brasilien", "türkischen"; not Sweden for a "Lula" taken for its town); None
    on a tie."""
    ranked = Counter(place.country_code for place in towns).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0] if ranked[0][0] in named else None


def countries_in_words(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The countries the document's lower-case nationality adjectives name ("griechischen"), and those that lead its
    compounds ("US-Forscher", "Russland-Sanktionen"; not a currency's or a coalition's colours: "US-Dollar",
    "Jamaika-Koalition"), in one pass over its words."""
    forms = gazetteer.country_and_capital_forms()
    adjectives, compounds = set(), set()
    for token in doc:
        if token.is_lower and gazetteer.NATIONALITY_ADJECTIVE.fullmatch(token.text):
            adjectives.add(gazetteer.country_of_adjective(token.text))
            continue
        first, _, head = token.text.partition("-")
        key = forms.get(first, "") if head[:1].isupper() and not NOT_COUNTRY_HEAD.match(head) else ""
        if key.startswith("country:"):
            compounds.add(key.removeprefix("country:"))
    return frozenset(adjectives - {None}), frozenset(compounds)


def home_country(found: list[gazetteer.Place]) -> str | None:
    """The country the document's towns and regions lie in, when all of them lie in one of the news' home
    countries: a name the gazetteer lacks is most likely a street, district or village there. Abroad the guess
    fails too often ("Sibirien" in a story set in Canada)."""
    countries = {place.country_code for place in found if place.kind in ("city", "region")}
    return next(iter(countries)) if len(countries) == 1 and countries <= HOME_COUNTRIES else None


def adjective_before(doc: Doc, mention: MentionRecord) -> str | None:
    """The country of a lower-case nationality adjective right before the place: "im englischen Yorkshire" → GB."""
    before = doc[mention.start - 1] if mention.start > 0 else None
    return gazetteer.country_of_adjective(before.text) if before is not None and before.is_lower else None


def country_of_place_after(doc: Doc, mention: MentionRecord, placed_at: dict[int, gazetteer.Place]) -> str | None:
    """The country of a known place right after "in" or "im": "im Trump Tower in New York" → US, "Dolby Theatre in
    Hollywood" → US. The text says so: no guess; not where a preposition before the name makes it a topic talked
    about there ("die Folgen von Tschernobyl in Österreich", "Gespräche über Bergkarabach in Wien")."""
    after = placed_at.get(mention.end + 1)
    if after is None or mention.end >= len(doc) or doc[mention.end].lower_ not in ("in", "im"):
        return None
    if mention.start > 0 and doc[mention.start - 1].lower_ in TOPIC_PREPOSITIONS:
        return None
    return after.country_code


def country_named_before(doc: Doc, mention: MentionRecord) -> str | None:
    """The country of a nationality adjective before the place or the kind of place: "im englischen Yorkshire" →
    GB, "auf der griechischen Insel Lesbos" → GR, "im bolivianischen Gefängnis Palmasola" → BO. The text says so: no
    guess."""
    if mention.start > 0 and not doc[mention.start - 1].text[:1].isupper():
        return adjective_before(doc, mention)
    return gazetteer.country_of_adjective(doc[mention.start - 2].text) if mention.start > 1 else None
