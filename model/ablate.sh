#!/usr/bin/env bash
# Ablations of the bundled model's NER pipeline (model/config.cfg): each variant adds one change at the
# same step budget and is scored on the same held-out test files (model/heldout.py). About an hour on
# 2 cores. Results: model/runs/<variant>/heldout.json, summarized in model/README.md.
# Usage: model/ablate.sh [PYTHON]
set -euo pipefail
PY=${1:-.venv/bin/python}
SHARED=${SHARED:-../shared}
STEPS=${STEPS:-2000}
RUNS=model/runs
mkdir -p "$RUNS"
budget=(--training.max_steps "$STEPS" --training.patience 0)
# spaCy's CPU "efficiency" sizes.
small=(--components.tok2vec.model.encode.width 96 --components.tok2vec.model.encode.depth 4
       --components.tok2vec.model.embed.rows "[5000,1000,2500,2500]")
# Variants a–e embed words without clusters (spaCy's MultiHashEmbed); f adds the clusters of the 200,000 most
# frequent words; g is model/config.cfg as it stands (clusters of all 860,000 words and word frequency).
plain=(--components.tok2vec.model.embed.cluster_rows "[]")
top_clusters=(--components.tok2vec.model.embed.max_words 200000 --components.tok2vec.model.embed.freq_rows 0
              --components.tok2vec.model.embed.cluster_rows "[2000,2000,2000]")
wider=(--components.tok2vec.model.encode.width 128 --components.tok2vec.model.encode.depth 6
       --components.tok2vec.model.embed.rows "[6000,2000,3000,2000]")

run() {  # run NAME CORPUS_DIR EXTRA_ARGS...
  local name=$1 corpus=$2; shift 2
  if [ -f "$RUNS/$name/heldout.json" ]; then echo "skip $name (done)"; return; fi
  "$PY" -m spacy train model/config.cfg --output "$RUNS/$name" --paths.train "$corpus/train.spacy" \
        --paths.dev "$corpus/dev.spacy" "${budget[@]}" "$@" > "$RUNS/$name.log" 2>&1
  "$PY" model/heldout.py "$RUNS/$name/model-best" --corpus model/corpus --out "$RUNS/$name/heldout.json"
}

pretrain() {  # pretrain NAME EXTRA_ARGS... ; prints the path of the last pretrained weights
  local name=$1; shift
  if [ ! -f "$RUNS/$name/done" ]; then
    rm -rf "${RUNS:?}/$name"
    "$PY" -m spacy pretrain model/config.cfg "$RUNS/$name" "$@" > "$RUNS/$name.log" 2>&1
    touch "$RUNS/$name/done"
  fi
  ls "$RUNS/$name"/model*.bin | sort -V | tail -1
}

[ -f model/corpus/stats.json ] || "$PY" model/prepare.py --shared "$SHARED" --out model/corpus > /dev/null
[ -f model/corpus-modern/stats.json ] || \
  "$PY" model/prepare.py --shared "$SHARED" --out model/corpus-modern --drop-historical > /dev/null
run a-small-all model/corpus "${small[@]}" "${plain[@]}"
run b-small-modern model/corpus-modern "${small[@]}" "${plain[@]}"
weights=$(pretrain pretrain-small "${small[@]}" "${plain[@]}")
run c-small-modern-pretrained model/corpus-modern "${small[@]}" "${plain[@]}" --paths.init_tok2vec "$weights"
run d-wider-modern model/corpus-modern "${wider[@]}" "${plain[@]}"
run e-wider-all model/corpus "${wider[@]}" "${plain[@]}"
run f-wider-all-clusters model/corpus "${wider[@]}" "${top_clusters[@]}"
run g-wider-all-clusters-frequency model/corpus "${wider[@]}"
