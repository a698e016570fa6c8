"""Gender and nominative of German nouns, from Wiktionary (the german-nouns package, CC BY-SA 4.0).

A name declined in the text ("des Neuen Forums", "des Zentralen Melderegisters") gives its nominative only when the
gender of its head noun is known: the adjective takes -er, -e or -es by it ("Neues Forum"). The bundled model's
morphologizer, trained on 1,800 sentences, guesses the gender of a noun it never saw and often guesses wrong. The
100,000 nouns of the German Wiktionary know it, with their case forms: a form the lexicon lists one way has its
gender and its nominative; a compound it lacks takes both from its longest listed tail after a listed first part
("Luftwaffengeschwaders" → "Luftwaffen" + "Geschwaders" → neuter, "Luftwaffengeschwader"; not "Serbiens" → "Ser" +
"Biens"). A form that reads two ways ("Register" is singular and plural, "Uni" feminine and neuter, "Werke" an old
dative and a plural) settles nothing. Place names, given names and surnames are left out: "Salzburg" is no "Burg".
The forms live in an SQLite index built once per machine (`pipeline.sqlite_index`, 2 seconds), not in each process.
"""

from __future__ import annotations

import csv
import sqlite3
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

from pipeline import sqlite_index
from pipeline.sqlite_index import cache_dir

GENDERS = {"m": "Masc", "f": "Fem", "n": "Neut"}
PROPER_NAMES = frozenset({"Toponym", "Vorname", "Nachname", "Eigenname", "Straßenname", "Abkürzung", "Buchstabe",
                          "Symbol", "Affix", "Suffix", "Gebundenes Lexem"})
CASES = ("nominativ", "genitiv", "dativ", "akkusativ")
VARIANTS = ("", "*", " 1", " 2", " 3", " 4", " stark", " schwach", " gemischt")  # a column's declension variant
LINKING_ENDINGS = ("es", "en", "s", "n", "e", "-")  # between a compound's parts: "Verhandlungs-rat", "Luftwaffen-"
MIN_TAIL = 4  # a compound's tail the lexicon must list whole: "Erbes" in "Naturerbes"
MIN_HEAD = 3  # and its first part: "Natur"; not "Au" in "Austria"


class NounReading(NamedTuple):
    gender: str  # "Masc", "Fem", "Neut" or "Plur"
    nominative: str  # nominative of the same number: "Forum" for "Forums", "Physiker" for "Physikern"


@cache  # once per process, as the connection: reading a package's version takes a millisecond
def database_path() -> Path:
    return cache_dir() / f"german-nouns-{version('german-nouns')}.sqlite"


def fill(db: sqlite3.Connection) -> None:
    """Write every case form of every common noun with its reading, gender NULL for a form with two readings."""
    from german_nouns.config import CSV_FILE_PATH

    found: dict[str, NounReading | None] = {}
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as file:
        rows = csv.reader(file)
        column = {name: i for i, name in enumerate(next(rows))}
        genus = [i for name, i in column.items() if name.startswith("genus")]
        for row in rows:
            kinds = set(row[1].split(","))
            if "Substantiv" not in kinds or kinds & PROPER_NAMES:
                continue
            genders = {row[i] for i in genus if row[i]}
            singular = GENDERS.get(genders.pop()) if len(genders) == 1 else None
            for number, gender in (("singular", singular), ("plural", "Plur")):
                for variant in VARIANTS:
                    base = row[column[f"nominativ {number}{variant}"]]
                    reading = NounReading(gender, base) if gender and base else None
                    for case in CASES:
                        form = row[column[f"{case} {number}{variant}"]]
                        if form:
                            found[form] = reading if found.get(form, reading) == reading else None
    db.execute("CREATE TABLE readings (form TEXT PRIMARY KEY, gender TEXT, nominative TEXT)")
    db.executemany("INSERT INTO readings VALUES (?, ?, ?)",
                   ((form, *(reading or (None, None))) for form, reading in found.items()))


def listed_forms(forms: list[str]) -> dict[str, NounReading | None]:
    """The forms the lexicon lists, with their readings (None for one with two readings), in one query."""
    rows = sqlite_index.connection(database_path(), fill).execute(
        f"SELECT form, gender, nominative FROM readings WHERE form IN ({', '.join('?' * len(forms))})", forms)
    return {form: NounReading(gender, nominative) if gender else None for form, gender, nominative in rows}


@lru_cache(maxsize=100_000)
def listed(form: str) -> tuple[bool, NounReading | None]:
    """Whether the lexicon lists a form, and its reading (None for one with two readings)."""
    found = listed_forms([form])
    return form in found, found.get(form)


def noun_reading(word: str) -> NounReading | None:
    """The reading of a noun as written, or of a compound by its longest listed tail after a listed first part,
    with that part before the tail's nominative ("Melderegisters" → Neut, "Melderegister"); None where none or two
    readings fit."""
    known, reading = listed(word)
    if known:
        return reading
    # each tail as the lexicon would list it: "Presse-Agentur" keeps its capital, "Melderegisters" gains one
    tails = {start: word[start:] if word[start - 1] == "-" else word[start].upper() + word[start + 1 :]
             for start in range(MIN_HEAD, len(word) - MIN_TAIL + 1)}
    found = listed_forms(list(set(tails.values()))) if tails else {}
    for start, tail in tails.items():  # the longest tail first
        if tail in found and is_compound_part(word[:start]):
            reading = found[tail]
            if reading is None:
                return None
            base = reading.nominative
            return NounReading(reading.gender, word[:start] + (base if tail[:1] == word[start] else
                                                               base[:1].lower() + base[1:]))
    return None


def is_compound_part(head: str) -> bool:
    """A listed noun, alone or with a linking ending: "Natur", "Verhandlungs", "Luftwaffen", "Presse-"."""
    return listed(head)[0] or any(head.endswith(ending) and listed(head[: -len(ending)])[0]
                                  for ending in LINKING_ENDINGS)
