"""`make heldout`: entity figures on articles outside the gold development set.

`bench/heldout_entities.jsonl` holds the people, places and organizations of 942 GNAD articles that are not in
the gold development set, annotated by `../shared/gold/GUIDELINES.md` without looking at the pipeline's output,
in seventy-nine draws at random: 12 articles (seed 20261126), 12 more (seed 20261127), 14 more (seed 20261128), then
12 more for each seed from 20261129 to 20261203, each drawn from the articles not yet used
(`random.Random(seed).sample` of the sorted remaining ids), and the last 4 (seed 20261204): every GNAD article
of ../shared but the 28 of the development set. Each draw was scored blind first; rules drawn from its
errors afterwards are named as such in the commit log. Only the annotations are committed: the texts come from
`../shared/corpus/gnad-articles.jsonl` (10kGNAD, CC BY-NC-SA 4.0). This script joins both into a gold file in a
temporary folder, runs `pipeline extract` and `pipeline evaluate` on it and prints the scores.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ENTITIES = Path(__file__).with_name("heldout_entities.jsonl")


def gold_records(corpus: Path) -> list[dict]:
    """The annotations with the text of each article, in the format `pipeline evaluate` reads."""
    annotations = [json.loads(line) for line in ENTITIES.read_text(encoding="utf-8").splitlines() if line]
    wanted = {record["id"] for record in annotations}
    texts = {}
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if article["id"] in wanted:
                texts[article["id"]] = article["text"]
    missing = wanted - texts.keys()
    if missing:
        raise SystemExit(f"{corpus} lacks the held-out articles {sorted(missing)}")
    return [{"id": record["id"], "text": texts[record["id"]], **record} for record in annotations]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    pipeline = Path(sys.executable).with_name("pipeline")
    with tempfile.TemporaryDirectory() as folder:
        gold = Path(folder) / "heldout.jsonl"
        records = gold_records(args.shared / "corpus" / "gnad-articles.jsonl")
        gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        out = Path(folder) / "out"
        subprocess.run([pipeline, "extract", gold, "--out", out, "--force"], check=True, capture_output=True)
        subprocess.run([pipeline, "evaluate", gold, out], check=True)


if __name__ == "__main__":
    main()
