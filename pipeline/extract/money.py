"""Money amounts as the `money_matcher` component left them in `doc.spans` (see pipeline.components.money)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

SPAN_KEY = "money"


@dataclass(slots=True)
class MoneyRecord:
    sent_id: int
    start_char: int
    end_char: int
    text: str
    amount: float | None
    amount_max: float | None
    currency: str | None
    currency_alternatives: list[str]
    currency_text: str
    scale: str | None
    approx: bool
    qualifier: str | None


def money(doc: Doc, sent_of_token: list[int], span_key: str = SPAN_KEY) -> list[MoneyRecord]:
    """One record per amount span; none when the component did not run on this pipeline."""
    records = []
    for span in doc.spans.get(span_key, []):
        value = span._.money
        if value is not None:
            records.append(MoneyRecord(
                sent_of_token[span.start], span.start_char, span.end_char, span.text, value.amount,
                value.amount_max, value.currency, list(value.currency_alternatives), value.currency_text,
                value.scale, value.approx, value.qualifier,
            ))
    return records
