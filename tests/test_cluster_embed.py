"""Word clusters in the bundled model's tok2vec (pipeline/cluster_embed.py)."""

from __future__ import annotations

import numpy
import spacy
from spacy.strings import get_string_id

from pipeline.cluster_embed import lookup, prefix
from pipeline.model import bundled_path


def test_the_bundled_model_carries_its_cluster_table():
    """The table travels inside the model (no lookups package at run time); towns share a cluster, surnames
    another, whatever the case of a sentence-initial article."""
    nlp = spacy.load(bundled_path(), exclude=["entity_ruler"])
    features = next(node for node in nlp.get_pipe("tok2vec").model.walk() if node.name == "cluster_features")
    assert len(features.attrs["keys"]) == 200_000
    doc = nlp.make_doc("Der Bürgermeister von Wien und Graz traf Merkel, TRAF Xyzzyplugh")
    clusters = dict(zip([t.text for t in doc], features.predict([doc])[0][:, 4].tolist(), strict=True))
    assert clusters["Wien"] == clusters["Graz"] != clusters["Merkel"]
    assert clusters["TRAF"] == clusters["traf"] > 0  # the lower-case form where the table lacks the word as written
    assert clusters["Xyzzyplugh"] == 0


def test_lookup_and_path_prefixes():
    keys = numpy.array(sorted(get_string_id(w) for w in ("Wien", "Graz")), dtype="uint64")
    clusters = numpy.array([80, 80], dtype="uint32")
    ids = numpy.array([get_string_id("Graz"), get_string_id("Linz")], dtype="uint64")
    assert lookup(keys, clusters, ids).tolist() == [80, 0]
    assert lookup(keys[:0], clusters[:0], ids).tolist() == [0, 0]
    # 300 = 0b100101100: its first 4 bits are 0b1001 = 9; a path shorter than 4 bits is itself; 0 stays 0
    assert prefix(numpy.array([300, 5, 0], dtype="uint32"), 4).tolist() == [9, 5, 0]
