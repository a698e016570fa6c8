"""Rules 11, 13 and 19: organizations by a word for a kind of organization before or in them, by their names
elsewhere in the document (companies, clubs of a town) and parties named by their members.

The end of rule 11, a surname read as the person, is `people.as_person`; the signs of a match report rule 13
reads are in `sports`.

11. A name after a company or group descriptor is an organization ("des Billigfliegers Easyjet", "Marktführer
   Spotify", "Brexit-Lobbygruppe Vote Leave", a journal: "im Fachblatt Science"), unless a place the gazetteer knows
   or a person with a given name is there already (a company named after a person counts after a compound naming a
   kind of company, "Tourismuskonzern Thomas Cook", and a given name alone after an authority's compound,
   "EU-Betrugsbekämpfungsbehörde Olaf", not its head "der Atomenergiebehörde Yukiya Amano"; a full name in the
   genitive, or any name after a network or office, is the owner: "Magna-Konzern Frank Stronachs", "Netzwerk
   Putins"), and so are the names listed after a plural one in a list a conjunction closes ("die Zeitungen La
   Dernière Heure und Het Laatste Nieuws"); so is a capitalized adjective inside a sentence before an institution
   ("Steiermärkische Sparkasse"); an organization headed by an institution takes the place the gazetteer knows or the
   name word that follows ("Landwirtschaftskammer Steiermark", "Volksbank Etruria"; a commission is no such
   institution: "die EU-Kommission Griechenland (aufgefordert)"), and so does a compound naming an institution that
   NER left out, also where NER found nothing ("Handelsgericht Wien", "Bezirksgericht Innsbruck", "Uni Cambridge";
   not "Gericht Wien", a genitive "Laienrat Österreichs", a time "Staatsanwaltschaft Ende Mai" or a member's title
   "Stadtrat Stein"). An institution named by its purpose is one name ("Bundesamt für Fremdenwesen und Asyl",
   "Abdullah-Zentrum für interreligiösen Dialog"). An organization that ends in its own acronym is the long form
   and the acronym ("Deutsche Akademische Austauschdienst DAAD"). After rules 10
   and 11, a one-word place or organization that is the surname of a person named in full is that person when the
   gazetteer does not know it, or knows it only as a small place abroad ("an Messi" after "Lionel Messi", "Residenz
   Castros" after "Fidel Castro"; rule 18).
13. A one-word person, or a place the gazetteer does not know, is an organization when the document names it in front
   of a company word ("Volvo-Chef", "Henkel-Aktie", "Meizu-Konzern"), unless it is the surname of a person named in
   full ("Meinl-Manager" beside "Julius Meinl"); so is a one-word place that is the kind of organization ending an
   organization's name in the document ("Union" after "Europäische Union"), or that is (the genitive of) a one-word
   organization of the document the gazetteer knows at most as a village ("Apples" beside "Apple"), a person that is
   the genitive of one ("die Geschichte Ferraris" beside "Ferrari") or that the document names as an organization
   right after a kind of company ("Tochter Uniper" beside "der Kraftwerkstochter Uniper"), and a person of several
   words the document names word for word as an organization elsewhere ("Het Laatste Nieuws"; not one beginning with
   a given name: "Giorgio Armani" may be the founder), or such a place the gazetteer does not know as written, not
   after "in", "im" or "nahe" ("Zenit St. Petersburg"; not "im Lower Ninth"). The town of a sports club the document
   names in full is the club ("Bilbao beendete …" beside "Athletic Bilbao", "bei Cottbus engagiert" beside "Energie
   Cottbus", "gegen Mainz" beside "Mainz 05", "München" beside "Bayern München"), except after "in", "im" or "nahe",
   in a dateline, or where the document calls it a town ("die Großgemeinde Lustenau"). In a match report (a club
   named in full and a score: "2:1", not "19:30 Uhr") a town the gazetteer knows is a club, as the gold's "gegen
   Gijon" is, where its sentence talks of a match (a score, "gegen", "Niederlage", "Trainer" …): "Dortmund schlägt
   Stuttgart 3:0"; not after a preposition of place or route, also at the head of a list ("0:0 in Dortmund und
   Leverkusen", "Zwischen Barcelona und Valencia"), nor before a venue ("Graz, UPC-Arena").
19. A party named by its members after a definite article is an organization: "die Republikaner", "den Demokraten",
   "Kandidat der Republikaner"; not one member ("Der Republikaner warf …"). So are the Greens there, beside another
   party's acronym or alone in brackets ("die Grünen kritisieren", "ÖVP, SPÖ und Grüne", "Johannes Rauch (Grüne)"),
   not before a name or noun ("der Grüne Peter Pilz", "Grüne Infrastruktur"). "Kongress" right after a definite
   article, in a document about a country whose legislature is a congress, is that legislature ("im Kongress
   gescheitert", "als der Kongress … aufhob"; not "auf einem Kongress seiner Partei", "der Wiener Kongress", "der
   Kongress der Kardiologen"). A newspaper named like a common noun is one where the text cites it ("laut Krone",
   "sagte eine Sprecherin zum Standard.", "im Interview mit der Welt").
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from babel.dates import get_month_names
from spacy.tokens import Doc, Span, Token

from pipeline import gazetteer
from pipeline.components.entity_fixes.labels import is_place
from pipeline.components.entity_fixes.lexicon import Lexicon
from pipeline.components.entity_fixes.spans import covering_entities, replaced_by
from pipeline.components.entity_fixes.sports import listed_first, names_place_here, talks_match
from pipeline.components.entity_fixes.vocabulary import (
    ACRONYM,
    CLUB_PREFIX,
    COMPETITION,
    CORPORATE_HEAD,
    COUNTRY_PREFIX,
    GENERIC_ORGANIZATION,
    INDEFINITE,
    INSTITUTION,
    LIST_JOINERS,
    MATCH_SCORE,
    ORG_DESCRIPTOR,
    SETTLEMENT,
    TOWN_PREPOSITIONS,
)
from pipeline.components.entity_fixes.words import (
    after_place_preposition,
    is_gazetteer_name,
    is_region_or_country,
    is_surname,
    names_organization,
    organization_head,
    word_before,
)
from pipeline.given_names import given_names
from pipeline.link.forms import LEGAL_FORMS, genitive_candidates, strip_known_genitive
from pipeline.link.organizations import CLUB_YEAR, expands
from pipeline.link.places import known_as_written
from pipeline.roles import is_role

OWNED = re.compile(r"(?:netzwerk|kanzlei)(?:e?s|en|e)?$")  # what a person in the genitive after it owns
# A compound naming an authority: a given name alone right after it is the authority's name
# ("EU-Betrugsbekämpfungsbehörde Olaf"); a person named in full there is its head ("der Atomenergiebehörde Yukiya
# Amano").
AUTHORITY = re.compile(r"\wbehörde$")
# "Volvo-Chef", "Mercedes-Motorsportchef", "Henkel-Aktien": the name in front is a company's (not "-Sprecher",
# "-Tochter": "Trump-Tochter"; nor an owner's "-Anteile": "Piëch-Anteile").
COMPANY_COMPOUND = re.compile(
    r"^(?P<name>[A-ZÄÖÜ][\w.&]+)-(?:\w*[Cc]hef(?:s|in)?|Konzerns?|Aktien?|Vorstand|Manager|Filialen?)$")
ROUTE_PREPOSITIONS = frozenset({"von", "vom", "zwischen", "bis"})  # "Bürgermeister von Dortmund", "bis Dortmund"
# What follows "und" inside one company's name: "GmbH und Co. KG", "und Söhne" (rule 11's `companies_listed`).
PARTNERS = frozenset({"Co", "Co.", "Cie", "Cie.", "Partner", "Söhne"})
# Parties named by their members, which NER misses (rule 19): the US parties and the French Républicains.
PARTY_MEMBERS = frozenset({"Republikaner", "Demokraten"})
GREENS = frozenset({"Grüne", "Grünen"})  # a party by a nominalized adjective (rule 19)
CONGRESS = frozenset({"Kongress", "Kongresses"})  # a legislature after a definite article (rule 19)
# Countries whose legislature German news calls "der Kongress": the Americas' presidential republics, the Philippines.
CONGRESS_COUNTRIES = frozenset({"US", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO", "VE", "EC", "PE", "BO", "BR",
                                "PY", "CL", "AR", "UY", "DO", "PH"})
DEFINITE_BEFORE_NOUN = frozenset({"der", "den", "dem", "des", "im", "vom", "zum", "beim"})
PARTY_ACRONYMS = frozenset({"ÖVP", "SPÖ", "FPÖ", "Neos", "NEOS", "KPÖ", "BZÖ", "CDU", "CSU", "SPD", "FDP", "AfD"})
# A French village's particles or an English street's kind: "La Roque-sur-Pernes", "Alii Drive".
# Kinds of institution named by their purpose: "Bundesamt für Migration und Flüchtlinge", "Institut für Höhere
# Studien", "Landesgericht für Zivilrechtssachen", "UN-Organisation für Ernährung und Landwirtschaft".
PURPOSE_HEAD = re.compile(r"(?:amt|institut|ministerium|zentrum|stiftung|agentur|organisation|gericht|akademie"
                          r"|gesellschaft)(?:e?s)?$")
# A predicate right after a purpose, which takes it as an argument: "für Klarheit sorgen", "für X zuständig".
PREDICATE_TAGS = frozenset({"VVINF", "VVIZU", "VVPP", "VAINF", "ADJD", "PTKZU"})
# How a text cites a newspaper (rule 19, `newspapers_cited`): "wie der Spiegel berichtet", "im Interview mit der
# Welt", "nach Informationen des Standard", "sagte er der Times".
REPORTING_VERBS = frozenset({"berichtet", "berichtete", "berichten", "berichteten", "schreibt", "schrieb", "meldet",
                             "meldete", "erfuhr", "zitiert", "zitierte"})
PRESS_DESCRIPTOR = re.compile(r"(?:zeitung|blatt|magazin|zeitschrift)(?:e?s|en|n)?$")  # before a paper's name
NAMED_BY_PLACE = frozenset({"Universität", "Uni", "Landesstudio"})  # institutions a place names alone
AT_HAND = frozenset({"vorliegt", "vorliegen", "vorlag", "vorlagen", "vorliegende", "vorliegenden"})
CONVERSATIONS = frozenset({"Interview", "Gespräch", "Telefonat", "Telefoninterview", "Telefonkonferenz"})
SOURCES_OF_NEWS = frozenset({"Informationen", "Recherchen", "Nachfrage", "Anfrage", "Angaben", "Bericht", "Berichten"})
SPEECH_VERBS = frozenset({"sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "schilderte", "schildert",
                          "bestätigte", "bestätigt", "betonte", "betont", "erzählte", "erzählt", "verriet", "verrät",
                          "meinte", "meint", "kündigte"})
PLACE_SHAPE = re.compile(r"-(?:sur|sous|en|le|la|lès|de|am|an|ob|bei)-|\b(?:Drive|Street|Road|Avenue|Boulevard|Lane)$")


def organization_names(lexicon: Lexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 11: names that a kind of organization settles. A name after a company or group descriptor
    ("des Billigfliegers Easyjet", "Marktführer Spotify", "Brexit-Lobbygruppe Vote Leave") is an
    organization; so is a capitalized adjective before an institution ("Steiermärkische Sparkasse"); an
    organization headed by an institution takes the place or name that follows ("Landwirtschaftskammer
    Steiermark", "Volksbank Etruria")."""
    from pipeline.link.places import lookup

    ents = extended_institutions(lexicon, doc, ents)
    entity_at = covering_entities(ents)
    found, free = [], 0
    for token in doc[:-1]:
        if token.i < free or token.i in entity_at or not token.text[:1].isupper():
            continue
        following = doc[token.i + 1]
        if ORG_DESCRIPTOR.search(token.lower_):
            first = entity_at.get(following.i)
            end = first.end if first is not None else name_words_end(lexicon, doc, following.i, entity_at)
            if first is None and end > following.i and end < len(doc) and end not in entity_at and (
                    doc[end].text[:1].isupper() and names_organization(doc[end])):
                end += 1  # the name ends in its kind: "des Versicherers Steiermärkische Sparkasse"
            # a full name in the genitive is the owner ("Magna-Konzern Frank Stronachs"), as is any name after
            # a network or an office ("Netzwerk Putins"); not a firm named so ("Wäscheriese Palmers")
            owner = (first is not None and first.label_ == "PER" and first.text.endswith("s")
                     and not first.text.endswith("ss") and (len(first) > 1 or OWNED.search(token.lower_)))
            person = owner or (first is not None and first.label_ == "PER" and first[0].text in given_names()
                               and not CORPORATE_HEAD.search(token.lower_))
            hit = lookup(first.text) if first is not None and first.label_ == "LOC" else None
            # "die Tageszeitung Österreich" is a paper, not "die größte Tageszeitung Österreichs"; "das Unternehmen
            # ISS" a company, no space station (a curated feature)
            genitive = hit is not None and first.text.endswith("s") and lookup(first.text[:-1]) is not None
            place = hit is not None and hit[0].kind != "other" and not (
                PRESS_DESCRIPTOR.search(token.lower_) and not genitive)
            if end > following.i and not person and not place:
                found.append(Span(doc, following.i, end, label="ORG"))
                if is_plural(lexicon, token):  # "die Zeitungen La Dernière Heure und Het Laatste Nieuws"
                    found += listed_names(lexicon, doc, end, entity_at)
                free = found[-1].end
        elif AUTHORITY.search(token.lower_) and names_authority(entity_at.get(following.i)):
            found.append(Span(doc, following.i, following.i + 1, label="ORG"))  # "-behörde Olaf"
            free = following.i + 1
        elif (names_institution(token, following) and following.i not in entity_at
              and not COMPETITION.search(following.text)):  # not "Deutsche Fußball-Bundesliga"
            found.append(Span(doc, token.i, token.i + 2, label="ORG"))
            free = token.i + 2
    return acronyms_after_long_forms(companies_listed(replaced_by(ents, found + named_by_purpose(doc, ents))))


def organizations_named_again(doc: Doc, words: list[str], ents: list[Span]) -> list[Span]:
    """Rule 13: an organization of several words that the document names is that organization wherever its words
    come again, where NER found nothing or only a place inside them ("Partei Pro NRW" … "Pro NRW hatte", where "NRW"
    was a place); not where another entity covers them (a work, a town the rules settled)."""
    names = {tuple(words[ent.start : ent.end]) for ent in ents if ent.label_ == "ORG" and len(ent) > 1}
    if not names:
        return []
    taken = covering_entities(ents)
    starts: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        starts.setdefault(word, []).append(i)
    found = []
    for name in names:
        for i in starts[name[0]]:
            covers = {taken[k] for k in range(i, i + len(name)) if k in taken}
            if tuple(words[i : i + len(name)]) == name and all(
                    c.label_ == "LOC" and c.start >= i and c.end <= i + len(name) and len(c) < len(name)
                    for c in covers):
                found.append(Span(doc, i, i + len(name), label="ORG"))
    return found


def companies_listed(ents: list[Span]) -> list[Span]:
    """Rule 11: companies joined by "und" after a legal form are several organizations ("die Layer Haus AG und Layer
    Wohnen Bauträger GmbH & Co. KG", "Siemens AG und Bosch GmbH und Continental AG"; not "Müller und Söhne GmbH", nor
    a partnership's own name: "Schwarz Beteiligungs GmbH und Co. KG")."""
    split = []
    for ent in ents:
        joints = [k for k in range(1, len(ent) - 1) if ent[k].text == "und" and ent[k - 1].text in LEGAL_FORMS
                  and ent[k + 1].text not in PARTNERS] if ent.label_ == "ORG" else []
        if not joints:
            split.append(ent)
            continue
        bounds = [0, *(bound for k in joints for bound in (k, k + 1)), len(ent)]
        split += [Span(ent.doc, ent.start + a, ent.start + b, label="ORG")
                  for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    return split


def acronyms_after_long_forms(ents: list[Span]) -> list[Span]:
    """Rule 11: an organization that ends in its own acronym is its long form and the acronym, two names of one
    organization, as a long form and its acronym in brackets are ("Der Deutsche Akademische Austauschdienst DAAD
    fördert", "die Deutsche Presse-Agentur dpa"; also across the brackets NER took in: "Kombi-Massiv-Bau (KMB)";
    not "Jaguar Land Rover" or a legal form: "Siemens Energy SE")."""
    split = []
    for ent in ents:
        named = ent[:-1] if len(ent) > 3 and ent[-1].text == ")" and ent[-3].text == "(" else ent  # "… (KMB)"
        bracket = len(named) > 2 and named[-2].text == "("
        long_form, last = named[: -2 if bracket else -1], named[-1]
        acronym = bool(ACRONYM.match(last.text)) or last.text in gazetteer.LOWER_CASE_AGENCIES  # "dpa"
        if (ent.label_ == "ORG" and len(named) > 2 and acronym and last.text not in LEGAL_FORMS
                and not long_form[-1].is_punct and expands(last.text, long_form.text)):
            split += [Span(ent.doc, long_form.start, long_form.end, label="ORG"),
                      Span(ent.doc, last.i, last.i + 1, label="ORG")]
        else:
            split.append(ent)
    return split


def named_by_purpose(doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 11: an institution named by its purpose, a compound or hyphenated name of a kind of institution, or
    "Institut", with "für" and nouns (`purpose_end`): "Bundesamt für Fremdenwesen und Asyl" (NER ends at
    "Fremdenwesen"), "Abdullah-Zentrum für interreligiösen Dialog", "des Bundesamts für Eich- und Vermessungswesen",
    with the capitalized adjectives before it ("Internationale Agentur für Krebsforschung"). Not an institution the
    gazetteer knows by its name alone ("das Bundesverfassungsgericht für Klarheit"), nor after an indefinite article,
    adjectives between ("ein neues Ausbildungszentrum für Lehrlinge"), nor before an article ("das Außenministerium
    für die Vorbereitung"), a proper noun ("der Währungsfonds für Athen") or an acronym ("Kompetenzzentrum für CEE"),
    nor a purpose a predicate takes ("für Klarheit sorgen", "für Cyberkriminalität zuständig")."""
    entity_at = covering_entities(ents)
    known = gazetteer.known_organization_forms()
    found = []
    for head in doc[1:-2]:
        kind = PURPOSE_HEAD.search(head.lower_)
        if (kind is None or not head.text[:1].isupper() or doc[head.i + 1].lower_ != "für" or head.text in known
                or not (kind.start() >= 3 or "-" in head.text or head.lower_.startswith("institut"))):
            continue
        end = purpose_end(doc, head.i + 2)
        start = head.i
        while start > 0 and doc[start - 1].tag_ == "ADJA" and doc[start - 1].text[:1].isupper():
            start -= 1  # "Internationale Agentur …", "des Leipziger Forschungszentrums …"
        determiner = start - 1
        while determiner > 0 and doc[determiner].tag_ == "ADJA":
            determiner -= 1  # "ein neues Ausbildungszentrum"
        covering = [entity_at[i] for i in range(start, end) if i in entity_at]
        predicate = end < len(doc) and doc[end].tag_ in PREDICATE_TAGS
        if (end > head.i + 2 and doc[determiner].lower_ not in INDEFINITE and not predicate
                and all(ent.label_ == "ORG" and ent.start >= start for ent in covering)):
            found.append(Span(doc, start, max([end, *(ent.end for ent in covering)]), label="ORG"))
    return found


def purpose_end(doc: Doc, start: int) -> int:
    """End of the nouns of a purpose from `start`: conjuncts joined by "und" or a comma, each lower-case adjectives
    and a common noun, or a compound cut at its hyphen before "und" ("Eich- und Vermessungswesen"), up to a role
    ("für Finanzen und Ministerin Schmidt"); `start` where there is none."""
    end = i = start
    while i < len(doc):
        while i < len(doc) and doc[i].tag_ == "ADJA" and doc[i].text[:1].islower():
            i += 1  # "für interreligiösen Dialog"
        if i < len(doc) and doc[i].text.endswith("-") and i + 1 < len(doc) and doc[i + 1].lower_ == "und":
            i += 2  # "Eich- und Vermessungswesen"
            continue
        if (i >= len(doc) or doc[i].tag_ != "NN" or not doc[i].text[:1].isupper() or ACRONYM.match(doc[i].text)
                or is_role(doc[i].text)):
            return end
        end = i + 1
        following = doc[end + 1] if end + 1 < len(doc) else None
        if following is not None and doc[end].text in (",", "und") and (
                following.text[:1].isupper() or following.tag_ == "ADJA"):
            i = end + 1
        else:
            return end
    return end


def extended_institutions(lexicon: Lexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """An organization ending in an institution of `INSTITUTION` ("Landwirtschaftskammer", "Volksbank",
    "Raiffeisen-Landesbank"; not "EU-Kommission") followed by a place the gazetteer knows as written, or by a
    name word outside any entity, no compound of a common noun (a country's institution gives way to that name:
    "US-Notenbank Fed" → "Fed"; not "wirft Ärztekammer Blockadehaltung vor");
    an institution compound outside any entity before such a place, found by NER as a place or an organization
    ("Handelsgericht Wien", "Polizeiinspektion Freyung") or by no entity ("Bezirksgericht Innsbruck")."""

    result = list(ents)
    for k, ent in enumerate(ents):
        if ent.label_ != "ORG" or ent.end >= len(doc) or not INSTITUTION.search(ent[-1].lower_):
            continue  # "die EU-Kommission Griechenland (aufgefordert)": a commission is no institution here
        after = ents[k + 1] if k + 1 < len(ents) and ents[k + 1].start == ent.end else None
        if after is not None and after.label_ == "LOC" and len(after) == 1 and known_as_written(after.text):
            result[k], result[k + 1] = Span(doc, ent.start, after.end, label="ORG"), None
        elif after is None and lexicon.is_surname_word(doc[ent.end]) and not lexicon.ends_in_common_noun(
                doc[ent.end].text):  # not "Ärztekammer Blockadehaltung"; a country's institution names no more
            country_institution = len(ent) == 1 and COUNTRY_PREFIX.match(ent.text)  # "US-Notenbank" "Fed"
            result[k] = Span(doc, ent.end if country_institution else ent.start, ent.end + 1, label="ORG")
    taken = covering_entities(ents)
    for k, ent in enumerate(ents):  # "Handelsgericht" (no entity) "Wien" (LOC)
        word = doc[ent.start - 1] if ent.start > 0 else None
        if (word is not None and word.i not in taken and ent.label_ in ("LOC", "ORG")
                and is_institution_compound(word.text) and names_place_of_institution(ent)):
            result[k] = Span(doc, word.i, ent.end, label="ORG")
    for word in doc[:-1]:  # "Bezirksgericht" "Innsbruck", neither an entity
        if word.i in taken or not is_institution_compound(word.text):
            continue  # the word first: the gazetteer is asked only after an institution
        end = next((end for end in range(word.i + 4, word.i + 1, -1) if end <= len(doc)
                    and not any(i in taken for i in range(word.i + 1, end))
                    and names_place_of_institution(doc[word.i + 1 : end])), None)
        if end is not None and not names_time(lexicon, doc[word.i + 1 : end]):
            result.append(Span(doc, word.i, end, label="ORG"))
    return sorted((e for e in result if e is not None), key=lambda e: e.start)


@cache
def month_names() -> frozenset[str]:
    """German month names, Austria's "Jänner" included (CLDR, through Babel)."""
    return frozenset(name for locale in ("de", "de_AT") for name in get_month_names("wide", locale=locale).values())


def names_time(lexicon: Lexicon, span: Span) -> bool:
    """A word the gazetteer knows as a town that is a common noun here: before a number, a month or a genitive
    ("Ende Mai", "Mitte 40", "Mitte der 80er-Jahre"), or a noun with a plural ("Ende")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    before_time = after is not None and (
        after.like_num or after.text in month_names() or after.lower_ in ("der", "des"))
    return before_time or (len(span) == 1 and lexicon.is_common_noun(span.text))


def names_place_of_institution(span: Span) -> bool:
    """A place the gazetteer knows as written after an institution, not a country's genitive ("Laienrat
    Österreichs")."""
    return is_gazetteer_name(span) and not (span.text.endswith("s") and is_region_or_country(span.text[:-1]))


def is_institution_compound(word: str) -> bool:
    """A compound naming an institution ("Handelsgericht", "Arbeiterkammer"; genitive "Militärkommandos"), also
    after an acronym ("ORF-Landesstudio"), not the bare noun ("Gericht") but for a university and a broadcaster's
    regional studio, which a town or region names ("Uni Cambridge", "Landesstudio Wien")."""
    if is_role(word):
        return False  # "Stadtrat Stein", "ÖVP-Landesrat Tirol": a member's title
    if word in NAMED_BY_PLACE:
        return True
    lower = word.lower()
    found = next(filter(None, map(INSTITUTION.search, (lower, *genitive_candidates(lower)))), None)
    before, hyphen, _ = word.rpartition("-")
    return bool(word[:1].isupper() and found and found.start() >= 3 and (not hyphen or ACRONYM.match(before)))


def name_words_end(lexicon: Lexicon, doc: Doc, start: int, entity_at: dict[int, Span]) -> int:
    """End of up to three name words (`is_name_word`) from `start` that no entity covers ("Easyjet", "JM
    Financial"); `start` itself where there are none."""
    end = start
    while end < len(doc) and end - start < 3 and end not in entity_at and is_name_word(lexicon, doc[end]):
        end += 1
    return end


def is_name_word(lexicon: Lexicon, token: Token) -> bool:
    """A word of an organization's name: an acronym ("AVL") or a capitalized word that is no German word
    or compound of one ("Easyjet", "Naftogas", "Etruria"; not "Mittwochabend"), role or country."""
    if ACRONYM.match(token.text):
        return True
    if not lexicon.is_surname_word(token):
        return False
    if lexicon.lemma_table is None:
        return True
    last = token.text.rsplit("-", 1)[-1]  # "Office-Dateien"
    return not (last in lexicon.nouns or lexicon.lemma_table.get(last) in lexicon.nouns
                or lexicon.ends_in_common_noun(last))


def is_plural(lexicon: Lexicon, token: Token) -> bool:
    """A noun in the plural, by the morphology ("Geldhäuser"; "dem Monopolisten" is singular) or, where the
    model gives none, inflected beyond a genitive (`is_inflected`: "Zeitungen" → "Zeitung")."""
    number = token.morph.get("Number")
    if number:
        return "Plur" in number
    return lexicon.is_inflected(token)


def listed_names(lexicon: Lexicon, doc: Doc, end: int, entity_at: dict[int, Span]) -> list[Span]:
    """The names listed after the first one a plural descriptor names, in a list that closes with "und",
    "sowie" or "oder": "die Geldhäuser Deutsche Bank, Citigroup, Kotak und Nomura"; not a person with a given
    name or a place the gazetteer knows, and nothing when no conjunction closes the list ("mit dem Monopolisten
    Gazprom, Putin schweigt")."""
    from pipeline.link.places import lookup

    names: list[Span] = []
    while end + 1 < len(doc) and doc[end].text in (",", "und", "sowie", "oder"):
        start, ent = end + 1, entity_at.get(end + 1)
        if ent is not None and ent.start == start:
            if (ent.label_ == "PER" and ent[0].text in given_names()) or (
                    ent.label_ == "LOC" and lookup(ent.text) is not None):
                break
            stop = ent.end
        else:
            stop = name_words_end(lexicon, doc, start, entity_at)
            if stop == start:
                break
        names.append(Span(doc, start, stop, label="ORG"))
        if doc[end].text != ",":
            return names
        end = stop
    return []


def names_authority(first: Span | None) -> bool:
    """A one-word person that is a given name: after an authority's compound, its name ("Olaf")."""
    return first is not None and first.label_ == "PER" and len(first) == 1 and first.text in given_names()


def names_institution(adjective: Token, head: Token) -> bool:
    """A capitalized adjective inside a sentence before an institution is part of its name: "Steiermärkische
    Sparkasse", "Vorbereitende Kommission"; not an inhabitant adjective ("Schweizer Zeitung") nor a
    designation ("Moskauer Außenministerium")."""
    return (adjective.tag_ == "ADJA" and not adjective.is_sent_start and adjective.text[:1].isupper()
            and not adjective.text.endswith("er") and organization_head(head.text)
            and not GENERIC_ORGANIZATION.match(head.text))


def parties_named_by_members(doc: Doc, words: list[str], ents: list[Span]) -> list[Span]:
    """Rule 19: a party named by its members after a definite article is an organization, as the annotation counts
    it: "die Republikaner", "den Demokraten", "Kandidat der Republikaner"; not one member ("Der Republikaner warf
    …", a "der" that follows no noun). So are the Greens, a nominalized adjective, there too ("die Grünen kritisieren")
    and beside another party or alone in brackets ("ÖVP, SPÖ und Grüne", "Auch Grüne und Neos", "Johannes Rauch
    (Grüne)"); not before a name or noun ("der Grüne Peter Pilz", "Grüne Infrastruktur"), nor inside an organization
    NER found ("Parlamentsklub der Grünen")."""
    taken = covering_entities(ents)
    found = []
    for i in range(1, len(words)):
        after = words[i + 1] if i + 1 < len(words) else ""
        greens = words[i] in GREENS and not after[:1].isupper() and i not in taken  # "Parlamentsklub der Grünen"
        if not (words[i] in PARTY_MEMBERS or greens):
            continue
        after_article = words[i - 1].lower() in ("die", "den", "der") and not (
            words[i - 1].lower() == "der" and not (i > 1 and doc[i - 2].pos_ in ("NOUN", "PROPN")))
        if after_article or (greens and (beside_party(words, i) or (words[i - 1], after) == ("(", ")"))):
            found.append(Span(doc, i, i + 1, label="ORG"))
    return found


def newspapers_cited(doc: Doc, words: list[str], ents: list[Span]) -> list[Span]:
    """Rule 19: a newspaper named like a common noun (`PRESS_NAMED_LIKE_WORDS`), outside any organization, where the
    text cites it as a source: "laut Krone", "wie der Spiegel berichtet", "berichtet der Spiegel", "Die Krone
    berichtete", "im Interview mit der Welt", "auf Nachfrage des Standard", "das dem Standard vorliegt", and, but for
    "Presse", "Welt" and "Zeit", which a speaker also addresses as the press or the world, the one a speaker of the
    clause tells ("sagte eine Sprecherin zum Standard.", "sagte der Trainer der Times,"). Not the world, the time,
    a picture or a standard elsewhere ("Nummer acht der Welt", "Recherchen zur Zeit", "erfuhr die Welt davon",
    "wenn das Bild vorliegt", "Er erklärte, Airbags gehörten zum Standard."). A paper named with its article after
    the kind of paper it is, is named so whatever the clause: "der deutschen Zeitung Die Welt" → "Die Welt"."""
    taken = {i for ent in ents if ent.label_ == "ORG" for i in range(ent.start, ent.end)}
    found = []
    for i in range(1, len(words) - 1):
        if words[i] not in gazetteer.PRESS_NAMED_LIKE_WORDS or i in taken:
            continue
        before, after = words[i - 1].lower(), words[i + 1]
        two_before = words[i - 2] if i > 1 else ""
        article = before in ("der", "die", "das", "dem", "des")
        dative = before in ("dem", "der", "zum")
        cited = (before == "laut" or (article and two_before.lower() == "laut")
                 or (article and (after in REPORTING_VERBS or two_before in REPORTING_VERBS - {"erfuhr"}))
                 or (article and two_before == "mit" and i > 2 and words[i - 3] in CONVERSATIONS)
                 or (before in ("des", "der") and two_before in SOURCES_OF_NEWS)
                 or (before in ("dem", "der") and after in AT_HAND)
                 or (dative and after in (".", ",", ":") and words[i] not in ("Presse", "Welt", "Zeit")
                     and told_in_clause(words, i)))
        if before in ("der", "die", "das") and words[i - 1][:1].isupper() and PRESS_DESCRIPTOR.search(
                two_before.lower()) and i - 1 not in taken:  # "die Zeitung Die Welt": the masthead, article and all
            found.append(Span(doc, i - 1, i + 1, label="ORG"))
        elif cited:
            found.append(Span(doc, i, i + 1, label="ORG"))
    return found


def told_in_clause(words: list[str], i: int) -> bool:
    """Whether a verb of saying (`SPEECH_VERBS`) comes before word `i` in its clause (not across a comma: "Er
    erklärte, Airbags gehörten zum Standard.")."""
    for word in reversed(words[max(i - 12, 0) : i]):
        if word in (".", "!", "?", ":", ","):
            return False
        if word in SPEECH_VERBS:
            return True
    return False


def congress_as_legislature(doc: Doc, words: list[str], ents: list[Span]) -> list[Span]:
    """Rule 19: "Kongress" right after a definite article, outside any entity, in a document about a country whose
    legislature is a congress (a place there, its adjective or a compound: "US-Präsident"), is that legislature, as the
    annotations count it
    ("im Kongress in Washington", "hob der Kongress die Immunität auf" in Guatemala); not a meeting: after an
    indefinite article or an adjective ("bei einem Kongress in Durban", "der Wiener Kongress"), before a genitive
    ("der Kongress der Kardiologen") or in a document about other countries ("beim Kongress in Wien")."""
    from pipeline.link.places import countries_in_words, lookup

    taken = covering_entities(ents)
    found = [i for i in range(1, len(words))
             if words[i] in CONGRESS and words[i - 1].lower() in DEFINITE_BEFORE_NOUN and i not in taken
             and (i + 1 == len(words) or words[i + 1] not in ("der", "des"))]
    if not found:
        return []
    adjectives, compounds = countries_in_words(doc)
    places = {hit[0].country_code for ent in ents if ent.label_ == "LOC" and (hit := lookup(ent.text))}
    if not (adjectives | compounds | places) & CONGRESS_COUNTRIES:
        return []
    return [Span(doc, i, i + 1, label="ORG") for i in found]


def beside_party(words: list[str], i: int) -> bool:
    """A party's acronym next in a list: "SPÖ und Grüne", "Grüne, Neos"."""
    return ((i >= 2 and words[i - 1] in LIST_JOINERS and words[i - 2] in PARTY_ACRONYMS)
            or (i + 2 < len(words) and words[i + 1] in LIST_JOINERS and words[i + 2] in PARTY_ACRONYMS))


def organization_mentions(doc: Doc, words: list[str], ents: list[Span], surnames: set[str],
                          min_city_population: int) -> list[Span]:
    """Rule 13: a one-word person or unknown place named in front of a company word ("Volvo" after
    "Volvo-Chef"), a one-word place that is the kind of organization ending an organization's name ("Union"
    after "Europäische Union"), or a one-word place that is (the genitive of) a one-word organization of the
    document, when the gazetteer knows no such place or only a village ("Apples" beside "Apple"), or a person
    that is the genitive of one ("Ferraris" beside "Ferrari") or the document's organization after a kind of company
    ("Uniper" beside "Kraftwerkstochter Uniper"), is an organization. So is the town of a sports
    club the document names in full, outside a place's context ("Bilbao beendete …" beside "Athletic Bilbao";
    in a match report its genitive before a person, also where NER found none: "Stuttgarts Harnik" beside "VfB
    Stuttgart";
    not "in Bilbao", a dateline or a town the document calls one: "die Großgemeinde Lustenau" beside "FC
    Lustenau"), and in a match report a town in a sentence about a match, outside a place's context ("gegen
    Gijon")."""
    from pipeline.link.places import lookup

    companies = {match.group("name") for word in set(words) if (match := COMPANY_COMPOUND.match(word))}
    heads = {ent[-1].text for ent in ents
             if ent.label_ == "ORG" and len(ent) > 1 and names_organization(ent[-1])}
    named = {ent.text for ent in ents if ent.label_ == "ORG" and len(ent) == 1}
    described = {ent.text for ent in ents  # after a kind of company: "Kraftwerkstochter Uniper", "Konzern Nestlé"
                 if ent.label_ == "ORG" and len(ent) == 1 and ent.start
                 and ORG_DESCRIPTOR.search(doc[ent.start - 1].lower_)}
    clubs = {ent[-1].text for ent in ents if ent.label_ == "ORG" and len(ent) > 1
             and CLUB_PREFIX.match(ent[1 if ent[0].text == "1." else 0].text)}  # "1. FC Köln"
    clubs |= {ent[0].text for ent in ents if ent.label_ == "ORG" and len(ent) == 2 and CLUB_YEAR.match(ent[1].text)}
    scores = MATCH_SCORE.search(doc.text) is not None
    if scores:  # the sponsor's clubs in a match report ("Red Bull Salzburg"), not in news of the company or town
        clubs |= {ent[-1].text for ent in ents if ent.label_ == "ORG" and len(ent) == 3 and ent[:2].text == "Red Bull"}
    towns = {word for before, word in pairwise(words) if SETTLEMENT.search(before.lower())}  # "Großgemeinde X"
    # a club ("VfB Stuttgart"; not "HC Strache", a person) and a score ("2:1", not "19:30 Uhr")
    match_report = any(not is_surname(c, surnames) for c in clubs) and scores

    def is_organization(ent: Span) -> bool:
        if len(ent) > 1 or ent.label_ not in ("PER", "LOC"):
            return False
        if ent.label_ == "LOC" and ent.text in heads:
            return True
        if (ent.label_ == "LOC" and strip_known_genitive(ent.text, clubs) in clubs and ent.text not in towns
                and not names_place_here(ent) and not (ent.end < len(doc) and is_role(doc[ent.end].text))):
            return True  # "zu Chelsea" beside "FC Chelsea", "Stuttgarts Harnik"; not "Salzburgs Bürgermeister"
        if match_report and ent.label_ == "LOC" and ent.text not in towns and not names_place_here(ent) \
                and not after_place_preposition(first := listed_first(ent)) and not is_surname(ent.text, surnames) \
                and (first.i == 0 or doc[first.i - 1].lower_ not in ROUTE_PREPOSITIONS) \
                and talks_match(ent) and (hit := lookup(ent.text)) and hit[0].kind == "city":
            return True  # "gegen Gijon", "Valencia ist … angelangt"; not "Teil eins in Sevilla"
        base = strip_known_genitive(ent.text, named)
        if ent.label_ == "LOC" and base in named and not is_place(base, "ORG", surnames, min_city_population) and (
                base != ent.text or lookup(base) is None):
            return True  # "Apples" (a Swiss village) beside "Apple"; "TheVerge" beside "TheVerge" (ORG)
        if (ent.label_ == "PER" and base != ent.text and base in named and not is_surname(base, surnames)
                and base not in given_names()):
            return True  # "die Geschichte Ferraris" beside "Ferrari"
        if ent.label_ == "PER" and ent.text in described and not is_surname(ent.text, surnames) \
                and ent.text not in given_names():
            return True  # "Tochter Uniper" (the headline) beside "der Kraftwerkstochter Uniper"
        return (strip_known_genitive(ent.text, companies) in companies and not is_surname(ent.text, surnames)
                and lookup(ent.text) is None)

    relabeled = [Span(doc, ent.start, ent.end, label="ORG") if is_organization(ent) else ent for ent in ents]
    if not match_report:
        return relabeled
    # in a match report, the genitive of a club's town NER left out before a person: "Stuttgarts Harnik" beside "VfB
    # Stuttgart" and a score (not "Wiens Häupl" in news of the mayor beside "SK Rapid Wien")
    taken = covering_entities(relabeled)
    people = {ent.start for ent in relabeled if ent.label_ == "PER"}
    genitives = [Span(doc, i, i + 1, label="ORG") for i, word in enumerate(words[:-1])
                 if word.endswith("s") and word[:-1] in clubs and word not in towns
                 and i not in taken and (i + 1 in people or (i + 1 not in taken and words[i + 1] in surnames))]
    return sorted(relabeled + genitives, key=lambda ent: ent.start) if genitives else relabeled


def persons_named_as_organizations(ents: list[Span]) -> list[Span]:
    """Rule 13: a person of several words that the document names, word for word, as an organization elsewhere is
    that organization: "die Zeitungen La Dernière Heure und Het Laatste Nieuws" … "von dem sich Het Laatste Nieuws
    die Aufzeichnung besorgen konnte"; not one that begins with a given name, who may be the founder ("Der
    Modekonzern Giorgio Armani wächst. Giorgio Armani zeigte seine Kollektion."). So is a place of several words
    the gazetteer does not know as written: "trifft Benfica auf Zenit St. Petersburg" beside "Zenit St. Petersburg"
    as an organization; not one shaped like a village or street ("La Roque-sur-Pernes", "Alii Drive"), nor one
    after "in", "im" or "nahe" ("im Lower Ninth")."""
    from pipeline.link.places import lookup

    organizations = {ent.text for ent in ents if ent.label_ == "ORG" and len(ent) > 1}

    def organization(ent: Span) -> bool:
        if ent.text not in organizations:
            return False
        if ent.label_ == "PER":
            return ent[0].text not in given_names()
        return (ent.label_ == "LOC" and lookup(ent.text) is None and not PLACE_SHAPE.search(ent.text)
                and word_before(ent[0]) not in TOWN_PREPOSITIONS)

    return [Span(ent.doc, ent.start, ent.end, label="ORG") if organization(ent) else ent for ent in ents]
