"""The `entity_fixes` component: the rules of this package over a document's entities, in the order they run.

First each entity on its own: joined where NER cut a name (rule 18), then dropped, trimmed and labelled (rules 0
to 7); then the rules that read the whole document, each on the entities the one before left. The numbers are
those of README, "Entity corrections"; the package's docstring names the module of each rule.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.cluster_embed import known_word_test, word_cluster
from pipeline.components.entity_fixes.buildings import named_buildings, numbered_roads, town_facilities
from pipeline.components.entity_fixes.common_words import (
    common_nouns,
    is_capitalized_adjective,
    is_common_word,
    listed_language,
    universities_by_town,
    used_as_common_noun,
)
from pipeline.components.entity_fixes.country_codes import countries_after_people, country_codes_in_brackets
from pipeline.components.entity_fixes.designations import (
    before_affiliation,
    designations_before_names,
    ends_in_common_compound,
    full_name_end,
    is_generic,
    is_member_title,
    name_start,
    person_end,
    place_end,
    place_start,
    possessor_end,
    race_place,
    surname_pair,
    trailing_person,
)
from pipeline.components.entity_fixes.labels import label_for
from pipeline.components.entity_fixes.lexicon import Lexicon
from pipeline.components.entity_fixes.noise import (
    is_name_part,
    is_noise,
    joined_at_arabic_article,
    joined_at_nasab,
    joined_at_nickname,
    joined_at_particles,
    ordinal_end,
    split_at,
    stops_at_particle,
    trimmed,
)
from pipeline.components.entity_fixes.organizations import (
    congress_as_legislature,
    newspapers_cited,
    organization_mentions,
    organization_names,
    organizations_named_again,
    parties_named_by_members,
    persons_named_as_organizations,
)
from pipeline.components.entity_fixes.people import (
    as_person,
    given_name_people,
    leading_names,
    people_named_in_full,
    places_listed_with_people,
    places_named_as_people,
    repeated_surnames,
)
from pipeline.components.entity_fixes.places import (
    compass_places,
    completed_places,
    dateline_places,
    given_names_far_away,
    is_spaced_compound_place,
    places_in_context,
    places_paired,
    towns_after_settlement_nouns,
    towns_named_so,
    unknown_places_named_like_nouns,
    waters_in_names,
)
from pipeline.components.entity_fixes.spans import replaced_by, token_texts
from pipeline.components.entity_fixes.sports import (
    clubs_before_towns,
    clubs_in_squad_brackets,
    lineup_people,
    team_start,
)
from pipeline.components.entity_fixes.words import full_name_surnames, is_gazetteer_name
from pipeline.components.entity_fixes.works import products, work_titles
from pipeline.components.lemma import LemmaTable
from pipeline.given_names import given_names
from pipeline.nouns import listed
from pipeline.roles import is_role_compound

# Rule 18: what places NER joined stand apart by ("Holguin/Vatikanstadt", "Lichtenfels - Sonneberg").
PLACE_SEPARATORS = frozenset({"/", "-", "–"})
# Rule 18: a dash with spaces around it (a token of its own) between names NER ran together as one organization, as
# a headline lists them ("Waldorf Frommer - Jupiter Ascending - Warner Bros. Entertainment GmbH").
ORGANIZATION_SEPARATORS = frozenset({"-", "–", "—"})


class EntityFixes:
    """Corrects a document's entities. `lemma_table`, `known_word` and `cluster` are the model's word knowledge
    (`Lexicon`); `min_city_population` is the smallest city that rules 6 and 20 count."""

    def __init__(self, min_city_population: int, lemma_table: LemmaTable | None = None,
                 known_word: Callable[[str], bool] | None = None,
                 cluster: Callable[[str], int | None] | None = None) -> None:
        self.min_city_population = min_city_population
        self.lexicon = Lexicon(lemma_table, known_word, cluster)

    def __call__(self, doc: Doc) -> Doc:
        lexicon = self.lexicon
        # rule 18's joins and its organizations apart at a dash, then rules 1, 0 and 2 on each entity's edges; rule
        # 0's persons run on across a comma
        joined = joined_at_arabic_article(joined_at_nasab(doc, joined_at_nickname(joined_at_particles(doc.ents))))
        ents = split_at([before_affiliation(lexicon, trimmed(race_place(ent)))
                         for ent in split_at(joined, "ORG", ORGANIZATION_SEPARATORS, is_name_part)],
                        "PER", {","}, is_name_part)
        named_in_full = [ent for ent in ents if ent.label_ == "PER" and len(ent) > 1]
        surnames = full_name_surnames(named_in_full)
        given_surnames = {ent[-1].text for ent in named_in_full if ent[0].text in given_names()}  # "Bernhard X"
        full_names = {ent.text for ent in named_in_full}
        name_words = {token.text for ent in named_in_full for token in ent}
        organizations = {ent.text for ent in ents if ent.label_ == "ORG" and len(ent) == 1 and not is_generic(ent)}
        words = token_texts(doc)
        document_nouns = common_nouns(lexicon, words)
        fixed = []
        designations = designations_before_names(ents)
        # rules 0 to 7, an entity at a time: dropped, trimmed, split and labelled
        for k, ent in enumerate(ents):
            compound = ends_in_common_compound(lexicon, ent)
            after_genitive = len(ent) > 1 and ent[-2].text.endswith("s")
            if (k in designations or is_noise(ent) or stops_at_particle(ent, named_in_full) or is_generic(ent)
                    or is_member_title(ent, ents)
                    or listed_language(ent)
                    or (ent.label_ == "PER" and len(ent) == 1 and is_role_compound(ent.text)
                        and ent.text not in surnames)  # "Landesparteiobmann"; "Hofrichter" after "Anna Hofrichter"
                    or is_common_word(lexicon, ent, surnames) or is_capitalized_adjective(lexicon, ent, surnames)
                    or used_as_common_noun(ent, document_nouns, name_words) or (compound and not after_genitive)):
                continue
            start, implied = name_start(lexicon, ent)
            team = team_start(doc[start : ent.end], lexicon.cluster) if ent.label_ != "MISC" else None
            if team is not None:  # "St." "Louis Blues" as a person; "San Jose Sharks" is no "Jose Sharks"
                fixed.append(Span(doc, team, ent.end, label="ORG"))
                continue
            start = place_start(lexicon, doc[start : ent.end], ent.label_)
            end = possessor_end(ent, start, surnames, lexicon.is_word_or_compound, organizations)
            if compound and ent.end - start > 1:
                end = min(end, ent.end - 1)  # "Rapids Europacup-Gegner" → "Rapids"
            end = place_end(doc[start:end], ent.label_)
            end = full_name_end(doc[start:end], ent.label_, full_names, lexicon.is_word)
            end = person_end(doc[start:end], "PER" if implied == "PER" else ent.label_)
            end = ordinal_end(doc[start:end], ent.label_)
            after_role = (implied, ent.label_) == ("PER", "ORG")  # "Landwirtschaftsminister Andrä Rupprechter"
            after_company = (implied, ent.label_) == ("ORG", "PER") and doc[start].text not in given_names()
            label = label_for(doc[start:end], implied if after_role or after_company else ent.label_, surnames,
                              self.min_city_population)
            same = (label, start, end) == (ent.label_, ent.start, ent.end)
            left = Span(doc, start, end, label=label)
            if len(ent) > 1 and len(left) == 1 and label == "LOC" and is_common_word(lexicon, left, surnames):
                continue  # rule 7 on the one word a trimming leaves: "in indonesischer Provinz" → "Provinz", no name
            fixed += trailing_person(lexicon, surname_pair(ent if same else left),
                                     given_surnames)
        # rules 10 and 11, 17, 18's slash, 14, 4, 19, 5, 21 and 22
        fixed = organization_names(lexicon, doc, given_name_people(lexicon, doc, fixed))
        nationalities, coded_places = country_codes_in_brackets(doc, words, fixed)
        fixed = replaced_by(split_at(fixed, "LOC", PLACE_SEPARATORS, is_gazetteer_name, is_spaced_compound_place),
                            lineup_people(doc, words) + coded_places + compass_places(doc, fixed, words)
                            + parties_named_by_members(doc, words, fixed) + congress_as_legislature(doc, words, fixed)
                            + newspapers_cited(doc, words, fixed)
                            + clubs_before_towns(doc, fixed))
        fixed = replaced_by(fixed, clubs_in_squad_brackets(doc, fixed))  # after the line-ups' players
        fixed = products(work_titles(fixed))
        # people by the surnames named in full (5, 11's end, 8), organizations named elsewhere (13), the surnames
        # and the names going by their first word repeated (8), places that are none (7, 15, 16), datelines (9) and
        # places in context (12, 20)
        people = full_name_surnames(fixed)
        named_alone = people | leading_names(fixed)
        fixed = [as_person(ent, named_alone) for ent in people_named_in_full(fixed)]
        fixed = places_listed_with_people(places_named_as_people(fixed))
        fixed = persons_named_as_organizations(organization_mentions(doc, words, fixed, people,
                                                                     self.min_city_population))
        fixed = replaced_by(fixed, organizations_named_again(doc, words, fixed))
        # a first word that is also a noun stays with NER ("im Park" beside "Park Geun-hye")
        fixed += repeated_surnames(doc, fixed, people | {name for name in named_alone - people if not listed(name)[0]})
        fixed = unknown_places_named_like_nouns(lexicon, given_names_far_away(universities_by_town(
            waters_in_names(fixed))))
        fixed = replaced_by(fixed, dateline_places(lexicon, doc, fixed, people))
        fixed = replaced_by(towns_named_so(fixed, people), completed_places(doc, fixed))
        fixed = replaced_by(fixed, town_facilities(lexicon, doc, words, fixed) + numbered_roads(doc, words, fixed))
        found = places_in_context(lexicon, doc, fixed)
        found += towns_after_settlement_nouns(lexicon, doc, fixed + found)
        found += places_paired(lexicon, doc, fixed + found)
        found += named_buildings(lexicon, doc, words, fixed + found, self.min_city_population)
        nationalities |= countries_after_people(doc, fixed)
        kept = (ent for ent in fixed + found if not all(i in nationalities for i in range(ent.start, ent.end)))
        doc.ents = sorted(kept, key=lambda ent: ent.start)
        return doc


@Language.factory("entity_fixes", assigns=["doc.ents"], default_config={"min_city_population": 50_000})
def make_entity_fixes(nlp: Language, name: str, min_city_population: int) -> EntityFixes:
    table = None
    if "table_lemmatizer" in nlp.pipe_names:
        table = nlp.get_pipe("table_lemmatizer").table
    given_names()  # built with the model (0.2 s), which a worker loads ahead of its first document
    return EntityFixes(min_city_population, table, known_word_test(nlp), word_cluster(nlp))
