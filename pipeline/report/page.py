"""The HTML page: one file, inline CSS, images as data URIs, no script.

The Content-Security-Policy forbids every fetch except `data:` images, so the browser itself refuses (and
logs) anything that would need the network or a file beside the report.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0;
       color: #1d2430; background: #f6f7f9; line-height: 1.4; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 1.5rem; }
h1 { margin-bottom: 0.2rem; }
h2 { border-bottom: 2px solid #3b6ea5; padding-bottom: 0.2rem; margin-top: 2.2rem; }
nav a { margin-right: 0.8rem; }
section { background: #fff; padding: 0.2rem 1.2rem 1rem; margin-bottom: 1.2rem; border-radius: 6px; }
.cards { display: flex; flex-wrap: wrap; gap: 0.6rem; margin: 1rem 0; }
.card { background: #fff; border-radius: 6px; padding: 0.5rem 0.9rem; min-width: 7rem; }
.card b { display: block; font-size: 1.4rem; }
.grid { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.grid > * { flex: 1 1 440px; }
figure { margin: 0.5rem 0; }
figure img { max-width: 100%; height: auto; }
figcaption, .note { color: #5a6270; font-size: 0.9rem; }
table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
th, td { border-bottom: 1px solid #dde1e6; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.long { max-width: 38rem; }
details { margin: 0.6rem 0; }
summary { cursor: pointer; font-weight: 600; }
"""


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    body: str


def esc(value: object) -> str:
    """Text for HTML; a missing value (None, NaN, NA) is an empty cell, not "nan"."""
    missing = value is None or (pd.api.types.is_scalar(value) and pd.isna(value))
    return "" if missing else html.escape(str(value))


def note(text: str) -> str:
    return f'<p class="note">{esc(text)}</p>'


def figure(uri: str, alt: str, caption: str = "") -> str:
    """An embedded chart; `alt` names what it shows for readers without images."""
    caption_html = f"<figcaption>{esc(caption)}</figcaption>" if caption else ""
    return f'<figure><img src="{uri}" alt="{esc(alt)}">{caption_html}</figure>'


def table(df: pd.DataFrame, numeric: tuple[str, ...] = (), long: tuple[str, ...] = ()) -> str:
    """A plain HTML table of already formatted values; numeric columns right-aligned, long ones wrapped."""
    def cls(column: str) -> str:
        return ' class="num"' if column in numeric else ' class="long"' if column in long else ""

    head = "".join(f"<th{cls(c)}>{esc(c)}</th>" for c in df.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td{cls(c)}>{esc(v)}</td>" for c, v in zip(df.columns, row, strict=True)) + "</tr>"
        for row in df.itertuples(index=False)
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def cards(counts: dict[str, int]) -> str:
    return '<div class="cards">' + "".join(
        f'<div class="card"><b>{value:,}</b>{esc(name)}</div>' for name, value in counts.items()
    ) + "</div>"


def render_page(title: str, subtitle: str, summary: str, sections: list[Section]) -> str:
    nav = " ".join(f'<a href="#{s.anchor}">{esc(s.title)}</a>' for s in sections)
    body = "\n".join(
        f'<section id="{s.anchor}"><h2>{esc(s.title)}</h2>\n{s.body}\n</section>' for s in sections
    )
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{esc(title)}</title>
<style>{CSS}</style>
</head>
<body>
<header><h1>{esc(title)}</h1><p class="note">{esc(subtitle)}</p>{summary}<nav>{nav}</nav></header>
<main>
{body}
</main>
</body>
</html>
"""
