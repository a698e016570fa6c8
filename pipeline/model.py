"""Find and load the German spaCy pipeline: `auto` is de_core_news_lg when installed, else the bundled one.

Resolution only looks at files and package metadata, so `pipeline info` does not import spaCy.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

PRODUCTION_MODEL = "de_core_news_lg"
BUNDLED_NAME = "de_news_pipeline"


class ModelNotFound(Exception):
    """The requested model is neither an installed package nor a pipeline folder."""


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str
    path: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version, "path": self.path}


def bundled_path() -> Path:
    return Path(str(resources.files("pipeline") / "models" / BUNDLED_NAME))


def _package_path(name: str) -> Path | None:
    spec = importlib.util.find_spec(name) if name.isidentifier() else None
    if spec is None or not spec.submodule_search_locations:
        return None
    package_dir = Path(next(iter(spec.submodule_search_locations)))
    # spaCy model packages keep the pipeline in a versioned subfolder next to __init__.py.
    for meta in sorted(package_dir.glob("*/meta.json")):
        return meta.parent
    return package_dir if (package_dir / "meta.json").exists() else None


def _info_from(path: Path) -> ModelInfo:
    meta_file = path / "meta.json"
    if not meta_file.exists():
        raise ModelNotFound(f"{path} is not a spaCy pipeline folder (no meta.json)")
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    return ModelInfo(f"{meta.get('lang', 'xx')}_{meta.get('name', path.name)}", str(meta.get("version", "")), str(path))


def resolve_model(spec: str = "auto") -> ModelInfo:
    """Turn `auto`, `bundled`, a package name or a folder into the pipeline to load."""
    if spec == "auto":
        path = _package_path(PRODUCTION_MODEL)
        return _info_from(path) if path else _info_from(bundled_path())
    if spec in ("bundled", BUNDLED_NAME):
        return _info_from(bundled_path())
    candidate = Path(spec).expanduser()
    if candidate.exists():
        return _info_from(candidate.resolve())
    path = _package_path(spec)
    if path is None:
        raise ModelNotFound(
            f"model {spec!r} is not installed and is not a folder; use 'auto', 'bundled', an installed "
            f"package such as {PRODUCTION_MODEL} (make lg) or the path of a spaCy pipeline"
        )
    return _info_from(path)
