# Everything a new machine needs: `make extract` and `make test` create .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
STAMP := $(VENV)/.installed

.PHONY: extract test lint bench heldout agreement model model-repro model-ablation lg clean

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
	$(VENV)/bin/ruff check pipeline tests model bench

# Issue 8's figures (bare nlp.pipe vs extract with 1 and 2 workers, peak RSS at 1x and 10x, re-run after a
# 1 % change, `pipeline --help`), about 25 minutes; results in data/processed/bench.json (not committed).
# Run it on an otherwise idle machine: `BENCH_ARGS="--limit 200 --replicas 3"` for a quick subset.
bench: $(STAMP)
	$(PY) bench/run.py --shared $(SHARED) --out data/processed/bench.json $(BENCH_ARGS)

# Entity figures on 942 GNAD articles outside the gold development set and on 119 SmartData news articles of
# another outlet (annotations in bench/, texts from ../shared), about five minutes; GNAD_TEST=path/to/test.csv
# (10kGNAD's, github.com/tblock/10kGNAD) adds the 58 articles of its test split that ../shared leaves out.
heldout: $(STAMP)
	$(PY) bench/heldout.py --shared $(SHARED) $(if $(GNAD_TEST),--gnad-test $(GNAD_TEST))

# A second blind annotation of 40 held-out articles (and, with GNAD_TEST, of 20 of the 58 blind 10kGNAD test articles)
# scored against the first, beside the pipeline's figures on both (bench/agreement.py), half a minute.
agreement: $(STAMP)
	$(PY) bench/agreement.py --shared $(SHARED) $(if $(GNAD_TEST),--gnad-test $(GNAD_TEST))

# Rebuild the bundled model from ../shared/training (about 3 hours on 2 cores); see model/README.md.
model: $(STAMP)
	SHARED=$(SHARED) model/train.sh $(PY)

# Train twice with the same data and seed (short budget) and compare the held-out scores.
model-repro: $(STAMP)
	SHARED=$(SHARED) model/repro.sh $(PY)

# The ablation runs reported in model/README.md (several hours).
model-ablation: $(STAMP)
	SHARED=$(SHARED) model/ablate.sh $(PY)

# Optional production model de_core_news_lg 3.8.0 from spaCy's release wheel; needs network access.
lg: $(STAMP)
	@timeout 60 $(PY) -m pip install --quiet --retries 0 --timeout 5 -e ".[lg]" \
	  || { echo "de_core_news_lg could not be installed (offline?); the bundled model stays the default." >&2; exit 1; }

clean:
	rm -rf $(VENV) data/processed/*.parquet data/processed/*.csv data/processed/manifest.json
