"""German base forms of names: genitive endings and declined adjectives removed.

Names in German news inflect: "Carneys Reise", "die Aggressionen Russlands", "mit der Europäischen Union",
"des russischen Sicherheitsrats". Tables want the nominative: "Carney", "Russland", "Europäische Union",
"Russischer Sicherheitsrat".
"""

from __future__ import annotations

import re

from spacy.tokens import Span

APOSTROPHE_GENITIVE = re.compile(r"['’´`]s?$")
# Suffixes that settle a German noun's gender (genitive -s/-es forms included where they occur in names).
GENDER_SUFFIXES = {
    "Fem": ("ung", "ion", "heit", "keit", "schaft", "tät", "ei", "ik", "enz", "anz", "holding", "bank", "kasse",
            "kammer", "union", "partei", "marine", "agentur", "behörde", "stiftung", "universität", "schule",
            "akademie", "wehr", "armee", "gruppe", "liga", "front", "jugend"),
    "Masc": ("rat", "rats", "rates", "hof", "hofs", "hofes", "bund", "bunds", "bundes", "verband", "verbands",
             "verein", "vereins", "konzern", "konzerns", "fonds", "dienst", "dienstes", "ausschuss",
             "ausschusses", "club", "clubs", "klub", "klubs", "verlag", "verlags", "sender", "senders", "aufsteiger",
             "aufsteigers"),
    "Neut": ("amt", "amts", "amtes", "ministerium", "ministeriums", "institut", "instituts", "gericht",
             "gerichts", "kommando", "kommandos", "heer", "heeres", "zentrum", "zentrums", "büro", "büros",
             "komitee", "komitees", "parlament", "parlaments", "museum", "museums", "theater", "theaters", "spital",
             "spitals", "team", "teams", "werk", "werks", "haus", "hauses"),
}
NOMINATIVE_ENDING = {"Fem": "e", "Masc": "er", "Neut": "es"}
# Only -en and -em are never nominative singular; -er/-es/-e may already be ("Russischer Sicherheitsrat",
# "Rotes Kreuz"), and city adjectives in -er never decline ("Wiener Stadtwerke").
ADJECTIVE_ENDING = re.compile(r"(?:en|em)$")
# Adjectives derived from names and places, recognized by shape where the tagger misses them.
ADJECTIVE_SHAPE = re.compile(r"^\w+(?:isch|lich|ig|ländisch)(?:en|em|er|es|e)$")
LEGAL_FORMS = {"GmbH", "AG", "KG", "OG", "SE", "Co", "&", "eG", "e.V.", "Inc.", "Ltd.", "plc", "S.A."}


def strip_apostrophe(text: str) -> str:
    """ "Klaus’" → "Klaus", "Trump's" → "Trump"."""
    return APOSTROPHE_GENITIVE.sub("", text)


def genitive_candidates(word: str) -> list[str]:
    """Forms a word could have before a genitive ending: "Russlands" → ["Russland"], "Bundes" → ["Bund"]."""
    out = []
    if len(word) > 3 and word.endswith("es"):
        out.append(word[:-2])
    if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out


def strip_known_genitive(text: str, known: set[str]) -> str:
    """Drop a genitive -s/-es when the bare form is attested (`known`): "Carneys" → "Carney"."""
    text = strip_apostrophe(text)
    words = text.split(" ")
    for candidate in genitive_candidates(words[-1]):
        bare = " ".join([*words[:-1], candidate])
        if bare in known or candidate in known:
            return bare
    return text


def head_gender(span: Span) -> str | None:
    """Grammatical gender of the noun that the leading adjective agrees with, the first noun after it
    ("Burgenländische Landesholding Vermögensverwaltungs GmbH": Landesholding): by a telling suffix first
    ("-ung", "-holding" are feminine, "-rat", "-hof" masculine, "-amt", "-gericht" neuter), else from the
    morphologizer."""
    nouns = [t for t in span[1:] if (t.pos_ in ("NOUN", "PROPN") or t.text[:1].isupper())
             and t.text not in LEGAL_FORMS and t.tag_ != "ADJA" and not ADJECTIVE_SHAPE.match(t.text)]
    if not nouns:
        return None
    head = nouns[0]
    word = head.text.lower()
    for gender, suffixes in GENDER_SUFFIXES.items():
        if word.endswith(suffixes):
            return gender
    found = head.morph.get("Gender")
    return found[0] if found else None


def nominative_name(span: Span) -> str:
    """The nominative form of a multi-word name starting with a declined adjective.

    "Europäischen Union" → "Europäische Union"; "russischen Sicherheitsrats" → "Russischer Sicherheitsrat";
    "Österreichischen Hagelversicherung" → "Österreichische Hagelversicherung". Other names are returned
    with only an apostrophe genitive removed.
    """
    words = [t.text for t in span]
    first = span[0]
    is_adjective = first.tag_ == "ADJA" or first.pos_ == "ADJ" or bool(ADJECTIVE_SHAPE.match(first.text))
    gender = head_gender(span) if len(words) > 1 and is_adjective else None
    if gender not in NOMINATIVE_ENDING or not ADJECTIVE_ENDING.search(first.text):
        return strip_apostrophe(span.text)
    stem = ADJECTIVE_ENDING.sub("", first.text)
    out = [stem[:1].upper() + stem[1:] + NOMINATIVE_ENDING[gender]]
    for i, token in enumerate(span[1:], start=1):
        word = words[i]
        is_head = i == len(words) - 1  # before a legal form, -s belongs to the name ("Verwaltungs GmbH")
        if is_head and gender in ("Masc", "Neut") and token.text[:1].isupper() and word not in LEGAL_FORMS:
            lemma = token.lemma_
            if lemma and lemma != word and word.startswith(lemma) and word[len(lemma) :] in ("s", "es"):
                word = lemma
            elif genitive_candidates(word) and words[0].endswith(("en", "es")):
                word = genitive_candidates(word)[0]
        out.append(word)
    return _join_like(span, out)


def _join_like(span: Span, words: list[str]) -> str:
    """Join replacement words with the span's own whitespace."""
    return "".join(w + span[i].whitespace_ for i, w in enumerate(words)).strip()
