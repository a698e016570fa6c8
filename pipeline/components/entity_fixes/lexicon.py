"""What the model knows of a word: its lemma table, its large vocabulary and its Brown word clusters.

`Lexicon` holds that state for one pipeline and answers the questions the rule modules ask of a word (a common
noun? a given name? a surname?); the rule functions that need it take it as their first argument. The cluster
tables (`person_clusters`, `place_clusters` …) are the model's clusters as data/place_clusters.tsv describes them
(model/place_clusters.py builds it).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from pipeline.components.entity_fixes.vocabulary import ARTICLES, PLACE_TAIL, SURNAME_TAILS, TIME_OF_DAY
from pipeline.components.entity_fixes.words import is_region_or_country, names_organization
from pipeline.components.lemma import LemmaTable
from pipeline.data import bundled_text, content_lines
from pipeline.given_names import given_names, is_capitalized_name
from pipeline.link.forms import GENITIVE_ENDINGS, ending_beyond
from pipeline.roles import COUNTERPARTS, is_role

UMLAUTS_ON = str.maketrans("aou", "äöü")  # "Mond" → "Mönde" (a plural the table may list)
NOUN_PER_SHARE = 0.1  # rule 7: a compound's tail in a cluster whose training tokens are PER less often is a noun
MIN_CLUSTER_TOKENS = 50
PERSON_SHARE = 0.3  # rule 5: a team's nickname lies in no cluster whose training tokens are PER this often
PLACE_SHARE = 0.05  # rule 16: under this share of a cluster's capitalized words are places the gazetteer knows
PLACE_CLUSTER_SHARE = 0.5  # rule 12: a cluster of place names, by its known places and its LOC tokens
TRAINING_LOC_SHARE = 0.15  # and under this share of its tokens in the NER training data are LOC (not "Rhein")


class Lexicon:
    """A pipeline's word knowledge: the bundled model's lemma table (None: trust token.lemma_), whether a word is in
    the model's large vocabulary (`known_word_test`; None: rule 16 is off) and a word's Brown cluster
    (`word_cluster`; None: the rules ignore clusters)."""

    def __init__(self, lemma_table: LemmaTable | None = None, known_word: Callable[[str], bool] | None = None,
                 cluster: Callable[[str], int | None] | None = None) -> None:
        self.known_word = known_word  # in the model's large vocabulary (`known_word_test`); None: rule 16 is off
        self.cluster = cluster  # a word's Brown cluster (`word_cluster`); None: rule 16 ignores clusters
        self.lemma_table = lemma_table  # the bundled model's lemma table; None: trust token.lemma_
        # Base forms of the table's nouns (its keys are hashed; values are readable lemmas).
        self.nouns = {v for v in lemma_table.values() if v[:1].isupper()} if lemma_table is not None else set()

    def ends_in_common_noun(self, word: str) -> bool:
        """ "Rekordstand" (Stand), "Wahlvolk" (Volk): a compound whose tail of four letters or more (after a
        head of three or more) is a noun of the table — but not a landscape or settlement noun, which makes
        place names ("Mittelmeer", "Innviertel", "Krumpendorf", "Pavelhaus"). A whole word alone is not
        enough: the table lists names too ("Rhein"). Without a lemma table (de_core_news_lg), never."""
        if self.lemma_table is None:
            return False
        for tail in (word[i:].capitalize() for i in range(3, len(word) - 3)):
            if tail in self.nouns or tail in self.lemma_table:
                return not PLACE_TAIL.search(tail.lower())
        return False

    def is_common_noun(self, word: str) -> bool:
        """A word whose lemma the lemma table lists with a plural ("Aktie", "Gegnern" → "Gegner")."""
        return self.lemma_table is not None and self.has_plural(self.lemma_table.get(word) or word)

    def has_plural(self, noun: str) -> bool:
        """A noun of the lemma table with a plural form ("Erden", "Heizöle", "Suizide", "Zentren", "Stadien"): a
        common noun. Names in the table have only a genitive ("Rheins", "Kremls")."""
        if noun not in self.nouns:
            return False
        stem = noun.translate(UMLAUTS_ON)
        latin = [noun[:-2] + "en", noun[:-2] + "ien"] if noun.endswith(("um", "us", "on")) else []  # "Zentren"
        return any(self.lemma_table.get(form) == noun
                   for form in (noun + "e", noun + "en", noun + "n", noun + "er", stem + "e", stem + "er", *latin))

    def is_inflected(self, token: Token) -> bool:
        """An inflected word: its lemma differs by more than a genitive -s ("Zelten" → "Zelt", "Metaphern" →
        "Metapher"; not "Russlands"). With the bundled model only lemmas from its lemma table count."""
        if self.lemma_table is not None:
            lemma = self.lemma_table.get(token.text) or self.lemma_table.get(token.lower_)
        else:
            lemma = token.lemma_
        if not lemma or lemma == token.text:
            return False
        return ending_beyond(token.text, lemma) not in GENITIVE_ENDINGS

    def is_word(self, token: Token) -> bool:
        """A German word: in the lemma table in lower case ("will", "laut") or as a noun ("Mark", "Wolf");
        without a table, a noun to the tagger."""
        if self.lemma_table is None:
            return token.pos_ == "NOUN"
        text = token.text
        return token.lower_ in self.lemma_table or text in self.nouns or self.lemma_table.get(text) in self.nouns

    def is_listed_name(self, word: str) -> bool:
        """A name the lemma table lists as a noun, in its base form, for its genitive ("Castro" for "Castros",
        "Innsbruck"): no plural, and the bundled model's word clusters hold it among people's names or places (not
        "Wolf", "Bauer", which have plurals, nor "Essen", "Laut"). Nouns whose plural ends in -s or equals the
        singular pass too ("Derby", "Porto", "Mama"): rules 10 and 12 alone ask, in their contexts."""
        return (self.lemma_table is not None and self.cluster is not None and word in self.nouns
                and not self.is_common_noun(word) and self.cluster(word) in name_clusters())

    def is_given_name(self, token: Token) -> bool:
        """A given name that is no lower-case German word ("Will", "Laut"), no country, region or capital
        ("Nigel", not "Paris") and no counterpart ("Mentor", `COUNTERPARTS`). One that is also a noun ("Karl",
        "Roman", "April", "Forum": the lemma table lists names too) counts only where the tagger calls it a proper
        noun or it is a listed name of a person's word cluster ("Marion", "Paul", `is_listed_name`)."""
        text = token.text
        if not is_given_name_text(text) or is_region_or_country(text) or text in COUNTERPARTS:  # "Mentor Sarkozy"
            return False
        if self.lemma_table is None:
            return token.pos_ == "PROPN"
        return token.lower_ not in self.lemma_table and (
            text not in self.nouns or token.tag_ == "NE" or self.is_listed_name(text))

    def is_word_or_compound(self, token: Token) -> bool:
        """A German word or a compound ending in a noun ("Präsidentschaftswahlkampf"), unless it ends like a German
        surname ("Hofmann")."""
        return self.is_word(token) or (self.ends_in_common_noun(token.text)
                                       and not token.text.lower().endswith(SURNAME_TAILS))

    def is_surname_word(self, token: Token, german_word: bool = False) -> bool:
        """A capitalized word that can follow a given name: not a German word ("Karl Geld") unless it ends
        like a German surname ("Müllermann") or `german_word` allows it or it is a name the lemma table lists among
        people's names ("John Cage", `is_listed_name`; not among places: "Juventus Turin"), not a role, an article or
        a country ("Red Bull Salzburg")."""
        text = token.text
        if not is_capitalized_name(text) or is_role(text) or text.lower() in ARTICLES or is_region_or_country(text):
            return False
        if names_organization(token) or TIME_OF_DAY.match(text):  # "ÖGB-Chef Katzian Mittwochfrüh"
            return False
        if german_word:
            return True
        if self.is_listed_name(text):  # "John Cage"; not a town so listed: "Tabellenführer Juventus Turin"
            return self.cluster(text) not in place_clusters()
        return not self.is_word(token) or text.lower().endswith(SURNAME_TAILS)

    def compound_cluster(self, word: str) -> int | None:
        """The cluster of the longest tail of five letters or more (after a head of three or more) of a word the
        model's vocabulary lacks: "Krisenmodus", "Turbomodus" (Modus) are nouns like their tail; None for a known
        word or one without a known tail ("Idomeni"; shorter tails are fragments: "Emos" in "Podemos")."""
        if self.cluster is None or self.cluster(word) is not None:
            return None
        tails = (word[i].upper() + word[i + 1 :] for i in range(3, len(word) - 4))
        return next((found for tail in tails if (found := self.cluster(tail)) is not None), None)


def is_given_name_text(text: str) -> bool:
    """A given name, also one joined of two by a hyphen that the lists lack: "Daniel-Andre"."""
    return text in given_names() or ("-" in text and all(part in given_names() for part in text.split("-", 1)))


@cache
def placeless_clusters() -> frozenset[int]:
    """Brown clusters whose words hardly ever name a place (data/place_clusters.tsv, by model/place_clusters.py)."""
    return frozenset(int(row["cluster"]) for row in cluster_rows()
                     if int(row["known_places"]) < PLACE_SHARE * int(row["words"])
                     and int(row["training_loc"]) < TRAINING_LOC_SHARE * max(int(row["training_tokens"]), 1))


@cache
def place_clusters() -> frozenset[int]:
    """Brown clusters of place names: at least `PLACE_CLUSTER_SHARE` of their capitalized words are places the
    gazetteer knows and of their tokens in the NER training data are LOC ("Innsbruck", "Villach", "Tibet")."""
    return frozenset(int(row["cluster"]) for row in cluster_rows()
                     if int(row["known_places"]) >= PLACE_CLUSTER_SHARE * int(row["words"])
                     and int(row["training_loc"]) >= PLACE_CLUSTER_SHARE * max(int(row["training_tokens"]), 1))


@cache
def name_clusters() -> frozenset[int]:
    """The clusters of people's names and of places (`is_listed_name`)."""
    return person_clusters() | place_clusters()


@cache
def person_clusters() -> frozenset[int]:
    """Brown clusters of names of people: at least `PERSON_SHARE` of their tokens in the NER training data are PER
    ("Jones", "Williams"; not the teams' "Predators", "Capitals")."""
    return frozenset(int(row["cluster"]) for row in cluster_rows()
                     if int(row["training_per"]) >= PERSON_SHARE * max(int(row["training_tokens"]), 1))


@cache
def noun_clusters() -> frozenset[int]:
    """Brown clusters of common words: of their tokens in the NER training data (at least `MIN_CLUSTER_TOKENS`)
    under `NOUN_PER_SHARE` are PER and under `TRAINING_LOC_SHARE` LOC ("Gespann", "Heimat"; not the surnames' "Mann"
    or "Berg" clusters, nor the places' "Hemberg", "Zollern": "Starhemberg")."""
    return frozenset(int(row["cluster"]) for row in cluster_rows()
                     if int(row["training_tokens"]) >= MIN_CLUSTER_TOKENS
                     and int(row["training_per"]) < NOUN_PER_SHARE * int(row["training_tokens"])
                     and int(row["training_loc"]) < TRAINING_LOC_SHARE * int(row["training_tokens"]))


@cache
def cluster_rows() -> tuple[dict[str, str], ...]:
    return tuple(csv.DictReader(content_lines(bundled_text("place_clusters.tsv")), delimiter="\t"))
