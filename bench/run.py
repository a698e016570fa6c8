"""`make bench`: what `pipeline extract` costs over bare spaCy, how it scales with workers, how flat its memory
stays, and how much an incremental re-run saves (issues 7 and 8).

Every case runs in its own subprocess, timed by wall clock from start to exit (Python start-up and model
loading included, in the floor too) and measured for peak RSS with `os.wait4` (the largest process of the
case's tree). Inputs: the corpus, and a copy replicated `--replicas` times with distinct ids, written into a
temporary folder that is removed afterwards. The cases run a snapshot of the package taken at the start, so
that edits made meanwhile change neither the figures nor the cache fingerprint of the re-run. Results are
printed and written as JSON (`--out`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
TARGETS = {"b/a": 1.15, "b/c": 1.7, "rss replicated/1x": 1.2, "help seconds": 0.5, "rerun speed-up": 20.0}


def floor(corpus: Path, batch_size: int) -> None:
    """Case (a), run in a subprocess: spacy.load of the model `pipeline extract` resolves, nlp.pipe, nothing else."""
    import spacy

    from pipeline.model import resolve_model

    nlp = spacy.load(resolve_model("auto").path)
    with corpus.open(encoding="utf-8") as lines:
        for _ in nlp.pipe((json.loads(line)["text"] for line in lines), batch_size=batch_size):
            pass


def components(corpus: Path, batch_size: int, out: Path) -> None:
    """Where the time goes, run in a subprocess: CPU seconds of the tokenizer and of each component of the
    pipeline `pipeline extract` runs (the model's and the project's), over the whole corpus."""
    from collections import Counter

    from pipeline.annotate import load_pipeline
    from pipeline.model import resolve_model

    nlp = load_pipeline(resolve_model("auto"))
    seconds: Counter = Counter()
    with corpus.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    for start in range(0, len(texts), batch_size):
        clock = time.process_time()
        docs = [nlp.make_doc(text) for text in texts[start : start + batch_size]]
        seconds["tokenizer"] += time.process_time() - clock
        for name, component in nlp.pipeline:
            clock = time.process_time()
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
            seconds[name] += time.process_time() - clock
    out.write_text(json.dumps({name: round(value, 2) for name, value in seconds.items()}))


def snapshot(work: Path) -> dict[str, str]:
    """Copy the package into `work` and return the environment that makes the cases import that copy."""
    shutil.copytree(PACKAGE, work / "src" / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    return {**os.environ, "PYTHONPATH": str(work / "src")}


def run_case(command: list[str], log: Path, env: dict[str, str]) -> dict:
    """Wall seconds, CPU seconds (user + system, its whole process tree) and peak RSS (MB) of one subprocess;
    a failing case stops the bench with its stderr."""
    start = time.perf_counter()
    with log.open("w") as stderr:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 3):  # 3: the run completed, some documents failed
        sys.exit(f"failed ({proc.returncode}): {' '.join(command)}\n{log.read_text()[-3000:]}")
    return {"seconds": round(seconds, 2), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def extract(inputs: Path, out: Path, log: Path, env: dict[str, str], *options: str) -> dict:
    return run_case([str(BIN / "pipeline"), "extract", str(inputs), "--out", str(out), *options], log, env)


def replicate(corpus: Path, target: Path, copies: int, limit: int | None) -> int:
    """Write `copies` copies of the first `limit` documents with distinct ids; return the words per copy."""
    records = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()][:limit]
    with target.open("w", encoding="utf-8") as fh:
        for copy in range(copies):
            for record in records:
                record_id = record["id"] if copy == 0 else f"{record['id']}-r{copy}"
                fh.write(json.dumps({**record, "id": record_id}, ensure_ascii=False) + "\n")
    return sum(len(record["text"].split()) for record in records)


def change_one_percent(source: Path, target: Path) -> int:
    """Copy the corpus with every hundredth document's text changed; return how many changed."""
    lines = source.read_text(encoding="utf-8").splitlines()
    changed = range(0, len(lines), 100)
    for i in changed:
        record = json.loads(lines[i])
        lines[i] = json.dumps({**record, "text": record["text"] + " Die Stadt Graz hat zugestimmt."},
                              ensure_ascii=False)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(changed)


def same_tables(first: Path, second: Path) -> bool:
    """Parquet contents and CSV bytes of every table equal (the manifests differ by design)."""
    import pyarrow.parquet as pq

    names = sorted(p.name for p in first.iterdir() if p.suffix in (".parquet", ".csv"))
    if names != sorted(p.name for p in second.iterdir() if p.suffix in (".parquet", ".csv")):
        return False
    return all(pq.read_table(first / n).equals(pq.read_table(second / n)) if n.endswith(".parquet")
               else (first / n).read_bytes() == (second / n).read_bytes() for n in names)


def help_seconds(env: dict[str, str], repeat: int = 5) -> float:
    """Median wall time of `pipeline --help`."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([str(BIN / "pipeline"), "--help"], stdout=subprocess.DEVNULL, check=True, env=env)
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 3)


def training_running() -> bool:
    """Whether a `spacy train` process shares the machine (the figures are then not fair ones)."""
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            words = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if b"spacy" in words and b"train" in words:
            return True
    return False


def bench(corpus: Path, work: Path, replicas: int, limit: int | None, batch_size: int) -> dict:
    one, many, changed = work / "x1" / "corpus.jsonl", work / "xn" / "corpus.jsonl", work / "changed" / "corpus.jsonl"
    for folder in (one, many, changed):
        folder.parent.mkdir()
    words = replicate(corpus, one, 1, limit)
    replicate(corpus, many, replicas, limit)
    n_changed = change_one_percent(one, changed)
    env, log, batch = snapshot(work), work / "stderr.log", ("--batch-size", str(batch_size))
    floor_case = [sys.executable, __file__, "floor", str(one), str(batch_size)]
    cases = {  # name: (words, result)
        "a_floor_nlp_pipe": (words, run_case(floor_case, log, env)),
        "b_extract_1_worker": (words, extract(one, work / "b", log, env, "--force", "--workers", "1", *batch)),
        "c_extract_2_workers": (words, extract(one, work / "c", log, env, "--force", "--workers", "2", *batch)),
        f"b_extract_1_worker_{replicas}x": (words * replicas,
                                            extract(many, work / "bn", log, env, "--force", *batch)),
    }
    checks = {"tables 1 worker == 2 workers": same_tables(work / "b", work / "c")}
    components_case = [sys.executable, __file__, "components", str(one), str(batch_size), str(work / "components.json")]
    run_case(components_case, log, env)
    cases["rerun_1pct_changed_into_b"] = (words, extract(changed, work / "b", log, env, *batch))
    cases["fresh_run_of_changed"] = (words, extract(changed, work / "fresh", log, env, "--force", *batch))
    checks["tables rerun == fresh run"] = same_tables(work / "b", work / "fresh")
    for n_words, case in cases.values():
        case["words_per_second"] = round(n_words / case["seconds"])
    seconds = {name: case["seconds"] for name, (_, case) in cases.items()}
    rss = {name: case["peak_rss_mb"] for name, (_, case) in cases.items()}
    figures = {
        "b/a": round(seconds["b_extract_1_worker"] / seconds["a_floor_nlp_pipe"], 3),
        "b/c": round(seconds["b_extract_1_worker"] / seconds["c_extract_2_workers"], 3),
        "rss replicated/1x": round(rss[f"b_extract_1_worker_{replicas}x"] / rss["b_extract_1_worker"], 3),
        "help seconds": help_seconds(env),
        "rerun speed-up": round(seconds["b_extract_1_worker"] / seconds["rerun_1pct_changed_into_b"], 1),
    }
    return {"words": words, "changed_documents": n_changed, "cases": {k: v for k, (_, v) in cases.items()},
            "figures": figures, "checks": checks,
            "cpu_seconds_per_component": json.loads((work / "components.json").read_text())}


def main() -> None:
    if sys.argv[1:2] == ["floor"]:
        return floor(Path(sys.argv[2]), int(sys.argv[3]))
    if sys.argv[1:2] == ["components"]:
        return components(Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("data/processed/bench.json"))
    parser.add_argument("--replicas", type=int, default=10)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents (a quick subset)")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    corpus = args.shared / "corpus" / "gnad-articles.jsonl"
    conditions = {"cpus": os.cpu_count(), "spacy_train_running": training_running(), "limit": args.limit,
                  "replicas": args.replicas, "batch_size": args.batch_size, "corpus": str(corpus)}
    work = Path(tempfile.mkdtemp(prefix="pipeline-bench-"))
    try:
        result = {"conditions": conditions, **bench(corpus, work, args.replicas, args.limit, args.batch_size)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result["conditions"]["spacy_train_running"] |= training_running()
    result["targets"] = {name: {"limit": limit, "value": result["figures"][name],
                                "met": result["figures"][name] >= limit if name in ("b/c", "rerun speed-up")
                                else result["figures"][name] <= limit}
                         for name, limit in TARGETS.items()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for name, case in result["cases"].items():
        print(f"{name:32} {case['seconds']:8.1f} s {case['cpu_seconds']:8.1f} s CPU {case['words_per_second']:8} "
              f"words/s {case['peak_rss_mb']:8.0f} MB")
    for name, target in result["targets"].items():
        print(f"{name:32} {target['value']:8} (target {target['limit']}: {'met' if target['met'] else 'NOT met'})")
    for name, ok in result["checks"].items():
        print(f"{name:32} {'yes' if ok else 'NO'}")
    print("CPU seconds per component: " + ", ".join(f"{k} {v}" for k, v in result["cpu_seconds_per_component"].items()))
    print(f"conditions: {conditions}; written to {args.out}")


if __name__ == "__main__":
    main()
