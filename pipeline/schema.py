"""The output tables, column by column: the one place that the writers, the data dictionary in
docs/DATA_DICTIONARY.md and `pipeline evaluate` read.

Types are written as short strings and turned into pyarrow types only when a table is written, so that
importing this module (and `pipeline --help`) stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string | int32 | int64 | float64 | bool | list<string>
    description: str
    example: str


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def arrow_schema(self, metadata: dict[str, str] | None = None):
        """The explicit pyarrow schema this table is written with."""
        import pyarrow as pa

        fields = [pa.field(c.name, arrow_type(c.type)) for c in self.columns]
        return pa.schema(fields, metadata=metadata)


def arrow_type(name: str):
    import pyarrow as pa

    if name.startswith("list<") and name.endswith(">"):
        return pa.list_(arrow_type(name[5:-1]))
    return {
        "string": pa.string(),
        "int32": pa.int32(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
    }[name]


def _cols(*specs: tuple[str, str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


DOC_ID = ("doc_id", "string", "Document id: the input's own `id`, else the file stem (README, Inputs).", "gnad-0467")
SENT_ID = ("sent_id", "int32", "Sentence number within the document, from 0; joins `sentences`.", "3")
START = ("start_char", "int64", "Start offset (characters, 0-based) in the document text.", "412")
END = ("end_char", "int64", "End offset (exclusive) in the document text.", "424")
SENTENCE = ("sentence", "string", "Text of the sentence the row comes from.", "Kanada hat … zugesagt.")
N_MENTIONS = ("n_mentions", "int64", "Number of mentions in the whole output.", "14")
N_DOCS = ("n_docs", "int64", "Number of documents mentioning it.", "3")
ALIASES = ("aliases", "list<string>", "Other surface forms seen, sorted.", '["Carney", "Carneys"]')
KEY = ("key", "string", "Canonical key the id is derived from (gazetteer id or normalized name).", "country:RU")

DOCUMENTS = Table(
    "documents",
    "One row per input document, including the ones that failed (status `error`).",
    _cols(
        DOC_ID,
        ("source_file", "string", "Input file the document came from, relative to the input argument.", "news.jsonl"),
        ("line", "int64", "Line (JSONL, CSV) or row (Parquet) number in that file, from 1; null for .txt.", "17"),
        ("title", "string", "Title, when the input has one (first line of a .txt file).", "Carney trifft sich …"),
        ("source", "string", "Publisher or domain.", "cbc.ca"),
        ("url", "string", "URL of the article.", "https://…"),
        ("published", "string", "Publication date as given in the input (ISO 8601 when it is one).", "2025-08-24"),
        ("category", "string", "Section or category from the input.", "Wirtschaft"),
        ("n_chars", "int64", "Length of the text in characters.", "5201"),
        ("n_sentences", "int64", "Number of sentences.", "27"),
        ("n_tokens", "int64", "Number of spaCy tokens.", "912"),
        ("language", "string", "ISO 639-1 language detected (German by function words, else langdetect).", "de"),
        ("encoding", "string", "Encoding the input was decoded from: utf-8, cp1252 for legacy files, utf-16 or "
                               "utf-32 by a byte-order mark.", "utf-8"),
        ("status", "string", "`ok` or `error`.", "ok"),
        ("error", "string", "Why the document failed; null when ok.", "empty text"),
        ("notes", "list<string>", "What was done to the text (HTML blanked out, renamed duplicate id, …).",
         '["HTML markup blanked out (offsets unchanged)"]'),
    ),
)

ERRORS = Table(
    "errors",
    "Every input that failed — a document, a line or a whole file — with a one-line reason.",
    _cols(
        ("doc_id", "string", "Document id when known; null for a file or line that yielded no document.", "a17"),
        ("source_file", "string", "Input file, relative to the input argument.", "feed.jsonl"),
        ("line", "int64", "Line or row number in the file, from 1; null for whole files.", "42"),
        ("reason", "string", "Why it failed.", "invalid JSON: Expecting value (column 9)"),
    ),
)

SENTENCES = Table(
    "sentences",
    "Every sentence of every document, with offsets into the document text.",
    _cols(DOC_ID, SENT_ID, START, END, ("text", "string", "The sentence text.", "Carney trifft sich …")),
)

MENTIONS = Table(
    "mentions",
    "Every named-entity mention (PER, LOC, ORG, MISC) with its offsets and the entity it refers to.",
    _cols(
        ("mention_id", "string", "`<doc_id>:<start_char>-<end_char>`; unique.", "cbc-carney-selenskyj:120-131"),
        DOC_ID,
        SENT_ID,
        START,
        END,
        ("text", "string", "Surface form as written.", "Carneys"),
        ("label", "string", "PER, LOC, ORG or MISC.", "PER"),
        ("entity_id", "string", "person_id, place_id or org_id (join for the canonical name); null for MISC.",
         "per_5f1c0e8a2b"),
    ),
)

PEOPLE = Table(
    "people",
    "One row per person: mentions within a document resolved to the fullest name; the same full name "
    "across documents is one person.",
    _cols(
        ("person_id", "string", "Stable id derived from the canonical name (case and an Arabic article \"al-\" "
         "aside): `per_` + 10 hex digits.", "per_5f1c0e8a2b"),
        ("name", "string", "Fullest name used, without titles and case endings.", "Mark Carney"),
        ("first_name", "string", "Given name(s); null when only a surname is known.", "Mark"),
        ("last_name", "string", "Surname, particles included (\"Van der Bellen\").", "Carney"),
        ALIASES,
        ("titles", "list<string>", "Roles and titles next to the name (apposition or before it), sorted.",
         '["Premierminister"]'),
        ("likely_person_id", "string", "For a person the run knows only by surname: the person_id of the one "
         "person of the run named in full with that surname, a likely but unchecked identity (join on it to count "
         "\"Hofer\" with \"Norbert Hofer\"); null otherwise.", "per_5f1c0e8a2b"),
        N_MENTIONS,
        N_DOCS,
        KEY,
    ),
)

PLACES = Table(
    "places",
    "One row per place, resolved against the offline gazetteer where possible.",
    _cols(
        ("place_id", "string", "Stable id from the gazetteer key or name: `loc_` + 10 hex digits.", "loc_1b2c3d4e5f"),
        ("name", "string", "German nominative name; a country's as the run's documents write it, the form most "
                           "documents use (\"Mazedonien\" in news of 2016, \"Nordmazedonien\" today; the id is the "
                           "same).",
         "Russland"),
        ("kind", "string", "country, region, city, continent or other (not in the gazetteer); a direction in front "
         "of a country or region is a region of it (\"Ostukraine\").", "city"),
        ("country_code", "string", "ISO 3166-1 alpha-2 of the country it lies in (SU, DD, CS, YU historic).", "UA"),
        ("latitude", "float64", "WGS84 latitude (GeoNames; a country's capital for a country; a central point of a "
         "first-level region, from the iso3166-2 package; null for other places).", "50.45466"),
        ("longitude", "float64", "WGS84 longitude.", "30.5238"),
        ("geonames_id", "int64", "GeoNames id of a city; null otherwise.", "703448"),
        ALIASES,
        N_MENTIONS,
        N_DOCS,
        KEY,
    ),
)

ORGANIZATIONS = Table(
    "organizations",
    "One row per organization; case endings removed.",
    _cols(
        ("org_id", "string", "Stable id from the canonical name: `org_` + 10 hex digits.", "org_0a1b2c3d4e"),
        ("name", "string", "Canonical name: the long form, nominative.", "Europäische Union"),
        ALIASES,
        N_MENTIONS,
        N_DOCS,
        KEY,
    ),
)

MONEY = Table(
    "money",
    "Every amount of money with a number and a currency, normalized (pipeline.components.money).",
    _cols(
        ("money_id", "string", "`<doc_id>:<start_char>-<end_char>`; unique.", "cbc-carney-selenskyj:1222-1241"),
        DOC_ID,
        SENT_ID,
        START,
        END,
        ("text", "string", "The amount as written, qualifiers included.",
         "2 Milliarden Dollar"),
        ("amount", "float64", "Full value in units of the currency; the lower bound of a range.", "2000000000.0"),
        ("amount_max", "float64", "Upper bound of a range (\"10 bis 20 Mio. Euro\"); null otherwise.", "20000000.0"),
        ("currency", "string", "ISO 4217 code (historic ones too: ATS, DEM); null if the text leaves it open.", "USD"),
        ("currency_alternatives", "list<string>", "Other codes the context makes likely (a Canadian \"Dollar\").",
         '["CAD"]'),
        ("currency_text", "string", "The currency as written.", "Dollar"),
        ("scale", "string", "Scale word as written; null without one.", "Milliarden"),
        ("approx", "bool", "True when a qualifier makes the amount inexact (rund, knapp, über, bis zu …).", "true"),
        ("qualifier", "string", "Qualifier words as written; null without one.", "rund"),
        SENTENCE,
    ),
)

COMMITMENTS = Table(
    "commitments",
    "Commitments (pipeline.components.commitments): a named actor pledged, agreed, delivered or approved something; "
    "one row per committing actor. Only rows with status `asserted` are commitments stated as fact.",
    _cols(
        ("commitment_id", "string", "`<doc_id>:<start_char>-<end_char>:<n>` of the trigger, n numbering its actors "
         "from 0; unique.", "cbc-carney-selenskyj:4391-4400:0"),
        DOC_ID,
        SENT_ID,
        ("actor", "string", "The committing actor as written: the named mention, or for \"das Land\", \"er\" … the "
         "mention it refers to; a body noun before a name is kept (\"Land Burgenland\").", "Kanada"),
        ("actor_id", "string", "person_id, place_id or org_id of the actor; null if its mention is not linked.",
         "loc_1b2c3d4e5f"),
        ("actor_type", "string", "person, place or organization.", "place"),
        ("trigger", "string", "The trigger's words as written, \"…\" where others stand between them.",
         "kündigten … an"),
        ("trigger_lemma", "string", "Lexicon lemma of the trigger (pipeline/data/commitment_triggers.tsv).",
         "ankündigen"),
        ("kind", "string", "pledge, agreement, delivery or approval (after CAMEO).", "pledge"),
        ("status", "string", "asserted, or negated, requested, considered, hypothetical, planned when not stated "
         "as fact.", "asserted"),
        ("recipient", "string", "Named beneficiary (\"an die Ukraine\") or, for an agreement, partner; null if none.",
         "Europäischen Union"),
        ("recipient_id", "string", "person_id, place_id or org_id of the recipient; null if none or not linked.",
         "org_0a1b2c3d4e"),
        ("money_id", "string", "The amount's row in `money`; null without an amount.",
         "cbc-carney-selenskyj:4361-4383"),
        ("amount", "float64", "The amount, as in `money`.", "2000000000.0"),
        ("currency", "string", "ISO 4217 code, as in `money`.", "USD"),
        ("object", "string", "What is committed, as written.", "strategisches Verteidigungsabkommen"),
        SENTENCE,
        ("start_char", "int64", "Start of the trigger (its first word) in the document text.", "4391"),
        ("end_char", "int64", "End (exclusive) of the trigger's last word: \"kündigten … an\" spans the words "
         "between.", "4400"),
    ),
)

TABLES: dict[str, Table] = {
    t.name: t for t in (DOCUMENTS, SENTENCES, MENTIONS, PEOPLE, PLACES, ORGANIZATIONS, MONEY, COMMITMENTS, ERRORS)
}
ENTITY_TABLES = {"PER": PEOPLE, "LOC": PLACES, "ORG": ORGANIZATIONS}
