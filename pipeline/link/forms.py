"""German base forms of names: genitive endings and declined adjectives removed.

Names in German news inflect: "Carneys Reise", "die Aggressionen Russlands", "mit der Europäischen Union",
"des russischen Sicherheitsrats". Tables want the nominative: "Carney", "Russland", "Europäische Union",
"Russischer Sicherheitsrat".
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.nouns import NounReading, noun_reading

APOSTROPHE_GENITIVE = re.compile(r"['’´`]s?$")
# A town's adjective or inhabitant noun: "Salzburger", "Wienerin" (the town's name before the ending).
INHABITANT = re.compile(r"^(?P<place>[A-ZÄÖÜ]\w+?)(?:er|ers|ern|erin|erinnen)$")
# Suffixes that settle a German noun's gender (genitive -s/-es forms included where they occur in names).
GENDER_SUFFIXES = {
    "Fem": ("ung", "ion", "heit", "keit", "schaft", "tät", "ei", "ik", "enz", "anz", "holding", "bank", "kasse",
            "kammer", "union", "partei", "marine", "agentur", "behörde", "stiftung", "universität", "schule",
            "akademie", "wehr", "armee", "gruppe", "liga", "front", "jugend", "uni", "post", "welle", "stelle",
            "bibliothek"),
    "Masc": ("rat", "rats", "rates", "hof", "hofs", "hofes", "bund", "bunds", "bundes", "verband", "verbands",
             "verein", "vereins", "konzern", "konzerns", "fonds", "dienst", "dienstes", "ausschuss",
             "ausschusses", "club", "clubs", "klub", "klubs", "verlag", "verlags", "sender", "senders", "aufsteiger",
             "funk", "funks", "tag", "tags", "tages", "grund", "grunds", "grundes",
             "aufsteigers"),
    "Neut": ("amt", "amts", "amtes", "ministerium", "ministeriums", "institut", "instituts", "gericht",
             "gerichts", "kommando", "kommandos", "heer", "heeres", "zentrum", "zentrums", "büro", "büros",
             "komitee", "komitees", "parlament", "parlaments", "museum", "museums", "theater", "theaters", "spital",
             "spitals", "team", "teams", "werk", "werks", "haus", "hauses"),
}
# Endings of an adjective without article, by the head's gender or number: "Oberösterreichische Nachrichten".
NOMINATIVE_ENDING = {"Fem": "e", "Masc": "er", "Neut": "es", "Plur": "e"}
# Only -en and -em are never nominative singular; -er/-es/-e may already be ("Russischer Sicherheitsrat",
# "Rotes Kreuz"), and city adjectives in -er never decline ("Wiener Stadtwerke").
PLURAL_ENDINGS = ("e", "n", "en", "er")  # on the lemma: "Nachricht" → "Nachrichten"; not a genitive -s
GENITIVE_ENDINGS = ("s", "es")
# Nouns whose nominative ends in -is or -us, which their genitive -ses shows ("Preis", "Kreis", "Mechanismus").
NOMINATIVE_S = ("is", "us")
ADJECTIVE_ENDING = re.compile(r"(?:en|em)$")
STRONG_ENDING = re.compile(r"(?:en|em|er|es|e)$")
# Adjectives derived from names and places, recognized by shape where the tagger misses them; a declined one may
# also end in -al/-ell ("Internationalen"), which nouns do too ("Welle", "Zentrale"), so those never count as a head.
ADJECTIVE_SHAPE = re.compile(r"^(?:\w+(?:isch|lich|ig|ländisch)|\w*[Dd]eutsch|[Aa]llgemein)(?:en|em|er|es|e)$")
# "Allgemeine" too: "der Frankfurter Allgemeinen Zeitung"
DECLINED_ADJECTIVE_SHAPE = re.compile(
    r"^(?:\w+(?:isch|lich|ig|ländisch|al|ell)|\w*[Dd]eutsch|[Aa]llgemein)(?:en|em|er|es|e)$")
LEGAL_FORMS = {"GmbH", "AG", "KG", "OG", "SE", "Co", "&", "eG", "e.V.", "Inc.", "Ltd.", "plc", "S.A."}


def ending_beyond(word: str, lemma: str) -> str | None:
    """What a word adds to its lemma ("Russlands" → "s", "Nachrichten" → "en"); None for no lemma, the word
    itself or a lemma the word does not start with."""
    return word[len(lemma) :] if lemma and lemma != word and word.startswith(lemma) else None


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


def suffix_gender(word: str) -> str | None:
    """The gender a noun's suffix settles: "Landesholding" Fem, "Sicherheitsrats" Masc, "Instituts" Neut."""
    word = word.lower()
    return next((gender for gender, suffixes in GENDER_SUFFIXES.items() if word.endswith(suffixes)), None)


def strip_suffix_genitive(word: str) -> str:
    """A genitive -s/-es that a noun's suffix shows: "Weltressourceninstituts" → "Weltressourceninstitut",
    "Stadtrates" → "Stadtrat"; "Währungsfonds" stays (no gender suffix without its -s)."""
    if suffix_gender(word) in ("Masc", "Neut"):
        return next((bare for bare in genitive_candidates(word) if suffix_gender(bare)), word)
    return word


def head_noun(span: Span) -> Token | None:
    """The noun the leading adjective agrees with, the first noun after it ("Burgenländische Landesholding
    Vermögensverwaltungs GmbH": Landesholding)."""
    return next((t for t in span[1:] if (t.pos_ in ("NOUN", "PROPN") or t.text[:1].isupper())
                 and t.text not in LEGAL_FORMS and t.tag_ != "ADJA" and not ADJECTIVE_SHAPE.match(t.text)), None)


def head_gender(head: Token, listed: NounReading | None) -> str | None:
    """Gender of the head by a telling suffix first ("-ung", "-holding" are feminine, "-rat", "-hof"
    masculine, "-amt", "-gericht" neuter), else by its reading in Wiktionary's nouns, `listed` ("Forums" neuter,
    `pipeline.nouns`), else "Plur" for a plural ("Nachrichten": the morphologizer's number or a plural ending on the
    lemma), else the morphologizer's gender."""
    by_suffix = suffix_gender(head.text)
    if by_suffix:
        return by_suffix
    if listed is not None:
        return listed.gender
    if "Plur" in head.morph.get("Number") or ending_beyond(head.text, head.lemma_) in PLURAL_ENDINGS:
        return "Plur"
    found = head.morph.get("Gender")
    return found[0] if found else None


def nominative_name(span: Span) -> str:
    """The nominative form of a multi-word name starting with a declined adjective, as written without an article.

    "Europäischen Union" → "Europäische Union"; "russischen Sicherheitsrats" → "Russischer Sicherheitsrat";
    "Oberösterreichischen Nachrichten" → "Oberösterreichische Nachrichten"; "des Deutschen Archäologischen
    Instituts" → "Deutsches Archäologisches Institut". Where the head's suffix settles its gender, any other
    ending of an adjective in -isch, -lich … is corrected too: "der Internationale Währungsfonds" →
    "Internationaler Währungsfonds", "von Europäischer Zentralbank" → "Europäische Zentralbank" (never a city's
    adjective: "Wiener Zeitung"). Other names are returned with only an apostrophe genitive removed.
    """
    from pipeline.link.places import known_as_written, lookup

    first = span[0]
    is_adjective = first.tag_ == "ADJA" or first.pos_ == "ADJ" or bool(DECLINED_ADJECTIVE_SHAPE.match(first.text))
    if is_adjective and known_as_written(first.text):
        return strip_apostrophe(span.text)  # a place as written is no adjective: "Wien Museum", not "Wies Museum"
    head = head_noun(span) if len(span) > 1 and is_adjective else None
    if head is None:
        return strip_apostrophe(span.text)
    listed = None if known_as_written(head.text) else noun_reading(head.text)  # "Salzburg" is no "Burg"
    gender, by_suffix = head_gender(head, listed), suffix_gender(head.text)

    def declined(word: str) -> bool:
        """An ending to change: -en/-em always, another one only against a gender the suffix settles, and not the
        -er of a town's adjective ("Leipziger Institut")."""
        if ADJECTIVE_ENDING.search(word):
            return True
        ending = STRONG_ENDING.search(word)
        return (by_suffix is not None and ending is not None and DECLINED_ADJECTIVE_SHAPE.match(word) is not None
                and ending.group() != NOMINATIVE_ENDING[by_suffix]
                and not (ending.group() == "er" and lookup(word[:-2]) is not None))

    if gender not in NOMINATIVE_ENDING or not any(declined(token.text) for token in span if token.i < head.i):
        return strip_apostrophe(span.text)  # "der Frankfurter Allgemeinen Zeitung": the town's adjective stays
    out = []
    for token in span:
        word = token.text
        if token.i < head.i and declined(word) and (token.i == span.start or token.tag_ == "ADJA"
                                                    or DECLINED_ADJECTIVE_SHAPE.match(word)):
            stem = STRONG_ENDING.sub("", word)
            word = (stem[:1].upper() if token.i == span.start else stem[:1]) + stem[1:] + NOMINATIVE_ENDING[gender]
        elif token.i == head.i and gender in ("Masc", "Neut"):  # "Sicherheitsrats", "Instituts für …", "Forums"
            word = (strip_suffix_genitive(word) if by_suffix
                    else listed.nominative if listed is not None and listed.gender == gender
                    else head_without_genitive(token, first.text))
        out.append(word)
    return _join_like(span, out)


def head_without_genitive(head: Token, first_word: str) -> str:
    """A head noun without the genitive -s/-es that its lemma or a declined adjective before it shows."""
    word, lemma = head.text, head.lemma_
    if ending_beyond(word, lemma) in GENITIVE_ENDINGS:
        return lemma
    candidates = genitive_candidates(word)
    if word.endswith(NOMINATIVE_S):  # "vor dem Großen Preis": no genitive, which would be "Preises"
        return word
    return candidates[0] if candidates and first_word.endswith(("en", "es")) else word


def _join_like(span: Span, words: list[str]) -> str:
    """Join replacement words with the span's own whitespace."""
    return "".join(w + span[i].whitespace_ for i, w in enumerate(words)).strip()
