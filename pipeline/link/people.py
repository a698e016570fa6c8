"""People within a document: surname-only and genitive mentions resolve to the fullest name used.

"Premierminister Mark Carney … Carneys Reise … Carney war" → one person, "Mark Carney". A surname
links to the nearest preceding full name ending in it (else the nearest following one); with none, the
surname stands alone, and an abbreviated given name joins the one it abbreviates ("Ch. Leitgeb" →
"Christoph Leitgeb"). The Arabic article, which news writes or leaves out, does not part names: "Omar
al-Bashir" … "Bashir", "Muammar Gaddafi" … "Muammar al-Gaddafi" (the fuller name is kept).
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc

from pipeline.extract.mentions import MentionRecord
from pipeline.given_names import given_names
from pipeline.link import DocEntity, collect
from pipeline.link.forms import strip_apostrophe, strip_known_genitive
from pipeline.link.titles import titles_for
from pipeline.roles import COUNTERPARTS, ROLE_MODIFIERS, is_role

SURNAME_PARTICLES = {
    "van", "von", "der", "den", "de", "di", "da", "del", "la", "le", "zu", "ten", "ter", "du", "al", "bin"
}
NASAB = frozenset({"bin", "ibn", "bint"})  # "son of", "daughter of" in an Arabic name: "Mohammed bin Zayid"
# Particles that may begin a surname written alone ("De Maizière"); not Arabic ones that are given names ("Al Gore")
LEADING_PARTICLES = SURNAME_PARTICLES - NASAB - {"al"}
KOREAN_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # after the family name: "Ban Ki-moon", "Kim Jong-un"
SYLLABLE = re.compile(r"^[A-Z][a-z]{0,3}$")  # the same written in three syllables: "Ban Ki Moon", "Tsai Ing Wen"
ARABIC_ARTICLE = re.compile(r"\b[AaEe]l-")  # "Muammar al-Gaddafi" is "Muammar Gaddafi", "Omar al-Bashir" "Bashir"
PATRONYMIC = re.compile(r"(?:witsch|wna)$")  # "Sergej Jurjewitsch Netschajew", "Julia Wladimirowna Timoschenko"
INITIAL = re.compile(r"^[A-ZÄÖÜ][a-zäöü]?\.$")  # an abbreviated given name: "C.", "Ch."
NICKNAME = re.compile(r"^\(\w[\w.-]*\)$")  # between given name and surname: "Rudolf (Rudi) Anschober"
LEADING_TITLES = {"Dr.", "Prof.", "Mag.", "Ing.", "DI", "Herr", "Frau", "Sir", "Lady", "Papst", "König", "Königin"}


def base_name(text: str, known_words: set[str]) -> str:
    """Without leading titles or roles, a genitive ending, a tweet's hashtag sign and a nickname in brackets:
    "Topberater Selenskyjs" → "Selenskyj" when "Selenskyj" is attested, "Angela #Merkel" → "Angela Merkel", "Rudolf
    (Rudi) Anschober" → "Rudolf Anschober"."""
    words = strip_apostrophe(text).split() or text.split()  # a mention that is only "O’" keeps its text
    words = [word.removeprefix("#") for word in words if not NICKNAME.match(word)] if len(words) > 1 else words
    while len(words) > 1 and (words[0] in LEADING_TITLES or is_role(words[0]) or words[0] in ROLE_MODIFIERS
                              or words[0] in COUNTERPARTS):
        words = words[1:]
    return strip_known_genitive(" ".join(words), known_words) or text


def nickname_forms(text: str) -> list[str]:
    """The name a mention's nickname in brackets stands for, with the words after it: "Rudolf (Rudi) Anschober" →
    ["Rudi Anschober"]."""
    words = text.split()
    return [" ".join([word[1:-1], *words[i + 1 :]]) for i, word in enumerate(words)
            if NICKNAME.match(word) and 0 < i < len(words) - 1]


def comparable(name: str) -> str:
    """A name without the Arabic article, which news writes or leaves out: "Muammar al-Gaddafi" → "Muammar
    Gaddafi"."""
    return ARABIC_ARTICLE.sub("", name)


def spelled_alike(name: str) -> str:
    """A name compared within a document: without the Arabic article and without diacritics, which agency texts
    drop now and then ("Tomislav Nikolić" … "Nikolic", "Ahmet Davutoglu" … "Davutoğlu")."""
    decomposed = unicodedata.normalize("NFKD", comparable(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def same_or_longer(full_name: str, name: str) -> bool:
    """`full_name` is `name`, ends in it or spells out its abbreviated given name: "Wolodymyr Selenskyj" and
    "Selenskyj", "Omar al-Bashir" and "Bashir", "Christoph Leitgeb" and "Ch. Leitgeb" (line-ups, captions),
    diacritics aside ("Tomislav Nikolić" and "Nikolic")."""
    full, short = spelled_alike(full_name), spelled_alike(name)
    return (full == short or full.endswith(" " + short) or spells_out(full.split(), short.split())
            or leaves_out_middle(full.split(), short.split()))


def leaves_out_middle(full: list[str], short: list[str]) -> bool:
    """A given name and a surname of a longer name whose other words between are middle names: "George Bush" of
    "George W. Bush", "Pablo Escobar" of "Pablo Emilio Escobar Gaviria". Not NER's run-on of two people
    ("Erwin Pröll Mitterlehner", "Erwin Pröll Josef Pühringer")."""
    return (len(short) == 2 and len(full) > 2 and full[0] == short[0] and has_surname(full, short[1])
            and middle_names(full[1 : full.index(short[1], 1)]))


def has_surname(full: list[str], word: str) -> bool:
    """`word` ends the name, or follows its given name and middle names in a name of four words or more (a second
    surname follows): "Carney" of "Mark Carney", "Escobar" of "Pablo Emilio Escobar Gaviria"."""
    if full[-1] == word:
        return True
    at = full.index(word, 1) if word in full[1:] else 0
    return len(full) > 3 and at >= 2 and middle_names(full[1:at])


def middle_names(words: list[str]) -> bool:
    """Given names, initials or patronymics: what stands between a given name and the surname."""
    return all(w in given_names() or INITIAL.match(w) or PATRONYMIC.search(w) for w in words)


def spells_out(full: list[str], short: list[str]) -> bool:
    """The words of a name whose given name `short` abbreviates, the rest being the same."""
    return (len(full) == len(short) > 1 and INITIAL.match(short[0]) is not None and INITIAL.match(full[0]) is None
            and full[0].startswith(short[0][:-1]) and full[1:] == short[1:])


def first_word_alone(words: list[str]) -> bool:
    """A name whose first word names the person alone too: an Arabic name with the father's ("Qabus bin Said" …
    "Qabus") or a Korean or Chinese name, the family name first ("Ban Ki-moon", "Ban Ki Moon" … "Ban")."""
    return ((len(words) > 2 and words[1] in NASAB)
            or (len(words) == 2 and KOREAN_GIVEN_NAME.match(words[1]) is not None)
            or (len(words) == 3 and all(SYLLABLE.match(word) for word in words)))


def person_key(name: str) -> str:
    """One key for one name, across documents too: "Muammar al-Gaddafi" and "Muammar Gaddafi" share it."""
    return "per:" + comparable(name).casefold()


def link(doc: Doc, mentions: list[MentionRecord]) -> list[DocEntity]:
    known = {w for m in mentions for w in strip_apostrophe(m.text).split()}
    known |= {strip_apostrophe(m.text) for m in mentions}
    bases = [base_name(m.text, known) for m in mentions]
    # "Rudi Anschober" is the "Rudolf (Rudi) Anschober" of the same document
    by_nickname = {alias: base for m, base in zip(mentions, bases, strict=True) for alias in nickname_forms(m.text)}
    bases = [by_nickname.get(base, base) for base in bases]
    # Full names, longest first: a shorter full name that ends a longer one is the same person.
    full_names: list[str] = []
    for name in sorted({b for b in bases if " " in b}, key=lambda b: (-len(b.split()), -len(b), b)):
        if not any(same_or_longer(longer, name) for longer in full_names):
            full_names.append(name)
    positions = {name: [m.start for m, b in zip(mentions, bases, strict=True) if b == name] for name in full_names}
    # shorter names the document writes for a longer one: "Lula da Silva" for "Luiz Inácio Lula da Silva"
    shortened = {b: next(f for f in full_names if same_or_longer(f, b)) for b in bases
                 if " " in b and b not in full_names}

    def resolve(base: str, position: int) -> str:
        if " " in base:
            return next((f for f in full_names if same_or_longer(f, base)), base)
        candidates = [f for f in full_names if has_surname(spelled_alike(f).split(), spelled_alike(base))]
        if not candidates:
            return given_name_of(base)
        before = [(max(p for p in positions[f] if p < position), f) for f in candidates
                  if any(p < position for p in positions[f])]
        if before:
            return max(before)[1]
        return min((min(positions[f]), f) for f in candidates)[1]

    def given_name_of(base: str) -> str:
        """The one full name of the document that a lone given name begins ("Robert" … "Robert Stigwood"), or a
        name that goes by its first word ("Qabus" … "Qabus bin Said", "Ban" … "Ban Ki-moon"), or the one whose
        shorter name the document writes beginning with the word ("Lula" … "Lula da Silva" … "Luiz Inácio Lula da
        Silva")."""
        named = {f for f in full_names if f.split()[0] == base}
        by_shorter = {f for b, f in shortened.items() if b.split()[0] == base}
        if not named and len(by_shorter) == 1:
            return by_shorter.pop()
        if len(named) != 1:
            return base
        name = named.pop()
        return name if base in given_names() or first_word_alone(name.split()) else base

    entities: dict[str, DocEntity] = {}
    titles: dict[str, set[str]] = {}
    for mention, base in zip(mentions, bases, strict=True):
        name = resolve(base, mention.start)
        collect(entities, person_key(name), "PER", name, mention)
        genitive = mention.text.split()[-1] != base.split()[-1]  # "Selenskyjs", "Klaus’"
        titles.setdefault(person_key(name), set()).update(titles_for(doc, mention.start, mention.end, genitive))
    for key, entity in entities.items():
        first, last = split_name(entity.name)
        entity.attrs = {"first_name": first, "last_name": last, "titles": titles[key]}
    return list(entities.values())


def split_name(name: str) -> tuple[str | None, str]:
    """("Alexander", "Van der Bellen") for "Alexander Van der Bellen"; (None, "Carney") for "Carney", and (None,
    "De Maizière") for a surname that begins with a particle, unless an Arabic one that is also a given name ("Al
    Gore")."""
    words = name.split()
    last = len(words) - 1
    while last > 1 and words[last - 1].lower() in SURNAME_PARTICLES:
        last -= 1
    if last == 1 and words[0].lower() in LEADING_PARTICLES:
        last = 0
    return (" ".join(words[:last]) or None), " ".join(words[last:])
