"""Command line: `pipeline extract`, `pipeline evaluate`, `pipeline info`, `pipeline report`.

Heavy imports (spaCy, pyarrow, pandas) happen inside the commands so that `pipeline --help` is instant.
Exit codes of `extract`: 0 every document ok; 3 the run completed but some documents failed (see the
`documents` table); 1 the run failed and wrote nothing; 2 wrong usage.
"""

from __future__ import annotations

import atexit
import gc
import json
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="German news → analyst tables.")

EXIT_SOME_FAILED = 3

# At exit, Python's collector would scan every object spaCy and pyarrow created (a third of a second, which is a
# tenth of a re-run); frozen objects are not scanned. The last atexit function to run, as it is the first one.
atexit.register(gc.freeze)


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    return typer.Exit(code)


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .jsonl, .csv, .tsv, .parquet).")],
    out: Annotated[Path, typer.Option(help="Output folder for the tables.")] = Path("data/processed"),
    format: Annotated[str, typer.Option("--format", help="Comma-separated: parquet,csv.")] = "parquet,csv",
    model: Annotated[str, typer.Option(help="auto | bundled | package name | path of a spaCy pipeline.")] = "auto",
    workers: Annotated[int, typer.Option(min=0, help="Processes that annotate in parallel, beside the one that "
                                                     "reads, caches and writes; 0: annotate in that one.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per batch.")] = 32,
    force: Annotated[bool, typer.Option("--force", help="Process every document again, ignoring the cache.")] = False,
    tables: Annotated[str, typer.Option(help="Comma-separated tables to write, or all; documents and errors are "
                                             "always written. Components no requested table needs are not run.")
                      ] = "all",
    engine: Annotated[str, typer.Option(help="local (this machine) or dask (a Dask cluster; see docs/scaling.md).")
                      ] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (tcp://host:8786); without it, "
                                                       "--engine dask starts a local cluster of --workers "
                                                       "processes.")] = None,
) -> None:
    """Extract people, places, organizations and more from German news into tables."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from pipeline.model import ModelNotFound, resolve_model
    from pipeline.run import run_extract
    from pipeline.selection import parse_tables

    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise _fail(f"no such input: {', '.join(missing)}", 2)
    formats = tuple(f.strip() for f in format.split(",") if f.strip())
    if not formats:
        raise _fail("no output format given; use parquet and/or csv", 2)
    if out.exists() and not out.is_dir():
        raise _fail(f"--out {out} is a file, not a folder", 2)
    try:
        resolve_model(model)
        selected = parse_tables(tables)
    except (ModelNotFound, ValueError) as exc:
        raise _fail(str(exc), 2) from None
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} documents"),
               TimeElapsedColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("extracting", total=None)
        try:
            summary = run_extract(list(inputs), out, formats, model, workers, batch_size, force=force, engine=engine,
                                  scheduler=scheduler, tables=selected,
                                  on_batch=lambda results: progress.advance(task, len(results)))
        except ValueError as exc:
            raise _fail(str(exc), 2) from None
    rate = summary.ok / summary.seconds if summary.seconds else 0.0
    typer.echo(f"documents: {summary.ok} ok ({summary.cached} from cache), {summary.failed} failed, "
               f"{summary.skipped} skipped files in {summary.seconds:.1f} s ({rate:.1f} documents/s)")
    typer.echo("rows: " + ", ".join(f"{name} {count}" for name, count in summary.rows.items()))
    typer.echo(f"model: {summary.model.name} {summary.model.version}; tables in {out}/")
    if summary.failed:
        typer.echo(f"{summary.failed} document(s) failed: see {out}/errors.{formats[-1]}")
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines file (format of GUIDELINES.md).")],
    output: Annotated[Path, typer.Argument(help="Output folder of `pipeline extract`.")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write per-document detail here.")] = None,
) -> None:
    """Score an output folder against gold annotations: P/R/F1 per table."""
    from pipeline.evaluate import EvaluationError, evaluate_output, format_scores

    try:
        report = evaluate_output(gold, output)
    except EvaluationError as exc:
        raise _fail(str(exc), 2) from None
    typer.echo(format_scores(report))
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        typer.echo(f"per-document detail: {json_out}")


@app.command()
def info(
    model: Annotated[str, typer.Option(help="Model to resolve.")] = "auto",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show the resolved model, versions and where outputs go."""
    import platform
    from importlib.metadata import version

    from pipeline import __version__
    from pipeline.model import ModelNotFound, resolve_model

    try:
        resolved = resolve_model(model)
    except ModelNotFound as exc:
        raise _fail(str(exc), 2) from None
    data = {
        "model": resolved.as_dict(),
        "versions": {"pipeline": __version__, "spacy": version("spacy"), "python": platform.python_version()},
        "outputs": str(Path("data/processed").resolve()),
    }
    if as_json:
        typer.echo(json.dumps(data, indent=2))
    else:
        typer.echo(f"model:    {resolved.name} {resolved.version} ({resolved.path})")
        typer.echo("versions: " + ", ".join(f"{k} {v}" for k, v in data["versions"].items()))
        typer.echo(f"outputs:  {data['outputs']}")


@app.command()
def report(
    output: Annotated[Path, typer.Argument(help="Output folder of `pipeline extract`.")],
    out: Annotated[Path, typer.Option(help="HTML file to write.")] = Path("report.html"),
) -> None:
    """Write one self-contained HTML report (charts, map, tables) of an output folder; opens offline."""
    from pipeline.report import OutputNotFound, write_report

    try:
        size = write_report(output, out)
    except OutputNotFound as exc:
        raise _fail(str(exc), 2) from None
    typer.echo(f"report: {out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    app()
