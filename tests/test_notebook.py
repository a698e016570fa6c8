"""notebooks/explore.ipynb runs end to end (nbclient), so it cannot rot as the tables change."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient

from tests.conftest import SHARED

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"
CORPUS_ARTICLES = 40


def execute(monkeypatch: pytest.MonkeyPatch, **env: str) -> tuple[str, int]:
    """Run the notebook with these environment variables; its printed text and how many images it drew."""
    for name in ("EXPLORE_REFERENCE_OUTPUT", "EXPLORE_CORPUS_OUTPUT", "EXPLORE_CORPUS_LIMIT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    images = sum("image/png" in o.get("data", {}) for o in outputs)
    return text, images


def test_notebook_extracts_and_answers(monkeypatch):
    """The default path: the notebook runs `pipeline extract` itself (the corpus on its first articles)."""
    text, images = execute(monkeypatch, EXPLORE_CORPUS_LIMIT=str(CORPUS_ARTICLES))
    assert "documents: 1 ok" in text
    assert "Most frequent pair: Mark Carney with Ukraine, in 2 sentence(s)" in text
    assert "Most frequent currency: USD, 3 amounts, median 2,000,000,000" in text
    if (SHARED / "corpus" / "gnad-articles.jsonl").exists():
        assert f"documents: {CORPUS_ARTICLES}\n" in text
        assert images == 2
    else:
        assert "The shared corpus is not here (../shared is absent): skipped." in text
        assert images == 1


def test_notebook_uses_commitments(monkeypatch, reference_output, tmp_path):
    """Given output folders (no extraction) with a commitments table: asserted amounts are summed per actor."""
    folder = Path(shutil.copytree(reference_output, tmp_path / "out"))
    places = pd.read_parquet(folder / "places.parquet")
    kanada = places.place_id[places.name == "Kanada"].item()
    pd.DataFrame({
        "actor": ["Kanadas", "Kanada", "EU"], "actor_id": [kanada, kanada, None],
        "status": ["asserted", "asserted", "negated"],
        "currency": ["CAD", "CAD", "EUR"], "amount": [2e9, 5e8, 5e10],
    }).to_parquet(folder / "commitments.parquet")
    text, _ = execute(monkeypatch, EXPLORE_REFERENCE_OUTPUT=str(folder), EXPLORE_CORPUS_OUTPUT=str(folder))
    assert "No commitments table" not in text
    assert text.count("Most money: Kanada, 2,500,000,000 CAD") == 2
