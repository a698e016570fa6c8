"""The read-only SQLite indexes of `pipeline.sqlite_index`: built once where missing, never half-written."""

import sqlite3

import pytest

from pipeline import sqlite_index


def fill_towns(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE towns (name TEXT)")
    db.executemany("INSERT INTO towns VALUES (?)", [("Graz",), ("Linz",)])


def test_an_index_is_built_once_where_missing_and_read_only(tmp_path):
    path = tmp_path / "cache" / "towns.sqlite"
    db = sqlite_index.connection(path, fill_towns)
    assert sorted(name for (name,) in db.execute("SELECT name FROM towns")) == ["Graz", "Linz"]
    assert sqlite_index.connection(path, fill_towns) is db  # one connection per process
    with pytest.raises(sqlite3.OperationalError):
        db.execute("INSERT INTO towns VALUES ('Wels')")


def test_a_failed_build_leaves_no_file(tmp_path):
    def broken(db: sqlite3.Connection) -> None:
        fill_towns(db)
        raise RuntimeError("source data missing")

    path = tmp_path / "towns.sqlite"
    with pytest.raises(RuntimeError):
        sqlite_index.build(path, broken)
    assert list(tmp_path.iterdir()) == []


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(tmp_path))
    assert sqlite_index.cache_dir() == tmp_path
    monkeypatch.delenv("PIPELINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert sqlite_index.cache_dir() == tmp_path / "xdg" / "pipeline"
