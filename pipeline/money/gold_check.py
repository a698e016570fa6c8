"""Score the money component alone against a gold file, with `pipeline evaluate`'s matching rule (amount
within 0.5 %, currency equal to the gold one or an alternative, range bounds too; optional gold items count
neither way), without running the whole pipeline.

    python -m pipeline.money.gold_check ../shared/gold/dev.jsonl [--model blank|auto|bundled|PATH]
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from pipeline.evaluate import _money_same, match, prf
from pipeline.money.corpus import BLANK, money_pipeline, money_records, read_jsonl


def gold_check(gold_path: Path, model: str = BLANK) -> tuple[dict, list[str]]:
    """Totals (tp, fp, fn, precision, recall, f1) and one line per error."""
    nlp = money_pipeline(model)
    totals, errors = {"tp": 0, "fp": 0, "fn": 0}, []
    records = [r for r in read_jsonl(gold_path) if "money" in r]
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        predicted = [asdict(m) for m in money_records(doc)]
        result = match(predicted, record["money"], _money_same)
        for key in totals:
            totals[key] += result[key]
        errors += [f"{record['id']}  FP  {_show(predicted[i])}" for i in result["false_positives"]]
        errors += [f"{record['id']}  FN  {_show(record['money'][j])}" for j in result["false_negatives"]]
    return prf(**totals), errors


def _show(item: dict) -> str:
    return f"{item['text']!r} amount={item['amount']} max={item.get('amount_max')} currency={item['currency']}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--model", default=BLANK)
    args = parser.parse_args()
    scores, errors = gold_check(args.gold, args.model)
    print("\n".join(errors))
    print(f"money  P={scores['precision']:.3f}  R={scores['recall']:.3f}  F1={scores['f1']:.3f}  "
          f"tp={scores['tp']} fp={scores['fp']} fn={scores['fn']}")


if __name__ == "__main__":
    main()
