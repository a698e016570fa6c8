"""Wiktionary's German nouns (`pipeline.nouns`): gender and nominative of a form, of a compound by its tail."""

import pytest

from pipeline.nouns import NounReading, noun_reading


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Forums", NounReading("Neut", "Forum")),  # a genitive singular
        ("Wand", NounReading("Fem", "Wand")),
        ("Physikern", NounReading("Plur", "Physiker")),  # a dative plural
        ("Luftwaffengeschwaders", NounReading("Neut", "Luftwaffengeschwader")),  # a compound the lexicon lacks
        ("Presse-Agentur", NounReading("Fem", "Presse-Agentur")),  # a hyphenated one
        ("Ländern", NounReading("Plur", "Länder")),  # a noun with two plurals ("Länder", "Lande")
        ("Register", None),  # singular and plural alike
        ("Serbiens", None),  # "Ser" is no noun, so "Biens" is no tail
        ("Austria", None),  # nor is "Au" a first part: too short
        ("Uni", None),  # feminine and neuter
        ("Xyzzq", None),
    ],
)
def test_noun_readings(word, expected):
    assert noun_reading(word) == expected
