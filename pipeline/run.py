"""`pipeline extract`: read → annotate → extract → link → write, in batches, on one or more processes.

Inputs are read lazily and cut into batches. For each batch the parent process takes what the cache
already has and sends the rest to an engine (this process, a pool of worker processes, or Dask); results
are merged back in input order, so tables and ids do not depend on the engine or the number of workers.
At most a few batches are in flight, so memory stays flat. Per-document rows are written as they arrive;
entity tables are built at the end from compact per-entity totals. Only the requested tables are written,
and the components they do not need are not run (pipeline.selection).
"""

from __future__ import annotations

import json
import platform
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pipeline import __version__
from pipeline.aggregate import EntityAggregator
from pipeline.cache import DocumentCache, document_key, fingerprint
from pipeline.corpus_links import merge_plan, surname_links
from pipeline.engines import ProcessorSpec, make_engine
from pipeline.inputs import InputItem, read_inputs, unique_ids
from pipeline.model import ModelInfo, resolve_model
from pipeline.process import ERROR, OK, SKIPPED, DocResult, without_annotation
from pipeline.schema import SCHEMA_VERSION, TABLES
from pipeline.writers import OutputSet

ENTITY_TABLES = {"people": "PER", "places": "LOC", "organizations": "ORG"}
PER_DOCUMENT_TABLES = ("documents", "sentences", "mentions", "money", "commitments", "errors")
BATCH_CHARS = 64_000  # about a second of annotation, so that parallel workers finish close together
MAX_BATCH_ENTRIES = 2_000  # cached results held per batch: bounds memory on a re-run of a large corpus


@dataclass
class RunSummary:
    out_dir: Path
    model: ModelInfo
    counts: dict[str, int] = field(default_factory=lambda: {OK: 0, ERROR: 0, SKIPPED: 0})
    cached: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> int:
        return self.counts[OK]

    @property
    def failed(self) -> int:
        return self.counts[ERROR]

    @property
    def skipped(self) -> int:
        return self.counts[SKIPPED]

    @property
    def seen(self) -> int:
        return sum(self.counts.values())


Entry = tuple[InputItem, str | None, DocResult | None]  # an input, its cache key, its known result


def looked_up(items: Iterable[InputItem], cache: DocumentCache, run_fingerprint: str, force: bool,
              on_miss: Callable[[], None]) -> Iterator[Entry]:
    """Each input with its cache key and its result where it is known without the model: unless `force`, a
    cached one, and always the failure of an input that needs no model (pipeline.process.without_annotation).
    `on_miss` is called for each document left to annotate (the engine may start loading its model)."""
    for item in items:
        key, hit = None, without_annotation(item)
        if hit is None:
            key = document_key(item, run_fingerprint)
            hit = None if force else cache.get(key)
        if hit is None:
            on_miss()
        yield item, key, hit


def batches(entries: Iterable[Entry], batch_size: int, max_chars: int = BATCH_CHARS,
            max_entries: int = MAX_BATCH_ENTRIES) -> Iterator[list[Entry]]:
    """Cut the stream into batches of at most `batch_size` documents to process and at most `max_chars`
    characters of them (a longer document makes a batch of its own): a batch's peak memory is bounded by its
    text, not by where the cuts happen to fall, so a corpus ten times as long peaks no higher. Documents
    from the cache ride along (up to `max_entries` per batch), so that a re-run annotates its few changed
    documents in one `nlp.pipe` call instead of one call per input batch."""
    batch: list[Entry] = []
    todo = chars = 0
    for entry in entries:
        item, _, hit = entry
        size = len(item.text) if hit is None else 0
        if todo and chars + size > max_chars:
            yield batch
            batch, todo, chars = [], 0, 0
        batch.append(entry)
        if hit is None:
            todo += 1
            chars += size
        if todo >= batch_size or len(batch) >= max_entries:
            yield batch
            batch, todo, chars = [], 0, 0
    if batch:
        yield batch


def run_extract(
    inputs: list[Path],
    out_dir: Path,
    formats: tuple[str, ...] = ("parquet", "csv"),
    model: str = "auto",
    workers: int = 1,
    batch_size: int = 32,
    force: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    on_batch: Callable[[list[DocResult]], None] | None = None,
    tables: tuple[str, ...] = tuple(TABLES),
) -> RunSummary:
    """Process every input into the tables of `out_dir`; outputs appear only when the run completes."""
    started = datetime.now(timezone.utc)
    clock = time.perf_counter()
    info = resolve_model(model)
    run_fingerprint = json.dumps([fingerprint(info), sorted(tables)])  # results hold the requested tables only
    summary = RunSummary(out_dir, info)
    metadata = {"pipeline_version": __version__, "schema_version": SCHEMA_VERSION, "model": json.dumps(info.as_dict())}
    spec = ProcessorSpec(info.path if engine == "local" else model, batch_size, tables,
                         (__version__, info.name, info.version))
    runner = make_engine(engine, spec, workers, scheduler)
    output = OutputSet(out_dir, formats, metadata)
    cache = DocumentCache(out_dir / ".cache" / "documents.sqlite")
    aggregator = EntityAggregator()
    in_flight: deque = deque()

    def encoded(result: DocResult) -> dict:
        return {table: output.encode(table, rows) for table, rows in result.rows.items() if rows}

    def finish_oldest() -> None:
        """Write the oldest batch in input order. Its cached documents are encoded and aggregated first, while
        the engine may still be annotating the rest."""
        batch, pending = in_flight.popleft()
        first = summary.seen  # input position of the batch's first entry
        ahead = [None] * len(batch)
        for i, (_, _, hit) in enumerate(batch):
            if hit is not None:
                ahead[i] = encoded(hit)
                aggregator.add(hit.entities, first + i)
        fresh = iter(pending.result() if pending else [])
        results = [hit if hit is not None else next(fresh) for _, _, hit in batch]
        for i, ((_, key, hit), result) in enumerate(zip(batch, results, strict=True)):
            if key and hit is None and result.status == OK:
                cache.put(key, result)
            summary.counts[result.status] += 1
            for table, rows in (ahead[i] if hit is not None else encoded(result)).items():
                output.append(table, rows)
            if hit is None:
                aggregator.add(result.entities, first + i)
        cache.db.commit()
        if on_batch:
            on_batch(results)

    try:
        for table in PER_DOCUMENT_TABLES:
            if table in tables:
                output.writer(table)
        entries = looked_up(unique_ids(read_inputs(inputs)), cache, run_fingerprint, force, runner.prepare)
        for batch in batches(entries, batch_size):
            todo = [item for item, _, hit in batch if hit is None]
            in_flight.append((batch, runner.submit(todo) if todo else None))
            while len(in_flight) > runner.window:
                finish_oldest()
        while in_flight:
            finish_oldest()
        link_across_documents(aggregator, output)
        for table, label in ENTITY_TABLES.items():
            if table in tables:
                output.write(table, aggregator.rows(label))
    except BaseException:
        output.abort()
        cache.close()
        runner.close()
        raise
    runner.close()
    summary.cached = cache.hits
    summary.rows = output.row_counts()
    summary.seconds = round(time.perf_counter() - clock, 2)
    output.commit(manifest(summary, inputs, formats, tables, workers, engine, started))
    cache.prune()
    cache.close()
    return summary


def link_across_documents(aggregator: EntityAggregator, output: OutputSet) -> None:
    """Fold acronyms into the long form other documents name, rewrite the ids already written, and point
    surname-only people to the one person named in full with that surname."""
    ids = aggregator.merge(merge_plan(aggregator))
    aggregator.link(surname_links(aggregator), "likely_person_id")
    output.remap("mentions", ("entity_id",), ids)
    output.remap("commitments", ("actor_id", "recipient_id"), ids)


def manifest(summary: RunSummary, inputs: list[Path], formats: tuple[str, ...], tables: tuple[str, ...],
             workers: int, engine: str, started: datetime) -> dict:
    from importlib.metadata import version

    return {
        "run_id": uuid.uuid4().hex,
        "started_at": started.isoformat(timespec="seconds"),
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "seconds": summary.seconds,
        "inputs": [str(p) for p in inputs],
        "documents": {"seen": summary.seen, "ok": summary.ok, "error": summary.failed, "skipped": summary.skipped,
                      "from_cache": summary.cached},
        "model": summary.model.as_dict(),
        "versions": {"pipeline": __version__, "spacy": version("spacy"), "python": platform.python_version(),
                     "schema": SCHEMA_VERSION},
        "formats": list(formats),
        "tables": list(tables),
        "engine": engine,
        "workers": workers,
        "rows": summary.rows,
    }
