"""Make untrusted input text safe for spaCy without moving a single character.

Control characters and HTML markup are overwritten with spaces (entities with their character padded by
spaces), so every offset in the output tables indexes the original input text and the cleaned text alike. So is a
no-break or other fixed-width space between two words: spaCy splits words at plain spaces only and makes a token of
any other, which the model never saw between names ("Machthaber Baschar al-Assad\u00a0und" gave an organization,
"Thomas\u00a0Kunz" no person). A run of spaces stays as it is: the model learned web pages' runs of no-break spaces
as they are ("Vor 3 Tagen\u00a0\u00a0 FOCUS Online"), and read the same run of plain spaces otherwise.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A no-break, thin, narrow or em space … between two words: a run of spaces stays what the model saw in training.
FIXED_SPACE = re.compile(r"(?<=\S)[\u00a0\u2000-\u200a\u202f\u205f\u3000](?=\S)")
HTML_SIGNAL = re.compile(r"</?(?:p|br|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|table|tr|td|img|script|style)\b[^>]*>",
                         re.IGNORECASE)
INVISIBLE_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]{0,2000}>", re.DOTALL)
ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass
class Cleaned:
    text: str
    notes: list[str] = field(default_factory=list)


def _blank(match: re.Match) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))  # keep line breaks: they end paragraphs


def _unescape(match: re.Match) -> str:
    char = html.unescape(match.group(0))
    return char + " " * (len(match.group(0)) - len(char)) if len(char) <= len(match.group(0)) else match.group(0)


def clean_text(text: str) -> Cleaned:
    """The text with control characters and HTML blanked out, same length, with notes on what changed."""
    notes = []
    text, n_control = CONTROL.subn(" ", text)
    if n_control:
        notes.append(f"{n_control} control character(s) replaced by spaces")
    if HTML_SIGNAL.search(text):
        text = INVISIBLE_BLOCK.sub(_blank, text)
        text = TAG.sub(_blank, text)
        text = ENTITY.sub(_unescape, text)
        notes.append("HTML markup blanked out (offsets unchanged)")
    text, n_spaces = FIXED_SPACE.subn(" ", text)
    if n_spaces:
        notes.append(f"{n_spaces} no-break or other fixed-width space(s) read as spaces")
    return Cleaned(text, notes)
