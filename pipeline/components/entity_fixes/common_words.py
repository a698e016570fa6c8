"""Rule 7: common words that NER took for a name of one word: inflected or compound common nouns, inhabitants,
nationalities, languages, kinds of place, adjectives at a sentence start.

7. A one-word PER/LOC entity that the gazetteer does not know is dropped when it is an inflected common noun (its lemma
   differs by more than a genitive -s: "Zelten" → "Zelt", "Tarifen" → "Tarif"; with the bundled model only lemmas from
   its lemma table count) or an inhabitant noun of a known place ("Kölner", "Grazer"; of a region or country that adds
   "-en": "Kärntner"; a place of several words is no place as an inhabitant noun or adjective of a known place either:
   "New Yorker", "Costa Ricaner"), or a nationality noun of a known country or region ("Amerikaner", "Schwede", "Polin",
   "Syrer"), or a language ("Bosnisch", "Slowakisch", "Neupersisch"; a short name in a list of languages, whatever NER
   said: "Slowenisch, Somali, Spanisch"), or a town listed after a plural word for universities ("der Universitäten
   Marburg, Gießen und Ulm"); a one-word place or person is also dropped when it ends in a common noun of the lemma
   table ("Rekordstand", "Wahlvolk", "Stacheldraht", "Rechnungshofbericht"), unless the facility patterns matched it or
   a person's name ends like a German surname ("Hofmann", "Filzmaier", "Sollbauer") or the bundled model's word clusters
   hold it among people's names ("Hol|lande", "Kersch|baum"; `person_clusters`), and a one-word person that joins a
   German word of four letters or more and a noun of six or more the bundled model's word clusters hold among common
   words ("Sicherheits|gespann", "Land|heimat", `noun_clusters`). A one-word place is dropped when it is a direction
   ("zwischen Ost und West"), follows an indefinite article ("Ein Obdach ist …"; not a country: "einen Iran"), is an
   adjective at a sentence start ("Offen ist, ob …"), or is a common noun the lemma table lists with a plural ("Erde",
   "Heizöl"; not "Rhein", which has only a genitive), or a hyphenated compound headed by such a noun ("Hertha-Tor"; not
   a direction, a kind of place or building: "Graz-Süd", "Schiffbau-Halle"), or a word for a kind of country ("im
   Nachbarland", "dem westlichen Nachbarland"), or, after an article, a settlement compound of a common noun or a hyphen
   ("der Budenstadt", "die US-Hauptstadt"; not "im Siegerland", "in Fischerndorf"). A place that a trimming leaves as
   one word is checked again ("in indonesischer Provinz" → "Provinz", none).
   A kind of place in front of one is not part of it: "Stadt Wien", "Bezirk Tulln", "Kreis Celle" (rule 2). An
   Austrian district named after its town is a place, not a compound of a common noun ("Wien-Umgebung", "Tulln-Land",
   data/entity_patterns.jsonl; not "Euro-Land"). A one-word person is dropped when the document also uses the word as
   a common noun, after an indefinite article or inflected ("mit einer Hilfslok", "Geiern" beside "Geier"), unless it
   is part of a person's full name there ("Ein Mann las" beside "Thomas Mann"). A one-word entity of any kind is
   dropped when it is an adjective capitalized at a sentence start ("Rückläufig war die Zahl …"): an adjective's
   ending, a lower-case word after it, no noun of the lemma table ("König"), unknown to the gazetteer, known to the
   model's vocabulary in lower case (not "Kogelnig"), and a word the bundled model's clusters hold among no names
   (not "Fröhlich"); so is an adverb that is a surname too at a sentence start ("Heuer wird es …"), unless a person of
   the document bears the name, and a day named like a person after a preposition ("zu Silvester").
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span, Token

from pipeline import gazetteer
from pipeline.components.entity_fixes.lexicon import Lexicon, name_clusters, noun_clusters, person_clusters
from pipeline.components.entity_fixes.vocabulary import (
    ARTICLES,
    BUILDING,
    CONTRACTED_ARTICLES,
    DETERMINER_TAGS,
    FACILITY,
    INDEFINITE,
    LIST_MARKS,
    PLACE_TAIL,
    SURNAME_TAILS,
)
from pipeline.components.entity_fixes.words import compound_head, is_demonym, is_region_or_country, word_before
from pipeline.given_names import given_names
from pipeline.link.forms import INHABITANT, genitive_candidates

# Adverbs that are surnames too, which NER takes for a person at a sentence start: Austrian "heuer" (this year),
# never a person in the 970 GNAD articles (6 times, each at a sentence start; 5 held-out articles)
ADVERBS_NAMED_LIKE_PEOPLE = frozenset({"Heuer"})
# Days named like people, the day after a preposition: "zu Silvester", "nach Silvester" (New Year's Eve, a given name
# too; NER took all 6 of the 970 GNAD articles' for a person)
DAYS_NAMED_LIKE_PEOPLE = frozenset({"Silvester"})
DAY_PREPOSITIONS = frozenset({"zu", "nach", "vor", "seit", "an", "bis", "über"})
# Games named like their Greek birthplace, which news mean after these prepositions: "bei Olympia", "für Olympia in
# Rio" (all 3 in the 970 GNAD articles); not "aus Olympia", "nach Olympia gebracht", "die Stadt Olympia"
EVENTS_NAMED_LIKE_PLACES = frozenset({"Olympia"})
EVENT_PREPOSITIONS = frozenset({"bei", "für", "seit", "vor", "zu"})
# Parties and coalitions by their colours, which NER takes for places (a village Rot in Germany): "Schwarz-Blau tut
# das", "in Rot und Schwarz" (held-out gnad-0103, gnad-0413, gnad-0921, gnad-0984)
COLOUR = r"(?:Rot|Schwarz|Blau|Grün|Türkis|Pink|Gelb|Orange)"
PARTY_COLOURS = re.compile(rf"^{COLOUR}(?:-{COLOUR})*$")
UNIVERSITIES = re.compile(r"^(?:Universitäten|Hochschulen|Fachhochschulen|Unis)$")  # rule 7: "Universitäten Ulm"
# Settlements a common noun in front makes a kind of place, no name: "die Budenstadt", "die Jihadistenhochburg".
KIND_OF_PLACE = re.compile(r"^(?P<modifier>.+?)(?P<kind>hauptstadt|stadt|land|dorf|hochburg|metropole)$", re.IGNORECASE)
# Lands named by a common noun in front are regions as often ("Siegerland", "Seeland", "Feuerland"): only these
# words for a kind of country are none.
KINDS_OF_COUNTRY = frozenset({
    "Nachbarland", "Festland", "Hügelland", "Flachland", "Hinterland", "Umland", "Niemandsland", "Heimatland",
    "Gastland", "Mutterland", "Vaterland", "Partnerland", "Drittland", "Herkunftsland", "Zielland", "Transitland",
    "Geberland", "Schwellenland", "Entwicklungsland", "Industrieland", "Bürgerkriegsland", "Krisenland",
})
# The suffixes of German adjectives and adverbs that no name has unless it is a surname ("Ehrlich", "Selig").
ADJECTIVE_SUFFIX = re.compile(r"(?:ig|lich|bar|sam|(?<!sc)haft|los)$")
# Countries and regions named like their people, which take no article as places: "die Schweden" are people.
NAMED_LIKE_THEIR_PEOPLE = frozenset({"Schweden", "Polen", "Sachsen", "Hessen"})
PEOPLE_ARTICLES = frozenset({"die", "der", "den", "dem", "des", "einen", "einem", "eines"})  # not "das", "ein"


def common_nouns(lexicon: Lexicon, words: list[str]) -> set[str]:
    """Words the document (`token_texts`) uses as common nouns: after an indefinite article ("eine Hilfslok")
    or, by the lemma table, inflected ("Geiern", "Männer" → "Geier", "Mann"; a genitive does not count)."""
    found = {word for before, word in pairwise(words) if before.lower() in INDEFINITE}
    if lexicon.lemma_table is not None:
        found |= {lemma for word in set(words) if word[:1].isupper() and (lemma := lexicon.lemma_table.get(word))
                  and lemma != word and not word.startswith(lemma + "s")}
    return found


def listed_language(ent: Span) -> bool:
    """Rule 7: a language's name in a list of languages is no person, place or organization: one formed like an
    adjective stands next to it, a comma or "und" between ("Slowenisch, Somali, Spanisch": Somali is a region too;
    "Chinesisch, Dari")."""
    doc, i = ent.doc, ent.start
    return len(ent) == 1 and ent.label_ != "MISC" and ent.text in gazetteer.all_language_names() and any(
        0 <= j < len(doc) and doc[(i + j) // 2].text in (",", "und") and gazetteer.is_language_name(doc[j].text)
        for j in (i - 2, i + 2))


def is_common_word(lexicon: Lexicon, ent: Span, surnames: set[str]) -> bool:
    """Rule 7: an inflected common noun or an inhabitant noun or adjective (of a place of several words too: "New
    Yorker"), not a name the gazetteer knows, a day named like a person ("zu Silvester"), the Games named like their
    birthplace ("bei Olympia") or parties' colours taken for a place ("Schwarz-Blau")."""
    from pipeline.link.places import STATION, country_of_parts, lookup

    if len(ent) > 1 and ent.label_ == "LOC":  # "der New Yorker Unternehmensberater", "die Costa Ricaner"
        return any(ent.text.endswith(ending) and lookup(ent.text.removesuffix(ending)) for ending in ("er", "ner"))
    if ent.text in EVENTS_NAMED_LIKE_PLACES and word_before(ent[0]) in EVENT_PREPOSITIONS:
        return True  # "bei Olympia", the Games, as a place or an organization
    if len(ent) != 1 or ent.label_ not in ("PER", "LOC") or ent.text in surnames:
        return False
    if ent.label_ == "LOC" and PARTY_COLOURS.match(ent.text):
        return True  # "Schwarz-Blau", a coalition
    if ent.text in DAYS_NAMED_LIKE_PEOPLE and word_before(ent[0]) in DAY_PREPOSITIONS:
        return True  # "zu Silvester"
    if ent.text in gazetteer.known_organization_forms():  # "Bundesheer" as a place is rule 3's
        return False
    token = ent[0]
    after_indefinite = word_before(token) in INDEFINITE and not is_region_or_country(
        token.text)  # "Ein Obdach ist …"; but "einen Iran zu haben, der …"
    if ent.label_ == "LOC" and (token.text in gazetteer.COMPASS_WORDS or after_indefinite):
        return True  # "zwischen Ost und West"
    if word_before(token) in PEOPLE_ARTICLES and token.text in NAMED_LIKE_THEIR_PEOPLE:
        return True  # "die Schweden", "den Polen": the country takes no article ("das Polen von heute")
    if lookup(ent.text) or STATION.match(ent.text):
        return False  # a town's station by its kind is a place as the guidelines' "Westbahnhof" is
    if ent.label_ == "LOC" and token.is_sent_start and token.pos_ == "ADJ":
        return True  # "Offen ist nun, ob …"
    # a person needs an article to be an inhabitant ("der Kölner", "ein Grazer"); "Hofer: Nein." is a surname
    inhabitant = INHABITANT.match(token.text)
    if inhabitant and inhabitant_of_place(inhabitant.group("place")) and (
            ent.label_ == "LOC" or word_before(token) in ARTICLES):
        return True
    if is_demonym(token.text) or gazetteer.is_language_name(token.text):  # "Schwede", "Slowakisch"; a
        return True  # person's surname ("Hollande", "Deutsch") is safe when the document names the person
    if ent.ent_id_ != "facility" and lexicon.ends_in_common_noun(token.text):
        if ent.label_ == "LOC":
            return country_of_parts(token.text, frozenset()) is None  # "Nordostpolen" is a place
        if not token.text.lower().endswith(SURNAME_TAILS) and not clustered_as_person(lexicon, token.text):
            return True  # "Wahlvolk"; not "Hollande" (Hol|lande), whose word cluster holds people's names
    if ent.label_ == "PER" and is_noun_compound(lexicon, token.text):
        return True  # "Sicherheitsgespann", "Wirtschaftspädagogin", "Landheimat"
    if ent.label_ == "LOC" and names_kind_of_place(lexicon, token):
        return True  # "im Nachbarland", "die US-Hauptstadt"; not "im Ausseerland", "in Fischerndorf"
    head = compound_head(token.text)
    if (ent.label_ == "LOC" and head is not None and head[:1].isupper() and head not in gazetteer.COMPASS_WORDS
            and not any(kind.search(head.lower()) for kind in (PLACE_TAIL, FACILITY, BUILDING))
            and lexicon.is_common_noun(head)):
        return True  # a hyphenated compound of a common noun: "Hertha-Tor"; not "Graz-Süd", "Schiffbau-Halle"
    if ent.label_ == "LOC" and token.tag_ != "NE" and any(
            lexicon.has_plural(form) for form in (token.text, *genitive_candidates(token.text))):
        return True  # a common noun the gazetteer does not know as a place: "Erde", "Heizöl", "Suizids"
    return lexicon.is_inflected(token)


def inhabitant_of_place(stem: str) -> bool:
    """Whether an inhabitant noun's stem names a place the gazetteer knows: a town or any place as it stands ("Köln"
    for "Kölner"), a town's "-stadt" with its umlaut ("Neustadt" for "Neustädter") or a lake's "-see" ("Altaussee"
    for "Altausseer"), or a region or country that adds "-en" to it ("Kärnten" for "Kärntner", "Bremen" for
    "Bremer"), not a village so named ("Demen" for the agency "Demner")."""
    from pipeline.link.places import lookup

    settlement = re.sub(r"städt$", "stadt", stem)
    lake = stem + "e" if stem.endswith("se") else stem
    if any(lookup(form) for form in {stem, settlement, lake}):
        return True
    longer = (stem + "en", stem[:-1] + "en") if stem.endswith("n") else (stem + "en",)
    return any((hit := lookup(form)) and hit[0].kind in ("region", "country") for form in longer)


def clustered_as_person(lexicon: Lexicon, word: str) -> bool:
    """Whether the bundled model's word clusters hold `word` among people's names (`person_clusters`), and the
    lemma table reads it as no form of a common noun (the clusters hold "Freitags" there too)."""
    if lexicon.cluster is None or lexicon.cluster(word) not in person_clusters():
        return False
    return lexicon.lemma_table is None or lexicon.lemma_table.get(word) not in lexicon.nouns


def is_noun_compound(lexicon: Lexicon, word: str) -> bool:
    """A German word of four letters or more and a noun of six or more that the bundled model's word clusters
    hold among common words ("Sicherheits|gespann", "Land|heimat", "Chef|verhandler"); not a surname that ends
    like one ("Hofmann", "Schmuckenschlager" is rule 8's when named in full). Without clusters, never."""
    if lexicon.cluster is None or lexicon.lemma_table is None or word.lower().endswith(SURNAME_TAILS):
        return False
    for i in range(4, len(word) - 5):
        head, tail = word[:i], word[i:].capitalize()
        heads = (head, head.removesuffix("s"), head.removesuffix("en"))  # linking -s-, -en-
        if tail.lower() in lexicon.lemma_table:  # an adjective or verb form: "Eber|harter"
            continue
        if lexicon.cluster(tail) in noun_clusters() and any(
                len(part) >= 4 and (part.lower() in lexicon.lemma_table or part.capitalize() in lexicon.nouns)
                for part in heads):
            return True
    return False


def names_kind_of_place(lexicon: Lexicon, token: Token) -> bool:
    """Rule 7, for a place the gazetteer does not know (the caller asked): a word for a kind of country
    (`KINDS_OF_COUNTRY`: "im Nachbarland", "dem westlichen Nachbarland", "aufs Festland"), or a settlement
    compound right after an article or determiner, whose modifier is a common noun of the lemma table or a
    hyphenated word ("der Budenstadt", "die US-Hauptstadt", "der Mozart-Stadt"). Names take no common noun ("in
    der Leopoldstadt"), are a land of their own ("im Siegerland", "im Ausseerland") or take no article ("in
    Fischerndorf"); an adjective between may begin a town's name ("im schwäbischen Weinstadt")."""
    if token.text in KINDS_OF_COUNTRY:
        return True
    found = KIND_OF_PLACE.match(token.text)
    before = token.doc[token.i - 1] if token.i > 0 else None
    if found is None or before is None or not (before.tag_ in DETERMINER_TAGS
                                                or before.lower_ in CONTRACTED_ARTICLES):
        return False
    modifier = found.group("modifier")
    if modifier.endswith("-"):
        return True
    if found.group("kind").lower() == "land":
        return False
    stems = {modifier, modifier.removesuffix("s"), modifier.removesuffix("n"), modifier.removesuffix("en")}
    return any(len(stem) > 2 and (lexicon.is_common_noun(stem) or lexicon.ends_in_common_noun(stem)) for stem in stems)


def is_capitalized_adjective(lexicon: Lexicon, ent: Span, surnames: set[str]) -> bool:
    """Rule 7: an adjective capitalized at a sentence start ("Rückläufig war die Zahl …", "Unwiederbringlich
    dahin ist …"), which NER takes for a name of any kind: one word with an adjective's ending, before a
    lower-case word, that is no noun of the lemma table ("König"), the gazetteer does not know, the model's
    vocabulary knows in lower case (not "Kogelnig") and the word clusters hold among no names (not the surname
    "Fröhlich"). Without clusters or vocabulary, never. So is an adverb that is a surname too at a sentence start
    ("Heuer wird es mehr"), unless a person of the document bears it."""
    from pipeline.link.places import lookup

    token = ent[0]
    starts = token.is_sent_start or (token.i > 0 and token.nbor(-1).text == ":")  # "Zur Erinnerung: Heuer sollen …"
    if len(ent) == 1 and starts and token.text in ADVERBS_NAMED_LIKE_PEOPLE:
        return token.text not in surnames
    if (lexicon.cluster is None or lexicon.known_word is None or len(ent) != 1 or not token.is_sent_start
            or token.i + 1 >= len(token.doc) or not token.nbor().is_lower or not ADJECTIVE_SUFFIX.search(token.text)
            or not lexicon.known_word(token.lower_)):
        return False
    word = token.text
    if (word in surnames or word in given_names() or word in lexicon.nouns or lookup(word)
            or word in gazetteer.known_organization_forms()):
        return False
    return lexicon.cluster(word) not in name_clusters()


def used_as_common_noun(ent: Span, common_nouns: set[str], name_words: set[str]) -> bool:
    """Rule 7: a one-word person that the document also uses as a common noun (`common_nouns`: "mit
    einer Hilfslok", "eine Rosine", "von einem Jäger", "Geiern") is one, unless it is part of a person's full
    name there ("Thomas Mann … Ein Mann las …", "Lemmy Kilmister … treibt einen Lemmy an"). A definite article is
    no such sign: counting it removed 88 mentions on the GNAD corpus, Erdogan, Faymann and Spielberg among them."""
    return ent.label_ == "PER" and len(ent) == 1 and ent.text in common_nouns and ent.text not in name_words


def universities_by_town(ents: list[Span]) -> list[Span]:
    """Rule 7: towns listed after a plural word for universities name the universities, no places: "der
    Universitäten Marburg, Gießen und Ulm", "die Technischen Unis Wien und Graz"."""
    dropped: set[int] = set()
    for k, ent in enumerate(ents):
        if ent.label_ != "LOC" or ent.start == 0:
            continue
        before = ent.doc[ent.start - 1]
        between = ent.doc[ents[k - 1].end : ent.start] if k > 0 else []
        listed = k - 1 in dropped and all(token.text in LIST_MARKS or token.lower_ == "sowie" for token in between)
        if UNIVERSITIES.match(before.text) or listed:
            dropped.add(k)
    return [ent for k, ent in enumerate(ents) if k not in dropped]
