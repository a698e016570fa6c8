"""Rules 0 and 18: what is no name at all, and names NER cut apart or ran together.

Rule 18's parts run where they are needed: the particle join before rule 0, the slash split after rule 11, the
surname reading with rule 11's end (`people.as_person`).

0. Noise is dropped: an entity without two letters in a row ("’s"), or a word glued to the next one by a
   missing line break ("SicherheitsgarantienUm"), or the first part of an elided compound ("Mikro- und
   Makroebene"), a link ("pic.twitter.com/fSmurbQDuP"), a time of day ("Dienstagfrüh"; also at a name's edge:
   "Katzian Mittwochfrüh"), a month or feast
   before a name ("Fastenmonats Ramadan"), or a person that is only the first particles of a full name of the
   document with its rest following ("ließ sich Van" "der Bellen": rule 10's repeated surname takes them back);
   a hashtag sign is no part of a name ("#Berlin" → "Berlin"), nor an article, preposition, conjunction or
   slash at its end ("Institut für Virologie des" → "Institut für Virologie", "Jerusalem/Ramallah"), and a
   person's Roman ordinal keeps its period ("Felipe VI."); a person NER ran on across a comma is several ("Hans,
   Karl"); a person ending in a month before a year is a date ("von August 2014"), a rank before a person is no
   part of the name ("Weltranglisten-45. Pospisil"), nor is the period ending a sentence ("nannte ihn Kleiner
   Marco.") or the next sentence ("die Sportzeitung Ole. Nächstes Finale" → "Ole"); a bracket the name opens is
   closed by the one right after it ("Kahl (Main" → "Kahl (Main)") or cut off with what it holds.
18. Places joined by a slash are several places when the gazetteer knows each as written ("Holguin/Vatikanstadt –";
   not "Frankfurt/Oder"); a person ending in a given name, a name particle and a one-word person are one ("José
   Graziano" "da" "Silva", "Ursula" "von der" "Leyen"), so are a lone given name and the name after a double space
   ("Roger" "  " "Schmidt", also where NER took one word for an organization; not "Elton John" "  " "Paul
   McCartney"), and an Arabic name goes on across "bin" or "ibn" and a lower-case "al" ("Mohammed" "bin Zayid al
   Nuhayyan", "Qabus bin" "Said"), and into a surname written with the article after it ("Abdel Fattah" "al-Sisi").
   The surname of a person named in full that the gazetteer knows only as a small
   place abroad is that person, genitive included ("Residenz Castros" after "Fidel Castro"; not "Berlins").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span

from pipeline import gazetteer
from pipeline.components.entity_fixes.spans import covering_entities, replaced_by
from pipeline.components.entity_fixes.vocabulary import NAME_LIKE, ROMAN_ORDINAL, TIME_OF_DAY
from pipeline.components.entity_fixes.words import particles_before
from pipeline.given_names import given_names
from pipeline.link.forms import strip_apostrophe
from pipeline.link.people import INITIAL, NASAB, SURNAME_PARTICLES
from pipeline.nouns import listed
from pipeline.roles import is_role

GLUED = re.compile(r"[a-zäöüß]{4}[A-ZÄÖÜ][a-zäöüß]")  # "SicherheitsgarantienUm"; not "DiCaprio", "McDonald"
# A month or feast before the name of one: "des Fastenmonats Ramadan".
SPAN_OF_TIME = re.compile(r"^[A-ZÄÖÜ]\w*(?:monat|feiertag|festtag)(?:e?s)?$")
# A month before a year ends no person: "von August 2014 bis Juli 2015" (August, Juli are given names too).
MONTH = re.compile(r"^(?:Jänner|Januar|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November"
                   r"|Dezember)$")
YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
# A rank before a name: "Haider-Maurer gegen Weltranglisten-45. Pospisil".
RANK = re.compile(r"^\w+-\d+\.$")
# A surname with the Arabic article: "al-Sisi", "asch-Scharaa"; not "ad-Hoc"
ARABIC_ARTICLE_NAME = re.compile(r"^(?:al|el|as|ad|an|ar|asch|esch)-[A-ZÄÖÜ]\w{3,}$")
POSSESSIVE = re.compile(r"\w['’]s$")  # a name's English-style genitive: "Fischer's"
NAME_SUFFIX = re.compile(r"^(?:Jr|Sr|Jun|Sen|jun|sen)\.?$")  # no name of its own: "Martin Luther King, Jr."
TRAILING_FUNCTION_WORDS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "von", "für", "und",
    "oder", "in", "im", "am", "an", "zu", "zur", "zum", "mit", "bei", "auf", "aus", "nach", "of", "the", "and", "for"})
# Quantifiers no name begins with, which NER took in: "in beide Fahrtrichtungen" (SmartData sd-015).
LEADING_QUANTIFIERS = frozenset({"beide", "beiden", "alle", "allen", "viele", "vielen", "einige", "einigen", "mehrere",
                                 "mehreren", "manche", "manchen", "sämtliche", "sämtlichen"})
# An academic title, no name of its own: "Dr.-Ing", "Prof.", "Dipl.-Ing." (SmartData sd-021: "Dr.-Ing" as LOC).
ACADEMIC_TITLE = re.compile(r"^(?:Dr|Prof|Dipl|Mag|Ing|Univ)\.?(?:-(?:Dr|Prof|Dipl|Mag|Ing|Univ|Kfm|Psych|med|rer|phil)"
                            r"\.?)*$")  # not the bank "Ing-Diba"
# Kinds of storm, whose names are no persons: "Hurrikan Alex", "Tief Xaver" (SmartData sd-040).
STORM_KINDS = ("Hurrikan", "Taifun", "Zyklon", "Orkan", "Sturmtief", "Orkantief", "Tief", "Hoch", "Tiefdruckgebiet",
               "Hochdruckgebiet", "Wirbelsturm", "Wintersturm", "Tropensturm")
STORMS = frozenset(kind + ending for kind in STORM_KINDS for ending in ("", "s"))  # and their genitives
# A web address with a path, which names a page, not its publisher: "pic.twitter.com/fSmurbQDuP", "http://…".
LINK = re.compile(r"[\w-]\.[a-z]{2,}/\S|://")


def joined_at_particles(ents: tuple[Span, ...]) -> list[Span]:
    """A person that ends in a given name, one or two name particles and a one-word person are one person:
    "José Graziano" "da" "Silva" → "José Graziano da Silva", "Ursula" "von der" "Leyen"; not "Sebastian Kurz da
    Heinz-Christian Strache" (the adverb "da" between two full names), "Thiem da Nadal" or "Anna zu Sarah" (a given
    name after "zu"; "Bettina von Arnim" is one). So is a given name alone
    and the name NER found after a double space, which spaCy makes a token of its own: "Roger  Schmidt", "Rupert
    Wolff" (one word tagged as an organization), "Philip  K. Dick"; not "Elton John  Paul McCartney", "Jimmy Carter
    Amnesty International"."""
    out: list[Span] = []
    for ent in ents:
        before = out[-1] if out else None
        if before is not None and before.label_ == "PER" and before[-1].text in given_names() and (
                (ent.label_ == "PER" and len(ent) == 1 and particles_between(before, ent)
                 and not (ent.doc[before.end].text == "zu" and ent[0].text in given_names()))  # "Anna zu Sarah"
                or (len(before) == 1 and double_space_between(before, ent) and ent[0].text not in given_names()
                    and (ent.label_ == "PER" or (ent.label_ == "ORG" and len(ent) == 1)))):
            out[-1] = Span(ent.doc, before.start, ent.end, label="PER")
        else:
            out.append(ent)
    return out


def particles_between(before: Span, ent: Span) -> bool:
    """One or two name particles between two entities: "da", "von der"."""
    between = [t.lower_ for t in ent.doc[before.end : ent.start]]
    return 1 <= len(between) <= 2 and all(word in SURNAME_PARTICLES for word in between)


def double_space_between(before: Span, ent: Span) -> bool:
    """Only a run of spaces within a line between two entities ("Roger  Schmidt")."""
    gap = ent.doc[before.end : ent.start]
    return len(gap) == 1 and gap[0].is_space and "\n" not in gap[0].text


def joined_at_nickname(ents: list[Span]) -> list[Span]:
    """Rule 18: a nickname in brackets between a person's given name and surname keeps the name one, where NER began
    the second part inside the brackets ("Rudolf" "Rudi) Anschober") or did not find it, the nickname being a given
    name ("Rudolf" "(Rudi) Anschober"): → "Rudolf (Rudi) Anschober"."""
    out: list[Span] = []
    for ent in ents:
        before = out[-1] if out else None
        if (before is not None and before.label_ == ent.label_ == "PER" and ent.start == before.end + 1
                and ent.doc[before.end].text == "(" and len(ent) > 2 and ent[1].text == ")"):
            out[-1] = Span(ent.doc, before.start, ent.end, label="PER")
        else:
            out.append(ent)
    starts = {ent.start for ent in out}
    joined = [Span(ent.doc, ent.start, ent.end + 4, label="PER") for ent in out
              if ent.label_ == "PER" and given_nickname_after(ent, starts)]
    return replaced_by(out, joined) if joined else out


def given_nickname_after(person: Span, starts: Collection[int]) -> bool:
    """A person that ends in a given name, then a given name in brackets and a surname no entity begins at:
    "Rudolf" before "(Rudi) Anschober"; not "Lewis Hamilton (Mercedes) Dritter" nor "Niklas Stark (Hertha) Kapitän"
    (a surname before the brackets, a noun after them)."""
    doc, end = person.doc, person.end
    if not (end + 3 < len(doc) and person[-1].text in given_names() and doc[end].text == "("
            and doc[end + 1].text in given_names() and doc[end + 2].text == ")"):
        return False
    surname = doc[end + 3]
    return (surname.is_alpha and surname.text[:1].isupper() and end + 1 not in starts and end + 3 not in starts
            and not listed(surname.text)[0])


def joined_at_nasab(doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 18: an Arabic name goes on across "bin" or "ibn" (son of) and a lower-case "al" with the names after it,
    which NER cuts: "Mohammed" "bin Zayid al Nuhayyan", "Ahmed" "bin" "Mohammed al-Mansuri", "Qabus bin" "Said";
    not "Ich bin Pablo" (no name before "bin")."""
    entity_at = covering_entities(ents)

    def goes_on(k: int) -> bool:
        """A name word after "bin": capitalized ("Zayid"), "al-" with a name ("al-Mansuri") or "al" before one."""
        word = doc[k].text
        if word in ("al", "el"):
            return k + 1 < len(doc) and doc[k + 1].text[:1].isupper()
        return (word[:1].isupper() and doc[k].is_alpha) or word.startswith(("al-", "el-"))

    found: list[Span] = []
    for i, token in enumerate(doc[1:-1], start=1):
        before, after = doc[i - 1], doc[i + 1]
        if token.text not in NASAB or after.tag_ not in ("NE", "NN") or not after.text[:1].isupper():
            continue  # "bin Ich", "bin ich"
        chained = found and found[-1].end > i - 1  # "Tamim bin Hamad bin Khalifa Al Thani": one name
        first = found[-1] if chained else entity_at.get(i - 1)
        person_before = first is not None and first.label_ == "PER"
        if not (person_before or (before.tag_ in ("NE", "NN") and entity_at.get(i + 1) is not None
                                  and entity_at[i + 1].label_ == "PER")):
            continue
        end = i + 2
        while end < len(doc) and end - i < 6 and goes_on(end):
            end += 1
        last = entity_at.get(end - 1)
        end = max(end, last.end) if last is not None else end  # "bin" "Mohammed al-Mansuri" (PER) whole
        span = Span(doc, first.start if person_before else i - 1, end, label="PER")
        if chained:
            found[-1] = span
        else:
            found.append(span)
    return replaced_by(ents, found)


def joined_at_arabic_article(ents: list[Span]) -> list[Span]:
    """Rule 18: a person goes on into a surname written with the Arabic article right after it, which NER leaves out
    ("Abdel Fattah" "al-Sisi"), where no entity begins there and the word is no organization of the gazetteer
    ("Aiman al-Sawahiris al-Kaida")."""
    taken = covering_entities(ents)
    out = []
    for ent in ents:
        end = ent.end
        if (ent.label_ == "PER" and end < len(ent.doc) and end not in taken
                and ARABIC_ARTICLE_NAME.match(ent.doc[end].text) is not None
                and ent.doc[end].text.casefold() not in known_organizations_in_any_case()):
            ent = Span(ent.doc, ent.start, end + 1, label="PER")
        out.append(ent)
    return out


@cache
def known_organizations_in_any_case() -> frozenset[str]:
    """The gazetteer's organization forms, case-folded: "al-Kaida" written in lower case too."""
    return frozenset(form.casefold() for form in gazetteer.known_organization_forms())


def trimmed(ent: Span) -> Span:
    """The name of a hashtag ("#Berlin" → "Berlin"): ner-d, which the bundled model learned from, tags tweets'
    hashtags with the sign. Nor does a name begin with the rest of a results table's overtime mark ("n.V.",
    "n.P.": "3:4 n.P.Washington Capitals") or end in a preposition, article or conjunction that NER ran on into
    ("Institut für Virologie des", "Hasan E. von"), spaces ("FC  "), a slash ("Jerusalem/Ramallah"), a time of day
    ("Katzian Mittwochfrüh") or the period ending the sentence ("nannte ihn Kleiner Marco."), begin with a time of
    day, a quantifier or spaces ("Freitagabend Warschau", "beide Fahrtrichtungen") or go on into the next sentence
    ("die Sportzeitung Ole. Nächstes Finale …" → "Ole"); a person's name ends in its possessive ("Helene Fischer's
    Atemlos"), and brackets are balanced (`bracketed`)."""
    overtime = ent.start > 0 and ent.doc[ent.start - 1].text == "n." and ent[0].text in ("V.", "P.")
    rank = ent.label_ == "PER" and RANK.match(ent[0].text) is not None  # "Weltranglisten-45. Pospisil"
    start = ent.start + 1 if len(ent) > 1 and (ent[0].text == "#" or overtime or rank) else ent.start
    end = next((i for i in range(start + 1, ent.end) if ends_sentence(ent.doc, i)), ent.end)
    if ent.label_ == "PER":  # "Helene Fischer's Atemlos" → "Helene Fischer's"
        end = next((i + 1 for i in range(start, end - 1) if POSSESSIVE.search(ent.doc[i].text)), end)
    while end - start > 1 and (ent.doc[end - 1].text in TRAILING_FUNCTION_WORDS or ent.doc[end - 1].text == "/"
                               or ent.doc[end - 1].is_space
                               or TIME_OF_DAY.match(ent.doc[end - 1].text) or sentence_period(ent.doc, end - 1)):
        end -= 1
    while end - start > 1 and (TIME_OF_DAY.match(ent.doc[start].text) or ent.doc[start].text in LEADING_QUANTIFIERS
                               or ent.doc[start].is_space):
        start += 1
    start, end = bracketed(ent.doc, start, end)
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_)


def bracketed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A name's brackets balanced: one it opens is closed by the bracket right after it, a qualifier of the name
    ("Kahl (Main" → "Kahl (Main)", "Halle (Saale"), or cut off with what it holds when no bracket closes it there
    ("Ingolstadt Hbf (12." → "Ingolstadt Hbf"); a bracket it closes without opening begins no name ("NED) Toro
    Rosso" → "Toro Rosso")."""
    words = [token.text for token in doc[start:end]]
    close = words.index(")") if ")" in words else None
    if close is not None and "(" not in words[:close] and close + 1 < len(words):
        start += close + 1
        words = words[close + 1 :]
    if "(" in words[1:] and ")" not in words[words.index("(", 1) :]:
        closed = end < len(doc) and doc[end].text == ")" and words[-1] != "("
        end = end + 1 if closed else start + words.index("(", 1)
    return start, end


def sentence_period(doc: Doc, i: int) -> bool:
    """A period of its own that ends a sentence, not a Roman ordinal's or an initial's ("Felipe VI .", "Ch .")."""
    return doc[i].text == "." and i > 0 and not (ROMAN_ORDINAL.match(doc[i - 1].text) or is_initial(doc, i - 1))


def ends_sentence(doc: Doc, i: int) -> bool:
    """A sentence starts at `i` after a word's period, not after an initial's, which the sentencizer takes for one
    ("Ch. Leitgeb")."""
    return doc[i].is_sent_start and i >= 2 and doc[i - 1].text == "." and not is_initial(doc, i - 2)


def is_initial(doc: Doc, i: int) -> bool:
    """A given name's initial that the tokenizer parted from its period: "Ch" "."."""
    return i + 1 < len(doc) and INITIAL.match(doc[i].text + doc[i + 1].text) is not None


def split_at(ents: list[Span], label: str, separators: Collection[str], is_part: Callable[[Span], bool],
             is_whole: Callable[[Span], bool] | None = None) -> list[Span]:
    """Entities of `label` that `separators` divide into parts that each `is_part` are several entities, unless
    `is_whole`: places joined by a slash or dash that the gazetteer knows each as written ("Holguin/Vatikanstadt –",
    "Lichtenfels - Sonneberg"; not a town and its river, "Frankfurt/Oder", nor "Schleswig - Holstein"), persons NER ran
    on across a comma ("Hans, Karl, Hannes, David und Max"), organizations a headline lists between spaced dashes
    ("Euronews - Africanews")."""
    out = []
    for ent in ents:
        splits = ent.label_ == label and not (is_whole is not None and is_whole(ent))
        cuts = [token.i for token in ent if token.text in separators] if splits else []
        if not cuts:
            out.append(ent)
            continue
        bounds = [ent.start - 1, *cuts, ent.end]
        parts = [Span(ent.doc, a + 1, b, label=label) for a, b in pairwise(bounds) if b > a + 1]
        out += parts if len(parts) == len(cuts) + 1 and all(map(is_part, parts)) else [ent]
    return out


def is_name_part(span: Span) -> bool:
    """A part that holds a name word: "Karl"; not a lone particle ("von"), a suffix ("Martin Luther King, Jr.") or a
    role ("Georg Kapsch, Präsident")."""
    return any(token.text[:1].isupper() and NAME_LIKE.match(token.text) and not NAME_SUFFIX.match(token.text)
               and not is_role(token.text) for token in span)


def is_noise(ent: Span) -> bool:
    """No name: no two letters in a row (unless one of the gazetteer's organizations: "Ö1"), words glued by a lost
    line break, the first part of an elided compound ("Mikro- und Makroebene"), a time of day ("Dienstagfrüh"), a
    month or feast a name follows ("Fastenmonats Ramadan") or a person ending in a month before a year ("von August
    2014"), a link ("pic.twitter.com/fSmurbQDuP"; a site's name alone is its publisher: "golem.de"), academic
    titles alone ("Dr.-Ing") or a storm's name taken for a person ("Hurrikan Alex", "Tief Xaver")."""
    text = ent.text
    doc = ent.doc
    dated = (ent.label_ == "PER" and MONTH.match(ent[-1].text) is not None and ent.end < len(doc)
             and YEAR.match(doc[ent.end].text) is not None  # "von August 2014"; not "Prinz Ernst August 2004"
             and not any(token.text in given_names() for token in ent[:-1]))
    known = text in gazetteer.known_organization_forms()  # "Ö1" has one letter
    # a storm's one name, not one NER ran on into a place ("Hurrikan Sandy New York traf")
    storm = ent.label_ == "PER" and len(ent) == 1 + (ent[0].text in STORMS) and (
        ent[0].text in STORMS or (ent.start > 0 and doc[ent.start - 1].text in STORMS))
    return (not (known or NAME_LIKE.search(strip_apostrophe(text))) or bool(GLUED.search(text)) or text.endswith("-")
            or bool(TIME_OF_DAY.match(text)) or (len(ent) > 1 and bool(SPAN_OF_TIME.search(ent[0].text))) or dated
            or bool(LINK.search(text)) or all(ACADEMIC_TITLE.match(token.text) for token in ent) or storm)


def stops_at_particle(ent: Span, named_in_full: list[Span]) -> bool:
    """A person that is only the first particles of a full name of the document, its rest following: "Van" in
    "ließ sich Van der Bellen" after "Alexander Van der Bellen" (the repeated surname then takes them back); not
    "Lady Di" or "Van" the town."""
    if ent.label_ != "PER" or not all(token.lower_ in SURNAME_PARTICLES for token in ent):
        return False
    following = [token.lower_ for token in ent.doc[ent.start : ent.start + 4]]
    return any(following[: len(rest)] == rest for name in named_in_full
               if (rest := [word.lower() for word in (*particles_before(name), name[-1].text)])[: len(ent)]
               == [token.lower_ for token in ent] and len(rest) > len(ent))


def ordinal_end(span: Span, label: str) -> int:
    """Rule 0: a person's Roman ordinal ends with its period, which the tokenizer splits off ("Felipe VI." "Papst
    Benedikt XVI."; "Elizabeth II." is one token already)."""
    doc, end = span.doc, span.end
    if (label == "PER" and len(span) > 1 and ROMAN_ORDINAL.match(span[-1].text) and not span[-1].whitespace_
            and end < len(doc) and doc[end].text == "."):
        return end + 1
    return end
