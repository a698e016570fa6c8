"""Sports: teams and clubs named after their town, match reports and their line-ups.

Rule 5's clubs after a prefix NER left out (`clubs_before_towns`), clubs in a squad list
(`clubs_in_squad_brackets`) and teams named by their town and an English plural (`team_start`; the rule's text is
in `labels`), the signs of a match and of a town named as such that rule 13 reads (`talks_match`,
`names_place_here`; its text is in `organizations`), and:

14. The players of a line-up in a match report ("Salzburg: C. Stankovic – Schmitz, Miranda, …, Atanga (92.
   Lainer) … Ersatz: …") are persons, whatever NER made of them ("Miranda", "Sana" as places).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pipeline import gazetteer
from pipeline.components.entity_fixes.lexicon import person_clusters
from pipeline.components.entity_fixes.spans import covering_entities
from pipeline.components.entity_fixes.vocabulary import (
    CLUB_PREFIX,
    DASHES,
    LINEUP_LABELS,
    MATCH_SCORE,
    NAME_PARTICLES,
    TOWN_PREPOSITIONS,
)
from pipeline.components.entity_fixes.words import word_before
from pipeline.given_names import given_names

VENUE = re.compile(r"(?i)(?:arena|stadion|stadium)")
# Words of a sentence that talks of a match (a word's end: "Heimniederlage", "Europa-League-Gegner"), where a town
# is its club: "Valencia ist … am Tiefpunkt angelangt" after "0:7-Debakel", not "Zwischen Barcelona und Valencia
# liegen 350 Kilometer".
MATCH_WORD = re.compile(
    r"^(?:tor|tore|sieg|siege|meister|vizemeister|punkte|zähler|führung|vorsprung|rückstand|partie|remis|derby"
    r"|tabelle|saison|abstieg|schlägt|schlug|besiegt|besiegte|gewann|verlor|unterlag|siegte|empfängt|trifft)$"
    r"|(?<!bei)(?<!schau)(?<!wahl)(?:spiel|spiele|niederlage|trainer|coach|liga|league|cup|pokal|gegner|bewerb"
    r"|finale|treffer|elfmeter|goalie|keeper|stürmer|kicker|mannschaft|debakel|heimsieg|auswärtssieg)$")
# A team's line-up in a match report: "Salzburg: Walke – Schwegler, Miranda, …" (keeper, dash, comma lists).
LINEUP = re.compile(r"(?<![^\s.)])[A-ZÄÖÜ][\w.\-]*(?: [A-ZÄÖÜ][\w.\-]*)?: "
                    r"(?=[A-ZÄÖÜ][\w.]*(?: [A-ZÄÖÜ][\w.]*)? – [A-ZÄÖÜ][^,:]*, [A-ZÄÖÜ])")
LINEUP_SEPARATORS = frozenset({",", "–", "-", ":", ";"})
SCORE = re.compile(r"^\d[\d:./]*$")  # "1:0", "92.", "20.30"
# The English plural naming a team after its town ("Nashville Predators"), unless a place's ("Palm Springs").
TEAM_NICKNAME = re.compile(r"^[A-Z][a-z]{2,}s$")
PLACE_PLURALS = frozenset({"Islands", "Heights", "Springs", "Falls", "Hills", "Lakes", "Meadows", "Woods", "Keys",
                           "Plains", "Sands", "Gardens", "Fields", "Highlands", "Downs", "Shores", "Mountains",
                           "Rocks"})
TEAM_WORD = re.compile(r"^[A-Z][a-z]+$")  # the first word of a nickname of two: "Red Wings", "Maple Leafs"
SQUAD_RECORD = re.compile(r"^\d{1,3}/\d{1,3}$")  # a player's caps and goals in a squad list: "49/24"
TEAM_TOWN_POPULATION = 100_000
BIG_CITY = 500_000  # a town named like a person names a team only when it is as big as Washington


def team_start(span: Span, cluster: Callable[[str], int | None] | None) -> int | None:
    """Rule 5: the start of a team named by its town or state and an English plural ("Nashville Predators", "Vienna
    Capitals", "Detroit Red Wings", "St. Louis Blues" where NER left out "St."), in a sentence about a match; None
    for any other name: a place named so ("Palm Springs"), a person's genitive ("Mao Zedongs", "George Millers"), a
    surname the word clusters (`cluster`, bundled model only) hold among people's names ("Indiana Jones", "Austin
    Powers")."""
    from pipeline.link.places import lookup

    doc = span.doc
    nickname = span[-1].text
    if (len(span) < 2 or not TEAM_NICKNAME.match(nickname) or nickname in PLACE_PLURALS or lookup(span.text)
            or not talks_match(span)):
        return None
    if any(token.text == nickname[:-1] for token in doc):  # a genitive: "Paris Hiltons" beside "Hilton"
        return None
    if cluster is not None and cluster(nickname) in person_clusters():
        return None
    outside = span.start > 0 and not doc[span.start - 1].ent_type_  # "St." that no other entity holds
    for start in (span.start - 1, span.start) if outside else (span.start,):
        for nickname_words in (1, 2):
            first_of_nickname = doc[span.end - nickname_words].text
            if nickname_words == 2 and (not TEAM_WORD.match(first_of_nickname) or first_of_nickname in given_names()):
                continue  # "Red Wings", not "Franz Voves"
            town = doc[max(start, 0) : span.end - nickname_words]
            place = lookup(town.text) if start >= 0 and len(town) and town[0].text[:1].isupper() else None
            if place is not None and place[0].name == town.text and names_teams_town(place[0], town.text):
                return start
    return None


def names_teams_town(place: gazetteer.Place, name: str) -> bool:
    """A town or state teams are named after: a city of `TEAM_TOWN_POPULATION` (as big as Washington if its name is a
    given name too: "George" is a town in South Africa), or a state of the United States or Canada ("Arizona"; not
    a municipality pycountry lists as a region, "Benedikt")."""
    if place.kind == "region":
        return place.country_code in ("US", "CA") and name not in given_names()
    return place.population >= (BIG_CITY if name in given_names() else TEAM_TOWN_POPULATION)


def talks_match(ent: Span) -> bool:
    """The sentence of `ent` has a score, "gegen" or a word of a match (`MATCH_WORD`) outside the name."""
    sentence = ent.sent if ent.doc.has_annotation("SENT_START") else ent.doc[:]
    return any(token.lower_ == "gegen" or MATCH_SCORE.search(token.text) or MATCH_WORD.search(token.lower_)
               for token in sentence if not ent.start <= token.i < ent.end)


def lineup_people(doc: Doc, words: list[str]) -> list[Span]:
    """Rule 14: the players of a line-up in a match report ("Salzburg: C. Stankovic – Schmitz, Miranda,
    Hinteregger, Ulmer – Atanga (92. Lainer), …  Ersatz: …  Gelbe Karten: Arnason"), which NER tags as places
    ("Miranda", "Sana") or misses. Each name between the dashes and commas is a person, substitutes in
    brackets too; team names and labels before a colon are not, nor notes in brackets ("(Knöchelverletzung)").
    The list ends where the prose resumes (a lower-case word)."""
    found: list[Span] = []
    walked = 0
    colons = [i for i, word in enumerate(words) if word == ":"]
    if not any("–" in words[i + 2 : i + 6] for i in colons):  # no "Team: Keeper –" (reading doc.text costs)
        return found
    for match in LINEUP.finditer(doc.text):
        start = doc.char_span(match.end(), match.end(), alignment_mode="expand")
        if start is None or start.start < walked:
            continue
        walked = lineup_walk(doc, start.start, found)
    return found


def lineup_walk(doc: Doc, i: int, found: list[Span]) -> int:
    """Collect the names of a line-up from token `i` into `found`; the token where the line-up ends."""
    item: list[Token] = []
    while i < len(doc):
        token = doc[i]
        if token.text == "(":
            close = next((j for j in range(i + 1, min(i + 8, len(doc))) if doc[j].text == ")"), None)
            if close is None:
                break
            if close - i > 2 and SCORE.match(doc[i + 1].text):  # a substitute: "(92. Lainer)"
                lineup_name(doc[i + 2 : close], False, found)
            i = close + 1
            continue
        if token.text in LINEUP_SEPARATORS or SCORE.match(token.text) or token.is_space:
            if item and not token.is_space:
                lineup_name(doc[item[0].i : item[-1].i + 1], token.text == ":", found)
                item = []
        elif token.text[:1].isupper() or token.lower_ in NAME_PARTICLES or (token.text == "." and item):
            item.append(token)
        elif token.lower_ in ("fehlen", "fehlt") and item and item[-1].text == "Es":  # "Gschweidl Es fehlen: …"
            lineup_name(doc[item[0].i : item[-1].i + 1], True, found)
            item = []
        else:
            break  # prose again: "Rosenberg Rückspiel nächsten Mittwoch …"
        if len(item) > 4:
            break
        i += 1
    return i


def lineup_name(span: Span, before_colon: bool, found: list[Span]) -> None:
    """A player's name in a line-up item, without a label run into it ("Reyna Ersatz:", "Djurdic Gelbe
    Karten:"); an item before a colon without such a label is a team's name ("Malmö:")."""
    end = span.end
    while end > span.start and span.doc[end - 1].text in LINEUP_LABELS:
        end -= 1
    if end == span.start or (before_colon and end == span.end) or end - span.start > 3:
        return
    name = span.doc[span.start : end]
    if any(token.text[:1].isupper() and len(token.text) > 2 and token.text[-1] != "." for token in name):
        found.append(Span(span.doc, span.start, end, label="PER"))


def clubs_before_towns(doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 5: a club's prefix NER left out before a place is the club's name with it: "des Drittligisten Energie"
    "Cottbus" → "Energie Cottbus", "Wacker" "Innsbruck"; so is a company so named ("Energie Steiermark")."""
    taken = covering_entities(ents)
    return [Span(doc, ent.start - 1, ent.end, label="ORG") for ent in ents
            if ent.label_ == "LOC" and ent.start > 0 and ent.start - 1 not in taken
            and CLUB_PREFIX.match(doc[ent.start - 1].text)]


def clubs_in_squad_brackets(doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 5: the place or organization in brackets after a player of a squad list, with the player's caps and
    goals, is a club, not its town ("Marc Janko (Basel, 49/24)", "Marcel Sabitzer (RB Leipzig, 12/2)"), where the
    document lists two players so at least; not an age or a position ("(31, 3/0)", "(Verteidiger, 45/3)")."""
    named = {(ent.start, ent.end) for ent in ents if ent.label_ in ("LOC", "ORG")}
    found = []
    for ent in ents:
        if ent.label_ != "PER" or ent.end + 3 >= len(doc) or doc[ent.end].text != "(":
            continue
        comma = next((t.i for t in doc[ent.end + 1 : ent.end + 6] if t.text in (",", ")")), None)
        if comma is None or doc[comma].text != "," or (ent.end + 1, comma) not in named:
            continue
        closing = doc.text.find(")", doc[comma].idx)
        if closing > 0 and SQUAD_RECORD.match(doc.text[doc[comma].idx + 1 : closing].strip()):
            found.append(Span(doc, ent.end + 1, comma, label="ORG"))
    return found if len(found) >= 2 else []


def names_place_here(ent: Span) -> bool:
    """A town, not its club, by the context: after "in" ("in Cottbus"; but "bei Cottbus engagiert", "nach Bilbao
    gewechselt"), after a noun and "aus" ("den Tabellenvierten aus Graz"; but "wechselte aus Graz"), in a dateline
    ("Barcelona –", "Ried/Wien"; but "(Bilbao/86.)", a sending-off) or naming the venue in a results table ("(Graz,
    UPC-Arena, 16.30 Uhr", "Amsterdam, Amsterdam ArenA")."""
    doc = ent.doc
    before = word_before(ent[0])
    if before == "aus" and ent.start > 1 and doc[ent.start - 2].tag_ == "NN":
        return True
    after = doc[ent.end : ent.end + 4]
    dateline = len(after) > 0 and (after[0].text in DASHES or (
        after[0].text == "/" and len(after) > 1 and after[1].text[:1].isupper()))
    venue = len(after) > 1 and after[0].text == "," and any(VENUE.search(token.text) for token in after[1:])
    return before in TOWN_PREPOSITIONS or dateline or venue


def listed_first(ent: Span) -> Token:
    """The first word of the list a one-word name closes ("Leverkusen" in "in Dortmund und Leverkusen" →
    "Dortmund"), else the name's own."""
    doc, i = ent.doc, ent.start
    while i >= 2 and doc[i - 1].lower_ in ("und", "oder", ",") and doc[i - 2].text[:1].isupper():
        i -= 2
    return doc[i]
