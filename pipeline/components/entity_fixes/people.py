"""Rules 8 and 10: people by their full names elsewhere in the document (surnames, genitives, particles) and by a
given name before surname words.

This module also reads a place or organization as the person whose surname it is, at rule 11's end and as rule 18
says (`as_person`, whose rules' text is in `organizations` and `noise`), and a place or organization that the
document names in full as a person (`people_named_in_full`, rule 5, whose text is in `labels`).

8. A surname of a person named in full elsewhere in the document is a mention of that person wherever NER missed it,
   genitive included ("Carneys Reise" after "Mark Carney"), or tagged it as a one-word organization or a place the
   gazetteer does not know ("mit Selenskyj" as ORG after "Wolodymyr Selenskyj"); a Korean or Chinese name and an Arabic
   name with the father's go by their first word too ("so Ban" after "Ban Ki-moon", "Qabus" after "Qabus bin Said"). A
   place the gazetteer does not know, shaped like a name, right after a role or a relation is a person ("dessen Bruder
   Shihab"; not "Alteigentümer BayernLB"), and so is one of two or three words that is the surname of several words of a
   person named in full ("Le Pen" after "Marine Le Pen"), or a word of a person's name that the gazetteer knows at most
   as a small town abroad, not after a preposition of place ("Lula" beside "Luiz Inácio Lula da Silva"; not "in Nancy"
   beside "Nancy Faeser"), or a one-word place listed between two one-word persons or after two that the gazetteer knows
   at most as a town abroad of under `GIVEN_NAME_TOWN_POPULATION` inhabitants ("Che, Mao, Marx"; not "Napoleon und
   Waterloo").
10. A given name (`pipeline.given_names`) followed by one or two surname words (capitalized, not a German word, role,
   article or country) is a person, whatever NER made of it: "Nigel" (LOC) "Farage", "Stefanie Sargnagel" (ORG),
   "Iain Duncan Smith" (nothing), "Leonhard" (PER alone) "Kaufmann", "Daniel-Andre" (two given names joined) "Tande";
   so is a Roman ordinal after a role and a given name ("Papst Paul VI."), and so are two or three surname words
   after a role ("Landwirtschaftsminister Andrä Rupprechter"), and after a role and a given name one capitalized word
   even if German when the document writes it after a role elsewhere ("Langzeitbürgermeister Heinz Schaden" beside
   "Bürgermeister Schaden"; not "Prinz Charles Bäume"). Not at a sentence start unless tagged a proper noun or found
   by NER ("Solange Nutzer …"), not a place the gazetteer knows ("Santa Clara"), not across an entity's end, not
   after a company descriptor ("Luxuskonzern Louis Vuitton", rule 11). A given name goes on across a particle that
   begins a foreign surname ("Joost den Haan"; not "von", "zu" or "der": "Omar der Tschetschene", nor before a
   nationality noun).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline import gazetteer
from pipeline.components.entity_fixes.lexicon import Lexicon, person_clusters
from pipeline.components.entity_fixes.noise import ordinal_end
from pipeline.components.entity_fixes.spans import covering_entities, replaced_by
from pipeline.components.entity_fixes.sports import team_start
from pipeline.components.entity_fixes.vocabulary import ARTICLES, LIST_JOINERS, ORG_DESCRIPTOR, ROMAN_ORDINAL
from pipeline.components.entity_fixes.words import (
    after_place_preposition,
    is_demonym,
    is_small_place_abroad,
    is_surname,
    particles_before,
    word_before,
)
from pipeline.given_names import given_names
from pipeline.link.forms import strip_apostrophe
from pipeline.link.people import SURNAME_PARTICLES, first_word_alone, person_key
from pipeline.roles import ROLE_MODIFIERS, is_role

NAME_SHAPE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+$")  # "Shihab"; not "BayernLB", "ORF"
# Particles that begin a surname after a given name ("Joost den Haan", "Rafael van der Vaart"), where German puts no
# preposition or article but "den" before an object (`is_common_word_after`; not "Omar der Tschetschene").
FOREIGN_PARTICLES = SURNAME_PARTICLES - {"von", "zu", "der"}


def names_person(lexicon: Lexicon, tokens: Span) -> bool:
    """A given name followed by one or two surname words: "Andrej Kobolew"."""
    return len(tokens) in (2, 3) and lexicon.is_given_name(tokens[0]) and all(map(lexicon.is_surname_word, tokens[1:]))


def given_name_people(lexicon: Lexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 10: a given name followed by one or two surname words is a person, whatever NER made of it:
    "Nigel" (LOC) "Farage", "Andrej" (LOC) "Kobolew", "Stefanie Sargnagel" (ORG), "Karl Schirnhofer"
    and "Iain Duncan Smith" (nothing), "Leonhard" (PER) "Kaufmann"; so are two or three such words after a role
    ("Landwirtschaftsminister Andrä Rupprechter", "Nationalspieler Shkodran Mustafi"), and after a role and a
    given name a German word too when the document writes it after a role elsewhere ("Langzeitbürgermeister
    Heinz Schaden" beside "Bürgermeister Schaden"; not "Prinz Charles Bäume"). A name that stops at a capitalized
    particle goes on with its particles and surname, also where NER found it so ("Alexander Van der Bellen"). The
    name replaces the entities it covers whole; a place the gazetteer knows ("Santa Clara") stays, and a team
    named after its town is one ("St. Louis Blues", rule 5)."""
    from pipeline.link.places import lookup

    entity_at = covering_entities(ents)
    names, free = [], 0
    for token in doc:
        ent = entity_at.get(token.i)
        if token.i < free or (ent is not None and ent.start != token.i):
            continue
        if ent is not None and ent.label_ == "PER" and len(ent) > 1:  # NER found a person of two words or more:
            end = surname_after_particles(lexicon, doc, ent.end)  # it stays, unless it ends in
            if end > ent.end:  # a particle before the surname ("Alexander Van" "der Bellen")
                names.append(Span(doc, token.i, end, label="PER"))
                free = end
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after_role = before is not None and is_role(before.text) and lexicon.is_surname_word(token)
        if not (lexicon.is_given_name(token) or after_role):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 2 and lexicon.is_surname_word(doc[end]):
            end += 1
            last = doc[end - 1].text
            if last.endswith("s") and last not in given_names():  # a genitive ends the name: "Steven
                break  # Spielbergs Bridge"; a middle name does not: "Juan Carlos Ferrero"
        if (end == token.i + 1 and before is not None and is_role(before.text) and lexicon.is_given_name(token)
                and end < len(doc) and lexicon.is_surname_word(doc[end], german_word=True)
                and written_after_role(doc, doc[end].text)):
            end += 1  # "Langzeitbürgermeister Heinz Schaden" beside "Bürgermeister Schaden"
        end = surname_after_particles(lexicon, doc, end)
        if end == token.i + 1 and before is not None and is_role(before.text) and lexicon.is_given_name(token):
            end = ordinal_end(doc[token.i : end + 1], "PER") if (
                end < len(doc) and ROMAN_ORDINAL.match(doc[end].text)) else end  # "Papst Paul VI."
        if end == token.i + 1:
            continue
        if before is not None and before.text[:1].isupper() and ORG_DESCRIPTOR.search(before.lower_):
            continue  # "Luxuskonzern Louis Vuitton" is rule 11's
        if token.is_sent_start and ent is None and token.tag_ != "NE":  # "Solange Nutzer …", "Per Infrarot…"
            continue
        covered = [entity_at[i] for i in range(token.i, end) if i in entity_at]
        if all(e.end <= end for e in covered) and lookup(doc[token.i : end].text) is None:
            team = team_start(doc[token.i : end], lexicon.cluster)  # "St. Louis Blues": no "Louis Blues"
            names.append(Span(doc, token.i, end, label="PER") if team is None
                         else Span(doc, team, end, label="ORG"))
            free = end
    return replaced_by(ents, names)


def written_after_role(doc: Doc, word: str) -> bool:
    """The document writes `word` right after a role somewhere: "Bürgermeister Schaden"."""
    return any(token.text == word and is_role(token.nbor(-1).text) for token in doc[1:])


def surname_after_particles(lexicon: Lexicon, doc: Doc, end: int) -> int:
    """The end of a name that NER or rule 10 stopped at a capitalized particle: "Alexander Van" "der Bellen" (the
    surname may be a German word), or at a given name before particles that are no German preposition and a
    surname that is no German word: "Joost" "den Haan" (not "Anna zu Lukas", "Thomas den Notarzt")."""
    last = doc[end - 1]
    capitalized = last.text[:1].isupper() and last.lower_ in SURNAME_PARTICLES
    if not (capitalized or (end < len(doc) and doc[end].text in FOREIGN_PARTICLES and lexicon.is_given_name(last))):
        return end
    at = end
    while at < len(doc) and at - end < 2 and doc[at].text in SURNAME_PARTICLES:
        at += 1
    if at == end or at == len(doc) or not lexicon.is_surname_word(doc[at], german_word=capitalized):
        return end
    return end if not capitalized and is_common_word_after(lexicon, doc[end].text, doc[at]) else at + 1


def is_common_word_after(lexicon: Lexicon, particle: str, word: Token) -> bool:
    """A word after a given name and a lower-case particle that is no foreign surname: a nationality noun, a
    compound or a German word ("rief Thomas den Notarzt", "Max den Bayern-Star"), or after "den", the article of
    German objects, any word the bundled model's clusters do not hold among people's names ("überreichte Felipe
    den Olympioniken"; "den Haan" stays)."""
    if is_demonym(word.text) or "-" in word.text or lexicon.is_word_or_compound(word):
        return True
    return particle == "den" and (lexicon.cluster is None or lexicon.cluster(word.text) not in person_clusters())


def leading_names(ents: Iterable[Span]) -> set[str]:
    """The first words of persons whose name goes by it alone: an Arabic name with the father's or a Korean name
    ("Qabus bin Said", "Ban Ki-moon"; `first_word_alone`)."""
    return {ent[0].text for ent in ents if ent.label_ == "PER" and len(ent) > 1
            and first_word_alone([token.text for token in ent])}


def people_named_in_full(ents: list[Span]) -> list[Span]:
    """A place or organization of two words or more that the document also writes, spelled otherwise, as a person's
    full name is that person: "Muammar al-Gaddafi" (ORG) after "Muammar Gaddafi" (PER), one name by `person_key`.
    The same spelling under two labels, in any case, is left to the other rules ("Tourismuskonzern Thomas Cook",
    "THOMAS COOK")."""
    people = {ent.text.casefold(): person_key(ent.text) for ent in ents if ent.label_ == "PER" and len(ent) > 1}
    keys = set(people.values())
    return [Span(ent.doc, ent.start, ent.end, label="PER") if ent.label_ in ("LOC", "ORG") and len(ent) > 1
            and ent.text.casefold() not in people and person_key(ent.text) in keys else ent for ent in ents]


def as_person(ent: Span, surnames: set[str]) -> Span:
    """A one-word place or organization that is the surname of a person named in full in the document, when
    the gazetteer knows no such organization and no such place, or only a small one abroad ("an Messi" as LOC
    after rule 10 found "Lionel Messi"; "in der Residenz Castros" after "Fidel Castro", not Castro in
    Brazil), and a place the gazetteer does not know right after a role or a relation ("dessen Bruder
    Shihab")."""
    from pipeline.link.places import lookup

    text = strip_apostrophe(ent.text)
    if len(ent) > 1 or ent.label_ not in ("LOC", "ORG"):
        return ent
    found = lookup(text)
    if ent.label_ == "LOC" and found is None and after_role(ent):  # "dessen Bruder Shihab", "Scheich Zayid"
        return Span(ent.doc, ent.start, ent.end, label="PER")
    if not is_surname(text, surnames) or text in gazetteer.known_organization_forms():
        return ent
    if found and not is_small_place_abroad(found[0]):  # "Residenz Castros": not Castro, Brazil
        return ent
    return Span(ent.doc, ent.start, ent.end, label="PER")


def after_role(ent: Span) -> bool:
    """A word shaped like a name right after a role or a relation: "Scheich Zayid", "dessen Bruder Shihab"; not a
    company's "Alteigentümer BayernLB", nor a genitive, the possessor: "der Präsident Tschetscheniens"."""
    before = ent.doc[ent.start - 1].text if ent.start > 0 else ""
    return NAME_SHAPE.match(ent.text) is not None and not ent.text.endswith("s") and (
        is_role(before) or (before in ROLE_MODIFIERS and before[:1].isupper()))


def places_named_as_people(ents: list[Span]) -> list[Span]:
    """Rule 8: a place of two or three words the gazetteer does not know is a person when it is the surname of
    several words, genitive included, of a person named in full in the document ("Le Pen", "Le Pens" after
    "Marine Le Pen"), and so is one word in the genitive of a one-word person of the document ("Poroschenkos"
    beside "Poroschenko"), and a word of a person's name of several words that the gazetteer knows at
    most as a town abroad of under `GIVEN_NAME_TOWN_POPULATION` inhabitants, not after a preposition of place ("Lula"
    beside "Luiz Inácio Lula da Silva", not Luleå; not "in Nancy" beside "Nancy Faeser")."""
    from pipeline.link.places import lookup

    tails = {" ".join(token.text for token in ent[i:])
             for ent in ents if ent.label_ == "PER" for i in range(1, len(ent) - 1)}
    alone = {ent.text for ent in ents if ent.label_ == "PER" and len(ent) == 1}
    name_words = {token.text for ent in ents if ent.label_ == "PER" and len(ent) > 1 for token in ent}

    def person(ent: Span) -> bool:
        if ent.label_ != "LOC" or len(ent) > 3:
            return False
        if len(ent) == 1 and ent.text in name_words and not after_place_preposition(ent[0]):
            found = lookup(ent.text)
            return found is None or (found[0].kind == "city" and is_small_place_abroad(found[0]))
        if len(ent) == 1:
            named = ent.text.endswith("s") and ent.text[:-1] in alone
        else:
            named = ent.text in tails or ent.text.removesuffix("s") in tails
        return named and lookup(ent.text) is None  # the gazetteer last: most places are named by no person

    return [Span(ent.doc, ent.start, ent.end, label="PER") if person(ent) else ent for ent in ents]


def places_listed_with_people(ents: list[Span]) -> list[Span]:
    """Rule 8: a one-word place listed between two one-word persons or after two ("Che, Mao, Marx", "Hasenhüttl,
    Hinterseer, Özcan, Suttner") is a person when the gazetteer does not know it or knows it only as a town abroad
    of under `GIVEN_NAME_TOWN_POPULATION` inhabitants; not a place beside one person ("Napoleon und Waterloo",
    "Merkel, Idomeni und Lesbos"), a region or a country."""
    from pipeline.link.places import lookup

    ordered = sorted(ents, key=lambda ent: ent.start)

    def listed(i: int) -> bool:
        """The entities at `i` and `i + 1` are one word each, joined by a list word."""
        if i < 0 or i + 1 >= len(ordered):
            return False
        a, b = ordered[i], ordered[i + 1]
        return len(a) == len(b) == 1 and b.start - a.end == 1 and a.doc[a.end].lower_ in LIST_JOINERS

    def person(i: int) -> bool:
        return 0 <= i < len(ordered) and ordered[i].label_ == "PER"

    people = set()
    for j, ent in enumerate(ordered):
        if ent.label_ != "LOC" or len(ent) != 1:
            continue
        found = lookup(ent.text)
        if found and not (found[0].kind == "city" and is_small_place_abroad(found[0])):
            continue
        before, after, two_before = (person(j - 1) and listed(j - 1), person(j + 1) and listed(j),
                                     person(j - 2) and listed(j - 2))
        if before and (after or two_before):
            people.add(ent.start)
    return [Span(ent.doc, ent.start, ent.end, label="PER") if ent.start in people else ent for ent in ents]


def repeated_surnames(doc: Doc, ents: list[Span], surnames: set[str]) -> list[Span]:
    """Mentions of known surnames (and their genitive) outside any entity, with the particles the full name
    writes before them ("Van der Bellen" after "Alexander Van der Bellen"); `surnames` may hold the first words of
    names that go by them ("Qabus" after "Qabus bin Said", `leading_names`)."""
    forms = {get_string_id(form) for name in surnames for form in (name, name + "s") if len(form) >= 3}
    particles = {ent[-1].text: particles_before(ent) for ent in ents if ent.label_ == "PER" and len(ent) > 2}
    taken = covering_entities(ents)
    found = []
    for i in (i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in forms and i not in taken):
        token = doc[i]  # a surname or its genitive ("Carneys"): see is_surname
        if not token.text[:1].isupper():
            continue
        before = particles.get(token.text) or particles.get(token.text.removesuffix("s")) or []
        start = i - len(before)  # all the particles, the first in either case: "Von der Leyen", "von der Leyen"
        if before and start >= 0 and [t.lower_ for t in doc[start:i]] == [w.lower() for w in before] and not any(
                j in taken for j in range(start, i)):
            found.append(Span(doc, start, i + 1, label="PER"))
            continue
        after_article = word_before(token) in ARTICLES  # "ein Mann": a noun, not Mann
        if not after_article and (not token.is_sent_start or token.pos_ == "PROPN" or token.tag_ == "NE"):
            found.append(Span(doc, token.i, token.i + 1, label="PER"))
    return found
