"""Word clusters and frequencies in the bundled model's tok2vec (pipeline/cluster_embed.py)."""

from __future__ import annotations

import numpy
import spacy
from spacy.strings import get_string_id

from pipeline.cluster_embed import known_word_test, prefix, short_ids, table_row, word_cluster
from pipeline.model import bundled_path

CLUSTER, FREQUENCY = 4, 7  # columns after NORM, PREFIX, SUFFIX, SHAPE; then the two prefixes, then frequency


def test_known_words_are_those_of_the_word_table():
    """Rule 16 of the entity fixes asks whether a word is in the model's large vocabulary."""
    known = known_word_test(spacy.load(bundled_path(), exclude=["entity_ruler"]))
    assert known("Krim") and known("Samos") and known("Wien")
    assert not known("Locky") and not known("Ministerduo")
    assert known_word_test(spacy.blank("de")) is None


def test_word_clusters_are_those_of_the_word_table():
    """Rule 16 of the entity fixes reads a word's cluster: towns share one, common nouns are elsewhere."""
    cluster = word_cluster(spacy.load(bundled_path(), exclude=["entity_ruler"]))
    assert cluster("Wien") == cluster("Graz") != cluster("Ozean")
    assert cluster("Ministerduo") is None
    assert word_cluster(spacy.blank("de")) is None


def test_the_bundled_model_carries_its_word_table():
    """The table travels inside the model (no lookups package at run time); towns share a cluster, surnames
    another, whatever the case of a sentence-initial article; frequent words get a lower bucket."""
    nlp = spacy.load(bundled_path(), exclude=["entity_ruler"])
    features = next(node for node in nlp.get_pipe("tok2vec").model.walk() if node.name == "cluster_features")
    assert len(features.attrs["keys"]) == 860_508
    doc = nlp.make_doc("Der Bürgermeister von Wien und Graz traf Merkel, TRAF Xyzzyplugh")
    columns = features.predict([doc])[0]
    clusters = dict(zip([t.text for t in doc], columns[:, CLUSTER].tolist(), strict=True))
    frequency = dict(zip([t.text for t in doc], columns[:, FREQUENCY].tolist(), strict=True))
    assert clusters["Wien"] == clusters["Graz"] != clusters["Merkel"]
    assert clusters["TRAF"] == clusters["traf"] > 0  # the lower-case form where the table lacks the word as written
    assert clusters["Xyzzyplugh"] == frequency["Xyzzyplugh"] == 0
    assert 0 < frequency["Der"] < frequency["Wien"] < frequency["Graz"]  # -log p: "der" is the most frequent


def test_table_rows_and_path_prefixes():
    keys = numpy.sort(short_ids(numpy.array([get_string_id(w) for w in ("Wien", "Graz")], dtype="uint64")))
    ids = short_ids(numpy.array([get_string_id("Graz"), get_string_id("Linz")], dtype="uint64"))
    assert table_row(keys, ids).tolist() == [int(numpy.searchsorted(keys, ids[0])), -1]
    assert table_row(keys[:0], ids).tolist() == [-1, -1]
    # 300 = 0b100101100: its first 4 bits are 0b1001 = 9; a path shorter than 4 bits is itself; 0 stays 0
    assert prefix(numpy.array([300, 5, 0], dtype="uint32"), 4).tolist() == [9, 5, 0]
