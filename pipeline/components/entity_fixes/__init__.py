"""Corrections of NER output that a gazetteer or the shape of a word settles, for any model.

The spaCy component `entity_fixes` (`component`) runs 22 numbered rules, documented in README ("Entity
corrections"); each module below states its rules in its docstring, by the same numbers:

- noise: 0 (what is no name at all) and 18 (names NER cut apart or ran together);
- designations: 1 and 2 (compounds, designations, roles and descriptors in front of a name; where a name ends);
- labels: 3 to 6 (the label a gazetteer or the shape of the name settles);
- common_words: 7 (common words taken for names);
- people: 8, 10 and the end of 11 and 18 (full names, surnames, given names);
- organizations: 11, 13 and 19 (names after a kind of organization, organizations named elsewhere, parties);
- sports: parts of 5 and 13, and 14 (teams and clubs named after their town, line-ups);
- places: 4, 9, 12, 15 and 16 (directions, datelines, places in context, names that are no places);
- country_codes: 17; buildings: 20; works: 21 and 22;
- lexicon: what the model knows of a word (lemma table, vocabulary, word clusters);
- words, spans, vocabulary: tests of words, bookkeeping of entities and word lists that several rules share.

Importing the package registers the factory.
"""

from pipeline.components.entity_fixes.component import EntityFixes, make_entity_fixes
from pipeline.components.entity_fixes.people import as_person
from pipeline.components.entity_fixes.words import particles_before

__all__ = ["EntityFixes", "as_person", "make_entity_fixes", "particles_before"]
