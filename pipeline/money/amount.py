"""The words of an amount ("rund 2 Milliarden Dollar", "€ 3,5 Mio.", "zwischen 10 und 20 Millionen Euro") as a
`Money` value. Pure: the spaCy component cuts the words out of a `Doc`, the property tests write them directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pipeline.money.currencies import CurrencyReading, read_currency
from pipeline.money.numbers import is_numeral, parse_number, scale_value
from pipeline.money.qualifiers import leading_qualifiers

RANGE_WORDS = ("bis", "-", "–")  # "10 bis 20 Mio. Euro"; "zwischen 10 und 20" is read separately


@dataclass(frozen=True, slots=True)
class Money:
    amount: float | None  # full value in currency units (lower bound of a range); None: no number to read
    amount_max: float | None  # upper bound of a range
    currency: str | None  # ISO 4217
    currency_alternatives: tuple[str, ...]
    currency_text: str
    scale: str | None  # scale word as written ("Milliarden", "Mio.")
    approx: bool
    qualifier: str | None  # qualifier words as written ("knapp über")


def parse_money(words: Sequence[str], context: str = "") -> Money | None:
    """Read an amount from its words (qualifiers, number or range, scale, currency, in any of the orders German
    uses); None when no currency is named. `context` is the text around it, for the country of a "Dollar"."""
    qualifier, approx, used = leading_qualifiers(words)
    split = _split_currency(_unhyphenated(list(words[used:])), context)
    if split is None:
        return None
    currency, number_words = split
    bounds = _bounds(number_words)
    low, high, scale = bounds if bounds else (None, None, None)
    return Money(
        amount=None if low is None else float(low * currency.factor),
        amount_max=None if high is None else float(high * currency.factor),
        currency=currency.code,
        currency_alternatives=currency.alternatives,
        currency_text=currency.text,
        scale=scale,
        approx=approx,
        qualifier=qualifier,
    )


def _split_currency(words: list[str], context: str) -> tuple[CurrencyReading, list[str]] | None:
    """The currency (a sign before the number, or the last one or two words) and the number words."""
    first = read_currency(words[:1], context) if words and not is_numeral(words[0]) else None
    if first:
        return first, words[1:]
    for size in (2, 1):
        last = read_currency(words[-size:], context) if len(words) > size else None
        if last:
            return last, words[:-size]
    return None


def _unhyphenated(words: list[str]) -> list[str]:
    """Compounds as separate words: "drei Euro-Milliarden" → drei Milliarden Euro; "500-Millionen-Dollar-Kredit"
    → 500 Millionen Dollar (a scale makes it a sum; "500-Euro-Schein" names a note and is left alone)."""
    parts = words[-1].split("-") if words else []
    if len(parts) == 2 and scale_value(parts[1]) and read_currency(parts[:1]):
        return [*words[:-1], parts[1], parts[0]]
    if len(words) == 1 and is_numeral(parts[0]):
        for k in range(1, len(parts) - 1):
            if scale_value(parts[k]) and read_currency(parts[k + 1 : k + 2]):
                return parts[: k + 2]
    return words


def _bounds(words: list[str]) -> tuple[Decimal, Decimal | None, str | None] | None:
    """(amount, upper bound or None, scale word) in currency units."""
    between = bool(words) and words[0].lower() == "zwischen"
    words = words[1:] if between else words
    cuts = [i for i, word in enumerate(words) if word.lower() in (("und",) if between else RANGE_WORDS)]
    if not cuts and not between:
        single = parse_number(words)
        return None if single is None else (single[0] * _factor(single[1]), None, single[1])
    low, high = (parse_number(words[: cuts[0]]), parse_number(words[cuts[0] + 1 :])) if len(cuts) == 1 else (None, None)
    if low is None or high is None:
        return None
    high_value = high[0] * _factor(high[1])
    low_factor = _factor(low[1]) if low[1] else _implied_scale(low[0], high_value, _factor(high[1]))
    return low[0] * low_factor, high_value, high[1]


def _factor(scale: str | None) -> int:
    return scale_value(scale or "") or 1


def _implied_scale(low: Decimal, high: Decimal, high_scale: int) -> int:
    """Scale of a range's lower bound written without one: the upper bound's ("10 bis 20 Mio."), or a smaller
    one where that would make it the larger ("800 bis 1,2 Mrd." is 800 Mio.); a written-out number such as
    "500.000 bis 1 Mio." has none."""
    scale = high_scale if low < 1000 else 1
    while scale > 1 and low * scale > high:
        scale //= 1000
    return scale
