"""German numerals as exact numbers: digits with decimal comma and thousands separators, number words,
fractions ("eineinhalb", "eine halbe") and scale words ("Mio.", "Milliarden").

Number words and the values of the scale nouns come from text2num's German grammar; only what it lacks is
written down here. Values are Decimals so that "1.234,56 Mio." is exactly 1234560000 before it becomes a float.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from text_to_num import text2num

# Scale nouns with the plural and the abbreviations German newspapers use; text2num knows the singular nouns.
# "Tausend" is listed for "30 Tausend" and "30 Tsd.", but unlike "Million" it is also a numeral ("tausend Dollar").
SCALE_FORMS: dict[str, tuple[str, ...]] = {
    "Tausend": ("Tausend", "Tsd."),
    "Million": ("Million", "Millionen", "Mio.", "Mill."),
    "Milliarde": ("Milliarde", "Milliarden", "Mrd."),
    "Billion": ("Billion", "Billionen", "Bio."),
}
SCALES: dict[str, int] = {  # lower-case form, with and without the dot → value
    variant.lower(): text2num(noun, "de")
    for noun, forms in SCALE_FORMS.items()
    for form in forms
    for variant in {form, form.rstrip(".")}
}
NOUN_SCALE_MIN = 1_000_000  # scales from here on are nouns that need a numeral ("eine Million", not "Million")

HALF = Decimal("0.5")
_INFLECTED_ONE = re.compile(r"ein(e[mnrs]?)?", re.IGNORECASE)  # "eine Milliarde", "einer halben Million"
_HALF = re.compile(r"halb(e[mnrs]?)?", re.IGNORECASE)  # "halbe", "einer halben"
FRACTION_REGEX = f"^{_HALF.pattern}$"  # the word after an article that makes a fraction, for token patterns
_AND_A_HALF = re.compile(r"(\w+)einhalb", re.IGNORECASE)  # "eineinhalb", "dreieinhalb"
# Digits: thousands grouped by dot, apostrophe or (narrow) space, decimal comma; "30,-" is a whole amount.
_GROUPED = re.compile(r"\d{1,3}(?P<sep>[.'’\u202f\u00a0 ])\d{3}(?:(?P=sep)\d{3})*(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:,\d+)?")
_DOT_DECIMAL = re.compile(r"\d+\.\d{1,2}")  # "3.5 Mio.": cannot be a thousands dot, so a decimal point
_WHOLE_DASH = re.compile(r"(\d+),[-–]")


def scale_value(word: str) -> int | None:
    """Value of a scale word or abbreviation ("Mrd." → 10**9), None for anything else."""
    return SCALES.get(word.lower())


@lru_cache(maxsize=65536)  # every token's text is asked (the Matcher's numeral predicate): keep a vocabulary
def parse_numeral(word: str) -> Decimal | None:
    """Value of one numeral token: "30.000", "3,5", "1'200", "sieben", "zweihundert", "eine", "halbe",
    "dreieinhalb". None for words that are no numeral, for ordinals ("24.") and for the scale nouns."""
    digits = _digits(word)
    if digits is not None:
        return digits
    if not word.isalpha() or (scale_value(word) or 0) >= NOUN_SCALE_MIN:
        return None
    if _INFLECTED_ONE.fullmatch(word):
        return Decimal(1)
    if _HALF.fullmatch(word):
        return HALF
    if word.lower() == "anderthalb":
        return 1 + HALF
    and_a_half = _AND_A_HALF.fullmatch(word)
    if and_a_half:
        whole = _words(and_a_half.group(1))
        return None if whole is None else whole + HALF
    return _words(word)


def _digits(word: str) -> Decimal | None:
    if _GROUPED.fullmatch(word):
        integer, _, decimals = word.partition(",")
        return Decimal(re.sub(r"\D", "", integer) + "." + (decimals or "0"))
    if _PLAIN.fullmatch(word):
        return Decimal(word.replace(",", "."))
    if _DOT_DECIMAL.fullmatch(word):
        return Decimal(word)
    whole = _WHOLE_DASH.fullmatch(word)
    return Decimal(whole.group(1)) if whole else None


def _words(word: str) -> Decimal | None:
    try:
        return Decimal(text2num(word, "de"))
    except ValueError:
        return None


def is_numeral(word: str) -> bool:
    return parse_numeral(word) is not None


def parse_number(words: Sequence[str]) -> tuple[Decimal, str | None] | None:
    """A number with its optional scale word: ["3,5", "Mio."], ["eine", "halbe", "Milliarde"], ["tausend"].

    Returns the unscaled value and the scale word (the caller multiplies, so that ranges can share a scale).
    """
    scale = words[-1] if len(words) > 1 and scale_value(words[-1]) else None
    numerals = words[:-1] if scale else words
    if len(numerals) == 1:
        value = parse_numeral(numerals[0])
        return None if value is None else (value, scale)
    if len(numerals) == 2 and _INFLECTED_ONE.fullmatch(numerals[0]) and _HALF.fullmatch(numerals[1]):
        return HALF, scale  # "eine halbe Milliarde", "einer halben Million"
    return None
