"""Word clusters and frequencies as features of the bundled model's tok2vec (`pipeline.ClusterHashEmbed.v2`).

Hash embeddings learn a word only from the ~700,000 words of NER training data, so a name seen once or never
gets a vector close to nothing. Brown clusters computed from a large German corpus (spacy-lookups-data's
`de_lexeme_cluster`, MIT) put "Wien", "Graz" and "Berlin" in one cluster and "Merkel" and "Hofer" in another:
an unseen town or surname still lands next to the ones the model was trained on. This layer embeds the
usual lexical attributes (NORM, PREFIX, SUFFIX, SHAPE) like spaCy's `MultiHashEmbed` plus each word's cluster,
two coarser prefixes of its cluster path, and how frequent the word is (rounded -log probability from
`de_lexeme_prob`: rare capitalized words are names more often than frequent ones).

The table (all 860,000 clustered words, or the most frequent `max_words`) is read from spacy-lookups-data
when the pipeline is initialized for training and stored in the model's attributes, compactly (32-bit keys,
16-bit cluster index, 8-bit frequency: 6 MB), so it is serialized with the pipeline and the trained model
needs no lookups package at run time. The architecture is registered through the `spacy_architectures`
entry point, so `spacy.load` finds it without importing this package first.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable

import numpy
from spacy.attrs import LOWER, ORTH, intify_attr
from spacy.language import Language
from spacy.ml.featureextractor import FeatureExtractor
from spacy.ml.models import MultiHashEmbed
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

PREFIX_BITS = (4, 8)  # coarse levels of the Brown hierarchy: a cluster path cut to its first 4 and 8 bits
SEED = 7


@registry.architectures("pipeline.ClusterHashEmbed.v2")
def cluster_hash_embed(width: int, attrs: list[str], rows: list[int], cluster_rows: list[int], freq_rows: int,
                       max_words: int) -> Model[list[Doc], list[Floats2d]]:
    """`MultiHashEmbed` over `attrs` plus the word's cluster, its 4- and 8-bit path prefixes (one row count
    each in `cluster_rows`) and its frequency bucket (none for `freq_rows = 0`), mixed by one Maxout layer.
    `cluster_rows = []` is spaCy's `MultiHashEmbed` alone (the ablations in model/ablate.sh)."""
    if not cluster_rows:
        return MultiHashEmbed(width, attrs, rows, include_static_vectors=False)
    if len(rows) != len(attrs) or len(cluster_rows) != 1 + len(PREFIX_BITS):
        raise ValueError(f"{len(rows)} rows for {len(attrs)} attrs, {len(cluster_rows)} cluster rows for "
                         f"{1 + len(PREFIX_BITS)} cluster columns")
    sizes = [*rows, *cluster_rows, *([freq_rows] if freq_rows else [])]
    embeddings = [HashEmbed(width, size, column=i, seed=SEED + 1 + i, dropout=0.0) for i, size in enumerate(sizes)]
    return chain(
        features(attrs, max_words, frequency=freq_rows > 0),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(sizes), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


def features(attrs: list[str], max_words: int, frequency: bool = True) -> Model[list[Doc], list[Ints2d]]:
    """Per doc, the attribute columns of `FeatureExtractor` followed by cluster, 4-bit and 8-bit prefix and,
    with `frequency`, the frequency bucket."""
    extractor = FeatureExtractor([intify_attr(attr) for attr in attrs])
    empty = {"keys": numpy.zeros(0, dtype="uint32"), "cluster_index": numpy.zeros(0, dtype="uint16"),
             "paths": numpy.zeros(0, dtype="uint32"), "frequency": numpy.zeros(0, dtype="uint8")}
    return Model("cluster_features", _forward, init=_init, layers=[extractor],
                 attrs={"max_words": max_words, "with_frequency": frequency, **empty})


def _init(model: Model, X: list[Doc] | None = None, Y: None = None) -> None:
    model.attrs.update(word_table(model.attrs["max_words"]))


def word_table(max_words: int) -> dict[str, numpy.ndarray]:
    """The `max_words` most frequent clustered words (0: all): 32-bit string-id keys (sorted; of two words
    sharing a key the more frequent keeps it), index of the cluster path, frequency bucket (rounded -log p)."""
    from spacy_lookups_data import get_file  # training only: the trained model carries its table

    with gzip.open(get_file("de_lexeme_cluster.json.gz")) as file:
        clusters: dict[str, int] = json.load(file)
    with gzip.open(get_file("de_lexeme_prob.json.gz")) as file:
        probs: dict[str, float] = json.load(file)
    words = sorted((w for w, c in clusters.items() if c), key=lambda w: -probs.get(w, -100.0))
    words = words[:max_words] if max_words else words
    keys, first = numpy.unique(short_ids(numpy.array([get_string_id(w) for w in words], dtype="uint64")),
                               return_index=True)
    word_paths = numpy.array([clusters[w] for w in words], dtype="uint32")[first]
    paths = numpy.unique(word_paths)
    frequency = numpy.array([min(255, round(-probs.get(w, -100.0))) for w in words], dtype="uint8")[first]
    return {"keys": keys, "cluster_index": numpy.searchsorted(paths, word_paths).astype("uint16"),
            "paths": paths, "frequency": frequency}


def short_ids(ids: numpy.ndarray) -> numpy.ndarray:
    """The low 32 bits of 64-bit string ids: half the table, and 84 of 860,000 words share a key."""
    return ids.astype("uint64").astype("uint32")


def _forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
    extractor = model.layers[0]
    columns, _ = extractor(docs, is_train)
    keys = model.attrs["keys"]
    out = []
    for doc, lexical in zip(docs, columns, strict=True):
        words = short_ids(doc.to_array([ORTH, LOWER]))
        row = table_row(keys, words[:, 0])
        row = numpy.where(row >= 0, row, table_row(keys, words[:, 1]))  # "Der" → "der"
        found = row >= 0
        path = numpy.where(found, model.attrs["paths"][model.attrs["cluster_index"][row]], 0).astype("uint32")
        extra = [path, *(prefix(path, bits) for bits in PREFIX_BITS)]
        if model.attrs["with_frequency"]:
            extra.append(numpy.where(found, model.attrs["frequency"][row], 0))
        out.append(model.ops.asarray2i(numpy.hstack([model.ops.to_numpy(lexical),
                                                     numpy.stack(extra, axis=1).astype(lexical.dtype)])))
    return out, lambda d_out: []


def table_row(keys: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """Row of each id in the sorted `keys`, -1 where absent."""
    if not len(keys):
        return numpy.full(len(ids), -1, dtype="int64")
    at = numpy.minimum(numpy.searchsorted(keys, ids), len(keys) - 1)
    return numpy.where(keys[at] == ids, at, -1)


def prefix(path: numpy.ndarray, bits: int) -> numpy.ndarray:
    """The first `bits` bits of each cluster path (the path itself when shorter); 0 stays 0."""
    length = numpy.floor(numpy.log2(numpy.maximum(path, 1))).astype("int64") + 1
    return (path >> numpy.maximum(length - bits, 0)).astype("uint32")


def known_word_test(nlp: Language) -> Callable[[str], bool] | None:
    """Whether a word is in the large German vocabulary a pipeline carries: the word table of this layer (the
    bundled model) or the word vectors (de_core_news_lg); None for a pipeline with neither. A word missing there
    is rare in German text: a product, a typo, a compound coined for one article."""
    if nlp.vocab.vectors.n_keys:
        return lambda word: nlp.vocab.has_vector(word)
    cluster = word_cluster(nlp)
    return None if cluster is None else lambda word: cluster(word) is not None


def word_cluster(nlp: Language) -> Callable[[str], int | None] | None:
    """The Brown cluster path of a word as written, by the word table of this layer (None for a word it lacks);
    None for a pipeline without the layer (de_core_news_lg)."""
    if "tok2vec" not in nlp.pipe_names:
        return None
    layer = next((node for node in nlp.get_pipe("tok2vec").model.walk() if node.name == "cluster_features"), None)
    if layer is None or not len(layer.attrs["keys"]):
        return None
    keys, index, paths = layer.attrs["keys"], layer.attrs["cluster_index"], layer.attrs["paths"]

    def cluster(word: str) -> int | None:
        row = table_row(keys, short_ids(numpy.array([get_string_id(word)], dtype="uint64")))[0]
        return int(paths[index[row]]) if row >= 0 else None

    return cluster
