"""Rules 1 and 2: compounds and designations that are no names, and the roles, descriptors and other words NER
took into a name, in front of it or after it (where a name starts and ends).

1. A compound whose head is a role or a common noun is not a name: "Trump-Regierung", "US-Außenminister",
   "NATO-Generalsekretär", "Spotify-App", "EU-Staaten", "Henkel-Aktie", "Apple Music-Streamingdienstes",
   "Ö1-Mittagsjournal" (not "Wall-Street-Journal") are dropped (the name inside it is not a mention, per the annotation
   guidelines); a genitive before such a compound keeps its name ("Rapids Europacup-Gegner" → "Rapids"). Compounds
   naming a kind of organization stay ("EU-Kommission", "IS-Miliz", "EU-Parlaments"). A generic designation alone is not
   an organization ("Innenministerium", "Regierung", "Polizei", "die Landespartei"), nor with only lower-case or
   inhabitant adjectives before it ("italienischen Marine", "Salzburger Unternehmen", "pro-kurdische Partei"; not
   "Europäisches Parlament", "steirische Volkspartei"), nor is a chamber's name as its member's title, right before a
   person's full name ("Bundesrat Efgani Dönmez"; not "der Bundesrat Hofers Vorschlag", "einen neuen Nationalrat"), nor
   is a role ("Jagdleiter" as an organization), a competition ("Champions League", "French Open", "Davis-Cup",
   "Fußball-Bundesliga", "Eastern Conference", "WM", "Copa America"; not "Arabische Liga", "Krebsliga"; an event:
   "Mobile World Congress", "Tokyo Motor Show", not "African National Congress"; a technical term: "AMOLED", "OIS"; a
   Grand Prix leaves the place it is named after: "vor dem Großen Preis von Belgien" → "Belgien"), a stock index ("ATX",
   "CAC-40"), nor a role's compound as a person ("Landesparteiobmann"; not a surname of a person named in full:
   "Hofrichter"), a broadcast ("ZiB 2") or people named by their cause ("Separatisten", "Nationalisten"; not the parties
   "Sozialisten", "Kommunisten"). A kind of company is no place ("Technologieportal" as LOC; not a town the gazetteer
   knows, "Burbank").
2. A descriptor or role in front of a name is not part of it, nor a number, a preposition or an affiliation ("Gabor
   Wichmann von Birdlife") after a person: "Topberater Selenskyjs" → "Selenskyjs", "Schwarzmeerort Rize" → "Rize",
   "Joseph 35.000" → "Joseph", "Jennifer Lawrence für Joy" → "Jennifer Lawrence", "Hilfsorganisation Doctors for
   Refugees" → "Doctors for Refugees", "Bundesstaat Oklahoma" → "Oklahoma", "Großraum Wien" → "Wien", "griechischen
   Insel Lesbos" → "Lesbos", "Mentor Sarkozy" → "Sarkozy" (before a person only: not "Mentor Graphics"); after a role
   the rest is a person, after a company descriptor, a party or a club before an acronym an organization ("Wäscheriese
   Palmers", unless a given name follows; "Linkspartei Podemos" → "Podemos", "Organisation Attac" → "Attac", not
   "Organisation Amerikanischer Staaten"; a word in lower case before them goes too: "islamisch-konservativer Partei
   AKP" → "AKP", "rechtsnationalen MHP" → "MHP", not "katholische Kirche"; "Autoclub ADAC" → "ADAC", a league's club
   before any name: "Serie-A-Klub Hellas Verona" → "Hellas Verona"); an institution before one name word stays
   ("Volksbank Etruria", "Volkspartei Niederösterreich", "Arbeiterpartei Kurdistans"; not "Großbank UBS", nor a
   country's: "US-Notenbank Fed" → "Fed"), and a designation NER found apart right before an organization is none
   ("EU-Grenzschutzagentur" "Frontex", "Mitte-Links-Partei" "CHP"). A common noun in front of a place the gazetteer
   knows is not part of it ("Steueroase Luxemburg"), unless it names a facility ("Erstaufnahmezentrum Traiskirchen") or
   a German district ("Landkreis Celle") or the gazetteer knows the whole name ("Bad Ischl"). A place that ran on into
   the phrase after it ends before the preposition ("Antalya am Gründonnerstag"; not "Frankfurt am Main"). Nor is the
   noun after a genitive surname or given name: "Carneys Reise" → "Carneys", "Michelangelos Madonna" → "Michelangelos",
   "Haiders Regierungseintritt" → "Haiders" (a common noun the tagger does not call a proper noun: not "Fats Domino"),
   nor a work after a full name in the genitive ("Steven Spielbergs Bridge of Spies" → "Steven Spielbergs"); nor an
   inflected common word in front of a person's proper noun ("Metaphern Franziskus", a subheading run into the sentence)
   or a common noun in front of a given name ("Lehrergewerkschafter Paul Kimberger", "Pater Florian"), nor a place in
   the genitive before a given name ("Burgenlands Hans Niessl"), nor an organization's name after the genitive of a
   one-word organization of the document ("Apples Zulieferkette" → "Apples"). Two surnames of persons named in full side
   by side are two persons ("holte Niessl Doskozil"), and a known place in the genitive before such a surname is apart
   from the person ("Stuttgarts Harnik" → "Stuttgarts", "Harnik"). A person that ran on past a full name the document
   uses elsewhere into a common word ends at the name ("streute Barbara Rett Rosen" → "Barbara Rett"). A person after
   "von" inside a person is a work's author ("Onkel Wanja von Anton Tschechow" → "Anton Tschechow"), and a person of two
   words or more ends before "von" and a compound of a common noun ("Hasan E. von der Nationalgarde" → "Hasan E."; not
   "Ursula von der Leyen", "Carl Friedrich von Weizsäcker", "Maria Theresia von Österreich"). An affair before a name is
   no part of it ("in der Causa Buwog" → "Buwog").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Span, Token

from pipeline import gazetteer
from pipeline.components.entity_fixes.lexicon import Lexicon, noun_clusters
from pipeline.components.entity_fixes.noise import is_noise
from pipeline.components.entity_fixes.people import names_person
from pipeline.components.entity_fixes.vocabulary import (
    ACRONYM,
    ARTICLES,
    CLUB_PREFIX,
    COMPANY_WORDS,
    COMPETITION,
    CORPORATE_HEAD,
    COUNTRY_PREFIX,
    EVENT,
    EXIT_WORDS,
    FACILITY,
    GENERIC_ORGANIZATION,
    INSTITUTION,
    LINEUP_LABELS,
    NAME_PARTICLES,
    ORG_DESCRIPTOR,
    PLACE_DESCRIPTORS,
)
from pipeline.components.entity_fixes.words import (
    compound_head,
    ends_in_kind_of_organization,
    full_name_surnames,
    is_demonym,
    is_region_or_country,
    organization_head,
)
from pipeline.given_names import given_names
from pipeline.roles import COUNTERPARTS, ROLE_MODIFIERS, is_role

# A Grand Prix, a competition named after its country or town, which is a place: "vor dem Großen Preis von Belgien".
GRAND_PRIX = re.compile(r"^(?:Gro(?:ß|ss)e[nrs]? Preis(?:es)?|Grand Prix) (?:von|of) (?=[A-ZÄÖÜ])")
# Stock indices, which NER takes for organizations: "ATX", "CAC-40" (not "Nasdaq", an exchange).
# Not "Nikkei" and "Dow Jones", which are a newspaper and a news agency too.
STOCK_INDEX = re.compile(r"^(?:ATX|DAX|MDAX|TecDAX|SMI|CAC[ -]40|FTSE(?: 100)?|S&P 500|Euro[ -]?Stoxx(?:[ -]50)?"
                         r"|Hang Seng)$")
# People named by what they believe or fight for, which no organization is: "prorussische Separatisten",
# "ukrainische Nationalisten", "Islamisten"; not parties so named ("Sozialisten", "Kommunisten").
PEOPLE_NOUN = re.compile(r"^(?!Sozialist|Kommunist)[A-ZÄÖÜ]\w*isten$")
# Titles of broadcasts NER takes for their broadcaster: ORF's news "ZiB", "ZiB 2", "Zeit im Bild" (a compound
# ending in a broadcast, "Ö1-Mittagsjournal", "ZDF-Heute-Show", is GENERIC_ORG_HEAD's; not "Wall-Street-Journal").
BROADCAST = re.compile(r"^(?:ZiB|ZIB)(?: ?\d)?$|^Zeit im Bild(?: \d)?$")
# Technical acronyms, which NER takes for organizations in reviews of devices ("OIS", "AMOLED", "SSD"; 19 times in the
# 970 GNAD articles, held-out draw 74): never a name.
TECHNICAL_TERMS = frozenset({"OIS", "HDR", "PPI", "AMOLED", "OLED", "LCD", "SSD", "NFC", "LTE", "UMTS", "LAN", "WLAN",
                             "USB", "GPS", "API", "SMS", "HDMI", "CPU", "GPU", "RAM", "FTTH", "DSL", "VPN", "SDK"})
LEGAL_FORMS = frozenset({"AG", "GmbH", "SE", "KG", "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp."})
CLUB_WORD = re.compile(r"(?:club|klub|verein|ligist)(?:e?s|en)?$")  # "Stammclub", "Fußball-Bundesligisten"
LEAGUE_CLUB = re.compile(r"(?:liga|league|serie-a)-?(?:club|klub|verein)")  # "Bundesligaklub", "Serie-A-Klub"
# Heads that make a compound a common noun: for people and places any of these; for organizations only
# the word-like ones ("Bertelsmann-Stiftung", "Max-Planck-Gesellschaft" end in -ung, -schaft and are names).
GENERIC_HEAD = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|ismus|armee|staaten|konflikt|krieg|kriegs|abkommen|initiative|hilfe|markt"
    r"|gesetz|verfahren|reform|beitritt|partner)$"
)
GENERIC_ORG_HEAD = re.compile(
    r"(?:lager|feinde|gegner|leute|anwälte|app|pleite|fans|lobbygruppe|affäre|skandal|deal|debatte|streit|modell"
    r"|krise|plan|pläne|gipfel|wahl|wahlen|politik|regime|staaten|länder|partnern|spitze|regierung"
    r"|morgenjournal|mittagsjournal|abendjournal|show)$"
)
# A chamber of parliament whose name is also its members' title: "Bundesrat Efgani Dönmez".
MEMBER_TITLES = frozenset({"Bundesrat", "Nationalrat"})
GENERIC_COMPANY = re.compile(r"^(?:unternehmen|firma|konzern|holding)$", re.IGNORECASE)  # never a name's head
# Common nouns that describe what follows them: "Hilfsorganisation Doctors for Refugees", "Musikdienst
# Spotify", "Pazifikmetropole Guayaquil", "Telekommunikationskonzern Telia Sonera", "Jihadistenmiliz Islamischer Staat".
DESCRIPTOR = re.compile(
    r"[a-zäöüß](?:" + "|".join(COMPANY_WORDS) + r"|organisation|metropole|hauptstadt|stadt|gruppe|region|provinz"
    r"|standort|raum|staat|gemeinde|behörde|miliz|(?<![pfw])ort)(?:e?s)?$"  # "Schwarzmeerort Rize"; not "Stockport"
)
# Words before a name that make it the name of an affair: "in der Causa Buwog", "die Affäre Hypo".
AFFAIRS = frozenset({"Causa", "Affäre"})
# prepositions a place runs on into (rule 2): "Frankfurt am Main", "Antalya am Montag"
RUN_ON_PREPOSITIONS = frozenset({"am", "an", "im", "in", "ob", "bei"})
# Prepositions that are no particle of any person's name ("von", "de", "zu" are): NER ran a person on past them.
NOT_IN_NAMES = frozenset({"für", "mit", "gegen", "bei", "nach", "über", "unter", "ohne", "seit", "wegen"})
# Titles of nobility before "von" in a name ("Karl-Theodor Freiherr von und zu Guttenberg")
NOBILITY = frozenset({"Graf", "Gräfin", "Freiherr", "Freifrau", "Fürst", "Fürstin", "Prinz", "Prinzessin", "Herzog",
                      "Herzogin", "Baron", "Baronin", "Ritter", "Edler"})


def race_place(ent: Span) -> Span:
    """Rule 1: a Grand Prix is a competition, no organization, and the country or town it is named after is a place
    when the gazetteer knows it: "Großen Preis von Belgien" → "Belgien" (not "Grand Prix of Figure Skating")."""
    from pipeline.link.places import lookup

    found = GRAND_PRIX.match(ent.text)
    place = ent.doc.char_span(ent.start_char + found.end(), ent.end_char, label="LOC") if found else None
    return place if place is not None and lookup(place.text) is not None else ent


def is_generic(ent: Span) -> bool:
    """A compound headed by a role or common noun, a role, competition, event or technical term taken for an
    organization ("Jagdleiter", "Champions League", "Mobile World Congress", "AMOLED"), a kind of company taken for a
    place, or an organization designation without a name ("die Landespartei")."""
    if ent.label_ == "ORG" and ((len(ent) == 1 and (is_role(ent.text) or PEOPLE_NOUN.search(ent.text)))
                                or COMPETITION.search(ent.text) or EVENT.match(ent.text) or BROADCAST.match(ent.text)
                                or ent.text in TECHNICAL_TERMS
                                or STOCK_INDEX.match(ent.text)):
        return True
    if ent.ent_id_ == "district":  # "Wien-Umgebung", "Tulln-Land" (data/entity_patterns.jsonl); not "Euro-Land"
        return not is_austrian_district(ent.text)
    if ent.label_ == "LOC" and len(ent) == 1 and ent[0].tag_ != "NE" and CORPORATE_HEAD.search(ent.text.lower()):
        from pipeline.link.places import lookup

        return lookup(ent.text) is None  # a kind of company is no place: "Laut dem Technologieportal golem.de"
    head = compound_head(ent[-1].text)  # a multi-word entity ending in "Österreich-Chef" is a role too
    if head and len(ent) > 1:
        return is_role(head)
    if head and head[:1].isupper():
        if is_role(head) or GENERIC_ORG_HEAD.search(head.lower()):
            return True
        return ent.label_ != "ORG" and bool(GENERIC_HEAD.search(head.lower()))
    last = ent[-1].lower_
    if (ent.label_ == "ORG" and len(ent) > 1 and last.endswith("partei") and not last.endswith("volkspartei")
            and all(token.is_lower for token in ent[:-1])):
        return True  # "die pro-kurdische Partei"; not "Sozialdemokratische Partei", "steirische Volkspartei"
    if ent.label_ != "ORG" or not GENERIC_ORGANIZATION.match(ent[-1].text):
        return False
    # "italienischen Marine", "Salzburger Unternehmen"; but names ("Tiroler Polizei", "Europäisches Parlament")
    generic_noun = GENERIC_COMPANY.match(ent[-1].text) is not None
    return all(token.tag_ == "ADJA" and (token.is_lower or (generic_noun and token.text.endswith("er")))
               for token in ent[:-1])


def is_austrian_district(text: str) -> bool:
    """ "Wien-Umgebung", "Wiener Neustadt-Land": a town of Austria the gazetteer knows, then "-Umgebung" or "-Land"."""
    from pipeline.link.places import lookup

    hit = lookup(text.rsplit("-", 1)[0])
    return hit is not None and hit[0].country_code == "AT"


def is_member_title(ent: Span, ents: list[Span]) -> bool:
    """A chamber's name as its member's title, right before a person's full name ("Bundesrat Efgani Dönmez"); not
    the chamber before a genitive ("der Bundesrat Hofers Vorschlag") or alone ("einen neuen Nationalrat")."""
    return ent.label_ == "ORG" and ent.text in MEMBER_TITLES and any(
        other.start == ent.end and other.label_ == "PER" and len(other) > 1 and not other.text.endswith("s")
        for other in ents)


def ends_in_common_compound(lexicon: Lexicon, ent: Span) -> bool:
    """An organization whose last word is a common-noun compound: a name inside it ("Apple
    Music-Streamingdienstes", "HD Austria-Plattform": no mention by the guidelines) or, after a genitive,
    the noun the name ran on into ("Rapids Europacup-Gegner" → "Rapids"); not an institution of the US or an
    international one (data/entity_patterns.jsonl: "US-Kongress", "Uno-Vollversammlung")."""
    return ent.label_ == "ORG" and ent.ent_id_ != "institution" and is_common_compound(lexicon, ent[-1].text)


def is_common_compound(lexicon: Lexicon, word: str) -> bool:
    """A compound headed by a common noun that names no kind of organization: "EU-Verbleib", "WM-Gastgeber",
    "Zielpunkt-Schieflage", "Henkel-Aktie" (but "EU-Kommission", "Raiffeisen-Gruppe", "T-Mobile")."""
    head = compound_head(word)
    return (head is not None and head[:1].isupper() and not organization_head(head)
            and len(word) - len(head) > 2 and (lexicon.ends_in_common_noun(head) or lexicon.is_common_noun(head)))


def before_affiliation(lexicon: Lexicon, ent: Span) -> Span:
    """A person of two words or more that NER ran on past "von" into a compound of a common noun ends before it,
    so the noun is no surname for rule 8: "Hasan E. von der Nationalgarde" → "Hasan E."; not a name of nobility
    ("Ursula von der Leyen", "Carl Friedrich von Weizsäcker", "Maria Anna von der Lippe"), nor a place ("Maria
    Theresia von Österreich"), nor "Walther von der Vogelweide" of one word before "von". The compound must be
    one the word clusters hold among common nouns; without clusters, never."""
    from pipeline.link.places import lookup

    if ent.label_ != "PER" or lexicon.cluster is None:
        return ent
    for token in ent[2:-1]:
        if token.lower_ in ("von", "vom"):
            noun = next((t for t in ent[token.i - ent.start + 1 :] if t.lower_ not in ("der", "dem", "den")), None)
            if (noun is not None and noun.text not in given_names() and not lookup(noun.text)
                    and lexicon.ends_in_common_noun(noun.text) and lexicon.cluster(noun.text) in noun_clusters()):
                return Span(ent.doc, ent.start, token.i, label="PER")
    return ent


def designations_before_names(ents: list[Span]) -> set[int]:
    """Indices of one-word organizations that name a kind of organization right before one NER found apart: the
    designation, no name ("EU-Grenzschutzagentur" "Frontex", "Mitte-Links-Partei" "CHP", "US-Umweltamt" "EPA");
    not an organization of the gazetteer, which is the subject before an object ("die Arbeiterkammer Rewe
    geklagt"), nor one before a designation that is no name itself."""
    return {k for k, (ent, after) in enumerate(pairwise(ents))
            if ent.label_ == after.label_ == "ORG" and len(ent) == 1 and after.start == ent.end
            and ent.text not in gazetteer.known_organization_forms()  # "die Arbeiterkammer Rewe (geklagt)"
            and not is_generic(after) and not is_noise(after)  # the name stays: "Arbeiterkammer" "Unternehmen"
            and (ends_in_kind_of_organization(ent[0].lower_) or DESCRIPTOR.search(ent[0].lower_) is not None)}


def name_start(lexicon: Lexicon, ent: Span) -> tuple[int, str | None]:
    """Token where the name begins after leading roles, descriptors, kinds of place ("Stadt Wien") or, in a
    person's name, common words that `is_word_before_name` recognizes ("Metaphern Franziskus", a subheading
    run into the sentence), and the label the removed words give the rest: "PER" after a role, "ORG" after a
    company descriptor ("Wäscheriese Palmers"), else None."""
    start, label = ent.start, None
    doc = ent.doc
    if ent.text in gazetteer.known_organization_forms():  # "General Motors" begins with no role
        return start, label
    while start < ent.end - 1 and doc[start + 1].text[:1].isupper():
        word = doc[start].text
        if is_role(word) or word in ROLE_MODIFIERS or (word in COUNTERPARTS and ent.label_ == "PER"):
            label = "PER"  # not "Mentor Graphics"
        elif institution_before_name(ent, start):
            break
        elif is_company_descriptor(ent, start):
            label = "ORG"
        elif (not DESCRIPTOR.search(word.lower()) and word not in AFFAIRS
              and not (ent.label_ == "LOC" and describes_place(doc[start])
                       and not (word in EXIT_WORDS and doc[start + 1].text in lexicon.nouns))
              and not (ent.label_ == "ORG" and lower_before_name(ent, start))
              and not (ent.label_ == "PER" and (is_word_before_name(lexicon, doc[start])
                                                 or place_before_name(doc[start])))):
            break
        start += 1
    return start, label


def lower_before_name(ent: Span, start: int) -> bool:
    """A word in lower case before an acronym or a kind of company that names the rest: "rechtsnationalen MHP",
    "islamisch-konservativer Partei AKP"; not before a designation it makes a name ("katholische Kirche",
    "kommunistischen Partei Chinas")."""
    doc = ent.doc
    return doc[start].is_lower and (ACRONYM.match(doc[start + 1].text) is not None or (
        start + 2 < ent.end and is_company_descriptor(ent, start + 1)))


def institution_before_name(ent: Span, start: int) -> bool:
    """An institution before the one name word that ends an organization is part of its name ("Volksbank
    Etruria"), but not before an acronym ("Großbank UBS"), nor a country's institution ("US-Notenbank Fed"), nor a
    party before a name not in the genitive ("Linkspartei Podemos"; not "Arbeiterpartei Kurdistans"; the place of
    "Volkspartei Niederösterreich" takes its institution back in rule 11)."""
    doc = ent.doc
    word, name = doc[start].lower_, doc[start + 1]
    party_before_name = word.endswith("partei") and "Gen" not in name.morph.get("Case")
    return (ent.label_ == "ORG" and start == ent.end - 2 and INSTITUTION.search(word) is not None
            and not COUNTRY_PREFIX.match(doc[start].text)
            and not ACRONYM.match(name.text) and not party_before_name)


def is_company_descriptor(ent: Span, start: int) -> bool:
    """A kind of company in front of the rest of the name ("Wäscheriese Palmers", "Partei Ciudadanos"), a club
    before a club's prefix or an acronym ("Autoclub ADAC"); not a bare institution word ("Bank Austria") other than
    "Partei" before anything but a genitive adjective and its noun ("Partei Bibeltreuer Christen"), nor one before
    a legal form ("Volksbanken AG"), which belong to the name (as does an institution before a single name word,
    `institution_before_name`, which `name_start` tests first)."""
    word = ent.doc[start].lower_
    rest = ent.doc[start + 1 : ent.end]
    club_name = CLUB_PREFIX.match(rest[0].text) or (len(rest) == 1 and ACRONYM.match(rest[0].text))
    if CLUB_WORD.search(word) and (club_name or LEAGUE_CLUB.search(word)):  # name_start leaves a token after `start`
        return True  # "Stammclub FC Zbrojovka Brno", "Serie-A-Klub Hellas Verona"; not "Yachtklub Neusiedl"
    # a party's name of several words is no genitive adjective and noun ("Partei Bibeltreuer Christen", "Partei
    # Freier Bürger"), nor a country's genitive ("Partei Chinas"); one word is ("Partei Lider")
    country = rest[0].text.endswith("s") and is_region_or_country(rest[0].text[:-1])
    bare_party = word == "partei" and not (rest[0].text.endswith("er") and len(rest) > 1) and not country
    return named_organisation(ent, start) or (
        ORG_DESCRIPTOR.search(word) is not None and (not INSTITUTION.fullmatch(word) or bare_party)
        and not all(t.text in LEGAL_FORMS for t in rest))


def named_organisation(ent: Span, start: int) -> bool:
    """ "Organisation" before one word that the document also writes alone, the organization's name: "Organisation
    Attac" … "so Attac"; not "Organisation Amerikanischer Staaten", nor a name of its own ("Organisation Todt")."""
    doc = ent.doc
    return (doc[start].lower_ == "organisation" and start + 2 == ent.end
            and any(token.text == doc[start + 1].text and doc[token.i - 1].lower_ != "organisation"
                    for token in doc[1:]))


def describes_place(token: Token) -> bool:
    """A kind of place or an adjective before a place's name: "Stadt Wien", "griechischen Insel Lesbos"."""
    return token.text in PLACE_DESCRIPTORS or (token.is_lower and token.tag_ == "ADJA")


def is_word_before_name(lexicon: Lexicon, token: Token) -> bool:
    """An inflected common word ("Metaphern", "Slowaken", "Sowohl") in front of a proper noun, or a common
    noun in front of a given name ("Lehrergewerkschafter Paul Kimberger", "Pater Florian") or, after an article,
    a compound of a known noun or a demonym in front of a proper noun ("der Armeeveteran Burnell Cotlon"), in a
    person's name; not a given name ("Franz", which the lemma table inflects)."""
    following = token.nbor()
    if token.text in given_names():
        return False
    if (token.i > 0 and token.nbor(-1).tag_ == "ART" and token.tag_ == "NN" and following.tag_ == "NE"
            and len(token) > 4 and not organization_head(token.text)  # not "der Li Yan", "des Yachtklubs"
            and (lexicon.compound_cluster(token.text) is not None or is_demonym(token.text.rsplit("-", 1)[-1]))):
        return True  # a compound of a known noun ("Armeeveteran") or a demonym ("Austro-Kanadier"); not
        # "des Chalifa Haftar", whose given name the vocabulary knows
    if following.text in given_names() and (lexicon.is_common_noun(token.text)
                                             or lexicon.ends_in_common_noun(token.text)):
        return True
    return (following.tag_ == "NE" or following.text in given_names()) and lexicon.is_inflected(token)


def place_before_name(token: Token) -> bool:
    """A place in the genitive before a given name: "Burgenlands Hans Niessl" (the governor of Burgenland)."""
    return token.text.endswith("s") and token.nbor().text in given_names() and is_region_or_country(token.text)


def place_start(lexicon: Lexicon, span: Span, label: str) -> int:
    """A common noun in front of a place the gazetteer knows is not part of it ("Steueroase Luxemburg", "Riesen-Markt
    China"), unless the gazetteer knows the whole name ("Bad Ischl"), the noun names a facility or institution
    ("Grenzübergang Spielfeld", "Kernkraftwerkes Zwentendorf") or it begins a German district's name, which is
    another place than its town ("Landkreis Celle")."""
    from pipeline.link.places import DISTRICT_WORDS, lookup

    first = span[0].text if len(span) > 1 else ""
    common = lexicon.ends_in_common_noun(first) or ("-" in first and lexicon.is_common_noun(first.rsplit("-", 1)[-1]))
    if label != "LOC" or not first[:1].isupper() or not common or FACILITY.search(first) or first in DISTRICT_WORDS:
        return span.start
    if lookup(first) or lookup(span.text):  # "Steiermark Murau", "Bad Ischl"
        return span.start
    return span.start + 1 if lookup(span[1:].text) else span.start


def possessor_end(ent: Span, start: int, surnames: set[str], is_word: Callable[[Token], bool],
                  organizations: set[str]) -> int:
    """End of a person or organization entity that ran on past a genitive surname, given name or one-word
    organization of the document: "Carneys Reise" → "Carneys" (as ORG too), "Ernas Sohn" → "Ernas" (not "Hans
    Sohn": "Hans" is a given name itself), "aus Apples Zulieferkette" → "Apples" after "Apple"; a person of a
    genitive and a common noun or compound is the genitive alone ("Haiders Regierungseintritt")."""
    first, after = ent.doc[start].text, ent.doc[start + 1] if start + 1 < ent.end else None
    if ent.label_ not in ("PER", "ORG") or after is None:
        return ent.end
    if not first.endswith("s"):
        return start + 2 if is_full_name_before_work(ent, start, is_word) else ent.end
    given = ent.label_ == "PER" and first[:-1] in given_names() and first not in given_names() and is_word(after)
    owner = ent.label_ == "ORG" and first[:-1] in organizations and ent.doc[start].tag_ != "ADJA"
    # "Haiders Regierungseintritt"; not "Fats Domino" (a surname the lemma table lists as a word, which the tagger
    # calls a proper noun) nor "Tsipras Syriza-Partei" (rule 5's organization)
    surname = (ent.label_ == "PER" and ent.end - start == 2 and first not in given_names() and is_word(after)
               and after.tag_ != "NE" and not ends_in_kind_of_organization(after.lower_))
    return start + 1 if first[:-1] in surnames or given or owner or surname else ent.end


def is_full_name_before_work(ent: Span, start: int, is_word: Callable[[Token], bool]) -> bool:
    """A given name and a surname in the genitive before a work or a common noun: "Steven Spielbergs Bridge of
    Spies", "Quentin Tarantinos The Hateful Eight", "Georg Rihas Pausenfilm". Not a given name in the middle
    ("Juan Carlos Monedero") or a second surname ("Luis Fernandes Pereira", "Felipe Reis dos Santos"), which no
    German word follows."""
    if ent.label_ != "PER" or start + 2 >= ent.end or ent.doc[start].text not in given_names():
        return False
    surname, rest = ent.doc[start + 1], ent.doc[start + 2 : ent.end]
    if not surname.text.endswith("s") or surname.text in given_names() or surname.lower_ in NAME_PARTICLES:
        return False
    return is_word(rest[0]) or rest[0].text in ("The", "A", "An") or any(
        token.is_lower and token.lower_ not in NAME_PARTICLES for token in rest)


def place_end(span: Span, label: str) -> int:
    """A place that ran on into the phrase after it ends before the preposition ("Antalya am Gründonnerstag",
    "Sydney am Steuer"), unless the gazetteer knows the whole name ("Frankfurt am Main") or the rest is a
    place ("Neumarkt an der Raab" keeps its river when the gazetteer knows it)."""
    from pipeline.link.places import lookup

    at = next((t.i for t in span[1:] if t.lower_ in RUN_ON_PREPOSITIONS), None)
    if label != "LOC" or at is None or lookup(span.text) or not lookup(span.doc[span.start : at].text):
        return span.end
    rest = [t for t in span.doc[at + 1 : span.end] if t.lower_ not in ARTICLES]
    return span.end if rest and lookup(" ".join(t.text for t in rest)) else at


def full_name_end(span: Span, label: str, full_names: set[str], is_word: Callable[[Token], bool]) -> int:
    """End of a person that ran on past a full name the document uses elsewhere into a common word: "streute
    ORF-Moderatorin Barbara Rett Rosen" → "Barbara Rett" (so "Heinz Fischer Rosen" → "Heinz Fischer")."""
    if label == "PER" and len(span) > 2 and span[:-1].text in full_names and is_word(span[-1]):
        return span.end - 1
    return span.end


def person_end(span: Span, label: str) -> int:
    """A person ends before a number that NER ran it into, and before the lower-case words in between: "Joseph
    35.000" → "Joseph", "Largo von 1927" → "Largo"; before a preposition no name holds ("Jennifer Lawrence für
    Joy", a list of nominations) or an affiliation ("Gabor Wichmann von Birdlife"); and before the label of a match
    report's next line ("SR Schörgenhofer Tore: 1:0" → "Schörgenhofer")."""
    if label != "PER":
        return span.end
    end = next((token.i for token in span[1:] if any(c.isdigit() for c in token.text) or token.text in NOT_IN_NAMES
                or affiliation_after(token)
                or (token.text in LINEUP_LABELS and token.i + 1 < len(token.doc) and token.nbor().text == ":")),
               span.end)
    while end < span.end and end > span.start + 1 and span.doc[end - 1].is_lower:
        end -= 1
    return end


def affiliation_after(token: Token) -> bool:
    """ "von" after a given name and a surname, before a capitalized word: the person's organization, not a particle of
    the name ("Gabor Wichmann von Birdlife"; not "Ursula von der Leyen", "Johann Wolfgang von Goethe", "Freiherr von
    …")."""
    doc = token.doc
    return (token.text == "von" and token.i >= 2 and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()
            and doc[token.i - 2].text in given_names() and doc[token.i - 1].text[:1].isupper()
            and doc[token.i - 1].text not in given_names() and doc[token.i - 1].text not in NOBILITY)


def surname_pair(span: Span) -> list[Span]:
    """Two surnames of persons named in full elsewhere, side by side, are two persons: "holte Niessl Doskozil
    nach Eisenstadt" after "Hans Niessl" and "Hans Peter Doskozil". The genitive of a place the gazetteer knows
    before such a surname is the person's team or country, apart from the person: "Stuttgarts Harnik" after "Martin
    Harnik" (not "des Teams Stronach", "Kabinetts Faymann")."""
    from pipeline.link.places import lookup

    if len(span) != 2 or span[0].text in given_names():
        return [span]
    elsewhere = full_name_surnames(ent for ent in span.doc.ents if ent.start != span.start)
    first = span[0].text
    if (first.endswith("s") and span[1].text in elsewhere and lookup(first[:-1]) is not None
            and span.text not in gazetteer.known_organization_forms()):
        return [Span(span.doc, span.start, span.start + 1, label="LOC" if span.label_ == "PER" else span.label_),
                Span(span.doc, span.start + 1, span.end, label="PER")]
    if span.label_ != "PER" or not all(token.text in elsewhere for token in span):
        return [span]
    return [Span(span.doc, i, i + 1, label="PER") for i in range(span.start, span.end)]


def trailing_person(lexicon: Lexicon, spans: list[Span], surnames: set[str]) -> list[Span]:
    """An organization or place that ran on into the person after it is two entities: "des Gasmonopolisten
    Naftogas Andrej Kobolew" → "Naftogas", "Andrej Kobolew"; "für Österreich Felderer ist überzeugt" (a
    heading run into the sentence, after "Bernhard Felderer") → "Österreich", "Felderer". A person after
    "von" inside a person is the author of a work: "Onkel Wanja von Anton Tschechow" → "Anton Tschechow"."""
    if len(spans) != 1 or len(spans[0]) < 2:
        return spans
    span, doc = spans[0], spans[0].doc
    if span.label_ == "PER":  # "Naftogas Andrej Kobolew" as one person: rule 11 finds "Naftogas" after it
        for i in range(span.start + 1, span.end - 2):  # a work and its author: "Onkel Wanja von Anton Tschechow"
            if doc[i].lower_ == "von" and names_person(lexicon, doc[i + 1 : span.end]):
                return [Span(doc, i + 1, span.end, label="PER")]
        named = span[0].tag_ == "NE" and span[0].text not in given_names() and names_person(lexicon, span[1:])
        return [Span(doc, span.start + 1, span.end, label="PER")] if named else spans
    if span.label_ not in ("ORG", "LOC"):
        return spans
    for i in range(span.start + 1, span.end):
        rest, name = doc[i : span.end], Span(doc, span.start, i, label=span.label_)
        named = names_person(lexicon, rest)
        known = (len(rest) == 1 and rest.text in surnames and lexicon.is_surname_word(rest[0])
                 and is_region_or_country(name.text))
        if named or known:  # what precedes the person may be a nationality or role ("Deutsche Sebastian Vettel")
            kept = [] if len(name) == 1 and not is_region_or_country(name.text) and (
                is_demonym(name.text) or is_role(name.text)) else [name]
            return [*kept, Span(doc, i, span.end, label="PER")]
    return spans
