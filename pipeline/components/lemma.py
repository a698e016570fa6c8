"""A lemmatizer that trusts a lemma table where it knows the word and a trained model elsewhere.

spaCy's lookup lemmatizer returns the word itself for unknown words, and its trainable lemmatizer is
only as good as the small UD treebank it learned from. Run after `trainable_lemmatizer`, this component
overwrites a lemma only when the table has the form ("zugesagt" → "zusagen", "Milliarden" → "Milliarde")
and keeps the trained guess otherwise ("Russlands" → "Russland"). The table is serialized with the
pipeline, so no lookups package is needed at run time.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Token

MODE = "table_first"
TABLE = "lemma_lookup"


class LemmaTable(dict):
    """Word → lemma, keyed by the word's hash as spaCy's lookup tables are. A plain dict, filled in one C-level
    copy: spaCy's `Table` inserts its 350,000 entries one by one, most of a second at every model load."""

    def __contains__(self, word: object) -> bool:
        return dict.__contains__(self, get_string_id(word))

    def __getitem__(self, word: str | int) -> str:
        return dict.__getitem__(self, get_string_id(word))

    def get(self, word: str | int, default: str | None = None) -> str | None:
        return dict.get(self, get_string_id(word), default)


class TableFirstLemmatizer(Lemmatizer):
    """spaCy's Lemmatizer with one more mode, `table_first`; its table is loaded as a `LemmaTable`."""

    _table: LemmaTable | None = None

    @property
    def table(self) -> LemmaTable:
        """The lemma table: as loaded from disk, or from the lookups `initialize` filled."""
        if self._table is None:
            self._table = LemmaTable(self.lookups.get_table(TABLE))
        return self._table

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> TableFirstLemmatizer:
        file = Path(path) / "lookups" / "lookups.bin"
        tables = srsly.msgpack_loads(file.read_bytes()) if file.exists() else {}
        if TABLE not in tables:
            raise ValueError(f"{file} has no {TABLE!r} table; rebuild the model (model/package.py)")
        self._table = LemmaTable(tables[TABLE])
        self._validated = True  # spaCy's check looks in `lookups`, which stays empty
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        if not self.lookups.has_table(TABLE) and self._table is not None:  # loaded with from_disk
            self.lookups = Lookups()
            self.lookups.add_table(TABLE, dict(self._table))
        super().to_disk(path, exclude=exclude)

    @classmethod
    def get_lookups_config(cls, mode: str) -> tuple[list[str], list[str]]:
        if mode == MODE:
            return [TABLE], []
        return super().get_lookups_config(mode)

    def table_first_lemmatize(self, token: Token) -> list[str]:
        lemma = self.table.get(token.orth)  # the hash of the text: one lookup, no string hashed again
        if lemma is None and token.is_sent_start:
            lemma = self.table.get(token.lower)
        return [lemma if lemma is not None else token.lemma_ or token.text]


@Language.factory(
    "table_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None, "mode": MODE, "overwrite": True, "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_table_lemmatizer(nlp: Language, model, name: str, mode: str, overwrite: bool, scorer) -> TableFirstLemmatizer:
    return TableFirstLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
