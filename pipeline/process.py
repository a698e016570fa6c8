"""Annotate a batch of documents and turn each into compact table rows: the unit of work of every engine.

A `Processor` loads the model once; `process(batch)` cleans the texts, runs spaCy over the batch and the
extractors over each `Doc`, and returns one `DocResult` per input item: plain rows and per-document
entities, never `Doc` objects, so results are cheap to send back from worker processes and to cache.
A document that fails in spaCy or an extractor becomes an error row with its reason; the batch goes on.
"""

from __future__ import annotations

import gc
import json
from dataclasses import asdict, dataclass, field

from spacy.tokens import Doc

from pipeline.clean import clean_text
from pipeline.extract.commitments import ACTOR_TYPES
from pipeline.extract.commitments import commitments as extract_commitments
from pipeline.extract.mentions import mentions as extract_mentions
from pipeline.extract.money import money as extract_money
from pipeline.extract.sentences import sentence_index, sentences
from pipeline.ids import entity_id, span_id
from pipeline.inputs import InputFailure, InputItem, RawDocument, SkippedFile
from pipeline.language import detect_language
from pipeline.link import DocEntity, link_document
from pipeline.model import ModelInfo, resolve_model
from pipeline.schema import ENTITY_TABLES, TABLES

# Texts longer than this are annotated in pieces cut at line or sentence ends (offsets stay global).
MAX_CHUNK_CHARS = 100_000
OK, ERROR, SKIPPED = "ok", "error", "skipped"


@dataclass
class DocResult:
    """Everything one input item contributes to the output tables."""

    status: str  # ok | error | skipped
    rows: dict[str, list[dict]] = field(default_factory=dict)
    entities: list[DocEntity] = field(default_factory=list)

    def to_json(self) -> str:
        entities = [{**asdict(e), "surfaces": sorted(e.surfaces),
                     "attrs": {k: sorted(v) if isinstance(v, set) else v for k, v in e.attrs.items()}}
                    for e in self.entities]
        return json.dumps({"status": self.status, "rows": self.rows, "entities": entities}, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> DocResult:
        raw = json.loads(data)
        entities = [DocEntity(e["key"], e["label"], e["name"], set(e["surfaces"]), e["n_mentions"], e["attrs"])
                    for e in raw["entities"]]
        return cls(raw["status"], raw["rows"], entities)


def chunk_offsets(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of at most `limit` characters, cut after a newline or sentence end if possible."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n"), window.rfind(". "), window.rfind(" "))
        end = start + (cut + 1 if cut > limit // 2 else limit)
        pieces.append((start, end))
        start = end
    pieces.append((start, len(text)))
    return pieces


def failure(item: RawDocument | InputFailure, reason: str | None = None) -> DocResult:
    """Error rows: `errors` always, `documents` too when the failure is a document (not a whole file)."""
    reason = reason or item.reason
    row = {"doc_id": item.doc_id, "source_file": item.source_file, "line": item.line}
    rows = {"errors": [{**row, "reason": reason}]}
    if item.doc_id is not None or item.line is not None:  # a document or record, not a whole file
        rows["documents"] = [{**row, "status": ERROR, "error": reason}]
    return DocResult(ERROR, rows)


def reason(exc: Exception) -> str:
    """An exception as one line of the errors table: "AttributeError: 'X' object has no attribute 'y'"."""
    return f"{type(exc).__name__}: {exc}".splitlines()[0]


def without_annotation(item: InputItem) -> DocResult | None:
    """The result of an input that needs no model (a skipped file, an input that could not be read, an empty
    text), else None. The run settles these itself, so that they never start a worker."""
    if isinstance(item, SkippedFile):
        return DocResult(SKIPPED)
    if isinstance(item, InputFailure):
        return failure(item)
    if not item.text.strip():
        return failure(item, "empty text")
    return None


def document_row(item: RawDocument, doc: Doc, n_sentences: int, notes: list[str]) -> dict:
    meta = {k: getattr(item, k) for k in ("doc_id", "source_file", "line", "title", "source", "url", "published",
                                          "category")}
    return {**meta, "n_chars": len(item.text), "n_sentences": n_sentences, "n_tokens": len(doc),
            "language": detect_language(doc.text), "encoding": item.encoding, "status": OK, "error": None,
            "notes": [*item.notes, *notes]}


class Processor:
    """Holds the loaded spaCy pipeline; turns batches of input items into per-document results.

    With `tables`, components those tables do not need are disabled and results hold only their rows
    (and entities only when an entity table is among them), so less is computed, sent and cached.
    """

    def __init__(self, model: str = "auto", batch_size: int = 32, tables: tuple[str, ...] = tuple(TABLES)) -> None:
        from pipeline.allocator import keep_freed_memory
        from pipeline.annotate import load_pipeline

        keep_freed_memory()
        self.info: ModelInfo = resolve_model(model)
        self.nlp = load_pipeline(self.info, tables)
        gc.freeze()  # the model lives as long as the process: spare the collector from walking it again and again
        self.batch_size = batch_size
        self.tables = set(tables)
        self.entities = any(table.name in self.tables for table in ENTITY_TABLES.values())

    def process(self, items: list[InputItem]) -> list[DocResult]:
        """One result per item, in order."""
        cleaned = {id(item): clean_text(item.text) for item in items if isinstance(item, RawDocument)}
        docs = [item for item in items if isinstance(item, RawDocument) and item.text.strip()]
        pieces = [(doc, start, end)
                  for doc in docs for start, end in chunk_offsets(cleaned[id(doc)].text, MAX_CHUNK_CHARS)]
        texts = [cleaned[id(doc)].text[start:end] for doc, start, end in pieces]
        by_doc: dict[int, list[Doc | Exception]] = {}
        for (doc, _, _), spacy_doc in zip(pieces, self._annotate(texts), strict=True):
            by_doc.setdefault(id(doc), []).append(spacy_doc)  # pieces arrive in text order
        results = []
        for item in items:
            settled = without_annotation(item)
            if settled is not None:
                results.append(settled)
            elif errors := [d for d in by_doc[id(item)] if isinstance(d, Exception)]:
                results.append(failure(item, f"spaCy failed on this text: {reason(errors[0])}"))
            else:
                results.append(self._extract_safely(item, by_doc[id(item)], cleaned[id(item)].notes))
        for result in results:
            result.rows = {table: rows for table, rows in result.rows.items() if table in self.tables}
            result.entities = result.entities if self.entities else []
        return results

    def _annotate(self, texts: list[str]) -> list[Doc | Exception]:
        """nlp.pipe over the batch; should spaCy fail, each text again on its own, its error for the bad one."""
        try:
            return list(self.nlp.pipe(texts, batch_size=self.batch_size))
        except Exception:  # rare: isolate the text that fails rather than lose the batch
            return [self._annotate_one(text) for text in texts]

    def _annotate_one(self, text: str) -> Doc | Exception:
        try:
            return self.nlp(text)
        except Exception as exc:
            return exc

    def _extract_safely(self, item: RawDocument, chunks: list[Doc], notes: list[str]) -> DocResult:
        try:
            return self._extract(item, chunks, notes)
        except Exception as exc:  # one bad document must not end a long run; the reason is kept
            return failure(item, f"extraction failed: {reason(exc)}")

    def _extract(self, item: RawDocument, chunks: list[Doc], notes: list[str]) -> DocResult:
        doc = chunks[0] if len(chunks) == 1 else Doc.from_docs(chunks, ensure_whitespace=False)
        if len(chunks) > 1:
            notes = [*notes, f"annotated in {len(chunks)} pieces of at most {MAX_CHUNK_CHARS:,} characters"]
        result = DocResult(OK)
        rows = result.rows
        sent_rows = sentences(doc)
        sent_of_token = sentence_index(doc)
        found = extract_mentions(doc, sent_of_token)
        result.entities = link_document(doc, found)
        rows["documents"] = [document_row(item, doc, len(sent_rows), notes)]
        rows["sentences"] = [{"doc_id": item.doc_id, **asdict(s)} for s in sent_rows]
        rows["mentions"] = [
            {"mention_id": span_id(item.doc_id, m.start_char, m.end_char), "doc_id": item.doc_id,
             "sent_id": m.sent_id, "start_char": m.start_char, "end_char": m.end_char, "text": m.text,
             "label": m.label, "entity_id": entity_id(m.label, m.entity_key) if m.entity_key else None}
            for m in found
        ]
        rows["money"] = [
            {"money_id": span_id(item.doc_id, m.start_char, m.end_char), "doc_id": item.doc_id, **asdict(m),
             "sentence": sent_rows[m.sent_id].text}
            for m in extract_money(doc, sent_of_token)
        ]
        entity_ids = {(m.start_char, m.end_char): entity_id(m.label, m.entity_key) for m in found if m.entity_key}
        actor_number: dict[tuple[int, int], int] = {}
        rows["commitments"] = []
        for c in extract_commitments(doc, sent_of_token):
            n = actor_number[c.start_char, c.end_char] = actor_number.get((c.start_char, c.end_char), -1) + 1
            has_money = c.money_start_char is not None
            rows["commitments"].append({
                "commitment_id": f"{span_id(item.doc_id, c.start_char, c.end_char)}:{n}", "doc_id": item.doc_id,
                "sent_id": c.sent_id, "actor": c.actor,
                "actor_id": entity_ids.get((c.actor_start_char, c.actor_end_char)),
                "actor_type": ACTOR_TYPES.get(c.actor_label), "trigger": c.trigger, "trigger_lemma": c.trigger_lemma,
                "kind": c.kind, "status": c.status, "recipient": c.recipient,
                "recipient_id": entity_ids.get((c.recipient_start_char, c.recipient_end_char)),
                "money_id": span_id(item.doc_id, c.money_start_char, c.money_end_char) if has_money else None,
                "amount": c.amount, "currency": c.currency, "object": c.object, "sentence": sent_rows[c.sent_id].text,
                "start_char": c.start_char, "end_char": c.end_char,
            })
        return result
