"""Cross-document linking: names that a document gives only in short form, tied to the entity other documents
name in full.

Within a document `pipeline.link` already resolves "Carney" to "Mark Carney" and "EU" to "Europäische
Union". A document that only says "Selenskyj" or "EU" yields an entity of its own; at the end of a run:
- an acronym organization key is merged into the only long form that documents expanded it to: the issue asks
  for "EU" and "Europäische Union" as one organization across the corpus;
- a person known only by a surname ("Carney", "De Maizière") keeps its own row, named as its documents name it,
  and points (`likely_person_id`) to the only person with a given name whose surname it is. A surname is weaker
  evidence than an acronym's expansion (the footballer "Mahrer" of one article is not the politician "Harald
  Mahrer" of another), so the link is offered for analysts to follow, not written over the document's name. A
  lone given name that is someone's surname gets such a link too ("Simon" → "Gilles Simon"): the name alone does
  not tell them apart.
Ambiguous short forms (two people named Schmid, an acronym expanded two ways) get no link.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from pipeline.aggregate import EntityAggregator, EntityTotals
from pipeline.link.organizations import CLUB_ABBREVIATION, is_acronym, org_key
from pipeline.link.people import person_key


def _unambiguous(aggregator: EntityAggregator, short: Callable[[EntityTotals], bool],
                 full_forms: dict[str, set[str]]) -> dict[str, str]:
    """Short key → full key where the key of a `short` entity has exactly one full form."""
    return {key: next(iter(full_forms[key])) for key, entity in aggregator.totals.items()
            if short(entity) and len(full_forms.get(key, ())) == 1}


def merge_plan(aggregator: EntityAggregator) -> dict[str, str]:
    """Acronym organization key → the long-form key its documents expanded it to, where there is one; not a club's
    prefix ("VfL", "FC"), whose club each document names anew (VfL Wolfsburg here, VfL Bochum there)."""
    by_acronym: dict[str, set[str]] = defaultdict(set)
    for key, entity in aggregator.totals.items():
        if entity.label == "ORG":
            for surface in entity.surfaces:
                if is_acronym(surface) and not CLUB_ABBREVIATION.match(surface) and org_key(surface) != key:
                    by_acronym[org_key(surface)].add(key)
    return _unambiguous(aggregator, lambda entity: entity.label == "ORG", by_acronym)


def surname_links(aggregator: EntityAggregator) -> dict[str, str]:
    """Surname-only person key → the key of the one person of the run named in full with that surname."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for key, entity in aggregator.totals.items():
        if entity.label == "PER" and entity.attrs.get("first_name"):
            by_surname[person_key(entity.attrs["last_name"])].add(key)
    return _unambiguous(aggregator, lambda entity: entity.label == "PER" and not entity.attrs.get("first_name"),
                        by_surname)
