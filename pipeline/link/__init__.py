"""Within-document entity linking: each PER/LOC/ORG mention gets the canonical key of its entity.

Keys are derived from canonical names or gazetteer ids ("per:mark carney", "country:RU", "city:703448",
"org:europäische union"), so the same entity gets the same key in every document and every run; table ids
are hashes of these keys (`pipeline.ids`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.extract.mentions import MentionRecord


@dataclass
class DocEntity:
    """What one document says about one entity; merged across documents by `pipeline.aggregate`."""

    key: str
    label: str  # PER, LOC or ORG
    name: str
    surfaces: set[str] = field(default_factory=set)
    n_mentions: int = 0
    attrs: dict = field(default_factory=dict)


def link_document(doc: Doc, mentions: list[MentionRecord]) -> list[DocEntity]:
    """Set `entity_key` on every PER/LOC/ORG mention and return the document's entities."""
    from pipeline.link import organizations, people, places

    entities: list[DocEntity] = []
    for label, linker in (("PER", people.link), ("LOC", places.link), ("ORG", organizations.link)):
        entities.extend(linker(doc, [m for m in mentions if m.label == label]))
    return entities


def collect(entities: dict[str, DocEntity], key: str, label: str, name: str, mention: MentionRecord) -> DocEntity:
    """Attach a mention to the document entity with that key, creating it on first sight. Names and keys have
    single spaces: agency texts break lines into double spaces ("Rudolf  Kemler", "Casinos  Austria")."""
    key, name = " ".join(key.split()), " ".join(name.split())
    entity = entities.get(key)
    if entity is None:
        entity = entities[key] = DocEntity(key, label, name)
    entity.surfaces.add(mention.text)
    entity.n_mentions += 1
    mention.entity_key = key
    return entity
