"""Property tests: an amount written the German way (decimal comma, thousands dots or apostrophes, a scale
word, a qualifier, a range) reads back as the same number, both from its words and from running text."""

from __future__ import annotations

from fractions import Fraction

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

import pipeline.components  # noqa: F401  (registers money_matcher)
from pipeline.money.amount import parse_money
from pipeline.money.qualifiers import QUALIFIERS

SCALES = {"": 1, "Tausend": 10**3, "Tsd.": 10**3, "Million": 10**6, "Millionen": 10**6, "Mio.": 10**6,
          "Milliarde": 10**9, "Milliarden": 10**9, "Mrd.": 10**9, "Billionen": 10**12, "Bio.": 10**12}
CURRENCIES = {"Euro": "EUR", "Dollar": "USD", "US-Dollar": "USD", "Franken": "CHF", "Schilling": "ATS",
              "Pfund": "GBP", "€": "EUR", "EUR": "EUR", "$": "USD"}
SIGNS = ("€", "EUR", "$")


@st.composite
def german_numbers(draw, separators: tuple[str, ...] = (".", "'", "")) -> tuple[str, Fraction]:
    """("1.234.567,89", 123456789/100): an integer part grouped by thousands and up to two decimals."""
    decimals = draw(st.sampled_from([0, 1, 2]))
    units = draw(st.integers(min_value=0, max_value=10**12))
    whole, fraction = divmod(units, 10**decimals)
    text = f"{whole:,}".replace(",", draw(st.sampled_from(separators)))
    if decimals:
        text += "," + str(fraction).zfill(decimals)
    return text, Fraction(units, 10**decimals)


@pytest.fixture(scope="module")
def blank_nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("money_matcher")
    return nlp


@given(german_numbers(separators=(".", "'", "", "\u202f")), st.sampled_from(sorted(SCALES)),
       st.sampled_from(sorted(CURRENCIES)))
def test_words_read_back(number, scale, currency):
    text, value = number
    words = [text, scale] if scale else [text]
    words = [currency, *words] if currency in SIGNS else [*words, currency]
    money = parse_money(words)
    assert (money.amount, money.amount_max, money.currency) == (float(value * SCALES[scale]), None,
                                                                CURRENCIES[currency])
    assert money.scale == (scale or None)


@given(german_numbers(), german_numbers(), st.sampled_from(["Mio.", "Milliarden", ""]), st.booleans())
def test_ranges_read_back(low, high, scale, between):
    (low_text, low_value), (high_text, high_value) = sorted([low, high], key=lambda n: n[1])
    if low_value == high_value:
        return
    words = ["zwischen", low_text, "und", high_text] if between else [low_text, "bis", high_text]
    money = parse_money([*words, *([scale] if scale else []), "Euro"])
    factor = SCALES[scale] if low_value < 1000 else 1  # "500.000 bis 1 Mio." keeps its lower bound as written
    assert (money.amount, money.amount_max) == (float(low_value * factor), float(high_value * SCALES[scale]))


@given(german_numbers(), st.sampled_from(sorted(SCALES)), st.sampled_from(sorted(QUALIFIERS)))
def test_running_text_reads_back(blank_nlp, number, scale, qualifier):
    text, value = number
    amount = " ".join(part for part in (qualifier, text, scale, "Euro") if part)
    doc = blank_nlp(f"Der Vertrag wurde mit {amount} abgeschlossen.")
    assert [span.text for span in doc.spans["money"]] == [amount]
    money = doc.spans["money"][0]._.money
    assert (money.amount, money.currency, money.approx, money.qualifier.lower()) == (
        float(value * SCALES[scale]), "EUR", QUALIFIERS[qualifier], qualifier)
