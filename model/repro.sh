#!/usr/bin/env bash
# Reproducibility check of the recipe: the NER pipeline trained twice from the same data and seed for a
# short budget (STEPS, default 500) must give the same held-out scores. Writes model/runs/repro-{1,2}/
# and prints both ner-d scores. Usage: model/repro.sh [PYTHON]
set -euo pipefail
PY=${1:-.venv/bin/python}
STEPS=${STEPS:-500}
[ -f model/corpus/stats.json ] || "$PY" model/prepare.py --shared "${SHARED:-../shared}" --out model/corpus > /dev/null
for run in 1 2; do
  "$PY" -m spacy train model/config.cfg --output "model/runs/repro-$run" --training.max_steps "$STEPS" \
        --training.eval_frequency "$STEPS" > "model/runs/repro-$run.log" 2>&1
  "$PY" model/heldout.py "model/runs/repro-$run/model-last" --out "model/runs/repro-$run/heldout.json" > /dev/null
done
"$PY" - <<'PY'
import json
a, b = (json.load(open(f"model/runs/repro-{i}/heldout.json")) for i in (1, 2))
for name in sorted(a):
    if "ents_f" in a[name]:
        print(f"{name:28} run 1: {a[name]['ents_f']:.4f}  run 2: {b[name]['ents_f']:.4f}")
same = all(a[n].get("ents_f") == b[n].get("ents_f") for n in a)
print("identical" if same else "DIFFERENT")
PY
