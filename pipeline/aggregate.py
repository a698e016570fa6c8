"""Corpus-level entity tables from per-document entities, keyed by compact canonical keys.

Memory grows with the number of distinct entities, not with the number of mentions or documents.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pipeline.ids import entity_id
from pipeline.link import DocEntity


@dataclass
class EntityTotals:
    label: str
    names: Counter = field(default_factory=Counter)  # name → documents that name the entity so
    name_mentions: Counter = field(default_factory=Counter)  # name → mentions under it, to break a tie
    surfaces: set[str] = field(default_factory=set)
    n_mentions: int = 0
    n_docs: int = 0
    attrs: dict = field(default_factory=dict)
    lists: dict[str, set] = field(default_factory=dict)
    attr_positions: dict[str, int] = field(default_factory=dict)  # input position of the document each attr is from


class EntityAggregator:
    """Merge what each document says about an entity into one row per entity. Documents may be added in any
    order: a single-valued attribute comes from the first document in input order that has it, so a run can
    add cached documents while earlier ones are still being annotated."""

    def __init__(self) -> None:
        self.totals: dict[str, EntityTotals] = {}

    def add(self, entities: list[DocEntity], position: int) -> None:
        """The entities of the document at `position` in the input."""
        for entity in entities:
            totals = self.totals.get(entity.key)
            if totals is None:
                totals = self.totals[entity.key] = EntityTotals(entity.label)
            totals.names[entity.name] += 1
            totals.name_mentions[entity.name] += entity.n_mentions
            totals.surfaces |= entity.surfaces
            totals.n_mentions += entity.n_mentions
            totals.n_docs += 1
            for attr, value in entity.attrs.items():
                if isinstance(value, (list, set, tuple)):
                    totals.lists.setdefault(attr, set()).update(value)
                elif value is not None and position < totals.attr_positions.get(attr, position + 1):
                    totals.attrs[attr] = value
                    totals.attr_positions[attr] = position

    def merge(self, plan: dict[str, str]) -> dict[str, str]:
        """Fold each short-form entity into its full entity (`pipeline.corpus_links`); returns the id map.

        The short form's names become aliases of the full entity: they must not outvote its full name.
        """
        ids = {}
        for source, target in plan.items():
            short, full = self.totals.pop(source), self.totals[target]
            full.surfaces |= short.surfaces | set(short.names)
            full.n_mentions += short.n_mentions
            full.n_docs += short.n_docs
            for attr, values in short.lists.items():
                full.lists.setdefault(attr, set()).update(values)
            ids[entity_id(short.label, source)] = entity_id(full.label, target)
        return ids

    def link(self, plan: dict[str, str], column: str) -> None:
        """Give each short-form entity of `plan` the id of its full entity in `column`, keeping both rows."""
        for source, target in plan.items():
            short = self.totals[source]
            short.attrs[column] = entity_id(short.label, target)

    def rows(self, label: str) -> list[dict]:
        """Rows for the people (PER), places (LOC) or organizations (ORG) table, sorted by id."""
        id_column = {"PER": "person_id", "LOC": "place_id", "ORG": "org_id"}[label]
        out = []
        for key, totals in self.totals.items():
            if totals.label != label:
                continue
            # the name most documents use, one that repeats it often outvoting none ("Neapel" in three articles, not
            # the "Napoli" of one Serie A preview)
            name = min(totals.names, key=lambda n: (-totals.names[n], -totals.name_mentions[n], n))
            row = {
                id_column: entity_id(label, key),
                "name": name,
                "aliases": sorted(totals.surfaces - {name}),
                "n_mentions": totals.n_mentions,
                "n_docs": totals.n_docs,
                "key": key,
                **totals.attrs,
                **{attr: sorted(values) for attr, values in totals.lists.items()},
            }
            out.append(row)
        return sorted(out, key=lambda r: r[id_column])
