"""Line breaks end sentences: news inputs put a headline or a paragraph on each line.

Runs before the senter or parser and only sets boundaries after newline tokens; both respect preset
boundaries, so a headline without a full stop no longer runs into the first sentence of the article.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if "\n" in token.text:  # spaCy makes line breaks tokens of their own
            doc[token.i + 1].is_sent_start = True
    return doc
