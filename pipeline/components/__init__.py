"""spaCy components of the project, registered as factories on import (and via entry points)."""

from pipeline.components import (  # noqa: F401  (importing registers the factories)
    commitments,
    entity_fixes,
    entity_vote,
    known_names,
    lemma,
    money,
    paragraphs,
)
