# Everything a new machine needs: `make extract` and `make test` create .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
STAMP := $(VENV)/.installed

.PHONY: extract test lint bench model model-ablation lg clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

extract: $(STAMP)
	$(VENV)/bin/pipeline extract data/raw --out data/processed

test: $(STAMP)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check pipeline tests model

# Rebuild the bundled model from ../shared/training (about 2 hours on 2 cores); see model/README.md.
model: $(STAMP)
	SHARED=$(SHARED) model/train.sh $(PY)

# The ablation runs reported in model/README.md (several hours).
model-ablation: $(STAMP)
	SHARED=$(SHARED) model/ablate.sh $(PY)

# Optional production model de_core_news_lg 3.8.0 from spaCy's release wheel; needs network access.
lg: $(STAMP)
	@timeout 60 $(PY) -m pip install --quiet --retries 0 --timeout 5 -e ".[lg]" \
	  || { echo "de_core_news_lg could not be installed (offline?); the bundled model stays the default." >&2; exit 1; }

clean:
	rm -rf $(VENV) data/processed/*.parquet data/processed/*.csv data/processed/manifest.json
