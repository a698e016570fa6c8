"""The command line starts fast: `pipeline --help` must not import spaCy."""

from __future__ import annotations

import subprocess
import sys


def test_help_does_not_import_spacy():
    code = ("import sys; from pipeline.cli import app; "
            "from typer.main import get_command; get_command(app); "
            "assert 'spacy' not in sys.modules and 'pyarrow' not in sys.modules, sorted(sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_help_lists_the_commands():
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "--help"], capture_output=True, text=True,
                            check=True)
    for command in ("extract", "evaluate", "info"):
        assert command in result.stdout
