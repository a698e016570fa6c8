"""Language of a document: German is recognized by its function words (fast, the common case); anything
else is identified by langdetect, seeded so that the result is the same on every run."""

from __future__ import annotations

import re

from spacy.lang.de.stop_words import STOP_WORDS

WORD = re.compile(r"[^\W\d_]+")
GERMAN_STOPWORD_SHARE = 0.25  # German news: 40–50 % of words; English or French text: well under 15 %
SAMPLE_CHARS = 3000


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has too few letters to tell."""
    words = WORD.findall(text[:SAMPLE_CHARS].lower())
    if len(words) < 3:
        return None
    if sum(w in STOP_WORDS for w in words) / len(words) >= GERMAN_STOPWORD_SHARE:
        return "de"
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    try:
        return detect(text[:SAMPLE_CHARS])
    except LangDetectException:
        return None
