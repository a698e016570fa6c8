"""The bundled German model: offline loading, resolution, entities and lemmas on real text."""

from __future__ import annotations

import importlib.util
import json
import socket
import sys

import pytest
import spacy
from typer.testing import CliRunner

import pipeline.components  # noqa: F401  (the model's own table_lemmatizer)
from pipeline.cli import app
from pipeline.model import BUNDLED_NAME, PRODUCTION_MODEL, ModelNotFound, bundled_path, resolve_model


@pytest.fixture(scope="module")
def bundled():
    return spacy.load(bundled_path())


def test_auto_prefers_de_core_news_lg_else_the_bundled_model():
    info = resolve_model("auto")
    if importlib.util.find_spec(PRODUCTION_MODEL):
        assert info.name == PRODUCTION_MODEL
    else:
        assert info.name == BUNDLED_NAME and info.path == str(bundled_path())


def test_unknown_model_is_a_clear_error():
    with pytest.raises(ModelNotFound, match="is not installed and is not a folder"):
        resolve_model("de_core_news_xl")


def test_info_json_prints_the_resolved_model():
    result = CliRunner().invoke(app, ["info", "--model", "bundled", "--json"])
    assert result.exit_code == 0
    model = json.loads(result.output)["model"]
    assert model == {"name": BUNDLED_NAME, "version": "0.1.0", "path": str(bundled_path())}


def test_loading_needs_no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    nlp = spacy.load(bundled_path())
    assert nlp("Wien ist schön.")[0].text == "Wien"


def test_meta_credits_every_source_and_carries_heldout_scores():
    meta = json.loads((bundled_path() / "meta.json").read_text(encoding="utf-8"))
    files = " ".join(s["name"] for s in meta["sources"])
    for source in ("ner-d", "GermEval 2014", "SmartData", "German GSD", "lemma table"):
        assert source in files
    assert all(s["license"] for s in meta["sources"])
    heldout = meta["heldout"]["with_gazetteer_ruler"]
    assert set(heldout["test_nerd"]["ents_per_type"]) == {"PER", "LOC", "ORG", "MISC"}
    assert meta["performance"]["test_nerd_ents_f"] == heldout["test_nerd"]["ents_f"]


def test_the_bundled_models_own_ruler_matches_the_gazetteer():
    """`spacy.load` of the bundled model alone uses its entity ruler; the project builds the same patterns at
    load (pipeline.annotate). Regenerate the model's copy when the gazetteer changes (model/package.py)."""
    from pipeline.gazetteer import ruler_patterns

    path = bundled_path() / "entity_ruler" / "patterns.jsonl"
    stored = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert sorted(map(json.dumps, stored)) == sorted(map(json.dumps, ruler_patterns()))


def test_bundled_model_size_is_the_ensembles():
    """The issue aims at under 30 MB, which one NER met (29.7 MB: the lemma table stored gzipped and only the
    strings the pipeline needs kept, model/package.py); the five NERs of the ensemble that reaches its F target
    take 106 MB, each with its own tok2vec (model/README.md, "Ensemble"). This holds it there."""
    size = sum(file.stat().st_size for file in bundled_path().rglob("*") if file.is_file())
    assert size < 110_000_000


def test_lemma_table_survives_saving_and_loading(bundled, tmp_path):
    lemmatizer = bundled.get_pipe("table_lemmatizer")
    lemmatizer.to_disk(tmp_path)
    reloaded = type(lemmatizer)(bundled.vocab, None, "table_lemmatizer", mode="table_first").from_disk(tmp_path)
    assert reloaded.table == lemmatizer.table
    assert reloaded.table["zugesagt"] == "zusagen" and "Russlands" not in reloaded.table


def test_reference_article_entities(bundled, reference_text):
    doc = bundled(reference_text)
    people = {e.text for e in doc.ents if e.label_ == "PER"}
    places = {e.text for e in doc.ents if e.label_ == "LOC"}
    assert {"Mark Carney", "Wolodymyr Selenskyj", "Marco Rubio", "Mark Rutte", "Dmitri Medwedew"} <= people
    assert {"Kiew", "Ukraine", "Russland", "Kanada"} <= places


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "particle"),
    [
        ("Kanada hat zwei Milliarden Dollar an Verteidigungshilfe zugesagt.", "zugesagt", "zusagen", None),
        ("Die Regierung sagte der Ukraine weitere Hilfe zu.", "sagte", "sagen", "zu"),
        ("Letzte Woche kündigten die Vereinigten Staaten eine Initiative an.", "kündigten", "kündigen", "an"),
        ("Das Land hat mit der EU ein Abkommen unterzeichnet.", "unterzeichnet", "unterzeichnen", None),
        ("Es geht um 50 Milliarden Dollar.", "Milliarden", "Milliarde", None),
        ("Die Aggressionen Russlands sollen verhindert werden.", "Russlands", "Russland", None),
    ],
)
def test_lemmas_the_matchers_need(bundled, sentence, word, lemma, particle):
    doc = bundled(sentence)
    token = next(t for t in doc if t.text == word)
    assert token.lemma_ == lemma
    if particle:
        last = [t for t in doc if not t.is_punct][-1]
        assert (last.text, last.tag_) == (particle, "PTKVZ")


def test_smartdata_documents_take_the_split_of_the_ner_d_sentences_they_hold():
    """model/prepare.py: a document holding a ner-d sentence (a URL cut short, a retweet's prefix) takes its
    split; one holding sentences of two splits gets both, and add_smartdata leaves it out."""
    spec = importlib.util.spec_from_file_location("prepare", "model/prepare.py")
    prepare = importlib.util.module_from_spec(spec)
    sys.modules["prepare"] = prepare  # its dataclasses look their module up
    spec.loader.exec_module(prepare)
    sentences = {split: [] for split in ("train", "test")}
    for n in range(200):
        words = f"Auf der A{n} Richtung Wien steht der Verkehr zwischen Knoten {n} und Ausfahrt {n * 7} .".split()
        sentences.setdefault(prepare.split_of(" ".join(words)), []).append((words, ["O"] * len(words)))
    (test_words, _), (train_words, _) = sentences["test"][0], sentences["train"][0]
    documents = [" ".join(test_words[:-2]) + " (http://t.co/abc…)", "RT @verkehr: " + " ".join(test_words),
                 " ".join(test_words) + " " + " ".join(train_words), "Nichts davon steht in ner-d."]
    found = prepare.nerd_splits_per_document([prepare.letters_and_digits(d) for d in documents],
                                             [s for split in sentences.values() for s in split])
    assert found == [{"test"}, {"test"}, {"test", "train"}, set()]
