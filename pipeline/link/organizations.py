"""Organizations within a document: case endings removed, acronyms joined to their long form.

"mit der Europäischen Union … die EU" → one organization "Europäische Union" with alias "EU"; so is "Burgenländische
Landesrechnungshof (BLRH)". An acronym joins a long form when it starts with the long form's first initial, all its
letters occur in the long form in order (legal forms included: "BVOG" for "… Vermögensverwaltungs GmbH & Co OG";
umlauts as plain vowels: "ORF") and it contains the initials of all words of a two-word name, of at least half of a
longer one, and its last letter occurs in the last word (the head: "SPÖ" does not abbreviate "St. Pöltner Landtag");
a one-word long form must not simply begin with the acronym ("EU" does not abbreviate "Eurostat"); a parenthesized
acronym after a long form that fits always joins it; one alone in brackets right after a long form whose letters it
takes in order, the first one first, joins it when no long form of the document fits, whatever language its letters
stand for ("UNO-Flüchtlingshochkommissariat (UNHCR)"; not "Freiheitlicher Akademikerverband (FPÖ)"); a few acronyms of
another language join their German name anywhere in the document ("Uno" and "Vereinte Nationen", "PKK" and
"Arbeiterpartei Kurdistans", `FOREIGN_ACRONYMS`). A one-word name
that shortens exactly one longer name joins it: its head ("Landesrechnungshof" → "Burgenländischer
Landesrechnungshof") or its first word before a place or legal form ("Juventus" → "Juventus Turin"), not a company
before its product ("Apple Watch"); so does a club after its prefix ("FC Bayern" → "Bayern München"), a club's prefix
alone ("VfL" → "VfL Wolfsburg") and a compound of a name and its kind ("Fidesz-Partei" → "Fidesz"). A news agency's
acronym ("APA", "AFP"), which agency news name as their source without writing it out, joins only a long form right
beside it ("der APA – Austria Presse Agentur"): elsewhere in a text whose letters happen to fit ("Alpinpolizei
Axams") it is still the agency. So is any acronym the gazetteer knows as a name of its own, a broadcaster's ("ARD"
beside "Alternative für Deutschland" stays ARD), unless the long form is one the gazetteer knows too ("EZB" …
"Europäische Zentralbank").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.mentions import MentionRecord
from pipeline.gazetteer import LOWER_CASE_AGENCIES, NEWS_AGENCIES, government_seat_forms, known_organization_forms
from pipeline.link import DocEntity, collect
from pipeline.link.forms import (
    GENITIVE_ENDINGS,
    LEGAL_FORMS,
    ending_beyond,
    nominative_name,
    strip_apostrophe,
    strip_known_genitive,
    strip_suffix_genitive,
    suffix_gender,
)

ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜa-zäöü&\-]{1,9}$")
# Acronyms of a name in another language, written beside the German name, whose letters the German name does not
# hold in order (casefolded): the United Nations (Organization), the Kurdish Partiya Karkerên Kurdistanê, the World
# Health and Trade Organizations, the International Atomic Energy Agency and Labour Organization, Médecins Sans
# Frontières, the United Nations Children's Fund. They join the German name only where the document writes it.
FOREIGN_ACRONYMS = {
    "uno": "Vereinte Nationen", "un": "Vereinte Nationen", "pkk": "Arbeiterpartei Kurdistans",
    "who": "Weltgesundheitsorganisation", "wto": "Welthandelsorganisation",
    "iaea": "Internationale Atomenergiebehörde", "ilo": "Internationale Arbeitsorganisation",
    "msf": "Ärzte ohne Grenzen", "unicef": "UN-Kinderhilfswerk",
}
PLAIN_VOWELS = str.maketrans("äöü", "aou")  # "ORF" abbreviates "Österreichischer Rundfunk"
C_FOR_K = str.maketrans("k", "c")  # after the first letter: "IOC", the "Internationales Olympisches Komitee"
MIN_COMPOUND_TAIL = 6  # "Rechnungshof" in "Landesrechnungshof"; not "Bank" in "Landesbank"
GENITIVE_ARTICLES = frozenset({"des", "eines", "dieses", "jenes"})
FUNCTION_WORDS = {"und", "für", "der", "die", "das", "des", "den", "dem", "of", "the", "and", "for", "de", "du"}
WORD_BEFORE_FUNCTION_WORD = re.compile(  # "Fund" in "World Wide Fund for Nature"
    r"(?:[\wÄÖÜäöüß]+\s+)*?([\wÄÖÜäöüß]+)\s+(?:" + "|".join(sorted(FUNCTION_WORDS)) + r")\s")


# A party named by a nominalized adjective, whose weak plural ("die Grünen", "der Linken") the name gives in the
# nominative without article, as the annotations do: "Grüne", "Wiener Grüne", "Linke"; not the genitive inside a name
# ("Partei der Europäischen Linken").
PARTY_ADJECTIVE_NOUN = re.compile(
    r"^(?P<before>(?:[A-ZÄÖÜ][\w.-]* )*)(?P<stem>Grün|Link|Liberal|Freiheitlich|Konservativ)en$")
APPOSITION_MARKS = frozenset({"(", ")", "–", "—", "-"})
# A sports club's abbreviated prefix before its name ("FC Bayern", the "Bayern München" of the same text); not
# entity_fixes' CLUB_PREFIX, which holds whole words too ("Real", "Dynamo") that begin other clubs of a town.
# An organization's name and the kind of organization it is, in one compound: "Fidesz-Partei", "Siemens-Konzern",
# "Bild-Zeitung".
KIND_COMPOUND = re.compile(r"^(?P<name>.+)-(?:Partei|Konzern|Zeitung)$")
CLUB_ABBREVIATION = re.compile(r"^(?:FC|SV|SK|SC|AC|AS|FK|VfB|VfL|TSV|TSG|SpVgg|RB|BSC)$")


def is_acronym(text: str) -> bool:
    """Two capitals at least ("EU", "ÖVP", "VfB"), or a news agency's acronym in lower case ("dpa")."""
    return (bool(ACRONYM.match(text)) and sum(c.isupper() for c in text) >= 2) or text in LOWER_CASE_AGENCIES


def _subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


def expands(acronym: str, long_form: str) -> bool:
    """True when `acronym` abbreviates `long_form`: "EU"/"Europäische Union", "BLRH"/"Burgenländischer …"."""
    all_words = [w for w in re.findall(r"[\wÄÖÜäöüß]+", long_form) if w not in FUNCTION_WORDS]
    words = [w for w in all_words if w not in LEGAL_FORMS]
    if len(words) < 2 and not (words and len(words[0]) > len(acronym) + 3):
        return False
    short = acronym.lower().replace("-", "").replace("&", "").translate(PLAIN_VOWELS)
    if len(words) == 1 and words[0].lower().translate(PLAIN_VOWELS).startswith(short):
        return False  # a word's first letters are a truncation, not its acronym: "EU" is not "Eurostat"
    initials = [w[0].lower().translate(PLAIN_VOWELS) for w in words]
    covered = sum(1 for initial in set(initials) if initial in short)
    needed = len(set(initials)) if len(words) <= 2 else (len(set(initials)) + 1) // 2
    rest = short[1:].translate(C_FOR_K)
    return (short[0] == initials[0] and covered >= needed and rest[-1:] in head_letters(long_form, words)
            and _subsequence(rest, "".join(all_words).lower().translate(PLAIN_VOWELS).translate(C_FOR_K)[1:]))


def defines_in_brackets(acronym: str, long_form: str) -> bool:
    """True when `long_form (acronym)` defines an acronym of another language: its letters occur in the long form
    in order, the first one first ("UNO-Flüchtlingshochkommissariat (UNHCR)", the initials of "United Nations High
    Commissioner for Refugees"; not "Freiheitlicher Akademikerverband (FPÖ)", a party's group)."""
    short, long = (plain(text) for text in (acronym, long_form))
    return short[:1] == long[:1] and _subsequence(short[1:], long[1:])


def plain(text: str) -> str:
    """Its letters only, lower-case, umlauts as plain vowels: "UNO-Flüchtlings…" → "unofluchtlings…"."""
    return re.sub(r"[^a-z]", "", text.lower().translate(PLAIN_VOWELS))


def in_brackets_after(doc: Doc, mention: MentionRecord, long_mention: MentionRecord) -> bool:
    """True when `mention` stands alone in brackets right after `long_mention`: "… (UNHCR)", not the first item of
    a list ("Landtag (SPÖ, ÖVP und Grüne …)")."""
    return long_mention.end == mention.start - 1 and mention.end < len(doc) and doc[mention.end].text == ")"


def side_by_side(doc: Doc, a: MentionRecord, b: MentionRecord) -> bool:
    """True when the two mentions stand side by side, a dash or a bracket between them at most: "der APA – Austria
    Presse Agentur", "Austria Presse Agentur (APA)"; not "teilte die Alpinpolizei Axams der APA mit"."""
    first, second = (a, b) if a.end <= b.start else (b, a)
    return second.start >= first.end and all(token.text in APPOSITION_MARKS for token in doc[first.end : second.start])


def head_letters(long_form: str, words: list[str]) -> str:
    """The letters an acronym's last letter may stand for: the long form's last word, its head before a place
    ("Kultusgemeinde" in "Israelitische Kultusgemeinde Wien") or before its first function word ("Fund" in
    "World Wide Fund for Nature"). "SPÖ" is not "St. Pöltner Landtag", but "Sozialdemokratische Partei
    Österreichs"."""
    from pipeline.link.places import lookup

    heads = [words[-1]]
    while len(words) > 1 and lookup(words[-1]) is not None:
        words = words[:-1]
    heads.append(words[-1])
    before_function_word = WORD_BEFORE_FUNCTION_WORD.match(long_form)
    if before_function_word:
        heads.append(before_function_word.group(1))
    return "".join(heads).lower().translate(PLAIN_VOWELS).translate(C_FOR_K)


# The year a sports club was founded, after its town: "Mainz 05", "Hannover 96", "Schalke 04".
CLUB_YEAR = re.compile(r"^\d{2}$")


def short_forms(names: list[str]) -> dict[str, str]:
    """One-word names that shorten exactly one longer name in the document, mapped to it (as a surname joins
    the full name of a person), a club's name after its prefix that another name gives with its town ("FC
    Bayern" → "Bayern München"; then "Bayern" shortens one name only), a club's prefix alone that begins one
    name ("VfL" → "VfL Wolfsburg"), an acronym the same name with a legal form ("SAP" → "SAP SE")."""
    longer = {name for name in names if " " in name}
    found = {}
    for name in longer:
        prefix, _, rest = name.partition(" ")
        if CLUB_ABBREVIATION.match(prefix) and rest:
            holders = [full for full in longer if names_club_with_town(rest, full)]
            if len(holders) == 1:
                found[name] = holders[0]
    for name in {name for name in names if CLUB_ABBREVIATION.match(name)}:  # "VfL" beside "VfL Wolfsburg"
        holders = [full for full in longer if full.startswith(name + " ")]
        if len(holders) == 1:
            found[name] = found.get(holders[0], holders[0])  # "FC" → "FC Bayern" → "Bayern München"
    longer -= found.keys()
    for name in {name for name in names if " " not in name}:  # an acronym only before a legal form: "SAP SE"
        holders = [full for full in longer if (full.removeprefix(name + " ") in LEGAL_FORMS if is_acronym(name)
                                               else shortens(name, full))]
        if len(holders) == 1:
            found[name] = holders[0]
    return found


def shortens(word: str, name: str) -> bool:
    """ "Landesrechnungshof", "Landes-Rechnungshof" and "Rechnungshof" shorten "Burgenländischer
    Landesrechnungshof" (the head or its compound tail, hyphenated or not), "Juventus", "Zielpunkt" and "Mainz"
    shorten "Juventus Turin", "Zielpunkt GmbH" and "Mainz 05" (`begins`), "Krone" and "Kleine" the newspapers
    "Kronen Zeitung" and "Kleine Zeitung"; "Apple" does not shorten "Apple Watch"."""
    head, plain = name.split()[-1].casefold(), word.replace("-", "").casefold()
    return (head == plain or (len(plain) >= MIN_COMPOUND_TAIL and head.endswith(plain)) or begins(word, name)
            or name in (f"{word} Zeitung", f"{word}n Zeitung"))


def names_club_with_town(words: str, name: str) -> bool:
    """ "Bayern München" for the "Bayern" of "FC Bayern", "Schalke 04" for "FC Schalke": its name and its town, or a
    club's year after a name that is no town; not "Espanyol Barcelona" for "FC Barcelona", "Salzburg AG" for "FC
    Salzburg" nor "Stuttgart 21" for "VfB Stuttgart"."""
    from pipeline.link.places import lookup

    tail = name.removeprefix(words + " ")
    if tail == name or tail in LEGAL_FORMS:
        return False
    return lookup(tail) is not None or (CLUB_YEAR.match(tail) is not None and lookup(words) is None)


def begins(words: str, name: str) -> bool:
    """True when `name` is `words` followed by a place, legal form or a club's year: "Juventus Turin", "Zielpunkt
    GmbH", "Mainz 05"; "Bayern München" for the "Bayern" of "FC Bayern"."""
    from pipeline.link.places import lookup

    tail = name.removeprefix(words + " ")
    return tail != name and (tail in LEGAL_FORMS or CLUB_YEAR.match(tail) is not None or lookup(tail) is not None)


def base_form(doc: Doc, mention: MentionRecord, known: set[str]) -> str:
    span = doc[mention.start : mention.end]
    # "des Bundesheeres" → "Bundesheer", "im Weißen Haus" → "Weißes Haus"
    listed = known_organization_forms().get(span.text) or government_seat_forms().get(span.text)
    if listed:
        return listed
    after_genitive = mention.start > 0 and doc[mention.start - 1].lower_ in GENITIVE_ARTICLES
    if len(span) == 1:
        token = span[0]
        word = strip_apostrophe(token.text)
        lemma = token.lemma_
        # the lemma only after a genitive article: "die Neos" is no genitive of "Neo"; an organization's "-es" is all
        # genitive where the lemma keeps its e and the rest ends like a masculine or neuter noun ("des
        # UN-Flüchtlingshilfswerkes", not "UN-Flüchtlingshilfswerke"; but "des Nobelkomitees")
        if after_genitive and ending_beyond(word, lemma) in GENITIVE_ENDINGS:
            plain_genitive = word.endswith("es") and lemma == word[:-1] and suffix_gender(word[:-2]) in ("Masc", "Neut")
            return word[:-2] if plain_genitive else lemma
        bare = strip_known_genitive(word, known)
        return strip_suffix_genitive(word) if bare == word else bare
    name = nominative_name(span)
    if after_genitive and name == strip_apostrophe(span.text):
        last = span[-1].text
        if suffix_gender(last) in ("Masc", "Neut") and strip_suffix_genitive(last) != last:  # "des Ephesos Museums"
            return name[: -len(last)] + strip_suffix_genitive(last)
        first = span[0].text  # a noun first: "des Yachtklubs Neusiedl"
        name = strip_suffix_genitive(first) + name[len(first) :]
    return name


def org_key(name: str) -> str:
    return "org:" + name.casefold()


def link(doc: Doc, mentions: list[MentionRecord]) -> list[DocEntity]:
    known = {strip_apostrophe(m.text) for m in mentions}
    known |= {name.split()[-1] for name in known if " " in name}  # "Stuttgarts" beside "VfB Stuttgart"
    bases = [PARTY_ADJECTIVE_NOUN.sub(r"\g<before>\g<stem>e", base_form(doc, m, known)) for m in mentions]
    long_forms = [(m, b) for m, b in zip(mentions, bases, strict=True) if not is_acronym(b)]
    expansion = {base: FOREIGN_ACRONYMS[base.casefold()] for base in bases
                 if FOREIGN_ACRONYMS.get(base.casefold()) in bases}  # "Uno" beside "Vereinte Nationen"
    gazetteer_names = known_organization_forms()
    for mention, base in zip(mentions, bases, strict=True):
        if not is_acronym(base) or base in expansion:
            continue
        following = doc[mention.start - 1].text == "(" and mention.start >= 2
        previous = [(m, b) for m, b in long_forms if m.end <= mention.start - 1] if following else []
        if previous and expands(base, previous[-1][1]):
            expansion[base] = previous[-1][1]
            continue
        # "APA" expands only where the text defines it, and so does an acronym the gazetteer knows as a name of its
        # own, unless to a long form it knows too ("EZB" … "Europäische Zentralbank"): "ARD" is no "Alternative für
        # Deutschland" (AlteRnative … Deutschland) elsewhere in the text
        agency = base in NEWS_AGENCIES or gazetteer_names.get(base) == base
        matches = [(abs(m.start - mention.start), b) for m, b in long_forms
                   if expands(base, b) and (not agency or side_by_side(doc, m, mention)
                                            or (base not in NEWS_AGENCIES and b in gazetteer_names))]
        if matches:
            expansion[base] = min(matches)[1]
        elif previous and in_brackets_after(doc, mention, previous[-1][0]) and defines_in_brackets(
                base, previous[-1][1]):
            expansion[base] = previous[-1][1]
    expansion |= short_forms(bases)
    expansion |= {base: expansion.get(name, name) for base in bases  # "Fidesz-Partei" beside "Fidesz"
                  if (kind := KIND_COMPOUND.match(base)) and (name := kind.group("name")) in bases}
    entities: dict[str, DocEntity] = {}
    for mention, base in zip(mentions, bases, strict=True):
        name = expansion.get(base, base)
        name = expansion.get(name, name)  # "Konzern" → "Siemens-Konzern" → "Siemens"
        collect(entities, org_key(name), "ORG", name, mention)
    return list(entities.values())
