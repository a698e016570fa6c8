"""`pipeline evaluate`: score an output folder against a gold file (format: ../shared/gold/GUIDELINES.md).

Matching, per document and one-to-one:
- people, places, organizations: a predicted entity (an entity with a mention in the document) matches a
  gold entity when its canonical name equals the gold name or one of the gold mentions; exact-name
  matches are paired first. An unmerged alias is therefore a false positive. For places the share of
  matched places with the right country code is reported too.
  The canonical names come from the whole run, which links names across documents ("APA" becomes "Austria
  Presse Agentur" in every article once one article writes it out), while a gold name is the fullest form its
  document uses. A second figure (`document_names`) therefore also counts a prediction whose mentions in the
  document include the gold name; the first stays the reference.
- money: amount within 0.5 % and the same currency (the gold currency or one of its alternatives); a
  gold range also needs amount_max within 0.5 %.
- commitments: scored per committing actor (the table has one row per actor): a row matches a gold
  commitment naming that actor (same text, or a mention of the same entity) and having the same amount
  (within 0.5 %) or the same trigger lemma. Only rows with status `asserted` are scored: negated, requested,
  considered, hypothetical and planned ones are not commitments.
Gold items marked `optional` count neither as hit nor as miss: a prediction matching one is ignored.
A section missing from a gold record (or null) is not scored for that document, nor is a section whose table the
run did not write (`--tables`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from pipeline.schema import TABLES

# Entity table → its id column (the first column of its schema).
ENTITY_SECTIONS = {name: TABLES[name].columns[0].name for name in ("people", "places", "organizations")}
SECTIONS = ("people", "places", "organizations", "money", "commitments")
AMOUNT_TOLERANCE = 0.005


class EvaluationError(Exception):
    """The gold file or the output folder cannot be read."""


def read_table(folder: Path, name: str) -> list[dict] | None:
    """Rows of an output table (Parquet preferred, CSV otherwise); None when the table is absent."""
    parquet = folder / f"{name}.parquet"
    if parquet.exists():
        import pyarrow.parquet as pq

        return pq.read_table(parquet).to_pylist()
    csv_file = folder / f"{name}.csv"
    if csv_file.exists():
        import pandas as pd

        frame = pd.read_csv(csv_file, dtype=str, keep_default_na=False)
        return [{k: (v if v != "" else None) for k, v in row.items()} for row in frame.to_dict("records")]
    return None


def read_gold(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()  # a byte-order mark, as extract accepts one
    except OSError as exc:
        raise EvaluationError(f"cannot read gold file {path}: {exc.strerror}") from None
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
        if "id" not in record:
            raise EvaluationError(f"{path}:{number}: gold record without an id")
        records.append(record)
    return records


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= AMOUNT_TOLERANCE * max(abs(float(a)), abs(float(b)), 1e-9)


def match(predicted: list, gold: list[dict], same: Callable[[object, dict], bool],
          exact: Callable[[object, dict], bool] | None = None) -> dict:
    """One-to-one greedy matching (exact pairs first); optional gold items are neither hits nor misses."""
    free = list(range(len(gold)))
    pairs, unmatched = [], []
    ordered = sorted(range(len(predicted)), key=lambda i: not (exact and any(exact(predicted[i], gold[j])
                                                                             for j in free)))
    for i in ordered:
        candidates = [j for j in free if exact and exact(predicted[i], gold[j])] or \
                     [j for j in free if same(predicted[i], gold[j])]
        candidates.sort(key=lambda j: bool(gold[j].get("optional")))  # a required item before an optional one
        if candidates:
            free.remove(candidates[0])
            pairs.append((i, candidates[0]))
        else:
            unmatched.append(i)
    tp = sum(1 for _, j in pairs if not gold[j].get("optional"))
    return {
        "tp": tp,
        "fp": len(unmatched),
        "fn": sum(1 for j in free if not gold[j].get("optional")),
        "pairs": pairs,
        "false_positives": unmatched,
        "false_negatives": [j for j in free if not gold[j].get("optional")],
    }


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


class Output:
    """An output folder indexed by document."""

    def __init__(self, folder: Path) -> None:
        if not folder.is_dir():
            raise EvaluationError(f"no output folder {folder}")
        documents = read_table(folder, "documents")
        if documents is None:
            raise EvaluationError(f"{folder} has no documents table: run `pipeline extract` first")
        self.doc_ids = {row["doc_id"] for row in documents if row.get("status") == "ok"}
        mentions = read_table(folder, "mentions")
        self.entities: dict[str, dict] = {}
        self.written: set[str] = set()  # a run of some tables only (`--tables money`) lacks the others
        for section, id_column in ENTITY_SECTIONS.items():
            rows = read_table(folder, section)
            if rows is not None and mentions is not None:  # an entity is scored by the documents it is mentioned in
                self.written.add(section)
            for row in rows or []:
                self.entities[row[id_column]] = {**row, "section": section}
        self.by_doc: dict[str, dict[str, list | dict[str, set[str]]]] = {}  # section → rows; "surfaces" → by id
        for row in mentions or []:
            entity = self.entities.get(row["entity_id"] or "")
            if entity:
                doc = self.by_doc.setdefault(row["doc_id"], {})
                listed = doc.setdefault(entity["section"], [])
                if all(e is not entity for e in listed):
                    listed.append(entity)
                doc.setdefault("surfaces", {}).setdefault(row["entity_id"], set()).add(row["text"])
        for name in ("money", "commitments"):
            rows = read_table(folder, name)
            if rows is not None:
                self.written.add(name)
            for row in rows or []:
                self.by_doc.setdefault(row["doc_id"], {}).setdefault(name, []).append(row)

    def rows(self, doc_id: str, section: str) -> list[dict]:
        return self.by_doc.get(doc_id, {}).get(section, [])


def entity_matchers(section: str, surfaces: dict[str, set[str]]):
    """Strict matching (canonical name), matching by the names the document uses, and exact pairing."""
    id_column = ENTITY_SECTIONS[section]

    def exact(pred: dict, gold: dict) -> bool:
        return pred["name"] == gold["name"]

    def same(pred: dict, gold: dict) -> bool:
        return pred["name"] == gold["name"] or pred["name"] in gold.get("mentions", [])

    def same_in_document(pred: dict, gold: dict) -> bool:
        return same(pred, gold) or gold["name"] in surfaces.get(pred[id_column], ())

    return same, same_in_document, exact


def _money_same(pred: dict, gold: dict) -> bool:
    currencies = {gold.get("currency"), *gold.get("currency_alternatives", [])}
    return close(pred.get("amount"), gold.get("amount")) and pred.get("currency") in currencies and (
        gold.get("amount_max") is None or close(pred.get("amount_max"), gold.get("amount_max")))


def _commitment_matcher(output: Output, doc_id: str):
    surfaces = output.by_doc.get(doc_id, {}).get("surfaces", {})

    def actor_forms(pred: dict) -> set[str]:
        forms = {pred.get("actor") or ""}
        entity = output.entities.get(pred.get("actor_id") or "")
        if entity:
            forms |= {entity["name"], *(entity.get("aliases") or []), *surfaces.get(pred["actor_id"], ())}
        return {f for f in forms if f}

    def same(pred: dict, gold: dict) -> bool:
        if not actor_forms(pred) & {gold["actor"]}:
            return False
        if gold.get("amount") is not None and pred.get("amount") is not None:
            return close(pred["amount"], gold["amount"])
        return pred.get("trigger_lemma") == gold.get("trigger_lemma")

    return same


def evaluate_output(gold_path: Path, folder: Path) -> dict:
    """Totals and P/R/F per section, plus per-document detail for error analysis."""
    gold_records = read_gold(gold_path)
    output = Output(folder)
    totals = {s: {"tp": 0, "fp": 0, "fn": 0} for s in SECTIONS}
    document_names = {s: {"tp": 0, "fp": 0, "fn": 0} for s in ENTITY_SECTIONS}
    country = {"matched": 0, "correct": 0}
    details = []
    for record in gold_records:
        doc_id = record["id"]
        detail = {"id": doc_id, "in_output": doc_id in output.doc_ids}
        for section in SECTIONS:
            if record.get(section) is None or section not in output.written:  # not annotated, or not in the output
                continue
            gold = record[section]
            predicted = output.rows(doc_id, section)
            if section == "commitments":
                gold = [{**g, "actor": actor} for g in gold for actor in g.get("actors") or [None]]  # no actor: a miss
                predicted = [p for p in predicted if p.get("status", "asserted") == "asserted"]
                same, exact = _commitment_matcher(output, doc_id), None
            elif section == "money":
                same, exact = _money_same, None
            else:
                surfaces = output.by_doc.get(doc_id, {}).get("surfaces", {})
                same, same_in_document, exact = entity_matchers(section, surfaces)
                by_document_names = match(predicted, gold, same_in_document, exact)
                for key in ("tp", "fp", "fn"):
                    document_names[section][key] += by_document_names[key]
            result = match(predicted, gold, same, exact)
            for key in ("tp", "fp", "fn"):
                totals[section][key] += result[key]
            detail[section] = {
                **prf(result["tp"], result["fp"], result["fn"]),
                "false_positives": [_describe(section, predicted[i]) for i in result["false_positives"]],
                "false_negatives": [_describe(section, gold[j]) for j in result["false_negatives"]],
            }
            if section == "places":
                pairs = [(predicted[i], gold[j]) for i, j in result["pairs"]  # a gold place without the key: no
                         if not gold[j].get("optional") and "country" in gold[j]]  # country annotated (null is one)
                wrong = [(p, g) for p, g in pairs if p.get("country_code") != g.get("country")]
                country["matched"] += len(pairs)
                country["correct"] += len(pairs) - len(wrong)
                detail[section]["wrong_country"] = [
                    {"name": p["name"], "country_code": p.get("country_code"), "gold_country": g.get("country")}
                    for p, g in wrong
                ]
        details.append(detail)
    scores = {s: prf(**t) for s, t in totals.items() if t["tp"] + t["fp"] + t["fn"]}
    if country["matched"]:
        scores.setdefault("places", {})["country_accuracy"] = round(country["correct"] / country["matched"], 4)
    return {"gold": str(gold_path), "output": str(folder), "scores": scores,
            "not_scored": [section for section in SECTIONS if section not in output.written],
            "document_names": {s: prf(**t) for s, t in document_names.items() if t["tp"] + t["fp"] + t["fn"]},
            "documents": details}


def _describe(section: str, row: dict) -> dict:
    keep = {
        "people": ("name", "mentions", "aliases"),
        "places": ("name", "country", "country_code", "mentions", "aliases"),
        "organizations": ("name", "mentions", "aliases"),
        "money": ("text", "amount", "amount_max", "currency", "approx"),
        "commitments": ("actor", "actors", "trigger", "trigger_lemma", "amount", "currency", "object", "sentence"),
    }[section]
    return {k: row[k] for k in keep if k in row}


def format_scores(report: dict) -> str:
    lines = [f"{'table':<15}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for section, s in report["scores"].items():
        lines.append(f"{section:<15}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
                     f"{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}")
    if "country_accuracy" in report["scores"].get("places", {}):
        lines.append(f"places: country_code correct for {report['scores']['places']['country_accuracy']:.3f} "
                     "of matched places")
    if report.get("document_names"):
        figures = ", ".join(f"{section} {s['f1']:.3f}" for section, s in report["document_names"].items())
        lines.append(f"F1 when a name the document itself uses counts (the run links names across documents): "
                     f"{figures}")
    if report.get("not_scored"):
        lines.append(f"not scored, the run wrote no table for them: {', '.join(report['not_scored'])}")
    missing = [d["id"] for d in report["documents"] if not d["in_output"]]
    if missing:
        lines.append(f"{len(missing)} gold document(s) not in the output: {', '.join(missing[:5])}")
    return "\n".join(lines)

