"""`commitment_finder`: who pledged, signed, delivered or approved what, to whom, for how much.

Runs after NER and `money_matcher`. Triggers come from the lexicon (data/commitment_triggers.tsv,
pipeline.commitments.lexicon); for each one the component takes the trigger's clause
(pipeline.commitments.clauses), its noun phrases and their roles (pipeline.commitments.phrases), and fills
actors, recipient, amount (a span of `doc.spans["money"]`), object (pipeline.commitments.arguments) and
status (pipeline.commitments.status). Results are spans in `doc.spans["commitments"]` read through
`doc._.commitments` (pipeline.commitments.model).

Decisions:
- a commitment needs a named actor: a trigger whose actor cannot be named (nor resolved from "das Land",
  "er" …) is dropped;
- a noun trigger in a clause that already has a verb commitment is that commitment's object, not one of its
  own ("hat ein Abkommen unterzeichnet");
- commitments that are not stated as fact are kept with their status (negated, requested, considered,
  hypothetical, planned) unless `keep_unasserted` is false; only `asserted` ones are commitments in the
  sense of the guidelines, and `pipeline evaluate` scores only those.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.commitments import anaphora, arguments
from pipeline.commitments.lexicon import TriggerEntry, load_lexicon
from pipeline.commitments.model import Commitment, store
from pipeline.commitments.phrases import NounPhrase, noun_phrases
from pipeline.commitments.status import status
from pipeline.commitments.triggers import TriggerFinder, TriggerMatch


def _satisfies(entry: TriggerEntry, money: Span | None, obj: Span | None) -> bool:
    """A restricted trigger needs an amount or an object of the listed kinds (lexicon column `context`)."""
    if not entry.restricted:
        return True
    if entry.needs_money and money is not None:
        return True
    return obj is not None and obj[-1].lower_.endswith(entry.object_heads)


class CommitmentFinder:
    def __init__(self, nlp: Language, name: str, span_key: str, money_key: str, lexicon: str,
                 antecedent_sentences: int, keep_unasserted: bool) -> None:
        self.name = name
        self.span_key = span_key
        self.money_key = money_key
        self.antecedent_sentences = antecedent_sentences
        self.keep_unasserted = keep_unasserted
        self.triggers = TriggerFinder(nlp.vocab, load_lexicon(lexicon or None))

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("SENT_START"):
            doc.spans[self.span_key] = []
            return doc
        amounts = list(doc.spans.get(self.money_key, []))
        index = arguments.money_index(amounts)
        cache: dict[tuple[int, int], list[NounPhrase]] = {}

        def phrases_of(clause: Span) -> list[NounPhrase]:
            key = (clause.start, clause.end)
            if key not in cache:
                cache[key] = noun_phrases(clause, index)
            return cache[key]

        def resolve(phrase: NounPhrase) -> list[Span]:
            return anaphora.resolve(phrase, phrases_of, self.antecedent_sentences)

        matches = self.triggers(doc)
        found: list[Commitment] = []
        verb_clauses: set[tuple[int, int]] = set()
        for match in sorted(matches, key=lambda m: m.entry.pos != "VERB"):
            clause = (match.clause.start, match.clause.end)
            if match.entry.pos == "NOUN" and clause in verb_clauses:
                continue
            commitment = self._commitment(match, phrases_of, resolve, amounts, index)
            if commitment is not None:
                found.append(commitment)
                if match.entry.pos == "VERB":
                    verb_clauses.add(clause)
        doc.spans[self.span_key] = [store(doc, c) for c in sorted(found, key=lambda c: c.trigger.start)]
        return doc

    def _commitment(self, match: TriggerMatch, phrases_of, resolve, amounts: list[Span],
                    index: dict[int, int]) -> Commitment | None:
        actors = arguments.actors(match, phrases_of, resolve)
        if not actors:
            return None
        phrases = phrases_of(match.clause)
        money = arguments.money(match, amounts)
        obj = arguments.object_phrase(match, phrases, index, actors)
        if not _satisfies(match.entry, money, obj):
            return None
        state = status(match.head, match.clause, match.governing, match.zu_form, match.zu_infinitive)
        if state != "asserted" and not self.keep_unasserted:
            return None
        return Commitment(
            trigger=match.span,
            words=match.parts,
            lemma=match.entry.lemma,
            kind=match.entry.kind,
            status=state,
            actors=tuple(actors),
            recipient=arguments.recipient(match, phrases, actors),
            money=money,
            object=obj,
        )


@Language.factory(
    "commitment_finder",
    assigns=["doc.spans"],
    requires=["doc.ents", "token.lemma"],
    default_config={
        "span_key": "commitments",
        "money_key": "money",
        "lexicon": "",
        "antecedent_sentences": 3,
        "keep_unasserted": True,
    },
)
def make_commitment_finder(nlp: Language, name: str, span_key: str, money_key: str, lexicon: str,
                           antecedent_sentences: int, keep_unasserted: bool) -> CommitmentFinder:
    """`lexicon`: a trigger file in the format of data/commitment_triggers.tsv (empty: the bundled one);
    `antecedent_sentences`: how far back "das Land" or "er" may find the actor they refer to;
    `keep_unasserted`: keep negated, requested, considered, hypothetical and planned commitments (with their
    status) instead of dropping them."""
    return CommitmentFinder(nlp, name, span_key, money_key, lexicon, antecedent_sentences, keep_unasserted)
