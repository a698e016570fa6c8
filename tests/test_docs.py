"""The data dictionary in the README is the one `pipeline.schema` generates, so docs cannot drift from writers."""

from __future__ import annotations

from pathlib import Path

from pipeline.docs import data_dictionary, replace_section
from pipeline.schema import TABLES

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_data_dictionary_is_up_to_date():
    text = README.read_text(encoding="utf-8")
    assert replace_section(text, data_dictionary()) == text, "run `python -m pipeline.docs`"


def test_every_column_of_every_table_is_documented_with_an_example():
    dictionary = data_dictionary()
    for table in TABLES.values():
        assert f"### `{table.name}`" in dictionary
        for column in table.columns:
            assert column.description and column.example, (table.name, column.name)
            assert f"| `{column.name}` | {column.type} |" in dictionary
