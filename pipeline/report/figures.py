"""Matplotlib charts rendered to PNG data URIs, so the report needs no script or file beside it.

Figures are built with the object API (`matplotlib.figure.Figure`), not pyplot: no global state, no GUI
backend, nothing left open between charts.
"""

from __future__ import annotations

import base64
import io
from contextlib import AbstractContextManager

import pandas as pd
from matplotlib import rc_context
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

DPI = 100
STYLE = {
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
}
COLOR = "#3b6ea5"


def style() -> AbstractContextManager:
    """The report's look, applied while a figure is built (rc parameters are read at creation)."""
    return rc_context(STYLE)


def png_data_uri(fig: Figure) -> str:
    """The figure as a base64 PNG `data:` URI."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def short_number(value: float, _position: object = None) -> str:
    """2000000000 → 2 bn: axis labels stay readable whatever the scale of the amounts."""
    for size, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m"), (1e3, " k")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


def barh(counts: pd.Series, title: str, xlabel: str, log: bool = False, width: float = 6.0) -> str:
    """Horizontal bars, largest on top, each labelled with its value."""
    with style():
        fig = Figure(figsize=(width, 0.6 + 0.28 * max(len(counts), 2)))
        ax = fig.add_subplot()
        labels = [str(label) for label in counts.index[::-1]]
        bars = ax.barh(labels, counts.values[::-1], color=COLOR, log=log)
        ax.bar_label(bars, labels=[short_number(v) for v in counts.values[::-1]], padding=3, fontsize=8)
        ax.xaxis.set_major_formatter(FuncFormatter(short_number))
        ax.margins(x=0.15)
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        return png_data_uri(fig)


def columns(counts: pd.Series, title: str, ylabel: str) -> str:
    """Vertical bars in the order given (a time line), labels thinned out when there are many."""
    with style():
        fig = Figure(figsize=(8, 3.2))
        ax = fig.add_subplot()
        labels = [str(label) for label in counts.index]
        ax.bar(labels, counts.values, color=COLOR)
        step = max(1, len(labels) // 16)
        ax.set_xticks(range(0, len(labels), step), labels[::step], rotation=45, ha="right")
        ax.set_title(title)
        ax.set_ylabel(ylabel)
        return png_data_uri(fig)
