"""Which tables a run writes (`pipeline extract --tables`) and which components they need, so that a run
does only the work its tables use.

`documents` and `errors` are always written: they account for every input, and the exit code and the
CLI's pointer to errors.csv rely on them. Every table needs sentence boundaries (the `sent_id` columns).
Entity tables need NER with the rulers and `entity_fixes`, and the tagger, morphologizer and lemmatizers
that `entity_fixes` and the linkers read (POS, tag, morphology, lemma). Money needs only `money_matcher`,
which reads token text. Commitments need both, since actors are linked mentions and amounts are money spans,
and the trigger finder reads lemmas and tags.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.schema import TABLES

ALWAYS = ("documents", "errors")
ENTITY_TABLES = ("mentions", "people", "places", "organizations")
PROJECT_COMPONENTS = {"money": "money_matcher", "commitments": "commitment_finder"}


def parse_tables(spec: str) -> tuple[str, ...]:
    """`all` or a comma-separated list of table names → the tables to write, in schema order."""
    names = {name.strip() for name in spec.split(",") if name.strip()}
    if not names or "all" in names:
        return tuple(TABLES)
    unknown = names - set(TABLES)
    if unknown:
        raise ValueError(f"unknown table(s): {', '.join(sorted(unknown))}; use all or some of {', '.join(TABLES)}")
    return tuple(name for name in TABLES if name in names or name in ALWAYS)


def needs(tables: Iterable[str]) -> set[str]:
    """What the tables need beyond sentences: any of `entities`, `money`, `commitments`."""
    wanted = set(tables)
    groups = {"commitments", "entities", "money"} if "commitments" in wanted else set()
    if wanted & set(ENTITY_TABLES):
        groups.add("entities")
    if "money" in wanted:
        groups.add("money")
    return groups


def unneeded_components(pipeline: list[tuple[str, object]], tables: Iterable[str]) -> list[str]:
    """Names of the components of a loaded pipeline that the tables do not need, to be disabled.

    Without entities, only sentence segmentation remains of the model: the senter (or sentencizer, or
    parser) and the tok2vec layers it listens to; a model without any keeps everything, as its sentences
    come from somewhere we cannot tell.
    """
    groups = needs(tables)
    names = [name for name, _ in pipeline]
    keep = set(names) - set(PROJECT_COMPONENTS.values())
    if "entities" not in groups:
        segmenter = next((name for name in ("senter", "sentencizer", "parser") if name in names), None)
        if segmenter is not None:
            keep = {"paragraph_boundaries", segmenter} | {
                name for name, pipe in pipeline if segmenter in getattr(pipe, "listening_components", ())
            }
    keep |= {component for group, component in PROJECT_COMPONENTS.items() if group in groups}
    return [name for name in names if name not in keep]
