"""Currency words, symbols and codes → ISO 4217 codes, from Babel's German locale data (CLDR).

CLDR names a currency "[Adjektiv] Kopfwort" in singular and plural ("Kanadischer Dollar", "Kanadische Dollar",
"Euro", "US-Dollar"). A text writes the whole name ("200 australischen Dollar"), a symbol or code ("€", "EUR")
or only the head noun ("Dollar"). A head noun that several currencies share is read as
1. the currency a German-language reader takes for granted (DEFAULTS: bare "Dollar" is the US dollar), else
2. the only one of them still legal tender (Franken → CHF, Lira → TRY), else
3. the only one whose country or adjective the context names ("Kronen" near "Tschechien" → CZK; today's currency
   before a historic one of the same country), else unknown.
Any other currency of that name whose country the context names ("Kanada", "kanadische") is recorded as an
alternative reading: "Kanada sagt 2 Milliarden Dollar zu" is USD with the alternative CAD. The context is the
caller's choice; the spaCy component passes the amount's sentence and the one before it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_name

# Bare head nouns whose reading German news takes for granted although CLDR lists several currencies for them
# (historic currencies keep their codes: an Austrian "Schilling" is ATS, a "Mark" the D-Mark).
DEFAULTS = {"dollar": "USD", "pfund": "GBP", "rubel": "RUB", "schilling": "ATS", "mark": "DEM", "gulden": "NLG"}
# Written forms CLDR does not have (its German plural of the lew is "Lew", newspapers write "Lewa").
WORD_ALIASES = {"d-mark": "DEM", "zloty": "PLN", "lewa": "BGN"}
SIGN_ALIASES = {"DM": "DEM", "US$": "USD"}
# Hundredths that CLDR does not name; a bare "Cent" is a euro cent.
SUBUNITS = {"cent": "EUR", "eurocent": "EUR", "euro-cent": "EUR", "us-cent": "USD", "groschen": "ATS",
            "pfennig": "DEM", "rappen": "CHF", "pence": "GBP"}
HUNDREDTH = Decimal("0.01")
_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")


@dataclass(frozen=True, slots=True)
class CurrencyReading:
    code: str | None
    alternatives: tuple[str, ...]
    text: str
    factor: Decimal = Decimal(1)  # HUNDREDTH for "Cent"


@dataclass(frozen=True)
class _Index:
    names: dict[str, str]  # one-word name, lower case → code ("euro", "us-dollar")
    adjective_names: dict[tuple[str, str], str]  # (adjective stem, head noun) → code (("kanadisch", "dollar"))
    adjectives: frozenset[str]  # the stems above
    heads: dict[str, tuple[str, ...]]  # head noun, lower case → codes it names ("dollar" → USD, CAD, …)
    signs: dict[str, str]  # symbol or code as written → code
    current: frozenset[str]  # codes legal tender today
    context: dict[str, str]  # code → a regular expression of the words naming its country ("Kanada", "kanadische"),
    # compiled on first use (by re's own cache): a bare "Dollar" is rare, and start-up should not pay for 269 patterns


def _stem(adjective: str) -> str:
    """"Kanadischer", "kanadischen", "kanadische" → "kanadisch": CLDR and texts inflect differently."""
    word = adjective.lower()
    for ending in _ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


def _names(locale: Locale, code: str) -> set[str]:
    """CLDR's display, singular and plural names, without dated variants ("Rubel (1991–1998)") and without
    phrases that are no adjective + noun ("Mark der DDR")."""
    names = {locale.currencies.get(code), *(get_currency_name(code, count=n, locale=locale) for n in (1, 2))}
    return {n for n in names if n and "(" not in n and all(w[0].isupper() for w in n.split())}


@lru_cache(maxsize=1)
def _index() -> _Index:
    locale = Locale("de")
    territories: dict[str, set[str]] = defaultdict(set)
    current = set()
    for territory, records in get_global("territory_currencies").items():
        for code, _start, end, tender in records:
            if tender:
                territories[code].add(locale.territories.get(territory, territory))
                if end is None:
                    current.add(code)
    names: dict[str, str] = {}
    adjective_names: dict[tuple[str, str], str] = {}
    heads: dict[str, list[str]] = defaultdict(list)
    signals = {code: {re.escape(t) + "s?" for t in places} for code, places in territories.items()}
    for code in sorted(territories, key=lambda c: (c not in current, c)):  # today's currencies win name clashes
        for name in _names(locale, code):
            *adjectives, head = name.split()
            if adjectives:
                adjective_names.setdefault((_stem(adjectives[0]), head.lower()), code)
                signals[code].add(re.escape(_stem(adjectives[0])) + "(?:e[mnrs]?)?")
            else:
                names.setdefault(head.lower(), code)
            if "-" in head:  # "Hongkong-Dollar": the prefix names the place
                signals[code].add(re.escape(head.rsplit("-", 1)[0]) + "s?")
            base = head.rsplit("-", 1)[-1].lower()
            if code not in heads[base]:
                heads[base].append(code)
    signs = {code: code for code in territories}
    signs |= {symbol: code for code, symbol in locale.currency_symbols.items() if code in territories}
    return _Index(
        names={**names, **WORD_ALIASES},
        adjective_names=adjective_names,
        adjectives=frozenset(stem for stem, _ in adjective_names),
        heads={head: tuple(codes) for head, codes in heads.items()},
        signs={**signs, **SIGN_ALIASES},
        current=frozenset(current),
        context={code: rf"\b(?:{'|'.join(sorted(s))})\b" for code, s in signals.items()},
    )


@dataclass(frozen=True)
class Vocabulary:
    """What token patterns need."""

    words: set[str]  # currency names and head nouns, lower case
    adjectives: set[str]  # the adjectives of two-word names, inflected, lower case
    signs: set[str]  # symbols and codes as written
    leading_signs: set[str]  # those that may stand before the number: symbols and codes of today's currencies
    # (an old code before a figure is more likely a country in a results table: "ESP 271" is no peseta amount)


def currency_vocabulary() -> Vocabulary:
    index = _index()
    return Vocabulary(
        words=set(index.names) | set(index.heads) | set(SUBUNITS),
        adjectives={stem + ending for stem in index.adjectives for ending in ("", *_ADJECTIVE_ENDINGS)},
        signs=set(index.signs),
        leading_signs={sign for sign, code in index.signs.items() if sign != code or code in index.current},
    )


def read_currency(words: Sequence[str], context: str = "") -> CurrencyReading | None:
    """The currency that `words` name: one symbol, code or name, or an adjective and a name
    ("australischen Dollar"); `context` (the surrounding text) can name the country of a bare "Dollar"."""
    index, text = _index(), " ".join(words)
    if len(words) == 1 and words[0] in index.signs:
        return CurrencyReading(index.signs[words[0]], (), text)
    lowered = [w.lower() for w in words]
    if len(words) == 1 and lowered[0] in SUBUNITS:
        return CurrencyReading(SUBUNITS[lowered[0]], (), text, HUNDREDTH)
    if len(words) == 1 and lowered[0] in index.names:
        return CurrencyReading(index.names[lowered[0]], (), text)
    if len(words) == 2 and (_stem(words[0]), lowered[1]) in index.adjective_names:
        return CurrencyReading(index.adjective_names[_stem(words[0]), lowered[1]], (), text)
    known_form = len(words) == 1 or (len(words) == 2 and _stem(words[0]) in index.adjectives)
    candidates = index.heads.get(lowered[-1]) if known_form else None
    if not candidates:
        return None
    named = [code for code in candidates if re.search(index.context[code], context, re.IGNORECASE)]
    code = DEFAULTS.get(lowered[-1]) or _only(c for c in candidates if c in index.current)
    code = code or _only(c for c in named if c in index.current) or _only(named)
    return CurrencyReading(code, tuple(c for c in named if c != code), text)


def _only(codes: Iterable[str]) -> str | None:
    found = list(codes)
    return found[0] if len(found) == 1 else None
