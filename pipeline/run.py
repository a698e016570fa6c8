"""`pipeline extract`: read → annotate → extract → link → write, in batches, on one or more processes.

Inputs are read lazily and cut into batches; each batch is processed by a `Processor` (in this process
or in worker processes that load the model once) and comes back as rows in input order, so the tables
and ids do not depend on the number of workers. Per-document rows are written as they arrive; entity
tables are built at the end from compact per-entity totals.
"""

from __future__ import annotations

import json
import platform
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pipeline import __version__
from pipeline.aggregate import EntityAggregator
from pipeline.inputs import InputItem, RawDocument, read_inputs
from pipeline.model import ModelInfo, resolve_model
from pipeline.process import BatchResult, Processor
from pipeline.schema import SCHEMA_VERSION
from pipeline.writers import OutputSet

ENTITY_TABLES = {"people": "PER", "places": "LOC", "organizations": "ORG"}
BATCH_CHARS = 200_000


@dataclass
class RunSummary:
    out_dir: Path
    model: ModelInfo
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def seen(self) -> int:
        return self.ok + self.failed + self.skipped


def batches(items: Iterable[InputItem], batch_size: int, max_chars: int = BATCH_CHARS) -> Iterator[list[InputItem]]:
    """Cut the input stream into batches of at most `batch_size` documents or about `max_chars` characters."""
    batch: list[InputItem] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += len(item.text) if isinstance(item, RawDocument) else 0
        if len(batch) >= batch_size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


_worker: Processor | None = None


def _init_worker(model: str, batch_size: int) -> None:
    global _worker
    _worker = Processor(model, batch_size)


def _process_in_worker(batch: list[InputItem]) -> BatchResult:
    assert _worker is not None
    return _worker.process(batch)


def process_batches(stream: Iterable[list[InputItem]], model: str, workers: int, batch_size: int
                    ) -> Iterator[BatchResult]:
    """Results in input order, from this process (workers=1) or a pool of processes."""
    if workers <= 1:
        processor = Processor(model, batch_size)
        yield from (processor.process(batch) for batch in stream)
        return
    import multiprocessing

    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(model, batch_size)) as pool:
        yield from pool.imap(_process_in_worker, stream)


def run_extract(
    inputs: list[Path],
    out_dir: Path,
    formats: tuple[str, ...] = ("parquet", "csv"),
    model: str = "auto",
    workers: int = 1,
    batch_size: int = 32,
    on_batch: Callable[[BatchResult], None] | None = None,
) -> RunSummary:
    """Process every input into the tables of `out_dir`; outputs appear only when the run completes."""
    started = datetime.now(timezone.utc)
    clock = time.perf_counter()
    info = resolve_model(model)
    summary = RunSummary(out_dir, info)
    metadata = {"pipeline_version": __version__, "schema_version": SCHEMA_VERSION, "model": json.dumps(info.as_dict())}
    output = OutputSet(out_dir, formats, metadata)
    aggregator = EntityAggregator()
    try:
        for table in ("documents", "sentences", "mentions", "money"):
            output.writer(table)
        stream = batches(read_inputs(inputs), batch_size)
        for result in process_batches(stream, info.path, workers, batch_size):
            for table, rows in result.rows.items():
                output.write(table, rows)
            aggregator.add(result.entities)
            summary.ok += result.ok
            summary.failed += result.failed
            summary.skipped += result.skipped
            if on_batch:
                on_batch(result)
        for table, label in ENTITY_TABLES.items():
            output.write(table, aggregator.rows(label))
    except BaseException:
        output.abort()
        raise
    summary.rows = output.row_counts()
    summary.seconds = round(time.perf_counter() - clock, 2)
    output.commit(manifest(summary, inputs, formats, workers, started))
    return summary


def manifest(summary: RunSummary, inputs: list[Path], formats: tuple[str, ...], workers: int,
             started: datetime) -> dict:
    import spacy

    return {
        "run_id": uuid.uuid4().hex,
        "started_at": started.isoformat(timespec="seconds"),
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "seconds": summary.seconds,
        "inputs": [str(p) for p in inputs],
        "documents": {"seen": summary.seen, "ok": summary.ok, "error": summary.failed, "skipped": summary.skipped},
        "model": summary.model.as_dict(),
        "versions": {"pipeline": __version__, "spacy": spacy.__version__, "python": platform.python_version(),
                     "schema": SCHEMA_VERSION},
        "formats": list(formats),
        "workers": workers,
        "rows": summary.rows,
    }

