"""Role and title words of German news ("Premierminister", "US-Außenminister", "NATO-Generalsekretär").

One lexicon for three jobs: compounds headed by a role are not names (entity fixes), a role in front of
a name is not part of it (people linking), and roles next to a name are that person's titles.
"""

from __future__ import annotations

import re

# Heads of role nouns, matched at the end of a lowercased word, so compounds are covered:
# "Premierminister", "Außenministerin", "Generalsekretär", "Topberater", "Vizekanzler".
ROLE_HEADS = (
    "minister", "ministerin", "präsident", "präsidentin", "sekretär", "sekretärin", "chef", "chefin", "sprecher",
    "sprecherin", "kanzler", "kanzlerin", "botschafter", "botschafterin", "vorsitzende", "vorsitzender", "kandidat",
    "kandidatin", "führer", "führerin", "berater", "beraterin", "direktor", "direktorin", "leiter", "leiterin",
    "gouverneur", "gouverneurin", "bürgermeister", "bürgermeisterin", "abgeordnete", "abgeordneter", "senator",
    "senatorin", "general", "generalin", "kommissar", "kommissarin", "trainer", "trainerin", "coach", "stadtrat",
    "stadträtin", "landesrat", "landesrätin", "landeshauptmann", "landeshauptfrau", "staatschef", "premier",
    "regierungschef", "parteichef", "obmann", "obfrau", "anwalt", "anwältin", "richter", "richterin",
    "intendant", "intendantin", "manager", "managerin", "gründer", "gründerin", "eigentümer", "eigentümerin",
    "experte", "expertin", "mitglied", "anhänger", "anhängerin", "könig", "königin", "papst", "kaiser", "fürst",
    "prinz", "prinzessin", "herzog", "graf", "gräfin", "kardinal", "bischof", "pfarrer", "journalist",
    "journalistin", "reporter", "reporterin", "autor", "autorin", "schriftsteller", "schriftstellerin", "sänger",
    "sängerin", "schauspieler", "schauspielerin", "regisseur", "regisseurin", "ökonom", "ökonomin", "rechtler",
    "rechtlerin", "analyst", "analystin", "chefredakteur", "chefredakteurin", "aktivist", "aktivistin", "spieler",
    "spielerin", "stürmer", "stürmerin", "verteidiger", "verteidigerin", "torhüter", "torhüterin", "torwart",
    "kapitän", "kapitänin", "kollege", "kollegin", "doktor", "beauftragte", "beauftragter", "leader",
    "verhandler", "verhandlerin", "goalie", "keeper", "tormann", "legionär", "legionärin",
    # not those that are common surnames alone ("Maler", "Geiger", "Künstler")
    "vertreter", "vertreterin", "schützer", "schützerin", "pharao", "veteran", "veteranin", "geigerin", "pianist",
    "pianistin", "dirigent", "dirigentin", "komponist", "komponistin", "musikerin", "fachmann", "polizist",
    "polizistin", "professor", "professorin", "forscher", "forscherin", "wissenschafter", "wissenschafterin",
    "wissenschaftler", "wissenschaftlerin",
    # lieutenants ("Lieutenant Uhura", "Oberleutnant"); not ranks that begin names of companies and works ("Admiral
    # Sportwetten", "Captain Phillips", "Sergeant Pepper") or take an adjective's endings ("des Obersten Gerichtshofs")
    "leutnant", "lieutenant",
    # the rich ("Immobilien-Milliardär") and a company's head in English ("Microsoft-CEO")
    "milliardär", "milliardärin", "millionär", "millionärin", "ceo",
)
# A role head at the end of the word, with an optional case ending ("Präsidenten", "Ministers").
ROLE_WORD = re.compile(r"(?:" + "|".join(sorted(ROLE_HEADS, key=len, reverse=True)) + r")(?:en|n|s|es)?$")
ROLE_MODIFIERS = {"stellvertretende", "stellvertretender", "stellvertretenden", "ehemalige", "ehemaliger",
                  "ehemaligen", "frühere", "früherer", "früheren", "designierte", "designierter", "neue", "neuer",
                  "neuen", "amtierende", "amtierender", "amtierenden", "scheidende", "scheidender", "Vize",
                  # the referee in a match report's results line: "(Graz, UPC-Arena, SR Grobelnik)"
                  "SR",
                  # relations, which likewise stand before a name without being part of it
                  "Sohn", "Tochter", "Vater", "Mutter", "Bruder", "Schwester", "Ehefrau", "Ehemann", "Witwe",
                  "Witwer", "Gattin", "Gatte", "Enkel", "Enkelin", "Onkel", "Tante",
                  # a sheikh, whose word ends place names too ("Scharm el-Scheich"), so no role head; not "Emir" or
                  # "Sultan", given names too ("Emir Kusturica", "Sultan Al Jaber")
                  "Scheich"}
# People a person is measured against, before a person's name ("Mentor Sarkozy", "ihrem Rivalen Bernie Sanders"),
# though some begin names of companies ("Mentor Graphics") and are given names too.
COUNTERPARTS = {"Mentor", "Mentors", "Mentorin", "Ziehvater", "Ziehvaters", "Ziehsohn", "Ziehtochter", "Weggefährte",
                "Weggefährten", "Weggefährtin", "Rivale", "Rivalen", "Rivalin", "Kontrahent", "Kontrahenten",
                "Kontrahentin", "Herausforderer", "Herausforderers", "Herausforderin", "Herausfordererin",
                "Parteifreund", "Parteifreundin"}


def is_role(word: str) -> bool:
    """True for role nouns and their compounds: "Premierminister", "US-Präsident", "SPÖ-Chefin"."""
    return word[:1].isupper() and bool(ROLE_WORD.search(word.lower()))


def is_role_compound(word: str) -> bool:
    """A role's compound, which no surname is: "Landesparteiobmann", "Verteidigungsminister"; not a bare role that
    is a surname too ("Kaiser", "Graf", "Richter")."""
    found = ROLE_WORD.search(word.lower())
    return word[:1].isupper() and found is not None and found.start() >= 3
