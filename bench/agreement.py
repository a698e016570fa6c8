"""`make agreement`: whether the held-out annotations are reproducible, next to the pipeline's figures on them.

`bench/heldout_second_annotation.jsonl` holds a second annotation of 40 of the held-out articles (drawn with
seed 20261127 from the draws of seeds 20261165 to 20261202, which share one annotation prompt), made blind by
annotators of the same kind and prompt as the first, who saw neither the first annotation nor the pipeline's
output. The second annotation is scored against the first with the matching `pipeline evaluate` uses for the
pipeline (per document, one to one, a name equal to the other's name or one of its mentions; in brackets the
`document_names` figure, which also counts a name among the other's mentions). Where the two agree closely, the
pipeline's distance from the annotation is its own error, not noise of the gold; agreement of annotators of
another kind (say, two newsroom editors) is not measured here. The pipeline is then scored on the same articles
against each annotation.

`bench/gnad_test_second_annotation.jsonl` does the same for 20 of the 58 blind 10kGNAD test articles of
`bench/gnad_test_entities.jsonl` (drawn with seed 20261128; `--gnad-test` gives their texts), annotated by two more
helpers with the prompt of the first five, who saw neither the first annotation nor the pipeline's output.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from heldout import gnad_test_records, gold_records

from pipeline.evaluate import ENTITY_SECTIONS, entity_matchers, evaluate_output, match, prf

SECOND = Path(__file__).with_name("heldout_second_annotation.jsonl")
GNAD_TEST_SECOND = Path(__file__).with_name("gnad_test_second_annotation.jsonl")


def read_records(path: Path) -> dict[str, dict]:
    return {record["id"]: record for record in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def agreement(first: dict[str, dict], second: dict[str, dict]) -> dict:
    """P/R/F of the second annotation against the first per entity section (strict and by the names the
    document uses), and the share of places both list whose country codes agree."""
    totals = {name: {s: {"tp": 0, "fp": 0, "fn": 0} for s in ENTITY_SECTIONS} for name in ("strict", "names")}
    countries = [0, 0]
    for doc_id, other in second.items():
        for section, id_column in ENTITY_SECTIONS.items():
            gold = first[doc_id][section]
            predicted = [{id_column: str(k), "name": e["name"], "country_code": e.get("country")}
                         for k, e in enumerate(other[section])]
            surfaces = {str(k): set(e["mentions"]) for k, e in enumerate(other[section])}
            same, same_in_document, exact = entity_matchers(section, surfaces)
            strict = match(predicted, gold, same, exact)
            for name, result in (("strict", strict), ("names", match(predicted, gold, same_in_document, exact))):
                for key in ("tp", "fp", "fn"):
                    totals[name][section][key] += result[key]
            if section == "places":
                countries[0] += len(strict["pairs"])
                countries[1] += sum(predicted[i]["country_code"] == gold[j].get("country") for i, j in strict["pairs"])
    scores = {name: {s: prf(**t) for s, t in sections.items()} for name, sections in totals.items()}
    scores["strict"]["places"]["country_accuracy"] = round(countries[1] / countries[0], 4) if countries[0] else None
    return scores


def pipeline_scores(gold: list[dict], path: Path, out: Path) -> dict:
    """`pipeline evaluate` of the output in `out` against the records `gold`, written to `path`."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
    report = evaluate_output(path, out)
    return {"strict": report["scores"], "names": report["document_names"]}


def format_row(label: str, scores: dict) -> str:
    strict, names = scores["strict"], scores["names"]
    cells = [f"{strict[s]['f1']:.3f} ({names[s]['f1']:.3f})" for s in ENTITY_SECTIONS]
    return f"| {label} | " + " | ".join(cells) + f" | {strict['places'].get('country_accuracy', 0):.3f} |"


def compare(first: dict[str, dict], second: dict[str, dict]) -> list[tuple[str, dict]]:
    """The second annotation against the first, and the pipeline against each, on the articles of `second`."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        articles = folder / "articles.jsonl"
        articles.write_text("".join(json.dumps({"id": doc_id, "text": first[doc_id]["text"]}, ensure_ascii=False)
                                    + "\n" for doc_id in second), encoding="utf-8")
        out = folder / "out"
        pipeline = Path(sys.executable).with_name("pipeline")
        subprocess.run([pipeline, "extract", articles, "--out", out, "--force"], check=True, capture_output=True)
        return [
            ("second annotator vs first", agreement(first, second)),
            ("pipeline vs first", pipeline_scores([first[i] for i in second], folder / "first.jsonl", out)),
            ("pipeline vs second", pipeline_scores([{**first[i], **second[i]} for i in second],
                                                   folder / "second.jsonl", out)),
        ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--gnad-test", type=Path, metavar="TEST_CSV",
                        help="10kGNAD's test.csv, to score the second annotation of 20 of its 58 blind articles too")
    args = parser.parse_args()
    sets = [("held-out GNAD", SECOND, lambda: gold_records(args.shared / "corpus" / "gnad-articles.jsonl"))]
    if args.gnad_test:
        if not args.gnad_test.is_file():
            parser.error(f"--gnad-test: no file {args.gnad_test}")
        sets.append(("10kGNAD test articles outside ../shared", GNAD_TEST_SECOND,
                     lambda: gnad_test_records(args.gnad_test)))
    for label, second_file, records in sets:
        second = read_records(second_file)
        first = {r["id"]: r for r in records() if r["id"] in second}
        rows = compare(first, second)
        print(f"{label}, {len(second)} articles; F of people | places | organizations (by the names the document "
              "uses) | country codes of matched places")
        for row_label, scores in rows:
            print(format_row(row_label, scores))
        print(json.dumps({"set": label, **{row_label: scores for row_label, scores in rows}}))


if __name__ == "__main__":
    main()
