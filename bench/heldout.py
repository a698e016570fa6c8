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

`bench/gnad_test_entities.jsonl` holds the same annotation of the 58 articles of 10kGNAD's test split that
`../shared` leaves out (every row of `test.csv` whose text is not in `gnad-articles.jsonl`), annotated blind by five
helpers who read only the guidelines and the development set: text neither the pipeline's rules nor its model was
ever tuned or trained on. Each record names its row in `test.csv` (counted from 0) and the SHA-1 of its text. The
texts are not in `../shared`: `--gnad-test` reads them from 10kGNAD's `test.csv` (github.com/tblock/10kGNAD,
CC BY-NC-SA 4.0).

This script joins annotations and texts into gold files in a temporary folder, runs `pipeline extract` and
`pipeline evaluate` on each and prints the scores.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).parent
ENTITIES = BENCH / "heldout_entities.jsonl"
SMARTDATA_ENTITIES = BENCH / "smartdata_entities.jsonl"
GNAD_TEST_ENTITIES = BENCH / "gnad_test_entities.jsonl"
sys.path.insert(0, str(BENCH.parent / "model"))
from prepare import read_smartdata  # noqa: E402  (model/ is a folder of scripts, not a package)


def read_annotations(annotations: Path) -> list[dict]:
    return [json.loads(line) for line in annotations.read_text(encoding="utf-8").splitlines() if line]


def join_texts(annotations: Path, texts: dict[str, str], key: str, source: Path) -> list[dict]:
    """The annotations with the text of each article (found under `record[key]`), as `pipeline evaluate`
    reads them."""
    records = read_annotations(annotations)
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


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def gnad_test_records(csv_path: Path) -> list[dict]:
    """The annotations of the 10kGNAD test articles outside ../shared with their texts from `csv_path` (10kGNAD's
    test.csv: a category and the text in single quotes per row, separated by a semicolon)."""
    try:
        with csv_path.open(encoding="utf-8", newline="") as rows:
            fields = list(csv.reader(rows, delimiter=";", quotechar="'"))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise SystemExit(f"{csv_path} is not 10kGNAD's test.csv: {exc}") from None
    records = read_annotations(GNAD_TEST_ENTITIES)
    changed = [record["id"] for record in records if record["row"] >= len(fields) or len(fields[record["row"]]) != 2
               or text_sha1(fields[record["row"]][1]) != record["sha1"]]
    if changed:
        raise SystemExit(f"{csv_path} is not 10kGNAD's test.csv: the texts of {changed[:3]} differ or are missing")
    return [{"text": fields[record["row"]][1], **record} for record in records]


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
    parser.add_argument("--gnad-test", type=Path, metavar="TEST_CSV",
                        help="10kGNAD's test.csv, to score the 58 articles ../shared leaves out")
    parser.add_argument("--set", choices=("gnad", "smartdata", "gnad-test", "all"), default="all", dest="which")
    parser.add_argument("--parts", default="ABC", help="the SmartData parts to score, e.g. C or AB (default: all)")
    args = parser.parse_args()
    sets = {"gnad": lambda: gold_records(args.shared / "corpus" / "gnad-articles.jsonl"),
            "smartdata": lambda: smartdata_records(args.shared, args.parts),
            "gnad-test": lambda: gnad_test_records(args.gnad_test)}
    if args.which == "gnad-test" and args.gnad_test is None:
        parser.error("--set gnad-test needs --gnad-test TEST_CSV")
    if args.gnad_test is not None and not args.gnad_test.is_file():
        parser.error(f"--gnad-test: no file {args.gnad_test}")
    for name, records in sets.items():
        if args.which not in (name, "all"):
            continue
        if name == "gnad-test" and args.gnad_test is None:
            print("== gnad-test: skipped (give --gnad-test TEST_CSV, 10kGNAD's test.csv)")
            continue
        print(f"== {name}", flush=True)
        with tempfile.TemporaryDirectory() as folder:
            evaluate(records(), Path(folder))


if __name__ == "__main__":
    main()
