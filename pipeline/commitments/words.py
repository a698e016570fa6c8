"""Word classes the commitment rules need, robust to tagger errors: a tag, a coarse POS or the word itself.

The bundled model's tagger errs on exactly the words the rules hinge on ("übernahm" as PTKVZ, a dash as
VVFIN, "Dekret" as NE), so every test here accepts more than one kind of evidence and never trusts
punctuation to be tagged as such.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

ACTOR_LABELS = ("PER", "ORG", "LOC")


def actors_in(span: Span, labels: tuple[str, ...] | None = ACTOR_LABELS) -> list[Span]:
    """The entities inside a span with one of `labels` (None: any), read from its own tokens.

    `Span.ents` scans every entity of the document, which made the rules quadratic on long texts; an entity
    span is made from its tokens' IOB attributes, exactly as `Doc.ents` makes it.
    """
    doc, found, i = span.doc, [], span.start
    while i < span.end:
        token = doc[i]
        if token.ent_iob_ != "B":
            i += 1
            continue
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end <= span.end and (labels is None or token.ent_type_ in labels):
            found.append(Span(doc, i, end, label=token.ent_type, kb_id=token.ent_kb_id, span_id=token.ent_id))
        i = end
    return found


def words(text: str) -> frozenset[str]:
    """A word list written as one string (long lists stay readable)."""
    return frozenset(text.split())


PREPOSITIONS = words(
    "ab an am ans auf aus außer bei beim bis durch entgegen für gegen gegenüber hinter in im ins inklusive "
    "laut mit mitsamt nach neben ohne per samt seit seitens statt trotz über um unter vom von vor vorm wegen "
    "während zu zufolge zugunsten zum zur zwischen"
)
ARTICLES = words("der die das den dem des ein eine einen einem einer eines")
DATIVE_ARTICLES = frozenset({"dem", "einem"})
COORDINATORS = frozenset({"und", "sowie", "oder", ","})
SUBORDINATORS = words(
    "dass daß als weil ob wenn falls sofern nachdem während obwohl damit sodass indem bevor sobald seit "
    "seitdem wie wo wobei um"
)
PERSONAL_PRONOUNS = frozenset({"er", "sie"})
REFLEXIVE_PRONOUNS = frozenset({"sich"})
# Nouns of time and frequency: a noun phrase made of them is an adverbial ("Letzte Woche"), not an argument.
TIME_NOUNS = words(
    "woche wochen jahr jahre jahren monat monate monaten tag tage tagen abend morgen nacht mal zeit zeitpunkt "
    "quartal halbjahr wochenende wochenbeginn jahresbeginn jahresende montag dienstag mittwoch donnerstag "
    "freitag samstag sonntag januar jänner februar märz april mai juni juli august september oktober november "
    "dezember frühjahr sommer herbst winter ende anfang mitte beginn"
)
NOT_PREPOSITION_TAGS = frozenset({"KOUS", "KOUI", "KOKOM", "KON", "PTKVZ", "PTKZU", "ADV", "PAV"})
MODIFIER_TAGS = frozenset({"ART", "ADJA", "CARD", "PIAT", "PIDAT", "PPOSAT", "PDAT", "PWAT", "TRUNC"})
PUNCTUATION = frozenset(",;:.!?()[]–—-\"„“”'‚‘’…/")


def is_punct(token: Token) -> bool:
    return token.is_punct or token.is_space or token.text in PUNCTUATION


def is_verb(token: Token) -> bool:
    return not is_punct(token) and (token.tag_.startswith("V") or token.pos_ in ("VERB", "AUX"))


def is_finite(token: Token) -> bool:
    return is_verb(token) and (token.tag_.endswith("FIN") or "Fin" in token.morph.get("VerbForm"))


def is_participle(token: Token) -> bool:
    return token.tag_.endswith("PP") or "Part" in token.morph.get("VerbForm")


def is_preposition(token: Token) -> bool:
    """A preposition, not a conjunction or particle of the same form ("als", "um … zu", "an" closing a clause)."""
    if token.tag_.startswith("APP"):
        return True
    return token.tag_ not in NOT_PREPOSITION_TAGS and (token.pos_ == "ADP" or token.lower_ in PREPOSITIONS)


def is_noun(token: Token) -> bool:
    """A noun or name: capitalized and tagged as one, or inside a named entity."""
    if is_punct(token) or not token.text[:1].isupper():
        return False
    return bool(token.ent_type_) or token.tag_ in ("NN", "NE") or token.pos_ in ("NOUN", "PROPN")


def is_modifier(token: Token) -> bool:
    """Words that open a noun phrase before its noun: articles, determiners, adjectives, numbers."""
    if is_punct(token) or token.ent_type_:
        return False
    return token.tag_ in MODIFIER_TAGS or token.lower_ in ARTICLES or token.pos_ in ("DET", "NUM")
