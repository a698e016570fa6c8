#!/usr/bin/env bash
# The recipe of the bundled model (`make model`): data → two spaCy pipelines → one packaged pipeline.
# 1. model/prepare.py: seeded train/dev/test splits of ../shared/training as DocBins.
# 2. spacy train model/config.cfg: tok2vec + senter + NER on ner-d, GermEval 2014, SmartData (+ UD sents),
#    with early stopping on dev; then four more NERs from the same config and data, each changed in one way
#    (another seed, a wider NER layer, a beam), which vote with the first (an ensemble, model/README.md).
# 3. spacy train model/config-ud.cfg: tagger, morphologizer, trainable lemmatizer on UD German GSD.
# 4. model/package.py: join them, add the lemma table and gazetteer ruler, score on the held-out test
#    files, write pipeline/models/de_news_pipeline with meta.json (sources, licenses, scores).
# 5. model/place_clusters.py: per word cluster, the share of known places and of LOC training tokens.
# Same data and seed give the same model: spaCy's CPU training is deterministic for a fixed [system] seed.
set -euo pipefail
PY=${1:-.venv/bin/python}
SHARED=${SHARED:-../shared}
OUT=${OUT:-model/runs/final}
mkdir -p "$OUT"
"$PY" model/prepare.py --shared "$SHARED" --out model/corpus > "$OUT/prepare.json"
"$PY" -m spacy train model/config.cfg --output "$OUT/ner" > "$OUT/ner.log" 2>&1
BEAM="--components.ner.factory beam_ner --components.ner.beam_width 8 --components.ner.beam_density 0.01
      --components.ner.beam_update_prob 0.5"
declare -A MEMBERS=(
  [seed1]="--system.seed 1"
  [wide]="--components.ner.model.hidden_width 192"
  [beam]="$BEAM"
  [beam-seed1]="$BEAM --system.seed 1"
)
for member in seed1 wide beam beam-seed1; do
  # shellcheck disable=SC2086  # the overrides are words of their own
  "$PY" -m spacy train model/config.cfg --output "$OUT/ner-$member" ${MEMBERS[$member]} > "$OUT/ner-$member.log" 2>&1
done
"$PY" -m spacy train model/config-ud.cfg --output "$OUT/ud" --training.max_steps 2500 \
      --training.patience 1000 > "$OUT/ud.log" 2>&1
"$PY" model/package.py "$OUT/ner/model-best" "$OUT/ud/model-best" --out pipeline/models/de_news_pipeline \
      --members "$OUT"/ner-{seed1,wide,beam,beam-seed1}/model-best
# 5. how often each word cluster names a place (rule 16 of pipeline/components/entity_fixes/places.py)
"$PY" model/place_clusters.py --corpus model/corpus --out pipeline/data/place_clusters.tsv
