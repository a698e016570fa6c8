"""A commitment as found in a Doc, and how it is stored there so that the Doc stays serializable.

The component puts one span per commitment into a span group (the trigger, from its first to its last token,
labelled with the kind) and the rest into that span's `_.commitment` extension as plain data: token offsets
relative to the trigger span. Plain data keeps `Doc.to_bytes` working, and relative offsets survive
`Doc.from_docs`, which joins the pieces of a long text and shifts span groups and span extensions but not the
values inside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

SPAN_KEY = "commitments"
EXTENSION = "commitment"


@dataclass(frozen=True)
class Commitment:
    trigger: Span  # from the first to the last trigger token: "kündigten … an" is one stretch
    words: tuple[Token, ...]  # the trigger's own tokens ("kündigten", "an")
    lemma: str  # lexicon lemma: "ankündigen", "zur Verfügung stellen"
    kind: str  # pledge | agreement | delivery | approval
    status: str  # asserted | negated | requested | considered | hypothetical | planned
    actors: tuple[Span, ...]  # named actors as written, a body noun before a name included ("Land Burgenland")
    recipient: Span | None
    money: Span | None  # a span of doc.spans["money"]
    object: Span | None

    @property
    def trigger_text(self) -> str:
        """The trigger's words, with "…" where other words stand between them: "kündigten … an"."""
        text = self.words[0].text
        for before, token in pairwise(self.words):
            text += (" " if token.i == before.i + 1 else " … ") + token.text
        return text


def _offsets(span: Span | None, origin: int) -> list[int] | None:
    return None if span is None else [span.start - origin, span.end - origin]


def _span(doc: Doc, offsets: list[int] | None, origin: int) -> Span | None:
    return None if offsets is None else doc[origin + offsets[0] : origin + offsets[1]]


def store(doc: Doc, commitment: Commitment) -> Span:
    """The trigger span carrying the commitment's data, ready for a span group."""
    span = Span(doc, commitment.trigger.start, commitment.trigger.end, label=commitment.kind)
    origin = span.start
    span._.set(EXTENSION, {
        "words": [t.i - origin for t in commitment.words],
        "lemma": commitment.lemma,
        "status": commitment.status,
        "actors": [_offsets(a, origin) for a in commitment.actors],
        "recipient": _offsets(commitment.recipient, origin),
        "money": _offsets(commitment.money, origin),
        "object": _offsets(commitment.object, origin),
    })
    return span


def load(span: Span) -> Commitment:
    """The commitment stored on a trigger span by `store`."""
    data, doc, origin = span._.get(EXTENSION), span.doc, span.start
    return Commitment(
        trigger=span,
        words=tuple(doc[origin + i] for i in data["words"]),
        lemma=data["lemma"],
        kind=span.label_,
        status=data["status"],
        actors=tuple(_span(doc, a, origin) for a in data["actors"]),
        recipient=_span(doc, data["recipient"], origin),
        money=_span(doc, data["money"], origin),
        object=_span(doc, data["object"], origin),
    )


def commitments(doc: Doc, span_key: str = SPAN_KEY) -> list[Commitment]:
    """The commitments the component found, in text order; none when it did not run."""
    return [load(span) for span in doc.spans.get(span_key, [])]


Span.set_extension(EXTENSION, default=None, force=True)
Doc.set_extension("commitments", getter=commitments, force=True)
