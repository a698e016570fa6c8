"""Where batches are processed: in this process, in a pool of worker processes, or on a Dask cluster.

Every engine runs the same function, `Processor.process`, on a list of input items and hands back a
handle whose `result()` is the list of `DocResult`s. Workers load the model once and return compact rows,
not `Doc` objects (spaCy's own `n_process` would pickle whole Docs back to the parent).
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass

from pipeline import __version__
from pipeline.inputs import InputItem
from pipeline.model import resolve_model
from pipeline.process import DocResult, Processor


@dataclass(frozen=True)
class ProcessorSpec:
    """What a worker needs to build its Processor, and the (pipeline, model, model version) the run resolved,
    so that a worker with another installation fails instead of writing different tables."""

    model: str
    batch_size: int
    tables: tuple[str, ...]
    expect: tuple[str, str, str]

    def build(self) -> Processor:
        info = resolve_model(self.model)
        found = (__version__, info.name, info.version)
        if found != self.expect:
            raise RuntimeError(f"this worker has pipeline {found[0]} with model {found[1]} {found[2]}, the run "
                               f"expects pipeline {self.expect[0]} with {self.expect[1]} {self.expect[2]}")
        return Processor(self.model, self.batch_size, self.tables)


class Done:
    """A result that is already there (the in-process engine)."""

    def __init__(self, value: list[DocResult]) -> None:
        self.value = value

    def result(self) -> list[DocResult]:
        return self.value


class Engine:
    """What every engine shares: `window` batches may be in flight, and `prepare()` is the hint that a
    document needs annotating soon (the engine may start loading its model)."""

    window = 0

    def prepare(self) -> None:
        """Nothing to start ahead by default: the model is loaded with the first batch."""


class LocalEngine(Engine):
    """This process; the model is loaded on the first batch that is not in the cache."""

    def __init__(self, spec: ProcessorSpec) -> None:
        self.spec = spec
        self.processor: Processor | None = None

    def submit(self, items: list[InputItem]) -> Done:
        if self.processor is None:
            self.processor = self.spec.build()
        return Done(self.processor.process(items))

    def close(self) -> None:
        self.processor = None


class Pending:
    """A pool task, with the `result()` of the other engines' handles."""

    def __init__(self, task) -> None:
        self.task = task

    def result(self) -> list[DocResult]:
        return self.task.get()


_processor: tuple[ProcessorSpec, Processor] | None = None
_processor_lock = threading.Lock()


def process_batch(spec: ProcessorSpec, items: list[InputItem]) -> list[DocResult]:
    """The task of a pool or Dask worker. The worker process keeps the Processor of the last spec it saw, so
    the model is loaded by its first task only, and a failure to load reaches the run as that task's error;
    the lock keeps a multi-threaded Dask worker to one batch at a time."""
    global _processor
    with _processor_lock:
        if _processor is None or _processor[0] != spec:
            _processor = None  # let the previous model go before loading the next
            _processor = (spec, spec.build())
        return _processor[1].process(items)


def load_ahead(spec: ProcessorSpec) -> None:
    """A pool worker's initializer: load the model before the first batch arrives. A failure is left for that
    batch to report (an initializer that raises would make the pool restart the worker forever)."""
    with contextlib.suppress(Exception):  # process_batch raises it again, as the batch's error
        process_batch(spec, [])


class PoolEngine(Engine):
    """A pool of forked processes that annotate while this one reads, caches and writes. It starts at the
    first document not in the cache (`prepare`), and the workers load the model at once, so that on a re-run
    the model loads while the cached results are read and encoded."""

    def __init__(self, spec: ProcessorSpec, workers: int) -> None:
        self.spec, self.workers = spec, workers
        self.window = 2 * workers  # batches in flight: enough to keep every worker busy
        self.pool = None

    def prepare(self) -> None:
        if self.pool is None:
            import multiprocessing

            context = multiprocessing.get_context("fork")
            self.pool = context.Pool(self.workers, initializer=load_ahead, initargs=(self.spec,))

    def submit(self, items: list[InputItem]) -> Pending:
        self.prepare()
        return Pending(self.pool.apply_async(process_batch, (self.spec, items)))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None


class DaskEngine(Engine):
    """Batches as tasks on a Dask cluster: the one at `scheduler`, or else a LocalCluster of `workers`
    single-threaded processes, started on the first batch that is not in the cache."""

    def __init__(self, spec: ProcessorSpec, workers: int, scheduler: str | None) -> None:
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise ValueError("--engine dask needs Dask: pip install 'pipeline[dask]'") from None
        self.spec, self.workers, self.scheduler = spec, workers, scheduler
        self.window = 2 * workers
        self.client = self.cluster = None

    def submit(self, items: list[InputItem]):
        if self.client is None:
            from distributed import Client, LocalCluster

            if self.scheduler is None:
                self.cluster = LocalCluster(n_workers=max(1, self.workers), threads_per_worker=1,
                                            dashboard_address=None)
            self.client = Client(self.scheduler or self.cluster)
            self.window = 2 * max(1, len(self.client.nthreads()))  # batches in flight: two per worker
        return self.client.submit(process_batch, self.spec, items, pure=False)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None


def make_engine(name: str, spec: ProcessorSpec, workers: int, scheduler: str | None = None) -> Engine:
    """`local` (a pool of `workers` processes beside this one, or this process alone with `workers=0`) or `dask`."""
    if name == "local":
        return LocalEngine(spec) if workers == 0 else PoolEngine(spec, workers)
    if name == "dask":
        return DaskEngine(spec, workers, scheduler)
    raise ValueError(f"unknown engine {name!r}; use local or dask")
