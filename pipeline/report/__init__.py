"""`pipeline report`: one self-contained HTML file that shows what an output folder contains.

Charts are matplotlib PNGs embedded as data URIs and the page has no script, so the file can be mailed
around and opened offline.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from pipeline.report.data import Output, OutputNotFound, load_output
from pipeline.report.page import cards, render_page
from pipeline.report.sections import SECTIONS, dictionary

__all__ = ["OutputNotFound", "render_report", "write_report"]

COUNT_ORDER = ("documents", "sentences", "mentions", "people", "places", "organizations", "money", "commitments")


def row_counts(out: Output) -> dict[str, int]:
    """Rows per table: the manifest's count (it knows the tables the report does not load), else the table's."""
    counts = {name: len(df) for name, df in out.tables.items()}
    counts.update((out.manifest or {}).get("rows", {}))
    order = [name for name in COUNT_ORDER if name in counts] + sorted(set(counts) - set(COUNT_ORDER))
    return {name: counts[name] for name in order}


def subtitle(out: Output) -> str:
    generated = f"report generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC"
    if out.manifest is None:
        return f"{out.folder.resolve()}; {generated}"
    model = out.manifest.get("model", {})
    return (f"{out.folder.resolve()}; run finished {out.manifest.get('finished_at')} with model "
            f"{model.get('name')} {model.get('version')}; {generated}")


def render_report(folder: Path) -> str:
    """The report of an output folder as an HTML string."""
    out = load_output(folder)
    sections = [make(out) for make in SECTIONS] + [dictionary()]
    return render_page(f"Pipeline report: {out.folder.resolve().name}", subtitle(out), cards(row_counts(out)),
                       sections)


def write_report(folder: Path, dest: Path) -> int:
    """Write the report of `folder` to `dest`; returns its size in bytes."""
    text = render_report(folder)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text, encoding="utf-8")
    return dest.stat().st_size
