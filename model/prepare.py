"""Convert the open German training data in ../shared/training into spaCy DocBins.

Every sentence (or SmartData document) is assigned to train/dev/test by a seeded hash of its content, so
the split is fixed and independent of file order. A sentence that occurs in two sources lands in the same split
in both: GermEval's sentences in ner-d by the same hash, SmartData's documents by the ner-d sentences they hold
(`add_smartdata`). The test split (10 %) is never trained on; dev (5 %) drives early stopping.

Usage: python model/prepare.py --shared ../shared --out model/corpus [--drop-historical] [--no-smartdata]
"""

from __future__ import annotations

import argparse
import bisect
import bz2
import gzip
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training import iob_to_biluo
from spacy.util import filter_spans

SEED = "pipeline-de-news-v1"
TEST_PERMILLE = 100
DEV_PERMILLE = 50
SENTENCES_PER_DOC = 8

GERMEVAL_LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
SMARTDATA_LABELS = {"person": "PER", "location": "LOC", "organization": "ORG"}
# SmartData annotates some route names and coreferent common nouns as entities; neither is a name.
SMARTDATA_SKIP_TYPES = {"location-route"}
GENERIC_NOUNS = {"Gruppe", "Konzern", "Unternehmen", "Firma", "Regierung", "Polizei", "Tochter", "Hersteller"}

# Markers of historical (pre-1901 spelling) or OCR'd newspaper text: soft hyphens kept as "¬", "=" as a
# hyphen, and spellings such as "Theil", "Noth", "seyn", "Verhältniß".
HISTORICAL_WORD = re.compile(
    r"^(?:\w*[Tt]heil\w*|\w*[Nn]oth|\w*[Mm]uth|[Tt]hun|gethan|[Tt]hür\w*|[Tt]hier\w*|sey|seyn|seyen|bey"
    r"|Freyherr\w*|\w+niß|\w+nißes)$"
)


@dataclass
class Split:
    """The docs of one split, with per-source counts for the report."""

    docs: list[Doc] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


def split_of(key: str) -> str:
    """Seeded, content-based split: the same text always lands in the same split."""
    bucket = int(hashlib.sha1(f"{SEED}:{key}".encode()).hexdigest(), 16) % 1000
    if bucket < TEST_PERMILLE:
        return "test"
    if bucket < TEST_PERMILLE + DEV_PERMILLE:
        return "dev"
    return "train"


def is_historical(words: list[str]) -> bool:
    """True for sentences from historical OCR'd newspapers (a different domain from modern news)."""
    if any("¬" in w or (len(w) > 2 and w.endswith("=")) for w in words):
        return True
    return any(HISTORICAL_WORD.match(w) for w in words)


def read_tsv_sentences(lines: Iterable[str], token_col: int, tag_col: int) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (words, tags) per blank-line separated sentence, skipping '#' comment lines."""
    words: list[str] = []
    tags: list[str] = []
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("#\t") or line.startswith("# "):
            continue
        if not line.strip():
            if words:
                yield words, tags
            words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[token_col])
        tags.append(cols[tag_col])
    if words:
        yield words, tags


def germeval_tag(tag: str) -> str:
    """Map GermEval outer tags to PER/LOC/ORG/MISC; *deriv and *part are not names (see GUIDELINES.md)."""
    if tag == "O":
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = GERMEVAL_LABELS.get(label)
    return f"{prefix}-{mapped}" if mapped else "O"


def iob_to_iob2(tags: list[str]) -> list[str]:
    """Normalize IOB1 or mixed IOB1/IOB2 tags to IOB2 via spaCy's own reader (an I- after O starts a span)."""
    biluo = iob_to_biluo(tags)
    out = []
    for tag in biluo:
        if tag in ("O", "-", ""):
            out.append("O")
        elif tag[0] in "BU":
            out.append("B-" + tag[2:])
        else:
            out.append("I-" + tag[2:])
    return out


def sentence_docs(vocab, sentences: list[tuple[list[str], list[str]]]) -> Iterator[Doc]:
    """Group labelled sentences into docs of several sentences so the senter sees real boundaries."""
    for i in range(0, len(sentences), SENTENCES_PER_DOC):
        chunk = sentences[i : i + SENTENCES_PER_DOC]
        words = [w for ws, _ in chunk for w in ws]
        ents = [t for _, ts in chunk for t in iob_to_iob2(ts)]
        sent_starts = [j == 0 for ws, _ in chunk for j in range(len(ws))]
        yield Doc(vocab, words=words, sent_starts=sent_starts, ents=ents)


def add_sentence_source(splits, vocab, name: str, sentences, drop_historical: bool) -> None:
    """Assign each sentence to a split; historical ones also go to a separate test file for the report."""
    grouped: dict[str, list] = {"train": [], "dev": [], "test": []}
    historical_test: list = []
    for words, tags in sentences:
        split = split_of(" ".join(words))
        historical = is_historical(words)
        if split == "test" and historical:
            historical_test.append((words, tags))
        if split == "train" and historical and drop_historical:
            splits["train"].counts[f"{name}:historical_dropped"] += 1
            continue
        grouped[split].append((words, tags))
    for split, sents in grouped.items():
        splits[split].docs.extend(sentence_docs(vocab, sents))
        splits[split].counts[name] += len(sents)
        if split == "test":
            splits[f"test_{name}"].docs.extend(sentence_docs(vocab, sents))
            modern = [s for s in sents if not is_historical(s[0])]
            splits[f"test_{name}_modern"].docs.extend(sentence_docs(vocab, modern))
    if historical_test:
        splits[f"test_{name}_historical"].docs.extend(sentence_docs(vocab, historical_test))


def read_smartdata(path: Path) -> Iterator[dict]:
    """SmartData files are pretty-printed JSON documents written one after another (not JSON Lines)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        text = fh.read()
    decoder = json.JSONDecoder()
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return
        record, pos = decoder.raw_decode(text, pos)
        yield record


def smartdata_doc(nlp, record: dict) -> Doc:
    """Tokenize a SmartData document and set its PER/LOC/ORG mentions (trimmed of space and punctuation)."""
    text = record["text"]["string"]
    doc = nlp.make_doc(text)
    spans = []
    for mention in record["conceptMentions"]["array"]:
        kind = mention["type"]
        label = SMARTDATA_LABELS.get(kind.split("-")[0])
        if label is None or kind in SMARTDATA_SKIP_TYPES:
            continue
        span = doc.char_span(mention["span"]["start"], mention["span"]["end"], label=label, alignment_mode="expand")
        if span is None:
            continue
        start, end = span.start, span.end
        while start < end and (doc[start].is_space or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
            end -= 1
        trimmed = Span(doc, start, end, label=label)
        if trimmed.text and any(c.isupper() for c in trimmed.text) and trimmed.text not in GENERIC_NOUNS:
            spans.append(trimmed)
    # Sentence starts stay unknown (missing), so the senter does not learn from these documents.
    doc.set_ents(filter_spans(spans), default="outside")
    return doc


def letters_and_digits(text: str) -> str:
    """Letters and digits only, case-folded: the two sources tokenize, space and encode a shared sentence
    differently ("https : / / t.co/…" against a URL, a lost "ü" kept as U+FFFD)."""
    return "".join(c for c in text.casefold() if c.isalnum())


def nerd_splits_per_document(texts: list[str], nerd: list[tuple[list[str], list[str]]]) -> list[set[str]]:
    """The splits of the ner-d sentences each SmartData document (by its `letters_and_digits` text) contains.

    ner-d includes about 1,100 sentences of SmartData's documents. Split apart, 110 of ner-d's test sentences
    sat in SmartData training or dev documents, so the model trained on its own test split. A sentence counts as
    contained when any 30 such characters of it, cut in a row from its start, or its last 30 occur in the
    document, so a URL cut short, a retweet's prefix or a lost character still matches (and a templated traffic
    report may match a sentence it does not hold: such documents are left out rather than risked); sentences
    under 15 such characters ("Berlin") would match anywhere and are left out of the comparison.
    """
    starts = [0]
    for text in texts:
        starts.append(starts[-1] + len(text) + 1)
    joined = "\0".join(texts)
    found: list[set[str]] = [set() for _ in texts]
    for words, _ in nerd:
        key = letters_and_digits("".join(words))
        if len(key) < 15:
            continue
        split = split_of(" ".join(words))
        for window in {*(key[i : i + 30] for i in range(0, len(key) - 29, 30)), key[-30:]}:
            position = joined.find(window)
            while position >= 0:  # every document holding the sentence (SmartData repeats some tweets)
                found[bisect.bisect_right(starts, position) - 1].add(split)
                position = joined.find(window, position + 1)
    return found


def add_smartdata(splits, nlp, shared: Path, nerd: list[tuple[list[str], list[str]]]) -> None:
    """SmartData documents, each text once (the corpus repeats some under two ids), split by a seeded hash of
    their text; a document that shares sentences with ner-d takes their split, and one whose shared sentences
    lie in two splits is left out, so no sentence is trained on in one source and tested on in the other."""
    records = {}
    for name in ("v1-train.json.gz", "v1-test.json.gz"):
        for record in read_smartdata(shared / "training" / "smartdata" / name):
            records.setdefault(letters_and_digits(record["text"]["string"]), record)
    texts = list(records)
    for text, nerd_splits in zip(texts, nerd_splits_per_document(texts, nerd), strict=True):
        if len(nerd_splits) > 1:
            splits["train"].counts["smartdata:left_out_split_across"] += 1
            continue
        split = next(iter(nerd_splits)) if nerd_splits else split_of(text)
        doc = smartdata_doc(nlp, records[text])
        splits[split].docs.append(doc)
        splits[split].counts["smartdata"] += 1
        if split == "test":
            splits["test_smartdata"].docs.append(doc)


def read_conllu(path: Path) -> Iterator[list[list[str]]]:
    """Yield the token rows of each CoNLL-U sentence, multi-word token lines included."""
    rows: list[list[str]] = []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            rows.append(line.split("\t"))
    if rows:
        yield rows


def ud_sentence(rows: list[list[str]]) -> dict:
    """One UD sentence as spaCy-tokenized fields: a contraction like 'zum' (zu+dem) stays one token."""
    out: dict[str, list] = {k: [] for k in ("words", "spaces", "tags", "pos", "morphs", "lemmas")}
    skip_until = 0
    i = 0
    while i < len(rows):
        cols = rows[i]
        space = "SpaceAfter=No" not in cols[9]
        if "-" in cols[0]:
            first, last = (int(x) for x in cols[0].split("-"))
            parts = rows[i + 1 : i + 2 + last - first]
            out["words"].append(cols[1])
            out["spaces"].append(space)
            out["tags"].append("APPRART" if parts[0][4] == "APPR" else parts[0][4])
            out["pos"].append(parts[0][3])
            out["morphs"].append(parts[-1][5] if parts[-1][5] != "_" else "")
            out["lemmas"].append(parts[0][2])
            skip_until = last
            i += 1 + len(parts)
            continue
        if "." in cols[0] or int(cols[0]) <= skip_until:
            i += 1
            continue
        out["words"].append(cols[1])
        out["spaces"].append(space)
        out["tags"].append(cols[4])
        out["pos"].append(cols[3])
        out["morphs"].append(cols[5] if cols[5] != "_" else "")
        out["lemmas"].append(cols[2])
        i += 1
    return out


def add_ud(splits, vocab, shared: Path) -> None:
    """UD German GSD: POS, STTS tags, morphology, lemmas and sentence boundaries; NER stays missing.

    The docs go to the shared splits (for the senter) and to ud_train/ud_dev for the UD pipeline.
    """
    grouped: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    for name in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"):
        for rows in read_conllu(shared / "training" / name):
            sent = ud_sentence(rows)
            grouped[split_of(" ".join(sent["words"]))].append(sent)
    for split, sents in grouped.items():
        for i in range(0, len(sents), SENTENCES_PER_DOC):
            chunk = sents[i : i + SENTENCES_PER_DOC]
            fields = {k: [x for s in chunk for x in s[k]] for k in chunk[0]}
            sent_starts = [j == 0 for s in chunk for j in range(len(s["words"]))]
            doc = Doc(vocab, sent_starts=sent_starts, **fields)
            splits[split].docs.append(doc)  # sentence boundaries for the NER pipeline's senter
            splits["test_ud" if split == "test" else f"ud_{split}"].docs.append(doc)
        splits[split].counts["ud"] += len(sents)


def write_raw_text(out: Path, shared: Path) -> None:
    """Raw text for `spacy pretrain`: the modern news articles of ../shared/corpus (no labels used)."""
    with (out / "raw.jsonl").open("w", encoding="utf-8") as fh:
        for line in (shared / "corpus" / "gnad-articles.jsonl").open(encoding="utf-8"):
            fh.write(json.dumps({"text": json.loads(line)["text"]}, ensure_ascii=False) + "\n")
        text = (shared / "corpus" / "cbc-carney-selenskyj.txt").read_text(encoding="utf-8")
        fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("model/corpus"))
    parser.add_argument("--drop-historical", action="store_true", help="leave historical OCR sentences out of train")
    parser.add_argument("--no-smartdata", action="store_true", help="leave the SmartData corpus out")
    args = parser.parse_args()

    nlp = spacy.blank("de")
    splits: defaultdict[str, Split] = defaultdict(Split)
    with bz2.open(args.shared / "training" / "ner-d.dev.tsv.bz2", "rt", encoding="utf-8") as fh:
        nerd = list(read_tsv_sentences(fh, 0, 1))
    add_sentence_source(splits, nlp.vocab, "nerd", nerd, args.drop_historical)
    germeval = []
    for name in ("NER-de-dev.tsv.bz2", "NER-de-test.tsv.bz2"):
        with bz2.open(args.shared / "training" / "germeval2014" / name, "rt", encoding="utf-8") as fh:
            germeval.extend((words, [germeval_tag(t) for t in tags]) for words, tags in read_tsv_sentences(fh, 1, 2))
    add_sentence_source(splits, nlp.vocab, "germeval", germeval, args.drop_historical)
    if not args.no_smartdata:
        add_smartdata(splits, nlp, args.shared, nerd)
    add_ud(splits, nlp.vocab, args.shared)

    args.out.mkdir(parents=True, exist_ok=True)
    report = {}
    for name, split in sorted(splits.items()):
        DocBin(docs=split.docs, store_user_data=False).to_disk(args.out / f"{name}.spacy")
        report[name] = {"docs": len(split.docs), "words": sum(len(d) for d in split.docs), **split.counts}
    write_raw_text(args.out, args.shared)
    (args.out / "stats.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
