"""The trigger lexicon: which words carry a commitment and of what kind (data/commitment_triggers.tsv).

The file is data so that analysts can extend it without touching code; its header documents the notation.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from pipeline.data import content_lines

KINDS = ("pledge", "agreement", "delivery", "approval")
MONEY = "MONEY"
REFLEXIVE = "sich"


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str  # as reported in `trigger_lemma`: "ankündigen", "zur Verfügung stellen", "sich verpflichten"
    kind: str
    pos: str  # VERB or NOUN
    verb: str  # the verb as one word ("ankündigen"), or the noun
    base: str  # the verb without its separable particle ("kündigen"); the same as `verb` without one
    particle: str  # "an" for "an|kündigen", else ""
    phrase: tuple[str, ...]  # fixed words that must stand in the clause: ("zur", "Verfügung"), ("sich",)
    needs_money: bool  # MONEY is one of the alternatives in `context`
    object_heads: tuple[str, ...]  # the other alternatives: the object's head noun ends in one of them
    forbidden: tuple[str, ...]  # no word of the clause may end in one of these
    notes: str = ""

    @property
    def restricted(self) -> bool:
        """True when the trigger counts only in a clause that satisfies one of its `context` alternatives."""
        return self.needs_money or bool(self.object_heads)


def parse_entry(lemma: str, kind: str, pos: str, context: str = "", notes: str = "") -> TriggerEntry:
    """One lexicon line; raises ValueError on an unknown kind or part of speech."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} for {lemma!r} (one of {', '.join(KINDS)})")
    if pos not in ("VERB", "NOUN"):
        raise ValueError(f"unknown part of speech {pos!r} for {lemma!r} (VERB or NOUN)")
    *phrase, word = lemma.split()
    particle, _, base = word.rpartition("|")
    conditions = context.split()
    alternatives = [c for c in conditions if not c.startswith("-")]
    return TriggerEntry(
        lemma=lemma.replace("|", ""),
        kind=kind,
        pos=pos,
        verb=particle + base,
        base=base,
        particle=particle,
        phrase=tuple(phrase),
        needs_money=MONEY in alternatives,
        object_heads=tuple(a.lower() for a in alternatives if a != MONEY),
        forbidden=tuple(c[1:] for c in conditions if c.startswith("-")),
        notes=notes,
    )


def read_lexicon(path: Path) -> tuple[TriggerEntry, ...]:
    rows = csv.DictReader(content_lines(path.read_text(encoding="utf-8")), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple(parse_entry(r["lemma"], r["kind"], r["pos"], r["context"] or "", r["notes"] or "") for r in rows)


@cache
def bundled_lexicon() -> tuple[TriggerEntry, ...]:
    return read_lexicon(Path(str(resources.files("pipeline.data") / "commitment_triggers.tsv")))


def load_lexicon(path: str | Path | None = None) -> tuple[TriggerEntry, ...]:
    """The lexicon at `path`, or the bundled one when no path is given."""
    return read_lexicon(Path(path)) if path else bundled_lexicon()
