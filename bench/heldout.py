"""`make heldout`: entity figures on articles outside the gold development set.

`bench/heldout_entities.jsonl` holds the people, places and organizations of 942 GNAD articles that are not in
the gold development set, annotated by `../shared/gold/GUIDELINES.md` without looking at the pipeline's output,
in seventy-nine draws at random: 12 articles (seed 20261126), 12 more (seed 20261127), 14 more (seed 20261128), then
12 more for each seed from 20261129 to 20261203, each drawn from the articles not yet used
(`random.Random(seed).sample` of the sorted remaining ids), and the last 4 (seed 20261204): every GNAD article
of ../shared but the 28 of the development set. Each draw was scored blind first; rules drawn from its
errors afterwards are named as such in the commit log. Only the annotations are committed: the texts come from
`../shared/corpus/gnad-articles.jsonl` (10kGNAD, CC BY-NC-SA 4.0).

`bench/smartdata_entities.jsonl` holds the same annotation of 119 news articles of other outlets and another
country, from the DFKI SmartData corpus (German web news of 2015 and 2016, CC BY 4.0), each record naming its
SmartData id, its part and the bundled model's split it lies in (`model_split`):
- parts A and B: every document of the model's test split with at least 600 characters, shuffled with seed 20261128
  and numbered `sd-000` to `sd-066` (A: up to `sd-033`);
- part C: every document of at least 600 characters of the model's dev split (24) and of those `model/prepare.py`
  leaves out of every split (28; ner-d holds some of their sentences in its training split), shuffled with seed
  20261129 and numbered `sd-067` to `sd-118`.
The model never trained on these documents. Each part was scored blind first, rules drawn from its errors came
afterwards (commit log). The texts come from `../shared/training/smartdata/`.

This script joins annotations and texts into gold files in a temporary folder, runs `pipeline extract` and
`pipeline evaluate` on each and prints the scores.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).parent
ENTITIES = BENCH / "heldout_entities.jsonl"
SMARTDATA_ENTITIES = BENCH / "smartdata_entities.jsonl"
sys.path.insert(0, str(BENCH.parent / "model"))
from prepare import read_smartdata  # noqa: E402  (model/ is a folder of scripts, not a package)


def join_texts(annotations: Path, texts: dict[str, str], key: str, source: Path) -> list[dict]:
    """The annotations with the text of each article (found under `record[key]`), as `pipeline evaluate`
    reads them."""
    records = [json.loads(line) for line in annotations.read_text(encoding="utf-8").splitlines() if line]
    missing = {record[key] for record in records} - texts.keys()
    if missing:
        raise SystemExit(f"{source} lacks the held-out articles {sorted(missing)}")
    return [{"id": record["id"], "text": texts[record[key]], **record} for record in records]


def gold_records(corpus: Path) -> list[dict]:
    """The GNAD annotations with their texts from `corpus` (gnad-articles.jsonl)."""
    with corpus.open(encoding="utf-8") as lines:
        texts = {article["id"]: article["text"] for article in map(json.loads, lines)}
    return join_texts(ENTITIES, texts, "id", corpus)


def smartdata_records(shared: Path, parts: str = "ABC") -> list[dict]:
    """The SmartData annotations of `parts` with their texts from `shared`/training/smartdata."""
    folder = shared / "training" / "smartdata"
    texts = {record["id"]: record["text"]["string"]
             for name in ("v1-train.json.gz", "v1-test.json.gz") for record in read_smartdata(folder / name)}
    return [record for record in join_texts(SMARTDATA_ENTITIES, texts, "smartdata_id", folder)
            if record["part"] in parts]


def evaluate(records: list[dict], folder: Path) -> None:
    """`pipeline extract` and `pipeline evaluate` on `records`, in `folder`."""
    pipeline = Path(sys.executable).with_name("pipeline")
    gold = folder / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = folder / "out"
    subprocess.run([pipeline, "extract", gold, "--out", out, "--force"], check=True, capture_output=True)
    subprocess.run([pipeline, "evaluate", gold, out], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--set", choices=("gnad", "smartdata", "all"), default="all", dest="which")
    parser.add_argument("--parts", default="ABC", help="the SmartData parts to score, e.g. C or AB (default: all)")
    args = parser.parse_args()
    sets = {"gnad": lambda: gold_records(args.shared / "corpus" / "gnad-articles.jsonl"),
            "smartdata": lambda: smartdata_records(args.shared, args.parts)}
    for name, records in sets.items():
        if args.which in (name, "all"):
            print(f"== {name}", flush=True)
            with tempfile.TemporaryDirectory() as folder:
                evaluate(records(), Path(folder))


if __name__ == "__main__":
    main()
