"""Rule 17: a country's code in brackets, a nationality in results tables and film credits, is no mention.

17. A country's ISO 3166 alpha-3 code (or after an athlete of a results table the IOC's or FIFA's: "GER", "SUI") in
   brackets is a nationality, no mention of any kind, whatever NER made of it: "Salming (SWE)", "TPS Turku (FIN)", "(USA
   2012)" (results tables, film credits), as the guidelines count no nationality adjective. Only "USA", the country's
   common name, after a place or nothing and before no year is the country ("Boston (USA)"). A code that abbreviates the
   organization before it ("Kunsthistorischen Museums (KHM)") or that the document writes outside brackets too
   ("Landeskriminalamt (LKA)" … "das LKA") is left to NER. A country's name in brackets right after a person named in
   full (here or elsewhere) is a nationality too: "Andre De Grasse (Kanada) 9,92", "Justin Gatlin (USA/9,80)" (not a
   town: "Marcel Sabitzer (Leipzig)", a club).
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span

from pipeline import gazetteer
from pipeline.components.entity_fixes.words import full_name_surnames
from pipeline.link.organizations import expands
from pipeline.link.places import lookup

BRACKET_ENDS = frozenset({")", "/", ","})  # what follows a nationality in brackets: "(Kanada)", "(USA/9,80)"


def country_codes_in_brackets(doc: Doc, words: list[str], ents: list[Span]) -> tuple[set[int], list[Span]]:
    """Rule 17: a country's ISO code in brackets is a nationality, no mention of any kind, whatever NER made of it:
    an athlete's or a club's in a results table ("Hirscher (AUT)", "Granlund (FIN)", whose athlete NER may have
    missed, "TPS Turku (FIN)") or a film's ("(USA 2012)", "(Ondine, USA/IRL 2009, Neil Jordan)") is no place the text
    talks of, as a nationality adjective is none (the annotation guidelines). Only "USA", the country's common name,
    after a place or nothing and before no year is the country ("Boston (USA)", "in mehreren Ländern (USA,
    Kanada)"). A code the document writes outside brackets too is left to NER ("Landeskriminalamt (LKA)" … "das
    LKA"), and so is one that abbreviates the name before it ("Kunsthistorischen Museums (KHM)"), and the IOC's and
    FIFA's own codes count only after a person in a document of several codes, a results table ("Carina Vogt (GER)";
    not "Flughafen Wien AG (VIE)"). Reads the words
    (`token_texts`), not a `Token` per word. Returns the nationalities' token indices and the places."""
    sport = gazetteer.sport_country_codes()
    codes = nationality_codes()
    outside = {word for before, word in pairwise(words) if word in codes and before not in ("(", "/", ",")}
    ending_at = {ent.end: ent for ent in ents}
    nationalities, places = set(), []
    groups = code_groups(doc, words, codes)
    for opening, group, year in groups:
        named = ending_at.get(opening)
        if (any(words[i] in outside for i in group) or (named is not None and expands(words[group[0]], named.text))
                or (any(words[i] in sport for i in group)
                    and (named is None or named.label_ != "PER" or len(groups) == 1))):
            continue  # a sports code only after an athlete of a results table: "Flughafen Wien AG (VIE)"
        if year or (named is not None and named.label_ == "PER") or any(words[i] != "USA" for i in group):
            nationalities.update(group)
        else:
            places += [Span(doc, i, i + 1, label="LOC") for i in group]
    return nationalities, places


@cache
def nationality_codes() -> dict[str, str]:
    """The codes a nationality in brackets may take: ISO 3166 alpha-3 and the IOC's and FIFA's own → country key (once
    per process, not once per document)."""
    return gazetteer.country_codes() | gazetteer.sport_country_codes()


def code_groups(doc: Doc, words: list[str], codes: Container[str]) -> list[tuple[int, list[int], bool]]:
    """Country codes in brackets, alone or joined by slashes ("(USA/IRL 2015)"), closed by a bracket or a comma or
    followed by a year, and after a comma only before a year: the index of the opening bracket or comma, the codes'
    indices and whether a year follows."""
    found = []
    i = 1
    while i < len(words) - 1:
        if words[i] not in codes or words[i - 1] not in ("(", ","):
            i += 1
            continue
        group = [i]
        while group[-1] + 2 < len(words) and words[group[-1] + 1] == "/" and words[group[-1] + 2] in codes:
            group.append(group[-1] + 2)
        end = group[-1] + 1
        year = end < len(words) and doc[end].like_num
        if year or (words[i - 1] == "(" and end < len(words) and words[end] in (")", ",")):
            found.append((i - 1, group, year))
        i = end
    return found


def countries_after_people(doc: Doc, ents: list[Span]) -> set[int]:
    """Rule 17: the token indices of countries named in brackets right after a person named in full (here or
    elsewhere in the document), closed by a bracket, a slash or a comma: a nationality in a results table ("Asafa
    Powell (Jamaika) 10,00", "Justin Gatlin (USA/9,80)"); not after another word NER took for a person ("unterlag
    Storhamar (Norwegen)", a club)."""
    surnames = full_name_surnames(ents)
    people_end = {ent.end for ent in ents if ent.label_ == "PER" and (len(ent) > 1 or ent.text in surnames)}
    found = set()
    for ent in ents:
        if (ent.label_ == "LOC" and ent.start - 1 in people_end and doc[ent.start - 1].text == "("
                and ent.end < len(doc) and doc[ent.end].text in BRACKET_ENDS
                and (hit := lookup(ent.text)) is not None and hit[0].kind == "country"):
            found.update(range(ent.start, ent.end))
    return found
