"""Stable ids: hashes of canonical keys, so the same entity has the same id in every run and corpus."""

from __future__ import annotations

import hashlib

PREFIX = {"PER": "per_", "LOC": "loc_", "ORG": "org_"}


def entity_id(label: str, key: str) -> str:
    """`per_`/`loc_`/`org_` + 10 hex digits of BLAKE2b over the entity's canonical key."""
    return PREFIX[label] + hashlib.blake2b(key.encode("utf-8"), digest_size=5).hexdigest()


def span_id(doc_id: str, start_char: int, end_char: int) -> str:
    """Row id of anything anchored at a span of a document: `<doc_id>:<start>-<end>`."""
    return f"{doc_id}:{start_char}-{end_char}"
