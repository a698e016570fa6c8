"""Rules 9, 12, 15 and 16: places by a dateline or by the words around them, and one-word places that are none.

Rule 4's directions in front of a country, region or continent are here too (`compass_places`; the rule's text is
in `labels`).

9. The dateline of agency news, names at the start of a sentence followed by a dash ("Eisenstadt – Nach
   seiner Prüfung …", "Wien/Graz/Aurora – Die heimische …"), are places wherever NER missed them or took them
   for an organization or person ("Stanford –") or ran an entity on across the dash ("MÜNCHEN - Börsenturbulenzen"),
   when the gazetteer knows every one of them in the form written or, written in capitals, in the usual spelling
   (a football line-up "Walke – Schwegler, …" is not a dateline; nor a common noun heading a police report,
   "ZENTRUM -"). The news agency in brackets before the dash is an organization ("FRANKFURT (Dow Jones)--",
   "EISENBERG/ERFURT (dpa-AFX) -"; not a region, "Lienz (Osttirol) –", or a word, "Wien (Update) –").
12. A name of up to three words the gazetteer knows as written, outside any entity and no German word (the lemma table
   lists names too: "Innsbruck" counts when its word cluster is one of places and no determiner comes before it,
   `is_listed_name`; rule 10 takes "Cage" so), is a place after a locative preposition, also with an adjective between
   ("in Althofen", "ins kubanische Varadero"), or beside a place in a list, in brackets or before "in" ("Wien, Graz,
   Mürzzuschlag", "im Burgenland (Eisenstadt)", "Marchegg in Niederösterreich"); so is a country or region in the
   genitive before a role ("Tirols Landeshauptmann", "Burgenlands FPÖ-Chef"), and a home country's district named as a
   feminine noun after "in der" or "und der" ("in der Josefstadt"); a town and a part of it the gazetteer knows, joined
   by a hyphen, count as a known name ("in Wien-Döbling"). A place NER ended before the rest of such a name takes it
   ("in Gornja" "Radgona", "St. Georgen" "im Attergau"; two side by side that the gazetteer knows as one with a hyphen
   are one: "Crans" "Montana"), and a name the document calls a town is a place wherever NER took it for a person ("die
   Stadt Marat Numan" … "in Marat Numan"; a home town NER found as a place elsewhere in the document too: "in Wels" …
   "Nachdem Wels …") and where NER missed it right after the noun or after "Provinz" ("die Ortschaft Kolontar", "der
   Provinz Faryab"); so is a village a route pairs with a place ("zwischen Grafing Bahnhof und Ostermünchen").
15. A one-word place that is also a given name is none when the gazetteer knows it only as a region or a town
   of under `GIVEN_NAME_TOWN_POPULATION` inhabitants abroad, in a country no other place of the document lies
   in, and no locative preposition stands before it: "Mercedes" (a town in Argentina), "David" (Panama),
   "Margit", "Miranda" (a Venezuelan state) are people and brands there; capitals ("Paris", "Sofia"), big
   cities ("Bergen") and "in Mercedes" stay places.
16. A one-word place that neither the gazetteer (not even in part) nor the model's large vocabulary knows (the
   bundled model's 860,000 clustered words, de_core_news_lg's vectors) is none when the tagger calls it a common
   noun, it has no place's ending (`PLACE_TAIL`) or hyphen, no preposition of place stands before it and the
   document uses it nowhere as a place that way: products, firms and words coined for one article ("Locky",
   "LuxLeaks", "Baritonsaxofon", "Ministerduo"); "auf Samos", "Mittelmeer", "Wien-Landstraße" stay.
   Nor is a one-word place the gazetteer does not know whose word cluster (bundled model only) holds nouns,
   brands and titles: under `PLACE_SHARE` of its capitalized words are places the gazetteer knows and under
   `TRAINING_LOC_SHARE` of its tokens in the NER training data are LOC (`placeless_clusters`), unless it has a
   place's ending or hyphen, names a region beyond one country ("Atlantik", "Arktis", "Ozean") or the document
   uses it as a town's name (after a bare "in", "nach", "aus", "bei" or "nahe", or a kind of place: "in Marea",
   "die Stadt Marea"): "im Finish", "zum Lamborghini", "Starbucks"; "Rhein" and "Elsass" stay, whose clusters
   hold places ("auf dem Sinai" is lost). A sea, river or mountain range of the gazetteer right before a noun naming
   a kind of organization or venue is part of that name: "bei der Donau Versicherung", "im Donau Zentrum" (not "in
   der Donau Teile eines Autos gefunden").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from pipeline import gazetteer
from pipeline.components.entity_fixes.lexicon import Lexicon, place_clusters, placeless_clusters
from pipeline.components.entity_fixes.spans import covering_entities
from pipeline.components.entity_fixes.vocabulary import (
    ACRONYM,
    ARTICLES,
    BARE_LOCATIVES,
    BUILDING,
    CONTRACTED_ARTICLES,
    DASHES,
    DETERMINER_TAGS,
    EXIT_WORDS,
    LIST_MARKS,
    LOCATIVES,
    PLACE_DESCRIPTORS,
    PLACE_TAIL,
    ROMAN_ORDINAL,
    SETTLEMENT,
)
from pipeline.components.entity_fixes.words import (
    after_place_preposition,
    is_gazetteer_name,
    is_region_or_country,
    is_small_place_abroad,
    is_surname,
    organization_head,
)
from pipeline.given_names import given_names
from pipeline.link.places import BIG_CITY, in_usual_case, known_as_written, lookup
from pipeline.roles import is_role

LIST_MARKS_BEFORE_PLACE = LIST_MARKS | {"in"}  # "Marchegg in Niederösterreich"
NOT_NAME_TAGS = frozenset({"ADV", "ADJA", "ADJD", "FM", "KON", "APPR", "PIAT", "PIS"})  # "und Auch", "in Big …"
DATELINE_TOKENS = 12  # a dateline ("St. Pölten/Wien –") is found among the first tokens of a sentence
# Agencies a dateline names in brackets ("FRANKFURT (Dow Jones)--"), besides the ones agency news cite in the text.
DATELINE_AGENCIES = (*gazetteer.NEWS_AGENCIES, "AP", "Dow Jones", "SID", "dts", "AWP")
FEMININE_DISTRICT = re.compile(r"[a-zäöü](?:stadt|au)$")  # rule 12: "in der Josefstadt", "in der Brigittenau"
ORDINAL_NUMBER = re.compile(r"^\d+\.$")  # "das 320. Derby"
# Heads of names that begin with a place, besides organizations' and venues' (rule 16): "Donau Zentrum", "Donau Chemie".
NAME_HEAD_AFTER_PLACE = re.compile(r"(?:zentrum|center|chemie|radio|klinik)$")
SPACED_HYPHEN = re.compile(r"\s+[-–]\s+")  # "Schleswig - Holstein"
DISTRICT_SHARE = 3  # a town has at least three times the inhabitants of a part of it named with it
# Rule 12: the words that open a route and those that lead to its other end ("zwischen A und B", "von A bis B").
ROUTE_PAIRS = {"zwischen": ("und",), "von": ("bis", "nach"), "ab": ("bis",)}


def compass_places(doc: Doc, ents: list[Span], words: list[str]) -> list[Span]:
    """Rule 4: a direction in front of a country, region or continent, as one word the gazetteer lacks, is a place
    where no entity or one of that word alone covers it: "in der Ostukraine", "im Nordirak", "Südsteiermark"."""
    from pipeline.link.places import COMPASS, compass_part, lookup

    taken = covering_entities(ents)
    found = []
    for i, word in enumerate(words):
        cover = taken.get(i)
        if (COMPASS.match(word) and (cover is None or (cover.start, cover.end) == (i, i + 1))
                and lookup(word) is None and compass_part(word) is not None):
            found.append(Span(doc, i, i + 1, label="LOC"))
    return found


def waters_in_names(ents: list[Span]) -> list[Span]:
    """Rule 16: a place the gazetteer knows only as a sea, river or mountain range ("other") is none right before a
    noun that names a kind of organization or venue, which makes it part of that name: "Donau Versicherung", "im
    Donau Zentrum" (not "in der Donau Teile eines Autos gefunden")."""
    def in_name(ent: Span) -> bool:
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        return (ent.label_ == "LOC" and after is not None and ent.text in gazetteer.feature_forms()
                and (organization_head(after.text) or BUILDING.search(after.lower_) is not None
                     or NAME_HEAD_AFTER_PLACE.search(after.lower_) is not None))

    return [ent for ent in ents if not in_name(ent)]


def given_names_far_away(ents: list[Span]) -> list[Span]:
    """Rule 15: one-word places that are given names and, by the gazetteer, only small places abroad in a country
    the document's other places do not lie in."""
    hits = {ent.text: lookup(ent.text) for ent in ents if ent.label_ == "LOC"}
    # how many of the document's place names lie in each country: the name itself counts once in its own
    names_in = Counter(hit[0].country_code for hit in hits.values() if hit)
    capitals = gazetteer.country_and_capital_forms()

    def far_away(ent: Span) -> bool:
        place = hits[ent.text][0] if hits.get(ent.text) else None
        return (place is not None and len(ent) == 1 and ent.text in given_names() and ent.text not in capitals
                and is_small_place_abroad(place) and names_in[place.country_code] == 1
                # the narrow LOCATIVES, not rule 16's PLACE_PREPOSITIONS: "an Mercedes" is the company
                and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ in LOCATIVES))

    return [ent for ent in ents if not (ent.label_ == "LOC" and far_away(ent))]


# A word of the model's noun clusters that GeoNames knows only as another name of a town this small is that noun.
SMALL_TOWN_ALIAS_POPULATION = 10_000


def noun_taken_for_town(lexicon: Lexicon, word: str) -> bool:
    """A word of the model's clusters of nouns and brands (`placeless_clusters`) that the gazetteer knows only as
    another name of a small town: "ins Spital" is no district of Schlieren (CH), GeoNames' "Schlieren / Spital"."""
    if lexicon.cluster is None or lexicon.cluster(word) not in placeless_clusters():
        return False
    hit = lookup(word)
    return (hit is not None and hit[0].kind == "city" and hit[0].name != word
            and hit[0].population < SMALL_TOWN_ALIAS_POPULATION)


def unknown_places_named_like_nouns(lexicon: Lexicon, ents: list[Span]) -> list[Span]:
    """Rule 16: one-word places the gazetteer does not know, that the model's vocabulary does not know either
    (tagged a common noun, without a preposition of place) or puts in a cluster of nouns and brands, itself or,
    for a word it lacks, by its tail ("im Krisenmodus"; no world region, not used as a town's name), without a
    hyphen or a place's ending after a stem ("Mittelmeer"; the landscape noun alone is none: "Inseln")."""
    from pipeline.link.places import WORLD_REGION, country_of_parts, lookup

    if lexicon.known_word is None:
        return ents
    # a name the document uses as a place elsewhere, after a preposition or tagged a proper noun, is one here
    attested = {ent.text for ent in ents
                if ent.label_ == "LOC" and (ent[0].tag_ != "NN" or after_place_preposition(ent[0]))}
    placeless = placeless_clusters() if lexicon.cluster is not None else frozenset()
    # a name the document uses as a town's ("in Marea", "aus der Stadt Marea") is one everywhere
    town_names = {ent.text for ent in ents if ent.label_ == "LOC" and ent.start > 0 and (
        ent.doc[ent.start - 1].lower_ in BARE_LOCATIVES
        or ent.doc[ent.start - 1].text in PLACE_DESCRIPTORS - EXIT_WORDS)}  # not "Ausfahrt Zentrum"

    def noun(ent: Span) -> bool:
        token = ent[0]
        tail = PLACE_TAIL.search(token.lower_)
        if len(ent) > 1 or "-" in token.text or (tail and tail.start() > 0):  # "Mittelmeer"; not "Inseln"
            return False
        known = lookup(token.text) is not None and not noun_taken_for_town(lexicon, token.text)
        if lexicon.cluster is not None and lexicon.cluster(token.text) in placeless:
            candidate = token.text not in town_names and not WORLD_REGION.search(token.text)
        elif lexicon.compound_cluster(token.text) in placeless:  # "im Krisenmodus": a preposition does not save it
            candidate = token.tag_ == "NN" and token.text not in town_names
        else:
            candidate = (token.tag_ == "NN" and token.text not in attested and not after_place_preposition(token)
                         and not lexicon.known_word(token.text))
        return candidate and not known and country_of_parts(token.text, frozenset()) is None

    return [ent for ent in ents if not (ent.label_ == "LOC" and noun(ent))]


def datelines(doc: Doc) -> Iterator[tuple[list[Span], Span | None, int]]:
    """The datelines that open sentences: the spans of their places (split at "/"), the news agency in brackets
    after them, if any, and the index of the dash that closes them: "St. Pölten/Wien –", "EISENBERG/ERFURT
    (dpa-AFX) -", "FRANKFURT (Dow Jones)--"."""
    for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
        head = [token for token in sent[:DATELINE_TOKENS] if not token.is_space]
        dash = next((k for k, token in enumerate(head) if token.text in DASHES), None)
        if not dash:
            continue
        end, agency = dash, None
        if head[dash - 1].text == ")":
            opening = next((k for k in range(dash - 2, 0, -1) if head[k].text == "("), None)
            if opening is None or opening + 1 == dash - 1:
                continue
            end, agency = opening, doc[head[opening + 1].i : head[dash - 1].i]
        parts, start = [], 0
        for k, token in enumerate(head[: end + 1]):
            if k == end or token.text == "/":
                parts.append(head[start:k])
                start = k + 1
        if all(parts):
            yield [doc[part[0].i : part[-1].i + 1] for part in parts], agency, head[dash].i


def dateline_places(lexicon: Lexicon, doc: Doc, ents: list[Span], surnames: set[str]) -> list[Span]:
    """Rule 9: the places of a dateline that no entity covers yet, that an organization or a person who is no
    one named in full in the document (`surnames`) covers exactly ("Stanford –" as ORG; not "Obama –" after
    "Barack Obama"), or that an entity runs on from across the dash ("MÜNCHEN - Börsenturbulenzen"); and the news
    agency in brackets after them is an organization where no entity or a MISC one covers it ("FRANKFURT (Dow
    Jones)--", "(dpa-AFX)"; not a region, "Lienz (Osttirol) –", nor words like "(Update)" or "(ots)")."""
    taken = covering_entities(ents)

    def free(span: Span, dash: int) -> bool:
        covers = {taken[i] for i in range(span.start, span.end) if i in taken}
        return all(cover.end > dash or ((cover.start, cover.end) == (span.start, span.end)
                                        and cover.label_ != "LOC" and not is_surname(cover.text, surnames))
                   for cover in covers)

    found = []
    for places, agency, dash in datelines(doc):
        if all(is_dateline_place(lexicon, span) for span in places):
            found += [Span(doc, span.start, span.end, label="LOC") for span in places if free(span, dash)]
            covers = {taken[i] for i in range(agency.start, agency.end) if i in taken} if agency else set()
            if agency is not None and is_news_agency(agency.text) and all(
                    (c.start, c.end, c.label_) == (agency.start, agency.end, "MISC") for c in covers):
                found.append(Span(doc, agency.start, agency.end, label="ORG"))
    return found


def is_dateline_place(lexicon: Lexicon, span: Span) -> bool:
    """A dateline's place: a name the gazetteer knows as written or, written in capitals, in the usual case
    ("MÜNCHEN", "FRANKFURT AM MAIN", "ULM"), unless that is a common noun ("ZENTRUM -", "BRAND -" head police reports)
    or a town abroad under `BIG_CITY` inhabitants ("RAUB -", a town in Malaysia)."""
    usual = in_usual_case(span.text)
    if usual is None or len(span) > 3:
        return is_gazetteer_name(span)
    hit = lookup(usual)
    if hit is None or hit[1] != usual or lexicon.is_common_noun(usual):
        return False
    place = hit[0]
    return place.kind != "city" or place.country_code in gazetteer.HOME_COUNTRIES or place.population >= BIG_CITY


def is_news_agency(text: str) -> bool:
    """The source of agency news in a dateline's brackets: a news agency, also joined to its service ("dpa-AFX",
    "APA/dpa"), or an acronym ("OTS", "DJ")."""
    return all(ACRONYM.match(part) or any(part == agency or part.startswith(agency + "-")
                                          for agency in DATELINE_AGENCIES) for part in text.split("/"))


def towns_named_so(ents: list[Span], surnames: set[str]) -> list[Span]:
    """Rule 12: a name the document calls a town ("die serbische Grenzstadt Sid", "auf die Stadt Marat Numan") is a
    place wherever NER took it for a person ("nach Sid"), unless it is the surname of a person named in full, a
    genitive ("die Heimatstadt Obamas"), a name that begins with a given name ("der Landeshauptstadt Siegfried Nagl")
    or follows a town's own name ("in Ingolstadt Ralph Hasenhüttl"); so is a town of Austria, Germany or Switzerland
    that NER found as a place elsewhere in the document ("in Wels" … "Nachdem Wels ein Hot-Spot …")."""
    def called_town(ent: Span) -> bool:  # "die Stadt Marat Numan"; not "Landeshauptstadt Siegfried Nagl", "Ingolstadt"
        return (ent.start > 0 and is_settlement_noun(ent.doc[ent.start - 1]) and not ent.text.endswith("s")
                and ent[0].text not in given_names())

    def home_town(text: str) -> bool:
        hit = lookup(text)
        return hit is not None and hit[0].kind == "city" and hit[0].country_code in gazetteer.HOME_COUNTRIES

    towns = {ent.text for ent in ents if ent.label_ in ("PER", "LOC") and called_town(ent)}
    towns |= {ent.text for ent in ents if ent.label_ == "LOC" and len(ent) == 1 and ent.text not in given_names()
              and home_town(ent.text)}
    return [Span(ent.doc, ent.start, ent.end, label="LOC")
            if ent.label_ == "PER" and ent.text in towns and not is_surname(ent.text, surnames) else ent
            for ent in ents]


def is_settlement_noun(token: Token) -> bool:
    """A common noun for a town ("Stadt", "Grenzdorfes", "Ortschaft"), not a town's own name ("Ingolstadt")."""
    return token.text[:1].isupper() and SETTLEMENT.search(token.lower_) is not None and lookup(token.text) is None


def completed_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 12: a place NER ended before the rest of a name the gazetteer knows as written takes that rest where no
    entity covers it or a place ends it: "in Gornja" "Radgona" → "Gornja Radgona", "in St. Georgen" "im Attergau",
    "Kirchberg" "an der Jagst", "Bruck" "an der" "Mur" (NER's river; not "Kaindorf bei" "Hartberg", a town beside
    its neighbour)."""
    taken = covering_entities(ents)
    found = []
    for k, ent in enumerate(ents):
        if ent.label_ != "LOC":
            continue
        after = ents[k + 1] if k + 1 < len(ents) else None
        if (after is not None and after.label_ == "LOC" and after.start == ent.end
                and names_town_in_full(ent.doc[ent.start : after.end])):
            found.append(Span(doc, ent.start, after.end, label="LOC"))  # "Crans" "Montana" (GeoNames: "Crans-Montana")
            continue
        for end in (ent.end + 3, ent.end + 2, ent.end + 1):
            inside = [taken[i] for i in range(ent.end, min(end, len(doc))) if i in taken]
            # the rest free, or a place NER found ending it: "Bruck" "an der" "Mur" (the river); not a town "bei" its
            # neighbour, which the annotations count apart ("Kaindorf bei Hartberg")
            free = not inside or (doc[ent.end].lower_ != "bei" and all(
                other.label_ == "LOC" and other.end == end for other in inside))
            if end <= len(doc) and free and names_town_in_full(doc[ent.start : end]):
                found.append(Span(doc, ent.start, end, label="LOC"))
                break
    return found


def names_town_in_full(span: Span) -> bool:
    """A name the gazetteer knows as written that ends in a capitalized word, function words inside included ("St.
    Georgen im Attergau", "Kirchberg an der Jagst")."""
    return span[-1].text[:1].isupper() and known_as_written(span.text)


def places_in_context(lexicon: Lexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 12: a name the gazetteer knows as written, outside any entity and no German word, is a place
    after a locative preposition, also with an adjective between ("in Althofen", "ins kubanische Varadero"),
    next to a place, in a list or in brackets ("Wien, Graz, Mürzzuschlag", "im Burgenland (Eisenstadt)",
    "Marchegg in Niederösterreich"), or as a country or region in the genitive before a role ("Tirols
    Landeshauptmann"), and a home country's district named as a feminine noun after "in der", "aus der" or "und
    der" ("in der Josefstadt")."""
    taken = covering_entities(ents)
    places = {i for ent in ents if ent.label_ == "LOC" and ent.text not in gazetteer.country_codes()
              for i in (ent.start, ent.end - 1)}  # "Hamilton (GBR) Mercedes" is no list of places
    found, free = [], 1
    for token in doc[1:]:
        if (token.i < free or token.i in taken or token.is_sent_start or not may_name_place(lexicon, token)
                or noun_taken_for_town(lexicon, token.text)):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i < 3 and end not in taken and may_name_place(lexicon, doc[end]):
            end += 1
        while end > token.i and not is_gazetteer_name(doc[token.i : end]):  # longest known name first
            end -= 1
        if end == token.i and town_and_part(token.text):
            end = token.i + 1  # "in Wien-Döbling", "in Graz-Puntigam"
        if end == token.i:
            continue
        before, after = doc[token.i - 1], doc[end] if end < len(doc) else None
        beside_place = (before.text in LIST_MARKS and token.i - 2 in places) or (
            after is not None and after.text in LIST_MARKS_BEFORE_PLACE and end + 1 in places)
        # "ins kubanische Varadero": a locative, then an adjective
        after_adjective = (token.i >= 2 and before.is_lower and before.tag_ == "ADJA"
                           and doc[token.i - 2].lower_ in LOCATIVES)
        # "in der Josefstadt", "Hernals und der Josefstadt": a district of a home country named as a feminine noun
        district = (token.i >= 2 and before.lower_ == "der" and doc[token.i - 2].lower_ in ("in", "aus", "und")
                    and end == token.i + 1 and FEMININE_DISTRICT.search(token.text) is not None
                    and (hit := lookup(token.text)) is not None and hit[0].country_code in gazetteer.HOME_COUNTRIES)
        if before.lower_ in LOCATIVES or beside_place or after_adjective or district or (
                end == token.i + 1 and after is not None and is_genitive_of_region_before_role(token, after)):
            found.append(Span(doc, token.i, end, label="LOC"))
            places.update((token.i, end - 1))  # a list goes on: "in Wien, Graz, Mürzzuschlag und Leoben"
            free = end
    return found


def may_name_place(lexicon: Lexicon, token: Token) -> bool:
    """A capitalized word that is no German word nor tagged as a function word or foreign word. The lemma table
    lists town names too ("Innsbruck", for its genitive, `is_listed_name`): such a name counts unless a
    determiner comes before it, also across adjectives and ordinals, as none comes before a town ("im Derby",
    "im ersten Derby", "das neue Porto": a match, postage), unless all those are place adjectives ("im
    jordanischen Jordan")."""
    if not token.text[:1].isupper() or token.tag_ in NOT_NAME_TAGS:
        return False
    if not lexicon.is_word(token):
        return True
    if not lexicon.is_listed_name(token.text):
        return False
    i = token.i - 1
    while i >= 0 and (token.doc[i].tag_ in ("ADJA", "CARD") or ORDINAL_NUMBER.match(token.doc[i].text)):
        i -= 1
    before = token.doc[i] if i >= 0 else None  # an article whatever the tagger says ("das 320. Derby": PRELS)
    determined = before is not None and (before.tag_ in DETERMINER_TAGS or before.lower_ in ARTICLES
                                         or before.lower_ in CONTRACTED_ARTICLES)
    return not determined or (i < token.i - 1 and all(
        gazetteer.NATIONALITY_ADJECTIVE.fullmatch(word.lower_) for word in token.doc[i + 1 : token.i]))


def is_spaced_compound_place(ent: Span) -> bool:
    """A place written with spaces around its hyphen, which rule 18 keeps whole: one the gazetteer knows joined
    ("Schleswig - Holstein", "Castrop - Rauxel") or a town and a part of it, a place of under a third of its
    inhabitants ("Berlin - Mitte", "Frankfurt - Höchst", "Halle - Neustadt"); not two towns of a route, "Lichtenfels -
    Sonneberg"."""
    joined = SPACED_HYPHEN.sub("-", ent.text)
    if joined == ent.text:
        return False
    return known_as_written(joined) or ((places := town_and_part_places(joined)) is not None
                                        and places[0].population >= DISTRICT_SHARE * places[1].population)


def town_and_part(word: str) -> bool:
    """A town and a part of it joined by a hyphen, both known to the gazetteer in one country: "Wien-Döbling",
    "Wien-Aspern", "Graz-Puntigam"."""
    return town_and_part_places(word) is not None


def town_and_part_places(word: str) -> tuple[gazetteer.Place, gazetteer.Place] | None:
    """The town and the part of `town_and_part`, as the gazetteer knows them."""
    town, _, part = word.partition("-")
    if not part or "-" in part:
        return None
    town_hit, part_hit = lookup(town), lookup(part)
    if (town_hit is not None and part_hit is not None and town_hit[0].kind == "city" and part_hit[0].kind == "city"
            and town_hit[0].country_code == part_hit[0].country_code):
        return town_hit[0], part_hit[0]
    return None


def is_genitive_of_region_before_role(token: Token, after: Token) -> bool:
    """ "Tirols Landeshauptmann", "Burgenlands FPÖ-Chef": a country or region in the genitive before a role."""
    return token.text.endswith("s") and is_region_or_country(token.text) and is_role(after.text)


def places_paired(lexicon: Lexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 12: a name outside any entity that a route pairs with a place is a place where it looks like a village's
    (`is_paired_place`): "zwischen Grafing Bahnhof und Ostermünchen", "zwischen Hochgehrenspitze und Hammerspitze"
    (not "von Wien bis Samstag", "zwischen Linz und Umgebung", "zwischen Brüssel und Kurz"). The gazetteer's small
    places are rule 12's lists; these are the villages it lacks, which traffic and rail notices name by the dozen."""
    taken = covering_entities(ents)
    found = []
    for ent in ents:
        if ent.label_ != "LOC" or ent.start == 0 or ent.end + 1 >= len(doc):
            continue
        closers = ROUTE_PAIRS.get(doc[ent.start - 1].lower_, ())
        if doc[ent.end].lower_ in closers and ent.end + 1 not in taken and is_paired_place(lexicon, doc[ent.end + 1]):
            found.append(Span(doc, ent.end + 1, ent.end + 2, label="LOC"))
    return found


def is_paired_place(lexicon: Lexicon, token: Token) -> bool:
    """A village's name as `places_paired` reads it: one word, no German word or given name, not followed by more of
    a name, whose word cluster is one of places ("Ostermünchen") or, a word no cluster holds, that has a place's
    ending and is no compound of a common noun ("Hammerspitze"; not "Homeoffice", a surname "Babler", nor
    "Innenstadt", "Umgebung" or "Kurz", whose clusters hold common words)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    cluster = lexicon.cluster(token.text) if lexicon.cluster is not None else None
    rare_place = (cluster is None and PLACE_TAIL.search(token.lower_) is not None
                  and not lexicon.ends_in_common_noun(token.text))
    return (may_name_place(lexicon, token) and token.text not in given_names()
            and (cluster in place_clusters() or rare_place)
            and (following is None or not following.text[:1].isupper()))


def towns_after_settlement_nouns(lexicon: Lexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 12: a capitalized word outside any entity right after a common noun for a settlement or "Provinz" names
    it, when it is no German word, given name or genitive: "die westungarische Ortschaft Kolontar", "des
    griechischen Grenzdorfes Chamilo", "der syrischen Stadt Kobane", "der Provinz Faryab" (not "Ingolstadt", a
    town's own name, nor "die Stadt Kinder", "die Heimatstadt Obamas", "Tote Stadt III")."""

    taken = covering_entities(ents)
    found = []
    for before, token in pairwise(doc):
        if token.i in taken or before.i in taken or not (is_settlement_noun(before) or before.text == "Provinz"):
            continue
        if (may_name_place(lexicon, token) and not token.text.endswith("s") and token.text not in given_names()
                and not token.is_sent_start and not ROMAN_ORDINAL.match(token.text)):  # "Tote Stadt III", a work
            found.append(Span(doc, token.i, token.i + 1, label="LOC"))
    return found
