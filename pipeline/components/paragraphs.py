"""Line breaks end sentences: news inputs put a headline or a paragraph on each line.

Runs before the senter or parser and only sets boundaries around newline tokens; both respect preset
boundaries, so a headline without a full stop no longer runs into the first sentence of the article. The line
break itself stays with the sentence it ends: a sentencizer would otherwise start a sentence at it after a full
stop, and the `sentences` table would hold an empty sentence for every line break.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    after_break = seen_text = False  # no boundary after the whitespace a text begins with
    for token in doc:
        if token.is_space and (after_break or "\n" in token.text):  # spaCy makes line breaks tokens of their own
            if token.i:
                token.is_sent_start = False
            after_break = seen_text
        elif not token.is_space:
            if after_break:
                token.is_sent_start = True
            after_break, seen_text = False, True
    return doc
