"""Token patterns in spaCy's Matcher format for amounts and their qualifiers, built from the numeral, scale,
currency and qualifier tables. Plain data: looking at token text only, they work with any German pipeline,
a bare tokenizer included.
"""

from __future__ import annotations

import re

from pipeline.money.amount import RANGE_WORDS
from pipeline.money.currencies import currency_vocabulary
from pipeline.money.numbers import FRACTION_REGEX, SCALES
from pipeline.money.qualifiers import QUALIFIERS, VAGUE_QUANTIFIERS

NUMERAL_ATTR = "money_numeral"  # boolean Token extension: `pipeline.money.numbers.is_numeral` of the text

Pattern = list[dict]


def _spaced(*parts: Pattern) -> Pattern:
    """Join pattern parts, letting whitespace tokens ("60.000  Euro") stand between any two tokens."""
    joined: Pattern = []
    for part in parts:
        for token in part:
            if joined:
                joined.append({"IS_SPACE": True, "OP": "*"})
            joined.append(token)
    return joined


def amount_patterns() -> list[Pattern]:
    """Number or range, optional scale, currency ("2 Milliarden Dollar", "zwischen 10 und 20 Mio. Euro",
    "200 australischen Dollar"), compounds with a scale ("drei Euro-Milliarden", "500-Millionen-Dollar-Kredit"),
    sign first ("€ 3,5 Mio."), and numberless amounts ("mehrere Millionen Euro"), which the component drops
    unless asked to keep them for an audit."""
    vocabulary = currency_vocabulary()
    scales = sorted(SCALES)
    numeral: Pattern = [{"_": {NUMERAL_ATTR: True}}, {"LOWER": {"REGEX": FRACTION_REGEX}, "OP": "?"}]
    # The tokenizer splits the dot off abbreviations it does not know ("Bio", "."); the reader glues it back.
    number = [*_spaced(numeral, [{"LOWER": {"IN": scales}, "OP": "?"}]), {"ORTH": ".", "OP": "?"}]
    amounts = [
        number,
        _spaced(number, [{"LOWER": {"IN": list(RANGE_WORDS)}}], number),
        _spaced([{"LOWER": "zwischen"}], number, [{"LOWER": "und"}], number),
    ]
    vague = {"LOWER": {"IN": list(VAGUE_QUANTIFIERS)}}
    numberless = [[{**vague, "OP": "+"}], _spaced([{**vague, "OP": "*"}], [{"LOWER": {"IN": scales}}]),
                  _spaced([{**vague, "OP": "+"}], numeral[:1])]
    currencies = [
        [{"TEXT": {"IN": sorted(vocabulary.signs)}}],
        _spaced([{"LOWER": {"IN": sorted(vocabulary.adjectives)}, "OP": "?"}],
                [{"LOWER": {"IN": sorted(vocabulary.words)}}]),
    ]
    word_regex, scale_regex = (f"(?:{'|'.join(map(re.escape, sorted(forms)))})" for forms in (vocabulary.words, scales))
    return [
        *(_spaced(amount, currency) for amount in amounts + numberless for currency in currencies),
        _spaced(numeral, [{"LOWER": {"REGEX": f"^{word_regex}-{scale_regex}$"}}]),  # "drei Euro-Milliarden"
        # "500-Millionen-Dollar-Kredit", "Eine-Million-Euro-Obergrenze"
        [{"LOWER": {"REGEX": f"^[^-]+(?:-[^-]+)?-{scale_regex}-{word_regex}(?:-.+)?$"}}],
        _spaced([{"TEXT": {"IN": sorted(vocabulary.leading_signs)}}], number),
    ]


def qualifier_patterns() -> list[Pattern]:
    """One pattern per qualifier phrase ("rund", "bis zu", "mehr als")."""
    return [_spaced(*([{"LOWER": word}] for word in phrase.split())) for phrase in QUALIFIERS]
