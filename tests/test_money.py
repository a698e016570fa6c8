"""Money amounts as real German news writes them: phrasings from ../shared/corpus (derStandard articles) and
the CBC reference article, each with the exact reading expected; amounts that are none; the gold figures."""

from __future__ import annotations

import json

import pytest
import spacy

import pipeline.components  # noqa: F401  (registers money_matcher)
from tests.conftest import shared_file

# (phrase as it stands in the corpus, amount span, amount, amount_max, currency, approx)
CORPUS_PHRASES = [
    ("Staatsschulden in Höhe von 72 Milliarden Dollar", "72 Milliarden Dollar", 72e9, None, "USD", False),
    ("Staatsschulden bei 72 Mrd. Dollar", "72 Mrd. Dollar", 72e9, None, "USD", False),
    ("Mehr als halbe Million Euro Bußgeld", "Mehr als halbe Million Euro", 500_000, None, "EUR", True),
    ("Geldbuße in der Höhe von 562.500 Euro", "562.500 Euro", 562_500, None, "EUR", False),
    ("Anfang April für 799 Dollar", "799 Dollar", 799, None, "USD", False),
    ("Schmuckenschlager mit rund 50.000 Euro beziffert", "rund 50.000 Euro", 50_000, None, "EUR", True),
    ("dürfte um rund sechs Millionen Euro den Besitzer", "rund sechs Millionen Euro", 6e6, None, "EUR", True),
    ("Verluste von über 1 Mio. Dollar", "über 1 Mio. Dollar", 1e6, None, "USD", True),
    ("(hierzulande G70) ab ca. 630 Euro", "ab ca. 630 Euro", 630, None, "EUR", True),
    ("ein 4k-Fernseher um rund 5.800 Euro", "rund 5.800 Euro", 5_800, None, "EUR", True),
    ("Die USA haben drei Millionen Dollar", "drei Millionen Dollar", 3e6, None, "USD", False),
    ("(2,65 Millionen Euro, Anm.)", "2,65 Millionen Euro", 2.65e6, None, "EUR", False),
    ("Entschädigung von 8,24 Millionen Euro", "8,24 Millionen Euro", 8.24e6, None, "EUR", False),
    ("bereits mehr als 600.000 Euro ausgegeben", "mehr als 600.000 Euro", 600_000, None, "EUR", True),
    ("MPS ist heute mit zwei Milliarden Euro weniger", "zwei Milliarden Euro", 2e9, None, "EUR", False),
    ("um gerade einmal 1.000 US-Dollar", "1.000 US-Dollar", 1_000, None, "USD", False),
    ("jedes Jahr hundert Milliarden Dollar für Klimaschutz", "hundert Milliarden Dollar", 1e11, None, "USD", False),
    ("sehen sich um wenigstens 150 Millionen Euro gebracht", "wenigstens 150 Millionen Euro", 1.5e8, None, "EUR",
     True),
    ("Knapp eine Milliarde Euro Kredit", "Knapp eine Milliarde Euro", 1e9, None, "EUR", True),
    ("geschätzt, umgerechnet 407 Mio. Euro", "umgerechnet 407 Mio. Euro", 4.07e8, None, "EUR", False),
    ("um saftige 119 Euro", "119 Euro", 119, None, "EUR", False),
    ("Ausgaben von fast fünf Milliarden Dollar", "fast fünf Milliarden Dollar", 5e9, None, "USD", True),
    ("beim mit 1,48 Millionen Dollar dotierten", "1,48 Millionen Dollar", 1.48e6, None, "USD", False),
    ("im Jahr 2015 über 2,2 Millionen Euro aus dem", "über 2,2 Millionen Euro", 2.2e6, None, "EUR", True),
    ("ein EU-Budget von insgesamt 600.000 Euro", "insgesamt 600.000 Euro", 600_000, None, "EUR", False),
    ("Strafen zwischen 27,50 und 270 Euro", "zwischen 27,50 und 270 Euro", 27.5, 270, "EUR", False),
    ("kostet ein solches Vergehen um die 55 Euro.", "um die 55 Euro", 55, None, "EUR", True),
    ("Dividende nur von 1,40 auf 0,60 Euro/Aktie", "0,60 Euro", 0.6, None, "EUR", False),
    ("die Dividende nur von 1,40 Euro auf", "1,40 Euro", 1.4, None, "EUR", False),
    ("Euro auf 60 Cent je Aktie", "60 Cent", 0.6, None, "EUR", False),
    ("2016 soll EGT auf bis zu 400 Mio. Euro", "bis zu 400 Mio. Euro", 4e8, None, "EUR", True),
    ("ein Prämienvolumen von über 9 Mrd. Euro", "über 9 Mrd. Euro", 9e9, None, "EUR", True),
    ("Mittels eines Bankenfonds mit 3,6 Mrd. Euro", "3,6 Mrd. Euro", 3.6e9, None, "EUR", False),
    ("Museums-Experten rechnen mit 25 bis 60 Millionen Euro", "25 bis 60 Millionen Euro", 25e6, 60e6, "EUR", False),
    ("Inklusive Tiefspeicher mindestens 90 bis 120 Millionen Euro", "mindestens 90 bis 120 Millionen Euro", 90e6,
     120e6, "EUR", True),
    ("Fachleute zwischen 1.000 und 4.000 Euro pro Quadratmeter", "zwischen 1.000 und 4.000 Euro", 1_000, 4_000,
     "EUR", False),
    ("Folgekosten auf mindestens eine Million Euro", "mindestens eine Million Euro", 1e6, None, "EUR", True),
    ("des mit 9,5 Millionen Dollar dotierten", "9,5 Millionen Dollar", 9.5e6, None, "USD", False),
    ("beliefen sich auf jährlich neun Milliarden Pfund", "neun Milliarden Pfund", 9e9, None, "GBP", False),
    ("Skepsis. Zwei Milliarden US-Dollar für eine Firma", "Zwei Milliarden US-Dollar", 2e9, None, "USD", False),
    ("Falschgeld im Nennwert von beinahe 300.000 Euro", "beinahe 300.000 Euro", 300_000, None, "EUR", True),
    ("belaufen sich demnach auf umgerechnet fast 620 Millionen Euro", "umgerechnet fast 620 Millionen Euro", 620e6,
     None, "EUR", True),
    ("Das jetzige Angebot soll höher als 3,2 Millionen Euro sein", "höher als 3,2 Millionen Euro", 3.2e6, None,
     "EUR", True),
    ("bereits deutlich mehr als 15  Milliarden Euro verbrannt", "mehr als 15  Milliarden Euro", 15e9, None, "EUR",
     True),
    ("Demnach erhält Kiew einen 500-Millionen-Dollar-Kredit", "500-Millionen-Dollar-Kredit", 5e8, None, "USD",
     False),
    ("Zum zuletzt geltenden Gaspreis von 247 Dollar", "247 Dollar", 247, None, "USD", False),
    ("hatte im Sommer 30 bis 40 Dollar Rabatt gefordert", "30 bis 40 Dollar", 30, 40, "USD", False),
    ("eine Geldstrafe von 200 australischen Dollar", "200 australischen Dollar", 200, None, "AUD", False),
    ("seine Kasse mit mehr als einer halben Milliarde Dollar aufgefüllt", "mehr als einer halben Milliarde Dollar",
     5e8, None, "USD", True),
    ("Spotify wurde bei diesem Deal folglich mit gut 8,2 Milliarden Dollar bewertet", "gut 8,2 Milliarden Dollar",
     8.2e9, None, "USD", True),
    ("wegen seiner Wirtschaftskrise um 30 Milliarden Rubel", "30 Milliarden Rubel", 30e9, None, "RUB", False),
    ("Renovierungen in Höhe von mindestens 777.000 Real", "mindestens 777.000 Real", 777_000, None, "BRL", True),
    ("die Passiva knapp 2,2 Mio. Euro", "knapp 2,2 Mio. Euro", 2.2e6, None, "EUR", True),
    ("währungsbereinigt um 5 Prozent auf 5,7 Mrd. Pfund", "5,7 Mrd. Pfund", 5.7e9, None, "GBP", False),
    ("kostet eine Kilowattstunde Strom 3,17 Cent brutto", "3,17 Cent", 0.0317, None, "EUR", False),
    ("einen Bruttopreis von 2,1510 Cent/kWh", "2,1510 Cent", 0.02151, None, "EUR", False),
    ("Österreich habe für 2016 bis dato null Euro lockergemacht", "null Euro", 0, None, "EUR", False),
    ("in einer Nettogesamthöhe von 263.241,40 Euro", "263.241,40 Euro", 263_241.4, None, "EUR", False),
    ("Bei wiederholten Verstößen drohen Strafen bis zu 60.000  Euro.", "bis zu 60.000  Euro", 60_000, None, "EUR",
     True),
    ("Die von ihr vorgeschlagene Eine-Million-Euro-Obergrenze", "Eine-Million-Euro-Obergrenze", 1e6, None, "EUR",
     False),
    ("Insgesamt fehlt demnach eine halbe Milliarde Dollar", "eine halbe Milliarde Dollar", 5e8, None, "USD", False),
    ("Analysten gehen von 20 bis 30 Mrd. Euro aus", "20 bis 30 Mrd. Euro", 20e9, 30e9, "EUR", False),
    ("AlphaGo sicherte sich bereits das Preisgeld von einer Million Dollar", "einer Million Dollar", 1e6, None,
     "USD", False),
    ("sowie über einen Kredit von drei Milliarden US-Dollar", "drei Milliarden US-Dollar", 3e9, None, "USD", False),
    ("Der Umsatz im Konzern solle 2016 auf circa 4 Mrd. Euro zulegen", "circa 4 Mrd. Euro", 4e9, None, "EUR", True),
    ("(Vorjahr: 3,716 Mrd. Euro)", "3,716 Mrd. Euro", 3.716e9, None, "EUR", False),
    ("Ich rechne mit 3.000 bis 4.000 Euro", "3.000 bis 4.000 Euro", 3_000, 4_000, "EUR", False),
    ("wolle Moskau noch rund 252 Milliarden Rubel", "rund 252 Milliarden Rubel", 252e9, None, "RUB", True),
    ("zum Auftakt des mit 4,457 Mio. Dollar dotierten", "4,457 Mio. Dollar", 4.457e6, None, "USD", False),
    ("dass fertige Geräte weniger als tausend Dollar kosten", "weniger als tausend Dollar", 1_000, None, "USD", True),
    ("Preis soll unter 1.000 Dollar fallen", "unter 1.000 Dollar", 1_000, None, "USD", True),
    ("kassierte er brutto 321.625 US-Dollar", "321.625 US-Dollar", 321_625, None, "USD", False),
    ("(292.226,97 Euro)", "292.226,97 Euro", 292_226.97, None, "EUR", False),
    ("bei der KTB auf 800 Millionen Lewa geschätzt", "800 Millionen Lewa", 8e8, None, "BGN", False),
    ("um zwei Prozent auf 12,6 Pence je Aktie", "12,6 Pence", 0.126, None, "GBP", False),
    ("Der Service soll rund zehn Dollar im Monat kosten", "rund zehn Dollar", 10, None, "USD", True),
    ("Insgesamt rund vier Millionen Euro werden", "Insgesamt rund vier Millionen Euro", 4e6, None, "EUR", True),
]
REFERENCE_PHRASES = [
    ("Militärhilfe in Höhe von 2 Milliarden Dollar sowie", "2 Milliarden Dollar", 2e9, None, "USD", False),
    ("zusätzliche zwei Milliarden Dollar an Verteidigungshilfe", "zwei Milliarden Dollar", 2e9, None, "USD", False),
    ("im Wert von 50 Milliarden US-Dollar an", "50 Milliarden US-Dollar", 50e9, None, "USD", False),
]
# Text with figures and currency words but no amount of money.
NOT_MONEY = [
    "mit einem Plus von 1,40 Prozent auf",  # percentage
    "Servus TV hat allein im Jahr 2015 über",  # year
    "erklärte am 24. August 1991 ihre Unabhängigkeit",  # date
    "City gewannen die Gunners mit 1:0 (0:0).",  # score
    "eine bislang geheime Telefonnummer (1-999-367-3767) entdeckt",  # phone number
    "Millionen Euro an Steuergeldern",  # no number (gold guidelines)
    "Sie sollen mit Phishing-Attacken mehrere Millionen Euro ergaunert haben",  # no number
    "erhalten die Staatsdiener der Ukraine nur ein paar Hundert Euro im Monat",  # no number
    "kosten in der Anschaffung mehrere tausend Dollar.",  # no number
    "Für den Schweizer Rennstall zählt jeder Dollar.",  # no number
    "sorgten der schwache Euro und gesunkene",  # the currency, no amount
    "Euro erhöht. 20 Milliarden könnte der Staat",  # the currency only implied by an earlier amount
    "Mitglied der Euro-Zone",  # compound
    "zur Abschaffung des 500-Euro-Scheins.",  # compound: a banknote
    "Die 200- und 500-Euro-Scheine seien",  # compound
    "bei einem 50.000-Dollar-Challenger in Morelos",  # compound: a tournament class
    "die Zwanzig-Dollar-Note zieren",  # compound
    "deutlich über der 10.000-Marke Dollar bewegen.",  # a garbled figure
    "mit der Kronen Zeitung ist beim Publikum",  # a newspaper
    "Facebook-Chef Mark Zuckerberg bekam",  # a name
    "Die Klubführung von Real Madrid hat",  # a club
]


@pytest.fixture(scope="module")
def blank_nlp():
    """spaCy's German tokenizer and the money component, nothing else."""
    nlp = spacy.blank("de")
    nlp.add_pipe("money_matcher")
    return nlp


@pytest.fixture(scope="module")
def corpus_text() -> str:
    lines = shared_file("corpus", "gnad-articles.jsonl").read_text(encoding="utf-8").splitlines()
    return "\n".join(json.loads(line)["text"] for line in lines)


def _single_amount(nlp, phrase: str, text: str):
    doc = nlp(phrase)
    assert [s.text for s in doc.spans["money"]] == [text]
    return doc.spans["money"][0]._.money


def test_table_is_large_enough():
    assert len(CORPUS_PHRASES) + len(REFERENCE_PHRASES) >= 60


@pytest.mark.parametrize(("phrase", "text", "amount", "amount_max", "currency", "approx"), CORPUS_PHRASES)
def test_corpus_phrase(blank_nlp, corpus_text, phrase, text, amount, amount_max, currency, approx):
    assert phrase in corpus_text
    money = _single_amount(blank_nlp, phrase, text)
    assert (money.amount, money.amount_max, money.currency, money.approx) == (amount, amount_max, currency, approx)


@pytest.mark.parametrize(("phrase", "text", "amount", "amount_max", "currency", "approx"), REFERENCE_PHRASES)
def test_reference_phrase(blank_nlp, reference_text, phrase, text, amount, amount_max, currency, approx):
    assert phrase in reference_text
    money = _single_amount(blank_nlp, phrase, text)
    assert (money.amount, money.amount_max, money.currency, money.approx) == (amount, amount_max, currency, approx)


def test_reference_canadian_dollars_have_cad_as_alternative(blank_nlp, reference_text):
    doc = blank_nlp(reference_text)
    found = [(s.text, s._.money.currency, s._.money.currency_alternatives) for s in doc.spans["money"]]
    assert found == [
        ("2 Milliarden Dollar", "USD", ("CAD",)),
        ("zwei Milliarden Dollar", "USD", ("CAD",)),
        ("50 Milliarden US-Dollar", "USD", ()),
    ]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(blank_nlp, text):
    assert [s.text for s in blank_nlp(text).spans["money"]] == []


def test_gold_precision_and_recall():
    from pipeline.money.gold_check import gold_check

    scores, _ = gold_check(shared_file("gold", "dev.jsonl"))
    assert scores["precision"] >= 0.95
    assert scores["recall"] >= 0.95


@pytest.mark.slow
def test_audit_leaves_only_amounts_without_a_number():
    from pipeline.money.audit import audit

    _, unread, lines = audit(shared_file("corpus", "gnad-articles.jsonl"))
    assert [line.split("[", 1)[1].split("]", 1)[0] for line in lines] == [
        "paar Hundert Euro", "wenige Dollar", "mehrere tausend Dollar", "mehrere Millionen Euro",
        "einige Millionen Euro", "hunderte Dollar", "mehrere Milliarden Dollar",
    ]
    assert unread == 7
