"""Corrections of NER output that a gazetteer or the shape of a word settles, for any model.

Rules, in order (documented in README, "Entity corrections"):
1. A compound whose head is a role or a common noun is not a name: "Trump-Regierung",
   "US-Außenminister", "NATO-Generalsekretär" are dropped (the name inside it is not a mention, per
   the annotation guidelines).
2. Seats of government used for the government are organizations: "Kreml", "Weißes Haus".
3. A country name, capital or German exonym is a place, whatever NER said ("Sowjetunion" as ORG).
4. A single-word PER/ORG entity that is a first-level region or a city of at least `min_city_population`
   inhabitants is a place ("Donezk" as ORG), unless it is the surname of a person named in the document.
5. A role in front of a person's name is not part of the mention: "Topberater Selenskyjs" → "Selenskyjs".
6. A surname of a person named in full elsewhere in the document is a mention of that person wherever NER
   missed it, genitive included ("Carneys Reise" after "Mark Carney").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import gazetteer, geonames
from pipeline.link.forms import genitive_candidates, strip_apostrophe
from pipeline.roles import ROLE_MODIFIERS, is_role

GENERIC_HEAD = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|ismus|politik|gipfel|wahl|wahlen|krise|regime|lager|plan|pläne|armee|staaten"
    r"|konflikt|krieg|kriegs|abkommen|initiative|hilfe|markt|gesetz|verfahren|reform|beitritt|partner)$"
)


def compound_head(text: str) -> str | None:
    """The part after the last hyphen of a one-word compound ("Regierung" in "Trump-Regierung")."""
    if " " in text or "-" not in text.strip("-"):
        return None
    return text.rsplit("-", 1)[1]


class EntityFixes:
    def __init__(self, min_city_population: int) -> None:
        self.min_city_population = min_city_population

    def is_compound(self, ent: Span) -> bool:
        head = compound_head(ent.text)
        if head is None or not head[:1].isupper():
            return False
        return is_role(head) or (ent.label_ in ("PER", "LOC") and bool(GENERIC_HEAD.search(head.lower())))

    def is_place(self, text: str, label: str, surnames: set[str]) -> bool:
        forms = gazetteer.country_and_capital_forms()
        if text in forms:
            return True
        if label not in ("PER", "ORG") or " " in text or text in surnames:
            return False
        from pipeline.link.places import region_forms

        for form in (text, *genitive_candidates(text)):
            if form in region_forms():
                return True
            cities = geonames.cities_named(form)
            if cities and cities[0].population >= self.min_city_population:
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PER" and len(ent) > 1}
        fixed = []
        for ent in doc.ents:
            text = strip_apostrophe(ent.text)
            if self.is_compound(ent):
                continue
            if text in gazetteer.government_seat_forms():
                label = "ORG"
            elif ent.label_ != "LOC" and self.is_place(text, ent.label_, surnames):
                label = "LOC"
            else:
                label = ent.label_
            start = ent.start
            while (
                label == "PER"
                and start < ent.end - 1
                and (is_role(doc[start].text) or doc[start].text in ROLE_MODIFIERS)
            ):
                start += 1
            fixed.append(ent if (label, start) == (ent.label_, ent.start) else Span(doc, start, ent.end, label=label))
        doc.ents = fixed + self.repeated_surnames(
            doc, {ent[-1].text for ent in fixed if ent.label_ == "PER" and len(ent) > 1}
        )
        return doc

    @staticmethod
    def repeated_surnames(doc: Doc, surnames: set[str]) -> list[Span]:
        """Single-token mentions of known surnames (and their genitive) outside any entity."""
        found = []
        for token in doc:
            if token.ent_type or len(token.text) < 3 or not token.text[:1].isupper():
                continue
            known = token.text in surnames or (token.text.endswith("s") and token.text[:-1] in surnames)
            if known and (not token.is_sent_start or token.pos_ == "PROPN" or token.tag_ == "NE"):
                found.append(Span(doc, token.i, token.i + 1, label="PER"))
        return found


@Language.factory("entity_fixes", assigns=["doc.ents"], default_config={"min_city_population": 50_000})
def make_entity_fixes(nlp: Language, name: str, min_city_population: int) -> EntityFixes:
    return EntityFixes(min_city_population)
