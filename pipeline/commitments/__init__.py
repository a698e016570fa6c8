"""Commitment finding, one job per module, put together by the `commitment_finder` component
(pipeline.components.commitments):

- lexicon: the trigger lexicon (data/commitment_triggers.tsv);
- words: word classes robust to tagger errors;
- clauses: clause boundaries inside a sentence;
- phrases: noun phrases and their roles (subject, object, recipient, partner, agent …);
- triggers: trigger words in a Doc, separable verbs included;
- anaphora: "das Land", "der Oligarch", "er" resolved to a named mention;
- arguments: actors, recipient, amount and object of a trigger;
- status: asserted, negated, requested, considered, hypothetical or planned;
- model: the `Commitment` and how it is stored on the Doc.
"""
