"""Audit the money component over a corpus: every amount whose number could not be read, with its context,
so that each can be fixed or confirmed as one a human could not read either ("mehrere Millionen Euro").

    python -m pipeline.money.audit ../shared/corpus/gnad-articles.jsonl [--model blank|auto|bundled|PATH] [--all]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.money.corpus import BLANK, money_pipeline, money_records, read_jsonl

CONTEXT_CHARS = 50


def audit(corpus: Path, model: str = BLANK, show_all: bool = False) -> tuple[int, int, list[str]]:
    """(amounts found, amounts without a number, one line per listed amount)."""
    nlp = money_pipeline(model, keep_unparsed=True)
    articles = list(read_jsonl(corpus))
    found, unread, lines = 0, 0, []
    for article, doc in zip(articles, nlp.pipe(a["text"] for a in articles), strict=True):
        for record in money_records(doc):
            found += 1
            unread += record.amount is None
            if show_all or record.amount is None:
                before = doc.text[max(0, record.start_char - CONTEXT_CHARS) : record.start_char]
                after = doc.text[record.end_char : record.end_char + CONTEXT_CHARS]
                lines.append(f"{article['id']}\t{record.amount}\t{record.amount_max}\t{record.currency}\t"
                             f"{before!r} [{record.text}] {after!r}")
    return found, unread, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--model", default=BLANK)
    parser.add_argument("--all", action="store_true", help="list every amount, not only the unread ones")
    args = parser.parse_args()
    found, unread, lines = audit(args.corpus, args.model, args.all)
    print("\n".join(lines))
    print(f"{found} amounts, {unread} without a readable number")


if __name__ == "__main__":
    main()
