"""Rules 21 and 22: titles of works and products named by their maker, which are MISC, not the name inside them.

21. A name right after a work's genre is the work's title (MISC), no person, place or organization: "das
   Actionspektakel Mad Max", "der Filmklassiker Ben Hur", "Enthüllungsdrama Spotlight", "den Roman Jakob von
   Gunten", "im Animationsfilm Kanada"; not an author or owner in the genitive ("Werke Egon Schieles", "der Titel
   Rapids"), a match ("Cup-Spiel Salzburg gegen Sturm"), a piece ("ein Stück Österreich"), nor a known place after a
   genre that names events too ("Flüchtlingsdrama Parndorf").
22. A maker the document names as an organization, followed by a model, is a product (MISC), no organization:
   "OnePlus One", "Samsung Galaxy S6", "Apple Pay", "Ebay Plus"; not a place, a number alone, a region's code, a
   numeral or a channel after it ("Sky Deutschland", "Mainz 05", "SPÖ OÖ", "Rapid II", "ORF 2").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline import gazetteer
from pipeline.components.entity_fixes.vocabulary import INDEFINITE, NAME_LIKE
from pipeline.components.entity_fixes.words import word_before
from pipeline.given_names import given_names

# A work's genre before its title (rule 21): "Actionspektakel Mad Max", "Filmklassiker Ben Hur", "den Roman Jakob von
# Gunten", "Smartphone-Spiel Angry Birds"; some as a compound's head, some only alone ("Stück", not "Grundstück";
# "Buch", not "Telefonbuch"). No bare "Spiel" (a match: "des Spiels Grödig gegen die Austria"), "Werk" (an author's:
# "Werke Egon Schieles") or "Oper" (a house: "Oper Graz").
WORK_GENRE = re.compile(
    r"(?:film|klassiker|thriller|serie|album|song|single|hit|musical|komödie|drama|spektakel|sitcom|rockoper|seifenoper"
    r"|show|doku|dokumentation|epos|ballett|novelle|videospiel|computerspiel|handyspiel|smartphone-spiel|onlinespiel)"
    r"(?:e?s|en|n|e)?$|^(?:stück|theaterstück|bühnenstück|buch|bücher|roman|titel|bestseller)(?:e?s|en|n|e)?$")
# Genres whose title may be a place's name ("im Animationsfilm Kanada"); after the others a known place is one ("das
# Flüchtlingsdrama Parndorf", "das Staatsballett Berlin", "der Ski-Klassiker Kitzbühel").
PLACE_TITLE_GENRE = re.compile(r"(?:film|thriller|album|song|single|musical|komödie|sitcom)(?:e?s|en|n|e)?$")
# Articles that agree with a masculine or neuter genre named like a given name: "den Roman", not "Die Roman Polanski
# vorgeworfene Tat".
GENRE_ARTICLES = frozenset({"der", "den", "dem", "des", "ein", "einen", "einem", "eines", "im", "sein", "seinen",
                            "seinem", "seines", "ihren", "ihrem", "ihres"})
FIXTURE_WORDS = frozenset({"gegen", "vs", "vs."})  # "im Klassiker Real Madrid gegen FC Barcelona" is a match
# Words of a product's model after its maker (rule 22): "Apple Pay", "OnePlus One", "Ebay Plus", "Google Drive";
# besides these, a word of letters and digits ("Galaxy S6", "G4.") or a capital letter ("OnePlus X"); not two letters,
# which are a region's or country's code ("SPÖ OÖ", "Amazon UK") or a numeral ("Rapid II").
MODEL_WORDS = frozenset({"One", "Two", "Plus", "Pro", "Max", "Mini", "Air", "Watch", "Pay", "Pencil", "Red", "Go",
                         "Edge", "Drive", "Earth", "Maps", "Places", "Page", "Flex", "Pure", "Galaxy", "Chromebook",
                         "Model", "Phone", "Tablet", "Note"})
MODEL_CODE = re.compile(r"^(?:[A-Z]|[A-Za-z]+\d+[A-Za-z]*|\d+[A-Za-z]+)\.?$")  # "X", "S6", "G4.", "MX4", "5X"


def work_titles(ents: list[Span]) -> list[Span]:
    """Rule 21: a name right after a work's genre (`WORK_GENRE`) is the work's title, which the annotation counts as no
    person, place or organization: "das Actionspektakel Mad Max", "der Filmklassiker Ben Hur", "im Animationsfilm
    Kanada". Not a name in the genitive, the author or owner ("der Film Michael Hanekes", "die Hits Udo Jürgens'",
    "der Titel Rapids" beside "Rapid"), a match ("das Cup-Spiel Salzburg gegen Sturm"), a piece of something ("ein
    Stück Venedig"), a place after a genre that names events too (`PLACE_TITLE_GENRE`), nor after a genre that is
    a given name without an article that agrees with it ("mit Roman Hagara")."""
    from pipeline.link.places import lookup

    def genre_of(token: Token) -> str | None:
        if not token.text[:1].isupper() or WORK_GENRE.search(token.lower_) is None:
            return None
        if token.text in given_names() and word_before(token) not in GENRE_ARTICLES:
            return None
        return None if token.lower_ == "stück" and word_before(token) in INDEFINITE else token.lower_

    def owner(ent: Span) -> bool:
        text = ent.text
        if text.endswith(("'", "’")):
            return True
        if not text.endswith("s") or text.endswith("ss"):
            return False
        return ent.label_ == "PER" or re.search(rf"\b{re.escape(text[:-1])}\b", ent.doc.text) is not None

    def title(ent: Span) -> Span | None:
        if ent.label_ == "MISC":
            return None
        genre = genre_of(ent[0]) if len(ent) > 1 and NAME_LIKE.search(ent[1:].text) else None
        if genre is not None:  # NER took the genre in: "Enthüllungsdrama Spotlight"
            ent = ent[1:]
        elif ent.start > 0:
            genre = genre_of(ent.doc[ent.start - 1])
        if genre is None or owner(ent):
            return None
        after = ent.doc[ent.end].text if ent.end < len(ent.doc) else ""
        if after in FIXTURE_WORDS:
            return None
        if not PLACE_TITLE_GENRE.search(genre) and lookup(ent.text) is not None:
            return None
        return Span(ent.doc, ent.start, ent.end, label="MISC")

    return [title(ent) or ent for ent in ents]


def products(ents: list[Span]) -> list[Span]:
    """Rule 22: a maker the document names as an organization, followed by a model, is a product (MISC), no
    organization: "OnePlus One", "Samsung Galaxy S6", "Apple Pay", "Ebay Plus" beside "OnePlus", "Samsung", "Apple",
    "Ebay" (`MODEL_WORDS`, `MODEL_CODE`); not a place, a number alone ("Mainz 05", "Bayern 3"), a region's code ("SPÖ
    OÖ", "Amazon UK"), a numeral ("Rapid II") or a channel of the gazetteer's short list ("ORF 2")."""
    known = gazetteer.known_organization_forms()
    makers = {ent.text for ent in ents if ent.label_ == "ORG" and len(ent) == 1} | known.keys()

    def product(ent: Span) -> bool:
        model = ent[1:]
        return (ent.label_ == "ORG" and len(ent) > 1 and ent[0].text in makers
                and ent.text not in known and any(t.text in MODEL_WORDS or MODEL_CODE.match(t.text) for t in model)
                and all(t.text in MODEL_WORDS or MODEL_CODE.match(t.text) or t.text.isdigit() for t in model))

    return [Span(ent.doc, ent.start, ent.end, label="MISC") if product(ent) else ent for ent in ents]
