"""Score a trained pipeline on every held-out test file written by prepare.py.

Writes one JSON object: per test file, NER micro P/R/F and per-label P/R/F (exact span match), and for
the UD split tagging, POS, morphology, lemma and sentence scores.

Usage: python model/heldout.py MODEL_DIR --corpus model/corpus --out scores.json
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

NER_KEYS = ("ents_p", "ents_r", "ents_f", "ents_per_type")
UD_KEYS = ("tag_acc", "pos_acc", "morph_acc", "lemma_acc", "sents_p", "sents_r", "sents_f")


def score_file(nlp, path: Path) -> dict:
    """Run the pipeline over the gold docs' words (gold tokenization) and score against them."""
    gold = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(d.text), d) for d in gold]
    start = time.perf_counter()
    scores = nlp.evaluate(examples, batch_size=64)
    keys = UD_KEYS if path.stem == "test_ud" else NER_KEYS
    out = {k: scores.get(k) for k in keys}
    out["words"] = sum(len(d) for d in gold)
    out["seconds"] = round(time.perf_counter() - start, 2)
    return out


def round_scores(value):
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: round_scores(v) for k, v in value.items()}
    return value


def score_nlp(nlp, corpus: Path) -> dict:
    return {p.stem: round_scores(score_file(nlp, p)) for p in sorted(corpus.glob("test_*.spacy"))}


def score_model(model: Path, corpus: Path) -> dict:
    import pipeline.components  # noqa: F401  (the bundled pipeline's own components)

    return score_nlp(spacy.load(model), corpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("model/corpus"))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    scores = score_model(args.model, args.corpus)
    args.out.write_text(json.dumps(scores, indent=2))
    for name, s in scores.items():
        main_keys = {k: v for k, v in s.items() if not isinstance(v, dict)}
        print(name, main_keys)


if __name__ == "__main__":
    main()
