"""Shared fixtures: the bundled model, the reference article, and ../shared when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REFERENCE = ROOT / "data" / "raw" / "cbc-carney-selenskyj.txt"


def shared_file(*parts: str) -> Path:
    """A file under ../shared, or a clean skip where the shared folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The bundled pipeline with the project's components, loaded once per test session."""
    from pipeline.annotate import load_pipeline
    from pipeline.model import resolve_model

    return load_pipeline(resolve_model("bundled"))


@pytest.fixture(scope="session")
def reference_text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference_doc(nlp, reference_text):
    return nlp(reference_text)


@pytest.fixture(scope="session")
def reference_output(tmp_path_factory) -> Path:
    """`pipeline extract data/raw` into a temporary folder, once per session."""
    from pipeline.run import run_extract

    out = tmp_path_factory.mktemp("processed")
    run_extract([REFERENCE.parent], out, model="bundled")
    return out


def set_ents(doc, ents: list[tuple[str, str]]):
    """Set the NER output on `doc`: each (surface, label) at its first occurrence after the one before."""
    spans, after = [], 0
    for surface, label in ents:
        start = doc.text.index(surface, after)
        spans.append(doc.char_span(start, start + len(surface), label=label))
        after = start + len(surface)
    doc.ents = spans
    return doc
