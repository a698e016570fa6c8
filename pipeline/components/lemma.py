"""A lemmatizer that trusts a lemma table where it knows the word and a trained model elsewhere.

spaCy's lookup lemmatizer returns the word itself for unknown words, and its trainable lemmatizer is
only as good as the small UD treebank it learned from. Run after `trainable_lemmatizer`, this component
overwrites a lemma only when the table has the form ("zugesagt" → "zusagen", "Milliarden" → "Milliarde")
and keeps the trained guess otherwise ("Russlands" → "Russland"). The table is serialized with the
pipeline, so no lookups package is needed at run time.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Token

MODE = "table_first"
TABLE = "lemma_lookup"
TABLE_FILE = "lemma_lookup.msgpack.gz"


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
        file = Path(path) / TABLE_FILE
        if not file.exists():
            raise ValueError(f"{file} is missing; rebuild the model (model/package.py)")
        self._table = LemmaTable(srsly.msgpack_loads(gzip.decompress(file.read_bytes())))
        self._validated = True  # spaCy's check looks in `lookups`, which stays empty
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """The table alone, gzipped: 3.8 MB instead of spaCy's 7.2 MB `lookups.bin` (hash keys barely
        compress, the lemmas do), unpacked in a few hundredths of a second at load."""
        Path(path).mkdir(parents=True, exist_ok=True)
        (Path(path) / TABLE_FILE).write_bytes(gzip.compress(srsly.msgpack_dumps(dict(self.table)), mtime=0))

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
