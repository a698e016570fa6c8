"""`money_matcher`: money amounts as spans in `doc.spans["money"]`, each read by `span._.money`.

Matching looks at token text only (numerals, scale words, currency names, symbols and codes), so the component
works with any German pipeline, a bare `spacy.blank("de")` included. The reading is a getter rather than a
stored value: it is computed from the span's words and its context (see `pipeline.money.amount.parse_money`),
and documents stay serializable.

Every amount names a currency (a word, symbol or code, alone or inside a compound), so the Matcher runs only on
windows of tokens around currency words, found with a per-vocabulary lookup: most of a news text holds no money,
and the numeral predicate is a Python call per token.

Hyphenated compounds are not amounts ("30-Euro-Gutschein", "500-Euro-Schein", "Euro-Zone"): they name a kind
of thing, often a denomination. Compounds with a scale word are, because a scale makes them a sum:
"drei Euro-Milliarden" reads as "drei Milliarden Euro", and "500-Millionen-Dollar-Kredit" as 500 million
dollars (the span is the whole token, as the tokenizer leaves it).
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.form_test import FormTest
from pipeline.money.amount import Money, parse_money
from pipeline.money.currencies import currency_vocabulary
from pipeline.money.numbers import is_numeral
from pipeline.money.patterns import NUMERAL_ATTR, amount_patterns, qualifier_patterns

CONTEXT_TOKENS = 40  # context either side of an amount when the pipeline sets no sentence boundaries
# Tokens before and after a currency word that an amount with its qualifiers can span: "knapp über zwischen
# 1,5 und 2 Mrd . kanadischen Dollar" is 12 before, "€ 3,5 Mio ." 4 after; whitespace tokens may stand between.
WINDOW_BEFORE, WINDOW_AFTER = 32, 12
AMOUNT, QUALIFIER = "MONEY", "MONEY_QUALIFIER"
# A number's thousands set apart by spaces, as German typography does ("1 000 Euro"): the groups' tokens.
DIGIT_GROUP, THOUSANDS = re.compile(r"^\d{1,3}$"), re.compile(r"^\d{3}(?:,\d+)?$")


def read_money(span: Span) -> Money | None:
    """The amount a span's words state, with the country context of its sentence for a bare "Dollar"."""
    return parse_money(_words(span), _context(span))


def _words(span: Span) -> list[str]:
    """The span's words; a dot the tokenizer split off an abbreviation ("Bio", ".") is glued back, and so are the
    digit groups of a number whose thousands a space sets apart ("1 000", the tokenizer's "1" "000")."""
    words: list[str] = []
    for token in span:
        if token.text == "." and words and not span.doc[token.i - 1].whitespace_:
            words[-1] += "."
        elif words and is_grouped(span.doc, token.i):  # the group before it is the end of words[-1]
            words[-1] += " " + token.text
        elif not token.is_space:
            words.append(token.text)
    return words


def _context(span: Span) -> str:
    """The amount's sentence and the one before it (a pledge's country is often named just before); without
    sentence boundaries (a bare tokenizer), CONTEXT_TOKENS tokens either side."""
    doc = span.doc
    if doc.has_annotation("SENT_START"):
        sentence = span.sent
        start = doc[sentence.start - 1].sent.start if sentence.start else 0
        return doc[start : sentence.end].text
    return doc[max(0, span.start - CONTEXT_TOKENS) : span.end + CONTEXT_TOKENS].text


def is_grouped(doc: Doc, i: int) -> bool:
    """Token `i`, three digits, is a group of the number before it, set apart by one space: "1 000", "12 345 678"."""
    return i > 0 and THOUSANDS.match(doc[i].text) is not None and DIGIT_GROUP.match(doc[i - 1].text) is not None \
        and doc[i - 1].whitespace_ == " "


def grouped_start(doc: Doc, start: int) -> int:
    """An amount's start moved left over the digit groups of its number ("1 000 Euro" matched from "000")."""
    while is_grouped(doc, start):
        start -= 1
    return start


Token.set_extension(NUMERAL_ATTR, getter=lambda token: is_numeral(token.text), force=True)
Span.set_extension("money", getter=read_money, force=True)


class MoneyMatcher:
    """Finds amounts with a `Matcher`, widens them over leading qualifiers, keeps the longest per place."""

    def __init__(self, nlp: Language, name: str, span_key: str, keep_unparsed: bool) -> None:
        self.name = name
        self.span_key = span_key
        self.keep_unparsed = keep_unparsed
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add(AMOUNT, amount_patterns())
        self.matcher.add(QUALIFIER, qualifier_patterns())
        vocabulary = currency_vocabulary()
        words = "|".join(re.escape(word) for word in sorted(vocabulary.words, key=len, reverse=True))
        currency_word = re.compile(f"(?:^|-)(?:{words})(?:-|$)")  # alone or as a part of a compound
        self.currency_words = FormTest(nlp.vocab.strings, LOWER, lambda form: currency_word.search(form) is not None)
        self.currency_signs = FormTest(nlp.vocab.strings, ORTH, vocabulary.signs.__contains__)

    def __call__(self, doc: Doc) -> Doc:
        amounts, qualifier_start = [], {}
        for window in self._windows(doc):
            for match_id, start, end in self.matcher(window):
                start, end = start + window.start, end + window.start
                if doc.vocab.strings[match_id] == AMOUNT:
                    amounts.append(doc[start:end])
                else:
                    qualifier_start[end] = min(start, qualifier_start.get(end, start))
        spans, previous_end = [], 0
        for amount in filter_spans(amounts):
            start = max(grouped_start(doc, amount.start), previous_end)
            span = doc[self._qualified_start(doc, start, qualifier_start, previous_end) : amount.end]
            reading = span._.money
            if reading and (reading.amount is not None or self.keep_unparsed):
                spans.append(span)
                previous_end = span.end
        doc.spans[self.span_key] = spans
        return doc

    def _windows(self, doc: Doc) -> list[Span]:
        """Stretches of the text around currency words, merged where they overlap."""
        windows: list[list[int]] = []
        for i in np.flatnonzero(self.currency_words.mask(doc) | self.currency_signs.mask(doc)).tolist():
            start, end = max(0, i - WINDOW_BEFORE), min(len(doc), i + WINDOW_AFTER + 1)
            if windows and start <= windows[-1][1]:
                windows[-1][1] = end
            else:
                windows.append([start, end])
        return [doc[start:end] for start, end in windows]

    @staticmethod
    def _qualified_start(doc: Doc, start: int, qualifier_start: dict[int, int], floor: int) -> int:
        """Move `start` left over adjacent qualifiers ("knapp" + "über"), never into the previous amount."""
        while True:
            end = start
            while end > floor and doc[end - 1].is_space:
                end -= 1
            if qualifier_start.get(end, -1) < floor:
                return start
            start = qualifier_start[end]


@Language.factory(
    "money_matcher",
    assigns=["doc.spans"],
    default_config={"span_key": "money", "keep_unparsed": False},
)
def make_money_matcher(nlp: Language, name: str, span_key: str, keep_unparsed: bool) -> MoneyMatcher:
    """`keep_unparsed`: also keep amounts without a readable number ("mehrere Millionen Euro"), for audits."""
    return MoneyMatcher(nlp, name, span_key, keep_unparsed)
