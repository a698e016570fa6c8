"""A lemmatizer that trusts a lemma table where it knows the word and a trained model elsewhere.

spaCy's lookup lemmatizer returns the word itself for unknown words, and its trainable lemmatizer is
only as good as the small UD treebank it learned from. Run after `trainable_lemmatizer`, this component
overwrites a lemma only when the table has the form ("zugesagt" → "zusagen", "Milliarden" → "Milliarde")
and keeps the trained guess otherwise ("Russlands" → "Russland"). The table is serialized with the
pipeline, so no lookups package is needed at run time.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

MODE = "table_first"


class TableFirstLemmatizer(Lemmatizer):
    """spaCy's Lemmatizer with one more mode, `table_first`."""

    @classmethod
    def get_lookups_config(cls, mode: str) -> tuple[list[str], list[str]]:
        if mode == MODE:
            return ["lemma_lookup"], []
        return super().get_lookups_config(mode)

    def table_first_lemmatize(self, token: Token) -> list[str]:
        table = self.lookups.get_table("lemma_lookup")
        if token.text in table:
            return [table[token.text]]
        if token.is_sent_start and token.lower_ in table:
            return [table[token.lower_]]
        return [token.lemma_ or token.text]


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
