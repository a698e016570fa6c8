"""A yes/no test of word forms, answered for whole Docs at once: which tokens are currency words, which look
like a trigger verb. The test runs once per distinct form (string id) and is remembered, as a corpus repeats
its words; a Doc is answered from its token array, without creating a Token object per word.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.strings import StringStore
from spacy.tokens import Doc


class FormTest:
    def __init__(self, strings: StringStore, attr: int, test: Callable[[str], bool]) -> None:
        self.strings = strings
        self.attr = attr
        self.test = test
        self.known: dict[int, bool] = {}

    def mask(self, doc: Doc) -> np.ndarray:
        """One boolean per token: does its form (the `attr` string: ORTH, LOWER, LEMMA…) pass the test?"""
        ids = doc.to_array(self.attr)
        passing = [form for form in np.unique(ids).tolist() if self._passes(form)]
        return np.isin(ids, passing)

    def _passes(self, form: int) -> bool:
        known = self.known.get(form)
        if known is None:
            known = self.known[form] = self.test(self.strings[form])
        return known
