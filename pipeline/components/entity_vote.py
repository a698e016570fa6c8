"""An ensemble of NER models that keeps the entities most of them agree on.

Several NER models trained apart (other seeds, widths, a beam) make different mistakes: an entity that most of
them find is right more often than one any single model finds (model/README.md, "Ensemble"). spaCy's `ner`
respects entities set before it, so each member's entities are moved into a span group of their own
(`entity_stash`) before the next member runs, and `entity_vote` sets `doc.ents` to the spans found by at least
`min_votes` members; where two such spans overlap, the one with more votes wins, then the earlier and longer.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span


@Language.factory("entity_stash", default_config={"key": "ner"})
def make_entity_stash(nlp: Language, name: str, key: str) -> EntityStash:
    return EntityStash(key)


@Language.factory("entity_vote", default_config={"keys": [], "min_votes": 1})
def make_entity_vote(nlp: Language, name: str, keys: list[str], min_votes: int) -> EntityVote:
    if not keys:
        raise ValueError("entity_vote needs the span-group keys of its members")
    if not 1 <= min_votes <= len(keys):
        raise ValueError(f"min_votes must be between 1 and the number of members ({len(keys)}), not {min_votes}")
    return EntityVote(keys, min_votes)


class EntityStash:
    """Moves the entities one member found into `doc.spans[key]` and leaves the next member a document without
    entity annotation (every token unset, not "outside" an entity)."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.key] = list(doc.ents)
        doc.set_ents([], default="missing")
        return doc


class EntityVote:
    """Sets `doc.ents` to the spans (start, end, label) that at least `min_votes` of the members' span groups
    hold, and removes the groups; a missing group (a member disabled) is an error, not a member without votes."""

    def __init__(self, keys: list[str], min_votes: int) -> None:
        self.keys = keys
        self.min_votes = min_votes

    def __call__(self, doc: Doc) -> Doc:
        missing = [key for key in self.keys if key not in doc.spans]
        if missing:  # a member or its stash disabled: the vote would silently count it as finding nothing
            raise ValueError(f"entity_vote: no entities of {', '.join(missing)}; run every member and its "
                             "entity_stash, or disable entity_vote with them")
        votes = Counter((span.start, span.end, span.label_) for key in self.keys for span in doc.spans[key])
        taken = [False] * len(doc)
        chosen = []
        for (start, end, label), count in sorted(votes.items(), key=lambda item: (-item[1], item[0][0], -item[0][1])):
            if count < self.min_votes or any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            chosen.append(Span(doc, start, end, label=label))
        doc.ents = sorted(chosen, key=lambda span: span.start)
        for key in self.keys:
            doc.spans.pop(key, None)
        return doc
