"""Cross-document linking: names that a document gives only in short form join the entity other
documents name in full.

Within a document `pipeline.link` already resolves "Carney" to "Mark Carney" and "EU" to "Europäische
Union". A document that only says "Selenskyj" or "EU" yields an entity of its own; at the end of a run
it is merged into the one full entity of the corpus it can mean:
- a one-word person key joins the only multi-word person whose last name it is;
- an acronym organization key joins the only long form that documents expanded it to.
Ambiguous short forms (two people named Schmid, an acronym expanded two ways) stay as they are.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.aggregate import EntityAggregator
from pipeline.link.organizations import is_acronym, org_key
from pipeline.link.people import person_key


def merge_plan(aggregator: EntityAggregator) -> dict[str, str]:
    """Short-form key → full key, for the unambiguous cases."""
    totals = aggregator.totals
    by_surname: dict[str, set[str]] = defaultdict(set)
    by_acronym: dict[str, set[str]] = defaultdict(set)
    for key, entity in totals.items():
        if entity.label == "PER" and " " in key:
            by_surname[person_key(entity.attrs.get("last_name", key.split()[-1]))].add(key)
        elif entity.label == "ORG":
            for surface in entity.surfaces:
                if is_acronym(surface) and org_key(surface) != key:
                    by_acronym[org_key(surface)].add(key)
    plan = {}
    for key, entity in totals.items():
        targets = by_surname.get(key, set()) if entity.label == "PER" else by_acronym.get(key, set())
        if entity.label in ("PER", "ORG") and len(targets) == 1:
            plan[key] = next(iter(targets))
    return plan
