"""Word clusters as a feature of the bundled model's tok2vec (`pipeline.ClusterHashEmbed.v1`).

Hash embeddings learn a word only from the ~700,000 words of NER training data, so a name seen once or never
gets a vector close to nothing. Brown clusters computed from a large German corpus (spacy-lookups-data's
`de_lexeme_cluster`, MIT) put "Wien", "Graz" and "Berlin" in one cluster and "Merkel" and "Hofer" in another:
an unseen town or surname still lands next to the ones the model was trained on. This layer embeds the
usual lexical attributes (NORM, PREFIX, SUFFIX, SHAPE) like spaCy's `MultiHashEmbed` plus each word's cluster
and two coarser prefixes of its cluster path.

The table (the most frequent `max_words` words) is read from spacy-lookups-data when the pipeline is
initialized for training and stored in the model's attributes, so it is serialized with the pipeline and
the trained model needs no lookups package at run time. The architecture is registered through the
`spacy_architectures` entry point, so `spacy.load` finds it without importing this package first.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable

import numpy
from spacy.attrs import LOWER, ORTH, intify_attr
from spacy.ml.featureextractor import FeatureExtractor
from spacy.ml.models import MultiHashEmbed
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

PREFIX_BITS = (4, 8)  # coarse levels of the Brown hierarchy: a cluster path cut to its first 4 and 8 bits
SEED = 7


@registry.architectures("pipeline.ClusterHashEmbed.v1")
def cluster_hash_embed(width: int, attrs: list[str], rows: list[int], cluster_rows: int,
                       max_words: int) -> Model[list[Doc], list[Floats2d]]:
    """`MultiHashEmbed` over `attrs` plus three columns of word-cluster features, mixed by one Maxout layer.
    `cluster_rows = 0` is spaCy's `MultiHashEmbed` alone (the ablations in model/ablate.sh)."""
    if not cluster_rows:
        return MultiHashEmbed(width, attrs, rows, include_static_vectors=False)
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} rows for {len(attrs)} attrs")
    columns = len(attrs) + 1 + len(PREFIX_BITS)
    sizes = [*rows, *[cluster_rows] * (1 + len(PREFIX_BITS))]
    embeddings = [HashEmbed(width, size, column=i, seed=SEED + 1 + i, dropout=0.0) for i, size in enumerate(sizes)]
    return chain(
        features(attrs, max_words),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * columns, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


def features(attrs: list[str], max_words: int) -> Model[list[Doc], list[Ints2d]]:
    """Per doc, the attribute columns of `FeatureExtractor` followed by cluster, 4-bit and 8-bit prefix."""
    extractor = FeatureExtractor([intify_attr(attr) for attr in attrs])
    return Model("cluster_features", _forward, init=_init, layers=[extractor], attrs={
        "max_words": max_words, "keys": numpy.zeros(0, dtype="uint64"), "clusters": numpy.zeros(0, dtype="uint32")})


def _init(model: Model, X: list[Doc] | None = None, Y: None = None) -> None:
    keys, clusters = cluster_table(model.attrs["max_words"])
    model.attrs["keys"], model.attrs["clusters"] = keys, clusters


def cluster_table(max_words: int) -> tuple[numpy.ndarray, numpy.ndarray]:
    """String ids (sorted) and cluster paths of the `max_words` most frequent clustered words."""
    from spacy_lookups_data import get_file  # training only: the trained model carries its table

    with gzip.open(get_file("de_lexeme_cluster.json.gz")) as file:
        clusters: dict[str, int] = json.load(file)
    with gzip.open(get_file("de_lexeme_prob.json.gz")) as file:
        probs: dict[str, float] = json.load(file)
    words = sorted((w for w, c in clusters.items() if c), key=lambda w: -probs.get(w, -100.0))[:max_words]
    keys = numpy.array([get_string_id(w) for w in words], dtype="uint64")
    order = numpy.argsort(keys)
    return keys[order], numpy.array([clusters[w] for w in words], dtype="uint32")[order]


def _forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
    extractor = model.layers[0]
    columns, _ = extractor(docs, is_train)
    keys, clusters = model.attrs["keys"], model.attrs["clusters"]
    out = []
    for doc, lexical in zip(docs, columns, strict=True):
        words = doc.to_array([ORTH, LOWER]).astype("uint64")
        path = lookup(keys, clusters, words[:, 0])
        path = numpy.where(path > 0, path, lookup(keys, clusters, words[:, 1]))  # "Der" → "der"
        extra = [path, *(prefix(path, bits) for bits in PREFIX_BITS)]
        out.append(model.ops.asarray2i(numpy.hstack([model.ops.to_numpy(lexical),
                                                     numpy.stack(extra, axis=1).astype(lexical.dtype)])))
    return out, lambda d_out: []


def lookup(keys: numpy.ndarray, clusters: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """Cluster path of each string id, 0 where the table lacks it."""
    if not len(keys):
        return numpy.zeros(len(ids), dtype="uint32")
    at = numpy.minimum(numpy.searchsorted(keys, ids), len(keys) - 1)
    return numpy.where(keys[at] == ids, clusters[at], 0).astype("uint32")


def prefix(path: numpy.ndarray, bits: int) -> numpy.ndarray:
    """The first `bits` bits of each cluster path (the path itself when shorter); 0 stays 0."""
    length = numpy.floor(numpy.log2(numpy.maximum(path, 1))).astype("int64") + 1
    return (path >> numpy.maximum(length - bits, 0)).astype("uint32")

