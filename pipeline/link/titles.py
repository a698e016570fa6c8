"""Roles and titles of a person, read from the words around a mention.

Two German patterns cover most news: a role right before the name ("US-Außenminister Marco Rubio",
"dem ukrainischen Präsidenten Wolodymyr Selenskyj") and an apposition after it ("Dmitri Medwedew, der
stellvertretende Vorsitzende des russischen Sicherheitsrats und ehemalige Präsident, …"). Titles are put
in the nominative without article: "Präsident", "stellvertretender Vorsitzender des russischen
Sicherheitsrats", "ehemaliger Präsident".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.roles import is_role

ARTICLE_GENDER = {"der": "Masc", "dem": "Masc", "den": "Masc", "des": "Masc", "die": "Fem", "einer": "Fem"}
APPOSITION_MAX_TOKENS = 14
APPOSITION_END = {",", ";", ":", ")", "–", ".", "!", "?"}


def role_lemma(token: Token) -> str:
    """ "Präsidenten" → "Präsident"; the lemma only when it is a prefix of the word (no lemma noise)."""
    lemma = token.lemma_
    return lemma if lemma and token.text.startswith(lemma) and is_role(lemma) else token.text


def before(doc: Doc, start: int) -> list[str]:
    """A role word directly in front of the name: "Premierminister Mark Carney" → ["Premierminister"]."""
    if start == 0 or not is_role(doc[start - 1].text) or doc[start - 1].is_sent_end:
        return []
    return [role_lemma(doc[start - 1])]


def strong_form(word: str, gender: str) -> str:
    """Weak adjective after "der" → strong form without it: "stellvertretende" → "stellvertretender"."""
    if gender == "Masc" and word[:1].islower() and word.endswith("e"):
        return word + "r"
    if gender == "Masc" and word in ("Vorsitzende", "Abgeordnete", "Beauftragte", "Angestellte"):
        return word + "r"
    return word


def apposition(doc: Doc, end: int) -> list[str]:
    """Titles in ", der … Präsident," after a name; one title per "und"-coordinated part."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ARTICLE_GENDER:
        return []
    gender = ARTICLE_GENDER[doc[end + 1].lower_]
    words: list[Token] = []
    for token in doc[end + 2 : end + 2 + APPOSITION_MAX_TOKENS]:
        if token.is_sent_start or token.is_space or token.text in APPOSITION_END:
            break
        words.append(token)
    else:
        return []  # no end of the apposition in sight: a relative clause, not a title
    titles, part = [], []
    for token in [*words, None]:
        if token is None or token.lower_ == "und":
            if any(is_role(t.text) or t.text in ("Vorsitzende", "Vorsitzender") for t in part):
                titles.append(" ".join(strong_form(t.text, gender) if i < 2 else t.text for i, t in enumerate(part)))
            part = []
        else:
            part.append(token)
    return titles


def titles_for(doc: Doc, start: int, end: int, genitive: bool = False) -> list[str]:
    """All titles around the person mention doc[start:end]. A role before a genitive is someone else's:
    "dem Topberater Selenskyjs" is Jermak's title, not Selenskyj's."""
    return ([] if genitive else before(doc, start)) + apposition(doc, end)
