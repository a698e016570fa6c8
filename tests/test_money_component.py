"""The money component on any German pipeline, its extractor and table, and the readers it is built from."""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy
from babel.numbers import get_currency_name
from spacy.tokens import Doc

import pipeline.components  # noqa: F401  (registers money_matcher)
from pipeline.extract.money import MoneyRecord, money
from pipeline.extract.sentences import sentence_index
from pipeline.model import bundled_path
from pipeline.money.amount import Money
from pipeline.money.currencies import _index, read_currency
from pipeline.money.numbers import parse_number, parse_numeral
from pipeline.schema import DOC_ID, END, MONEY, SENT_ID, SENTENCE, START, TABLES, Column

TEXT = "Kanada sagte 2 Milliarden Dollar zu. Die Firma nennt mehrere Millionen Euro und rund 3,5 Mio. Franken."


def _blank(**config):
    nlp = spacy.blank("de")
    nlp.add_pipe("money_matcher", config=config)
    return nlp


def test_spans_and_readings_with_a_bare_tokenizer():
    doc = _blank()(TEXT)
    assert [s.text for s in doc.spans["money"]] == ["2 Milliarden Dollar", "rund 3,5 Mio. Franken"]
    assert doc.spans["money"][0]._.money == Money(
        amount=2e9, amount_max=None, currency="USD", currency_alternatives=("CAD",), currency_text="Dollar",
        scale="Milliarden", approx=False, qualifier=None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # thousands set apart by a space, which the tokenizer splits (review of stop 38: "1 000 Euro" read 0)
        ("Die Strafe betrug 1 000 Euro.", [("1 000 Euro", 1000.0)]),
        ("Das Projekt kostet 12 345 678 Euro.", [("12 345 678 Euro", 12345678.0)]),
        ("Er zahlte 5 300,50 Franken an 20 000 Menschen.", [("5 300,50 Franken", 5300.5)]),
        # a year before an amount is no group of it
        ("Im Jahr 2015 300 Euro gespendet.", [("300 Euro", 300.0)]),
    ],
)
def test_thousands_set_apart_by_spaces(text, found):
    doc = _blank()(text)
    assert [(s.text, s._.money.amount) for s in doc.spans["money"]] == found


def test_span_key_is_configurable():
    doc = _blank(span_key="betraege")(TEXT)
    assert "money" not in doc.spans
    assert len(doc.spans["betraege"]) == 2


def test_amounts_without_a_number_are_kept_only_on_request():
    doc = _blank(keep_unparsed=True)(TEXT)
    unread = [s for s in doc.spans["money"] if s._.money.amount is None]
    assert [(s.text, s._.money.currency) for s in unread] == [("mehrere Millionen Euro", "EUR")]


def test_docs_with_amounts_serialize():
    nlp = _blank()
    doc = Doc(nlp.vocab).from_bytes(nlp(TEXT).to_bytes())
    assert [s._.money.amount for s in doc.spans["money"]] == [2e9, 3.5e6]


def test_pipeline_with_the_component_saves_and_loads(tmp_path):
    _blank(span_key="geld").to_disk(tmp_path / "nlp")
    nlp = spacy.load(tmp_path / "nlp")
    assert nlp.get_pipe_config("money_matcher")["span_key"] == "geld"
    doc = nlp(TEXT)
    assert [s.text for s in doc.spans["geld"]] == ["2 Milliarden Dollar", "rund 3,5 Mio. Franken"]


def test_bundled_model():
    if not (bundled_path() / "meta.json").exists():
        pytest.skip("no bundled model in pipeline/models")
    nlp = spacy.load(bundled_path())
    nlp.add_pipe("money_matcher")
    doc = nlp(TEXT)
    assert [(s.text, s._.money.amount) for s in doc.spans["money"]] == [
        ("2 Milliarden Dollar", 2e9), ("rund 3,5 Mio. Franken", 3.5e6)]


def test_extractor_records():
    nlp = _blank()
    nlp.add_pipe("sentencizer", first=True)
    doc = nlp(TEXT)
    assert money(doc, sentence_index(doc)) == [
        MoneyRecord(0, 13, 32, "2 Milliarden Dollar", 2e9, None, "USD", ["CAD"], "Dollar", "Milliarden", False, None),
        MoneyRecord(1, 80, 101, "rund 3,5 Mio. Franken", 3.5e6, None, "CHF", [], "Franken", "Mio.", True, "rund"),
    ]


def test_extractor_without_the_component():
    doc = spacy.blank("de")(TEXT)
    assert money(doc, [0] * len(doc)) == []


def test_money_table():
    assert TABLES["money"] is MONEY
    assert MONEY.names == ["money_id", "doc_id", "sent_id", "start_char", "end_char", "text", "amount",
                           "amount_max", "currency", "currency_alternatives", "currency_text", "scale", "approx",
                           "qualifier", "sentence"]
    assert [MONEY.columns[i] for i in (1, 2, 3, 4, 14)] == [
        Column(*spec) for spec in (DOC_ID, SENT_ID, START, END, SENTENCE)]
    assert str(MONEY.arrow_schema().field("currency_alternatives").type) == "list<item: string>"


@pytest.mark.parametrize(("word", "value"), [
    ("30.000", Decimal(30000)), ("3,5", Decimal("3.5")), ("263.241,40", Decimal("263241.40")),
    ("1'200", Decimal(1200)), ("1\u202f200", Decimal(1200)), ("30,-", Decimal(30)), ("3.5", Decimal("3.5")),
    ("sieben", Decimal(7)), ("zweihundertfünfzig", Decimal(250)), ("tausend", Decimal(1000)), ("null", Decimal(0)),
    ("eine", Decimal(1)), ("einer", Decimal(1)), ("halben", Decimal("0.5")), ("eineinhalb", Decimal("1.5")),
    ("dreieinhalb", Decimal("3.5")), ("anderthalb", Decimal("1.5")),
    ("24.", None), ("Millionen", None), ("Mio.", None), ("mehrere", None), ("erste", None), ("1.2345", None),
])
def test_numerals(word, value):
    assert parse_numeral(word) == value


def test_numbers_with_scales():
    assert parse_number(["eine", "halbe", "Milliarde"]) == (Decimal("0.5"), "Milliarde")
    assert parse_number(["30", "Tausend"]) == (Decimal(30), "Tausend")
    assert parse_number(["1", "000"]) is None
    assert parse_number(["Millionen"]) is None


@pytest.mark.parametrize(("words", "context", "code", "alternatives"), [
    (["Dollar"], "", "USD", ()),
    (["Dollar"], "Kanadas Militärhilfe", "USD", ("CAD",)),
    (["Dollar"], "in Hongkong", "USD", ("HKD",)),
    (["kanadische", "Dollar"], "", "CAD", ()),
    (["Franken"], "", "CHF", ()),
    (["Schilling"], "", "ATS", ()),
    (["D-Mark"], "", "DEM", ()),
    (["Mark"], "", "DEM", ()),
    (["Kronen"], "", None, ()),
    (["Kronen"], "die tschechische Regierung", "CZK", ()),
    (["Kronen"], "in Tschechien", "CZK", ("CSK",)),
    (["öS"], "", "ATS", ()),
    (["£"], "", "GBP", ()),
])
def test_currencies(words, context, code, alternatives):
    reading = read_currency(words, context)
    assert (reading.code, reading.alternatives) == (code, alternatives)


def test_cent_is_a_hundredth_of_a_euro():
    assert read_currency(["Cent"]).factor * 100 == 1 and read_currency(["Cent"]).code == "EUR"


@pytest.mark.parametrize("code", sorted(_index().current))
def test_every_current_currency_name_reads_back(code):
    """CLDR's singular and plural German names of one or two words name their own currency."""
    names = {get_currency_name(code, count=n, locale="de") for n in (1, 2)}
    readable = [n for n in names if len(n.split()) <= 2 and "(" not in n]
    assert [read_currency(n.split()).code for n in readable] == [code] * len(readable)
