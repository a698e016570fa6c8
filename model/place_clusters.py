"""How often the words of each Brown cluster name places and people: `pipeline/data/place_clusters.tsv` for rules
5 and 16 of `pipeline/components/entity_fixes/` (read in its `lexicon.py`).

NER tags common nouns as places ("im Finish", "Im Wort Ozean", "nach den Osterferien"); the bundled model's
word table knows these words and their Brown cluster, and a cluster whose capitalized words hardly ever name a
place the gazetteer knows, and hardly ever stand in a LOC entity of the NER training data, holds nouns, brands
and titles, not places. Both counts are needed: rivers ("Rhein", "Neckar") are unknown to the gazetteer but
LOC in training; "Kärntner" is LOC in some training conventions but no gazetteer name.

For each cluster path of spacy-lookups-data's `de_lexeme_cluster` (MIT): capitalized words with -log p of at
most 17 (`de_lexeme_prob`), how many of them the gazetteer knows as places
(`pipeline.link.places.lookup`), and the capitalized tokens of that cluster in the NER training split
(`model/corpus/train.spacy`, written by model/prepare.py) and how many of them are inside a LOC or a PER entity.
The PER share tells a team's nickname ("Predators", in a cluster of teams) from a surname ("Jones"): rule 5.

Usage: python model/place_clusters.py --corpus model/corpus --out pipeline/data/place_clusters.tsv
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from pipeline.link.places import lookup

MAX_SURPRISAL = 17  # -log p; rarer words are mostly names and typos, which would blur the share of places


def main() -> None:
    from spacy_lookups_data import get_file  # the `train` extra

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path("model/corpus"))
    parser.add_argument("--out", type=Path, default=Path("pipeline/data/place_clusters.tsv"))
    args = parser.parse_args()
    with gzip.open(get_file("de_lexeme_cluster.json.gz")) as file:
        clusters: dict[str, int] = json.load(file)
    with gzip.open(get_file("de_lexeme_prob.json.gz")) as file:
        probs: dict[str, float] = json.load(file)
    words, places = Counter(), Counter()
    for word, path in clusters.items():
        if path and word[:1].isupper() and -probs.get(word, -100.0) <= MAX_SURPRISAL:
            words[path] += 1
            places[path] += lookup(word) is not None
    tokens, loc, per = Counter(), Counter(), Counter()
    for doc in DocBin().from_disk(args.corpus / "train.spacy").get_docs(spacy.blank("de").vocab):
        if not doc.has_annotation("ENT_IOB"):  # UD sentences: no NER annotation
            continue
        for token in doc:
            path = clusters.get(token.text)
            if path and token.text[:1].isupper():
                tokens[path] += 1
                loc[path] += token.ent_type_ == "LOC"
                per[path] += token.ent_type_ == "PER"
    lines = ["# Brown cluster paths (spacy-lookups-data de_lexeme_cluster): capitalized words, of them places the",
             "# gazetteer knows; capitalized tokens in the NER training split, of them inside LOC and inside PER.",
             "# Written by model/place_clusters.py.",
             "cluster\twords\tknown_places\ttraining_tokens\ttraining_loc\ttraining_per"]
    lines += [f"{path}\t{words[path]}\t{places[path]}\t{tokens[path]}\t{loc[path]}\t{per[path]}"
              for path in sorted(words)]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(words)} clusters → {args.out}")


if __name__ == "__main__":
    main()
