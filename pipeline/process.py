"""Annotate a batch of documents and turn it into compact table rows: the unit of work of every engine.

A `Processor` loads the model once; `process(batch)` runs spaCy over the batch and the extractors over
each `Doc`, and returns plain rows and per-document entities, never `Doc` objects, so that results are
cheap to send back from worker processes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

from spacy.tokens import Doc

from pipeline.extract.mentions import mentions as extract_mentions
from pipeline.extract.money import money as extract_money
from pipeline.extract.sentences import sentence_index, sentences
from pipeline.ids import entity_id, span_id
from pipeline.inputs import InputFailure, InputItem, RawDocument, SkippedFile
from pipeline.link import DocEntity, link_document
from pipeline.model import ModelInfo, resolve_model

# Texts longer than this are annotated in pieces cut at line or sentence ends (offsets stay global).
MAX_CHUNK_CHARS = 100_000


@dataclass
class BatchResult:
    rows: dict[str, list[dict]] = field(default_factory=dict)
    entities: list[DocEntity] = field(default_factory=list)
    ok: int = 0
    failed: int = 0
    skipped: int = 0

    def add(self, table: str, rows: list[dict]) -> None:
        self.rows.setdefault(table, []).extend(rows)


def chunk_offsets(text: str, limit: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most `limit` characters, cut after a newline or sentence end if possible."""
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n"), window.rfind(". "), window.rfind(" "))
        end = start + (cut + 1 if cut > limit // 2 else limit)
        yield start, end
        start = end
    yield start, len(text)


def document_row(item: RawDocument | InputFailure, **values) -> dict:
    if isinstance(item, InputFailure):
        return {"doc_id": item.doc_id, "source_file": item.source_file, "line": item.line, "status": "error",
                "error": item.reason, **values}
    meta = {k: getattr(item, k) for k in ("doc_id", "source_file", "line", "title", "source", "url", "published",
                                          "category")}
    return {**meta, "n_chars": len(item.text), "status": "ok", "error": None, **values}


class Processor:
    """Holds the loaded spaCy pipeline; turns batches of input items into rows."""

    def __init__(self, model: str = "auto", batch_size: int = 32) -> None:
        from pipeline.annotate import load_pipeline

        self.info: ModelInfo = resolve_model(model)
        self.nlp = load_pipeline(self.info)
        self.batch_size = batch_size

    def process(self, items: list[InputItem]) -> BatchResult:
        result = BatchResult()
        docs = [item for item in items if isinstance(item, RawDocument) and item.text.strip()]
        pieces = [(doc, start, end) for doc in docs for start, end in chunk_offsets(doc.text)]
        annotated = self.nlp.pipe((doc.text[start:end] for doc, start, end in pieces), batch_size=self.batch_size)
        by_doc: dict[int, list[Doc]] = {}
        for (doc, _, _), spacy_doc in zip(pieces, annotated, strict=True):
            by_doc.setdefault(id(doc), []).append(spacy_doc)  # pieces arrive in text order
        for item in items:
            if isinstance(item, SkippedFile):
                result.skipped += 1
            elif isinstance(item, InputFailure):
                result.failed += 1
                result.add("documents", [document_row(item)])
            elif not item.text.strip():
                result.failed += 1
                result.add("documents", [document_row(InputFailure(item.source_file, "empty text", item.line,
                                                                    item.doc_id))])
            else:
                self._extract(item, by_doc[id(item)], result)
        return result

    def _extract(self, item: RawDocument, chunks: list[Doc], result: BatchResult) -> None:
        doc = chunks[0] if len(chunks) == 1 else Doc.from_docs(chunks, ensure_whitespace=False)
        sent_rows = sentences(doc)
        sent_of_token = sentence_index(doc)
        found = extract_mentions(doc, sent_of_token)
        result.entities.extend(link_document(doc, found))
        result.add("documents", [document_row(item, n_sentences=len(sent_rows), n_tokens=len(doc))])
        result.add("sentences", [{"doc_id": item.doc_id, **asdict(s)} for s in sent_rows])
        result.add("mentions", [
            {"mention_id": span_id(item.doc_id, m.start_char, m.end_char), "doc_id": item.doc_id,
             "sent_id": m.sent_id, "start_char": m.start_char, "end_char": m.end_char, "text": m.text,
             "label": m.label, "entity_id": entity_id(m.label, m.entity_key) if m.entity_key else None}
            for m in found
        ])
        result.add("money", [
            {"money_id": span_id(item.doc_id, m.start_char, m.end_char), "doc_id": item.doc_id, **asdict(m),
             "sentence": sent_rows[m.sent_id].text}
            for m in extract_money(doc, sent_of_token)
        ])
        result.ok += 1
