"""Gender and nominative of German nouns, from Wiktionary (the german-nouns package, CC BY-SA 4.0).

A name declined in the text ("des Neuen Forums", "des Zentralen Melderegisters") gives its nominative only when the
gender of its head noun is known: the adjective takes -er, -e or -es by it ("Neues Forum"). The bundled model's
morphologizer, trained on 1,800 sentences, guesses the gender of a noun it never saw and often guesses wrong. The
100,000 nouns of the German Wiktionary know it, with every case form: a form the lexicon lists has its gender
and its nominative; a compound it lacks takes both from its longest tail it lists ("Luftwaffengeschwaders" →
"Geschwaders" → neuter, "Luftwaffengeschwader"). A form that reads two ways ("Register" is singular and plural,
"Uni" feminine and neuter) settles nothing.
"""

from __future__ import annotations

import csv
from functools import cache
from typing import NamedTuple

GENDERS = {"m": "Masc", "f": "Fem", "n": "Neut"}
MIN_TAIL = 4  # a compound's tail the lexicon must list whole: "Rats" in "Verhandlungsrats"


class NounReading(NamedTuple):
    gender: str  # "Masc", "Fem", "Neut" or "Plur"
    nominative: str  # nominative of the same number: "Forum" for "Forums", "Physiker" for "Physikern"


@cache
def readings() -> dict[str, NounReading | None]:
    """Every case form of every noun → its reading, None for a form with two readings (read once per process, 1 s)."""
    from german_nouns.config import CSV_FILE_PATH

    found: dict[str, NounReading | None] = {}
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as file:
        rows = csv.reader(file)
        header = next(rows)
        genus = [i for i, column in enumerate(header) if column.startswith("genus")]
        columns = {number: [i for i, column in enumerate(header) if f" {number}" in column]
                   for number in ("singular", "plural")}
        nominative = {number: header.index(f"nominativ {number}") for number in ("singular", "plural")}
        for row in rows:
            if "Substantiv" not in row[1].split(","):
                continue
            genders = {row[i] for i in genus if row[i]}
            singular = GENDERS.get(genders.pop()) if len(genders) == 1 else None
            for number, gender in (("singular", singular), ("plural", "Plur")):
                base = row[nominative[number]] or (row[0] if number == "singular" else "")
                reading = NounReading(gender, base) if gender and base else None
                for form in {row[i] for i in columns[number] if row[i]}:
                    found[form] = reading if found.get(form, reading) == reading else None
    return found


def noun_reading(word: str) -> NounReading | None:
    """The reading of a noun as written, or of the longest tail of a compound the lexicon lists, with the compound's
    head before it ("Melderegisters" → Neut, "Melderegister"); None where none or two readings fit."""
    table = readings()
    if word in table:
        return table[word]
    for start in range(1, len(word) - MIN_TAIL + 1):
        head, tail = word[:start], word[start:]
        hyphenated = head.endswith("-")  # "Presse-Agentur": the tail keeps its capital
        listed = tail if hyphenated else tail[:1].upper() + tail[1:]
        if listed in table:
            reading = table[listed]
            if reading is None:
                return None
            base = reading.nominative
            return NounReading(reading.gender, head + (base if hyphenated else base[:1].lower() + base[1:]))
    return None
