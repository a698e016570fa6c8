"""Words before an amount that change how exact it is ("rund", "bis zu") or say it is no amount at all
("mehrere Millionen"). No library lists these; the tables are the project's reading of the gold guidelines.
"""

from __future__ import annotations

from collections.abc import Sequence

# Phrase (lower case) → whether it makes the amount inexact. Phrases chain: "knapp über", "bis zu rund".
# Words that add rather than qualify ("zusätzliche", "weitere", "jeweils") stay outside the span, as in the gold.
QUALIFIERS: dict[str, bool] = {
    **dict.fromkeys(
        ("rund", "runde", "etwa", "ca.", "circa", "zirka", "ungefähr", "annähernd", "knapp", "knappe", "knappen",
         "gut", "fast", "beinahe", "nahezu", "mehr als", "weniger als", "höher als", "niedriger als", "über",
         "unter", "bis", "bis zu", "bis zur höhe von", "bis zu einer höhe von", "maximal", "höchstens",
         "mindestens", "wenigstens", "zumindest", "ab", "um die", "an die", "geschätzt", "geschätzte", "geschätzten"),
        True,
    ),
    # Kept in the span and the `qualifier` column (a conversion is worth knowing), but exact.
    **dict.fromkeys(("insgesamt", "umgerechnet", "genau", "exakt"), False),
}
# Words that stand where a number should ("mehrere Millionen Euro", "ein paar Hundert Euro"): no amount.
VAGUE_QUANTIFIERS = ("mehrere", "mehreren", "einige", "einigen", "etliche", "etlichen", "paar", "wenige",
                     "wenigen", "viele", "vielen", "hunderte", "hunderten", "tausende", "tausenden", "zig")
_LONGEST = max(len(phrase.split()) for phrase in QUALIFIERS)


def leading_qualifiers(words: Sequence[str]) -> tuple[str | None, bool, int]:
    """The qualifier phrases at the start of `words`: (their text, whether any is inexact, words used)."""
    used, approx = 0, False
    while True:
        for size in range(min(_LONGEST, len(words) - used), 0, -1):
            phrase = " ".join(words[used : used + size]).lower()
            if phrase in QUALIFIERS:
                approx = approx or QUALIFIERS[phrase]
                used += size
                break
        else:
            return (" ".join(words[:used]) or None), approx, used
