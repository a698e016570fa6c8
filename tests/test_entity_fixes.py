"""Entity corrections on real sentences with the NER output given, so each rule is tested on its own."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from pipeline.cluster_embed import known_word_test, word_cluster
from pipeline.components.entity_fixes import EntityFixes, as_person, particles_before
from tests.conftest import set_ents


@pytest.fixture(scope="module")
def tokenizer():
    return spacy.blank("de")


@pytest.fixture(scope="module")
def fixes(nlp):
    """The rules with the bundled model's lemma table (rule 7 reads it) and its word table (rule 16)."""
    return EntityFixes(50_000, nlp.get_pipe("table_lemmatizer").table, known_word_test(nlp), word_cluster(nlp))


def fix(tokenizer, fixes, text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Set `ents` (surface, label; first occurrence) on the text, run the rules, return the result."""
    return fixed_with(fixes, tokenizer(text), ents)


def fix_tagged(nlp, fixes, text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """As `fix`, on the bundled model's tags, lemmas and sentences: for rules that read them, tested on the NER error
    they correct whatever the model of the day makes of the sentence."""
    with nlp.select_pipes(disable=["entity_fixes", "money_matcher", "commitment_finder"]):
        return fixed_with(fixes, nlp(text), ents)


def fixed_with(fixes, doc: Doc, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Set `ents` on `doc` (`set_ents`), run the rules."""
    return [(e.text, e.label_) for e in fixes(set_ents(doc, ents)).ents]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        ("Trotz der Versuche der Trump-Regierung blieb es ruhig.", [("Trump-Regierung", "PER")], []),
        ("Konzern liefert sich seit Wochen erbitterten Streit mit der US-Regierung um Verschlüsselung.",
         [("US-Regierung", "ORG")], []),
        ("US-Außenminister Marco Rubio leitete eine Delegation.", [("US-Außenminister", "LOC"),
                                                                  ("Marco Rubio", "PER")],
         [("Marco Rubio", "PER")]),
        ("Das Innenministerium prüft den Fall.", [("Innenministerium", "ORG")], []),
        ("Derzeit gehts drunter und drüber, sagt Jagdleiter Gottfried Koller zum STANDARD.",
         [("Jagdleiter", "ORG"), ("Gottfried Koller", "PER"), ("STANDARD", "ORG")],
         [("Gottfried Koller", "PER"), ("STANDARD", "ORG")]),
        ("Neben Weltmeister Gary Anderson und Weltranglistenleader Michael van Gerwen geht auch Österreichs "
         "Nummer eins an den Start.", [("Gary Anderson", "PER"), ("Weltranglistenleader Michael van Gerwen", "PER"),
                                      ("Österreichs", "LOC")],
         [("Gary Anderson", "PER"), ("Michael van Gerwen", "PER"), ("Österreichs", "LOC")]),
        # rule 1: a name inside a compound of a common noun; a genitive before one keeps its name
        ("Die Henkel-Aktie verlor vier Prozent und war damit schlechtester Wert im deutschen Leitindex DAX die "
         "Adidas-Aktie setzte sich mit einem Plus von 2,5 Prozent an die Spitze des Dax.",
         [("Henkel-Aktie", "ORG"), ("DAX", "ORG"), ("Adidas-Aktie", "ORG")], []),  # a stock index is none either
        ("Außerdem konzentriert sich Apple offenbar auf einen Relaunch des Apple Music-Streamingdienstes.",
         [("Apple", "ORG"), ("Apple Music-Streamingdienstes", "ORG")], [("Apple", "ORG")]),
        ("Debakel von Rapids Europacup-Gegner im Cup-Halbfinale.", [("Rapids Europacup-Gegner", "ORG")],
         [("Rapids", "ORG")]),
        # gnad-0021: GeoNames lists "Hamas" among Hamm's names, but a town takes no article (rule 6)
        ("Am Samstag veröffentlichte die Hamas ein neues Kampflied.", [("Hamas", "ORG")], [("Hamas", "ORG")]),
        # gnad-0665: people named by their cause are no organization
        ("Peking – Chinas Staats- und Parteichef Xi Jinping hat den Kampf gegen uigurische Separatisten als "
         "notwendig bezeichnet.", [("Xi Jinping", "PER"), ("Separatisten", "ORG")],
         [("Peking", "LOC"), ("Xi Jinping", "PER")]),
        # gnad-0139, gnad-0555: the referee of a results line is a person; the next line's label is no part of it
        ("SV Ried – SK Rapid Wien (Ried, Keine-Sorgen-Arena, 16.30 Uhr, SR Harkam).",
         [("SR Harkam", "ORG")], [("Harkam", "PER")]),
        ("Salzburg, Red-Bull-Arena, 12.000, SR Schörgenhofer Tore: 1:0 (12.) Soriano.",
         [("SR Schörgenhofer Tore", "ORG")], [("Schörgenhofer", "PER")]),
        # gnad-0033, gnad-0126: a broadcast is no organization, nor a compound ending in one
        ("Seine Anschuldigungen fielen in den ORF-Sendungen ZiB 2 und Im Zentrum.", [("ZiB", "ORG")], []),
        ("Auch Lehrergewerkschafter Paul Kimberger forderte am Donnerstag im Ö1-Mittagsjournal mehr Pädagogen.",
         [("Lehrergewerkschafter Paul Kimberger", "PER"), ("Ö1-Mittagsjournal", "ORG")],
         [("Paul Kimberger", "PER")]),
        # gnad-0599, gnad-1026: a common noun in front of a given name is no part of the person
        ("Was es mit dem Fronleichnam und der dazugehörigen Prozession auf sich hat, erklärt Pater Florian.",
         [("Pater Florian", "PER")], [("Florian", "PER")]),
        ("Panthers-Kicker Graham Gano verkürzte mit einem Field Goal aus 39 Yards noch einmal.",
         [("Panthers-Kicker Graham Gano", "PER")], [("Graham Gano", "PER")]),
        ("Die Al-Nusra-Front ist der syrische Zweig der Terrororganisation Al-Kaida.",
         [("Al-Nusra-Front", "ORG"), ("Al-Kaida", "ORG")], [("Al-Nusra-Front", "ORG"), ("Al-Kaida", "ORG")]),
        ("Der Angreifer habe gestanden und sich zur IS-Miliz bekannt.", [("IS-Miliz", "ORG")], [("IS-Miliz", "ORG")]),
        ("Im Zeitraum registrierte Eurostat 213.000 Asylerstanträge in den EU-Staaten.",
         [("Eurostat", "ORG"), ("EU-Staaten", "ORG")], [("Eurostat", "ORG")]),
        ("Die EU-Kommission prüft den Fall.", [("EU-Kommission", "ORG")], [("EU-Kommission", "ORG")]),
        ("Auf der Suche nach SicherheitsgarantienUm sich zu schützen", [("SicherheitsgarantienUm", "PER")], []),
        ("3 Km Stau nach #Österreich .", [("#Österreich", "LOC")], [("Österreich", "LOC")]),
        ("Fragen von Mikro- und Makrokosmos bestimmten auch eine Serie aus den 80ern, in der Celmins etwa "
         "Darstellungen von Flugzeuge oder Schiffen mit ihren Galaxien kombiniert.",
         [("Mikro-", "LOC"), ("Celmins", "PER")], [("Celmins", "PER")]),
        ("Wenn die Partie in Antalya am Gründonnerstag irgendetwas über den Ölstand sagt",
         [("Antalya am Gründonnerstag", "LOC")], [("Antalya", "LOC")]),
        ("Die Messe in Frankfurt am Main beginnt.", [("Frankfurt am Main", "LOC")], [("Frankfurt am Main", "LOC")]),
        ("Die anhaltende Weigerung des Kremls ist bekannt.", [("Kremls", "LOC")], [("Kremls", "ORG")]),
        # draw 43 gnad-0970: the Pentagon as the US defence department, as the Kreml is Russia's government
        ("Das Pentagon legt das Programm auf Eis.", [("Pentagon", "LOC")], [("Pentagon", "ORG")]),
        ("Der Zusammenbruch der Sowjetunion kam bald.", [("Sowjetunion", "ORG")], [("Sowjetunion", "LOC")]),
        ("Die Provinzen Cherson, Saporischschja und Donezk im Osten.", [("Donezk", "ORG")],
         [("Saporischschja", "LOC"), ("Donezk", "LOC")]),  # rule 12 adds the place beside Donezk
        ("Die CDU und das AMS kritisieren das.", [("CDU", "LOC"), ("AMS", "LOC")], [("CDU", "ORG"), ("AMS", "ORG")]),
        ("Die Flüchtlinge schliefen in Zelten und Containern.", [("Zelten", "LOC"), ("Containern", "LOC")], []),
        ("Die Kölner feierten lange.", [("Kölner", "LOC")], []),
        # a person needs an article to be an inhabitant; gnad-0749: "Hofer" is a surname (Hof is a town)
        ("Die Kölner feierten lange.", [("Kölner", "PER")], []),
        ("Hofer: Nein. Denn ich bin ein Politiker, der noch nie vorgefertigte Reden gehalten hat.",
         [("Hofer", "PER")], [("Hofer", "PER")]),
        ("Zuletzt zeigte sich der Chef des ukrainischen Gasmonopolisten Naftogas Andrej Kobolew jedoch ziemlich "
         "optimistisch.", [("Naftogas Andrej Kobolew", "ORG")], [("Naftogas", "ORG"), ("Andrej Kobolew", "PER")]),
        ("Der Rat steht unter Leitung des Ökonomen Bernhard Felderer. Konjunkturprogramm für Österreich Felderer ist "
         "überzeugt, dass die Ausgaben wirken.", [("Bernhard Felderer", "PER"), ("Österreich Felderer", "LOC")],
         [("Bernhard Felderer", "PER"), ("Österreich", "LOC"), ("Felderer", "PER")]),
        ("Dominiert wurde das Treffen mit Kanzler Werner Faymann, der EU-Außenbeauftragten Federica Mogherini und den "
         "Regierungschefs vom Flüchtlingsthema.", [("Werner Faymann", "PER"),
                                                   ("EU-Außenbeauftragten Federica Mogherini", "ORG")],
         [("Werner Faymann", "PER"), ("Federica Mogherini", "PER")]),
        ("Damit diese Aufteilung innerhalb der Union aber funktioniere, müsse man die Asyl-bedingungen europaweit "
         "vereinheitlichen, betonte der Kanzler.", [("Union", "ORG")], [("Union", "ORG")]),  # not Union, NJ
        ("Für sie übernimmt VP-Finanzlandesrat Wolfgang Sobotka das Innenressort. Im Streit um eine Beteiligung der "
         "Bundesländern an den Hypo-Schulden richtete Sobotka Schelling bekanntlich drohend aus, bei Philippi sehen "
         "wir uns wieder. Pöltener Landhaus unbeliebte Hans Jörg Schelling abgesägt wäre.",
         [("Wolfgang Sobotka", "PER"), ("Sobotka Schelling", "PER"), ("Hans Jörg Schelling", "PER")],
         [("Wolfgang Sobotka", "PER"), ("Sobotka", "PER"), ("Schelling", "PER"), ("Hans Jörg Schelling", "PER")]),
        ("Burgenlands Hans Niessl, der mit seiner rot-blauen Koalition in Eisenstadt den SPÖ-Vorsitzenden Faymann "
         "brüskiert hat.", [("Burgenlands Hans Niessl", "PER"), ("Eisenstadt", "LOC"), ("Faymann", "PER")],
         [("Hans Niessl", "PER"), ("Eisenstadt", "LOC"), ("Faymann", "PER")]),
        ("Die meisten Stunden entfallen auf Türkisch, gefolgt von Bosnisch/Kroatisch/Serbisch und Albanisch.",
         [("Bosnisch", "PER"), ("Albanisch", "LOC")], []),
        ("Unterricht gibt es in Arabisch, Bulgarisch, Dari (Neupersisch) und Französisch.", [("Neupersisch", "LOC")],
         []),  # a language with a prefix (gnad-0527)
        ("Doktor Kurt Waldheim blickt mit der ihm eigenen Freundlichkeit auf die Wohnhölle der Putzkraft Erna.",
         [("Doktor Kurt Waldheim", "PER"), ("Erna", "PER")], [("Kurt Waldheim", "PER"), ("Erna", "PER")]),
        ("Die Amerikaner, ein Schwede und eine Polin kamen nach Leoben.",
         [("Amerikaner", "LOC"), ("Schwede", "LOC"), ("Polin", "LOC"), ("Leoben", "LOC")], [("Leoben", "LOC")]),
        ("Stacheldraht soll die Grenze sichern, sagte Ostermayer.", [("Stacheldraht", "PER"), ("Ostermayer", "PER")],
         [("Ostermayer", "PER")]),
        ("Laut Rechnungshofbericht fehlen Unterlagen, kritisiert Filzmaier.",
         [("Rechnungshofbericht", "PER"), ("Filzmaier", "PER")], [("Filzmaier", "PER")]),
        ("Der Landesrechnungshof prüfte die Holding, das Kunsthistorische Museum blieb geschlossen.",
         [("Landesrechnungshof", "LOC"), ("Kunsthistorische Museum", "LOC")],
         [("Landesrechnungshof", "ORG"), ("Kunsthistorische Museum", "ORG")]),  # a museum too (stop 31)
        ("Ein Syrer und zwei Bosnier wurden in Spielfeld aufgegriffen.",
         [("Syrer", "PER"), ("Bosnier", "PER"), ("Spielfeld", "LOC")], [("Spielfeld", "LOC")]),
        ("Hollande sagte wenig, nachdem François Hollande Angela Merkel getroffen hatte.",
         [("Hollande", "PER"), ("François Hollande", "PER"), ("Angela Merkel", "PER")],
         [("Hollande", "PER"), ("François Hollande", "PER"), ("Angela Merkel", "PER")]),
        ("Laut der Landwirtschaftskammer Steiermark ist der Schaden groß.",
         [("Landwirtschaftskammer Steiermark", "LOC")], [("Landwirtschaftskammer Steiermark", "ORG")]),
        ("Er traf sich mit Andrij Jermak, dem Topberater Selenskyjs.", [("Andrij Jermak", "PER"),
                                                                      ("Topberater Selenskyjs", "PER")],
         [("Andrij Jermak", "PER"), ("Selenskyjs", "PER")]),
        ("Die Hilfsorganisation Doctors for Refugees half.", [("Hilfsorganisation Doctors for Refugees", "ORG")],
         [("Doctors for Refugees", "ORG")]),
        ("In der Grenzgemeinde Spielfeld und im Bundesstaat Oklahoma.",
         [("Grenzgemeinde Spielfeld", "LOC"), ("Bundesstaat Oklahoma", "LOC")],
         [("Spielfeld", "LOC"), ("Oklahoma", "LOC")]),
        # a given name in brackets joins the name where NER found only the part before it
        ("Gesundheitsminister Rudolf (Rudi) Anschober hat unterschrieben.", [("Gesundheitsminister Rudolf", "PER")],
         [("Rudolf (Rudi) Anschober", "PER")]),
        ("Der Abgeordnete Peter Pilz (Grüne) Klubobmann", [("Peter Pilz", "PER")],
         [("Peter Pilz", "PER"), ("Grüne", "ORG")]),
        # not after a surname, nor before a noun (review): a club or place in brackets is no nickname
        ("Zweiter wurde Lewis Hamilton (Mercedes) Dritter wurde Max Verstappen.",
         [("Lewis Hamilton", "PER"), ("Max Verstappen", "PER")],
         [("Lewis Hamilton", "PER"), ("Max Verstappen", "PER")]),
        ("Es spielte Niklas Stark (Hertha) Kapitän war er nicht.", [("Niklas Stark", "PER"), ("Hertha", "ORG")],
         [("Niklas Stark", "PER"), ("Hertha", "ORG")]),
        # in a match report the genitive of a club's town before its player, where NER found neither (gnad-1020's
        # headline); not a mayor in news of the town, nor a noun after the genitive
        ("Der VfB Stuttgart siegte 4:2 ohne Martin Harnik. Stuttgarts Harnik ist angeschlagen.",
         [("VfB Stuttgart", "ORG"), ("Martin Harnik", "PER")],
         [("VfB Stuttgart", "ORG"), ("Martin Harnik", "PER"), ("Stuttgarts", "ORG"), ("Harnik", "PER")]),
        ("Der VfB Stuttgart siegte 4:2 ohne Martin Harnik. Stuttgarts Bürgermeister ist froh.",
         [("VfB Stuttgart", "ORG"), ("Martin Harnik", "PER")], [("VfB Stuttgart", "ORG"), ("Martin Harnik", "PER")]),
        ("Der SK Rapid Wien verlor. Bürgermeister Michael Häupl sah zu. Wiens Häupl war enttäuscht.",
         [("SK Rapid Wien", "ORG"), ("Michael Häupl", "PER")],
         [("SK Rapid Wien", "ORG"), ("Michael Häupl", "PER"), ("Häupl", "PER")]),
    ],
)
def test_rules(tokenizer, fixes, text, ents, expected):
    assert fix(tokenizer, fixes, text, ents) == expected


def test_the_first_word_an_arabic_name_goes_by_repeated_without_ner_unless_a_noun(nlp, fixes):
    """"Qabus" after "Qabus bin Said" is the person where NER found nothing; "im Park" beside "Park Geun-hye" is no
    person, as "Park" is a noun too."""
    assert fix_tagged(nlp, fixes, "Qabus bin Said regiert seit 1970. Im März kehrte Qabus zurück.",
                      [("Qabus bin Said", "PER")]) == [("Qabus bin Said", "PER"), ("Qabus", "PER")]
    assert fix_tagged(nlp, fixes, "Präsidentin Park Geun-hye ging im Park spazieren.",
                      [("Park Geun-hye", "PER")]) == [("Park Geun-hye", "PER")]


def test_surname_repeated_without_ner_and_genitive_possessor(tokenizer, fixes):
    text = "Premierminister Mark Carney traf ein. Carneys Reise war geheim. Später sprach Carney mit einem Mann."
    for label in ("PER", "ORG"):  # the bundled model tags "Carneys Reise" ORG
        result = fix(tokenizer, fixes, text, [("Mark Carney", "PER"), ("Carneys Reise", label)])
        assert result == [("Mark Carney", "PER"), ("Carneys", "PER"), ("Carney", "PER")]


def test_a_surname_tagged_as_organization_is_the_person(tokenizer, fixes):
    """From the reference article: NER tags "Selenskyj" ORG after "Pressekonferenz mit"."""
    text = "Auf einer Pressekonferenz mit Selenskyj erklärte es Präsident Wolodymyr Selenskyj. Die Nato tagte."
    result = fix(tokenizer, fixes, text, [("Selenskyj", "ORG"), ("Wolodymyr Selenskyj", "PER"), ("Nato", "ORG")])
    assert result == [("Selenskyj", "PER"), ("Wolodymyr Selenskyj", "PER"), ("Nato", "ORG")]


def test_a_subheading_run_into_the_sentence_is_no_part_of_the_name(nlp, fixes):
    """Rule 2 reads the tagger: "Franziskus" is a proper noun, "Metaphern" an inflected common noun."""
    doc = nlp("Pontifikale Metaphern Franziskus erwähnte den ecuadorianischen Vulkan Chimborazo als den nächsten "
              "Punkt der Erde zu Mond, Sonne und Sterne.")
    doc.ents = [Span(doc, 1, 3, label="PER")]
    assert [(e.text, e.label_) for e in fixes(doc).ents] == [("Franziskus", "PER")]


def test_a_one_word_person_the_document_writes_after_an_indefinite_article_is_a_noun(nlp, fixes):
    """gnad-0497, NER output given: "Hilfslok" (a relief locomotive) as a person in its second mention."""
    text = ("Der Plan der ÖBB war es, beide Züge zurück zu ziehen, weshalb sie eine Hilfslok zum Abtransport "
            "angefordert hatten, erläutert Seif. Während die Lok auf dem Weg war, kam der Güterzug ins Rollen und "
            "kollidierte mit der Hilfslok.")
    ents = [("ÖBB", "ORG"), ("Seif", "PER"), ("Hilfslok", "PER")]
    assert fix_tagged(nlp, fixes, text, ents) == [("ÖBB", "ORG"), ("Seif", "PER")]


def test_a_one_word_person_the_document_inflects_as_a_noun_is_a_noun(tokenizer, fixes):
    """gnad-0341, NER output given: "Geier" (vultures) as a person, while the text also writes "Geiern"."""
    text = ("Geiern wird der Titel einer Gesundheitspolizei zugestanden. Zugleich weist die Studie darauf hin, "
            "dass Geier weltweit eine bedrohte Vogelgruppe sind.")
    for opening, expected in (("Geiern", []), ("Ihnen", [("Geier", "PER")])):
        doc = tokenizer(text.replace("Geiern", opening))
        doc.ents = [Span(doc, 16, 17, "PER")]
        assert [(e.text, e.label_) for e in fixes(doc).ents] == expected


def test_the_players_of_a_line_up_are_people(nlp):
    """gnad-0897: NER tags "Miranda", "Atanga", "Sana" as places and runs "Djurdic" into the next label."""
    text = ("Wals-Siezenheim, 15.027 Zuschauer. Salzburg: C. Stankovic – Schmitz, Miranda, "
            "Hinteregger, Ulmer – Atanga (92. Lainer), Keita, Ch. Leitgeb, Berisha – Oberlin (63. Pires), Djuricin "
            "(76. Nielsen) Malmö: Wiland – Tinnerholm, Arnason, Felipe Carvalho, Yotun – Rodic (77. Eikrem), "
            "Lewicki, E. Adu, Sana (61. Berget) – Rosenberg, Djurdic Gelbe Karten: Arnason, Rosenberg Rückspiel "
            "nächsten Mittwoch in Malmö.")
    people = [e.text for e in nlp(text).ents if e.label_ == "PER"]
    assert people == [
        "C. Stankovic", "Schmitz", "Miranda", "Hinteregger", "Ulmer", "Atanga", "Lainer",
        "Keita", "Ch. Leitgeb", "Berisha", "Oberlin", "Pires", "Djuricin", "Nielsen", "Wiland", "Tinnerholm",
        "Arnason", "Felipe Carvalho", "Yotun", "Rodic", "Eikrem", "Lewicki", "E. Adu", "Sana", "Berget",
        "Rosenberg", "Djurdic", "Arnason", "Rosenberg"]
    assert [e.text for e in nlp(text).ents if e.label_ == "LOC"] == ["Wals-Siezenheim", "Salzburg", "Malmö", "Malmö"]


def test_a_place_that_is_an_organization_of_the_document_is_one(nlp, fixes):
    """gnad-0444, NER output given: the genitive "Apples" as a place, and the gazetteer knows a Swiss village
    Apples."""
    text = ("Laut Informationen aus Apples Zulieferkette – allerdings frühestens 2017. Am 21. März soll Apple "
            "angeblich ein neues iPad und das kleine iPhone 5se vorstellen.")
    ents = [("Apples", "LOC"), ("Apple", "ORG")]
    assert fix_tagged(nlp, fixes, text, ents) == [("Apples", "ORG"), ("Apple", "ORG")]


def test_the_town_of_a_club_named_in_full_is_the_club_outside_a_place_context(tokenizer, fixes):
    """gnad-1015, NER output given: "Bilbao" beside "Athletic Bilbao" is the club; "in Bilbao" and the
    dateline's "Barcelona" stay places; "bei Cottbus" is the club again."""
    text = "Barcelona – Athletic Bilbao hat den Supercup gewonnen. Bilbao beendete die Durststrecke in Bilbao."
    doc = tokenizer(text)
    doc.ents = [Span(doc, 0, 1, "LOC"), Span(doc, 2, 4, "ORG"), Span(doc, 9, 10, "LOC"), Span(doc, 14, 15, "LOC")]
    assert [(e.text, e.label_, e.start) for e in fixes(doc).ents] == [
        ("Barcelona", "LOC", 0), ("Athletic Bilbao", "ORG", 2), ("Bilbao", "ORG", 9), ("Bilbao", "LOC", 14)]
    doc = tokenizer("Energie Cottbus verlor. Er war zuletzt bei Cottbus engagiert.")  # gnad-0251: "bei" a club
    doc.ents = [Span(doc, 0, 2, "ORG"), Span(doc, 8, 9, "LOC")]
    assert [(e.text, e.label_) for e in fixes(doc).ents] == [("Energie Cottbus", "ORG"), ("Cottbus", "ORG")]


def tagged(tokenizer, text: str, labels: dict[str, str]) -> Doc:
    """The text with every occurrence of each word in `labels` set as a one-word entity of that label."""
    doc = tokenizer(text)
    doc.ents = [Span(doc, t.i, t.i + 1, labels[t.text]) for t in doc if t.text in labels]
    return doc


def test_in_a_match_report_a_town_is_its_club_outside_a_place_context(tokenizer, fixes):
    """gnad-0738 and gnad-1020, NER output given: in a report with a club named in full and a score, "schlägt
    Stuttgart", "über Darmstadt" and "Stuttgarts Harnik" are clubs (as the gold dev set's "gegen Gijon",
    gnad-0350); "in Stuttgart", the list it heads ("in Dortmund und Leverkusen") and a venue line stay places."""
    doc = tagged(tokenizer, "Dortmund schlägt Stuttgart 3:0. Der BVB gewann in Stuttgart. Der 1. FC Köln ist durch "
                            "einen 4:1-Heimerfolg über Darmstadt ledig. Stuttgarts Harnik fehlt. Dem FC Bayern "
                            "gelang kein Sieg (0:0 in Dortmund und Leverkusen).",
                 {"Dortmund": "LOC", "Stuttgart": "LOC", "Darmstadt": "LOC", "Stuttgarts": "LOC",
                  "Leverkusen": "LOC", "BVB": "ORG"})
    doc.ents = [*doc.ents, Span(doc, 11, 14, "ORG")]  # "1. FC Köln"
    assert [(e.text, e.label_) for e in fixes(doc).ents] == [
        ("Dortmund", "ORG"), ("Stuttgart", "ORG"), ("BVB", "ORG"), ("Stuttgart", "LOC"), ("1. FC Köln", "ORG"),
        ("Darmstadt", "ORG"), ("Stuttgarts", "ORG"), ("Dortmund", "LOC"), ("Leverkusen", "LOC")]
    venue = tagged(tokenizer, "Bundesliga: SK Sturm Graz – Red Bull Salzburg 2:1 (Graz, UPC-Arena, 16.30 Uhr).",
                   {"Graz": "LOC"})
    venue.ents = [Span(venue, 2, 5, "ORG"), Span(venue, 6, 9, "ORG"), venue.ents[-1]]
    assert [(e.text, e.label_) for e in fixes(venue).ents][-1] == ("Graz", "LOC")
    # a town where the sentence talks of no match, or one that follows "von"/"zwischen", stays a place; without a
    # score (a time is none) there is no match report at all
    text = ("Borussia Dortmund gewann 2:1. Zwischen Barcelona und Valencia liegen 350 Kilometer. Der Bürgermeister von "
            "Madrid gratulierte zum Sieg. Lissabon ist schön. Sevilla holte den Pokal.")
    labels = {"Barcelona": "LOC", "Valencia": "LOC", "Madrid": "LOC", "Lissabon": "LOC", "Sevilla": "LOC"}

    def towns(text: str) -> list[tuple[str, str]]:
        doc = Sentencizer()(tagged(tokenizer, text, labels))
        doc.ents = [Span(doc, 0, 2, "ORG"), *doc.ents]
        return [(e.text, e.label_) for e in fixes(doc).ents][1:]

    assert towns(text) == [("Barcelona", "LOC"), ("Valencia", "LOC"), ("Madrid", "LOC"), ("Lissabon", "LOC"),
                           ("Sevilla", "ORG")]
    assert ("Sevilla", "ORG") not in towns(text.replace("2:1", "um 19:30 Uhr"))


def test_a_noun_after_an_article_is_not_the_surname(tokenizer, fixes):
    text = "Thomas Mann schrieb Romane. Ein Mann las sie. Mann starb 1955."
    doc_result = fix(tokenizer, fixes, text, [("Thomas Mann", "PER")])
    assert doc_result == [("Thomas Mann", "PER"), ("Mann", "PER")]  # "Mann starb", not "Ein Mann"


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        ("Landesrechnungshof stellt Geschäftsmodell der Holding infrage. Eisenstadt – Nach seiner Prüfung der "
         "Holding sieht der Landesrechnungshof Probleme.", [("Landesrechnungshof", "ORG")],
         [("Landesrechnungshof", "ORG"), ("Eisenstadt", "LOC")]),
        ("Österreichs Automobilindustrie sieht sich gut aufgestellt. Wien/Graz/Aurora – Die heimische "
         "Automobilindustrie zeigt sich selbstbewusst.", [("Österreichs", "LOC"), ("Wien", "LOC")],
         [("Österreichs", "LOC"), ("Wien", "LOC"), ("Graz", "LOC"), ("Aurora", "LOC")]),
        ("Die Aufstellung. Walke – Schwegler, Hinteregger, Sörensen.", [], []),  # a line-up, not a dateline
        ("Die Entscheidung fiel spät. Heute – und nicht morgen – kommt Linz.", [], []),
        # SmartData sd-004, sd-016, held-out gnad-0601: an agency's dateline in capitals, with its agency in
        # brackets, one NER ran on across the dash; a state in brackets is no agency
        ("ROUNDUP 2: Anlegerflucht bremst Allianz.\nMÜNCHEN - Börsenturbulenzen bremsen die Allianz.",
         [("Allianz", "ORG"), ("MÜNCHEN - Börsenturbulenzen", "LOC")],
         [("Allianz", "ORG"), ("MÜNCHEN", "LOC")]),
        ("Chef kündigt Streik an.\nEISENBERG/ERFURT (Dow Jones) - Der Vorstandschef ruft zum Streik auf.",
         [("ERFURT", "ORG"), ("Dow Jones", "MISC")],
         [("EISENBERG", "LOC"), ("ERFURT", "LOC"), ("Dow Jones", "ORG")]),
        ("Ein Bus blieb liegen.\nKonstanz (ots) - Ein Bus blieb liegen.", [], [("Konstanz", "LOC")]),
        ("Der Lauf endet in Utah nicht. Salt Lake City (Utah) – Die Warriors verloren.", [("Utah", "LOC")],
         [("Utah", "LOC"), ("Salt Lake City", "LOC"), ("Utah", "LOC")]),
    ],
)
def test_dateline_names_are_places_when_the_gazetteer_knows_them(fixes, text, ents, expected):
    sentences = spacy.blank("de")
    sentences.add_pipe("sentencizer")
    doc = sentences(text)
    doc.ents = [doc.char_span(text.index(surface), text.index(surface) + len(surface), label=label)
                for surface, label in ents]
    assert [(e.text, e.label_) for e in fixes(doc).ents] == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # NER: "Nigel" a place, "Farage" nothing
        ("Diese sollen unter Druck gesetzt werden, damit der Ukip-Vorsitzende Nigel Farage eine prominentere "
         "Rolle im Abstimmungskampf erhält.", "Nigel Farage"),
        # NER: nothing; two given names and a surname
        ("Ex-Sozialminister Iain Duncan Smith ruft das Wahlvolk auf, Osborne kein Wort zu glauben.",
         "Iain Duncan Smith"),
        # NER: "Andrej" a place
        ("Zuletzt zeigte sich der Chef des ukrainischen Gasmonopolisten Naftogas Andrej Kobolew jedoch ziemlich "
         "optimistisch, dass eine Lösung gefunden werde.", "Andrej Kobolew"),
        # "Karl" is in the lemma table (the tagger calls it a proper noun here)
        ("Der 2011 aus der Geschäftsführung ausgeschiedene Eigentümer Karl Schirnhofer kam 2014 wieder in den "
         "Betrieb aus Kaindorf bei Hartberg zurück.", "Karl Schirnhofer"),
        # after a role, no given name known: "Andrä", "Shkodran" (NER: an organization)
        ("Landwirtschaftsminister Andrä Rupprechter, Bauernbund-Präsident Jakob Auer und "
         "Landwirtschaftskammer-Präsident Hermann Schultes (alle ÖVP) wollen über die Hilfen beraten.",
         "Andrä Rupprechter"),
        ("Zuvor hatte bereits der deutsche Nationalspieler Shkodran Mustafi nach einer Notbremse an Messi die rote "
         "Karte gesehen.", "Shkodran Mustafi"),
        ("Das Spiel wurde nach dem Anschlag auf der Istiklal-Straße annulliert, der Vater von Mittelstürmer Umut "
         "Bulut starb bei einem Selbstmordanschlag auf eine Bushaltestelle in Ankara.", "Umut Bulut"),
        # NER: "Leonhard" alone, stopping at a surname that is also a noun (a merchant)
        ("Der SV Austria Salzburg hat mit dem ehemaligen Sturm-Graz-Profi Leonhard Kaufmann das Mittelfeld "
         "verstärkt.", "Leonhard Kaufmann"),
        # gnad-0400: NER misses a surname that is a German noun; after a role and a given name it is the surname
        # when the document writes it after a role elsewhere
        ("In der Stadt ist kein logischer Nachfolger für Bürgermeister Schaden in Sicht. In Salzburg ist die Frage "
         "bedeutsamer, wer Langzeitbürgermeister Heinz Schaden nachfolgen soll.", "Heinz Schaden"),
    ],
)
def test_given_names_and_roles_make_people(nlp, text, person):
    """Rule 10 on sentences of the GNAD corpus whose names the bundled model mislabels or misses."""
    people = [ent.text for ent in nlp(text).ents if ent.label_ == "PER"]
    assert person in people


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Solange Nutzer in diesem Spiel sind, kann sicherlich auch Werbung eingesetzt werden.", None),
        ("Per Infrarotsender lassen sich zudem kompatible Elektrogeräte ein- und ausschalten.", None),
        ("Peter Zeidler, der neue Trainer Red Bull Salzburg will seine Handschrift ohne Sparstift erkennbar machen.",
         ("Red Bull Salzburg", "ORG")),
        ("Santa Clara – Irgendwann möchte er selbst auf der ganz großen Bühne stehen.", ("Santa Clara", "LOC")),
        ("Der Zoologe Ofer Tchernichovski (Hunter College, New York) ergänzt das.", ("Hunter College", "ORG")),
    ],
)
def test_given_name_rule_leaves_other_words(nlp, text, kept):
    """A capitalized conjunction or preposition at a sentence start, a club after a role, a known place and an
    English institution are not people."""
    ents = [(ent.text, ent.label_) for ent in nlp(text).ents]
    if kept is None:
        assert [ent for ent in ents if ent[1] == "PER"] == []
    else:
        assert kept in ents


def test_given_name_rule_leaves_a_german_word_after_a_name(nlp, fixes):
    """A German word after a role and a given name that the document nowhere writes after a role (review), NER output
    given."""
    assert fix_tagged(nlp, fixes, "Später pflanzte Prinz Charles Bäume im Park.", [("Charles", "PER")]) == [
        ("Charles", "PER")]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Dabei beschwor der Premierminister vor Angestellten des Billigfliegers Easyjet die Gefahr höherer "
         "Reisekosten herauf.", "Easyjet"),
        ("Der bisherige Marktführer Spotify besorgt sich erst einmal frisches Geld.", "Spotify"),
        ("Von Bankenseite sind die Steiermärkische Sparkasse mit Krediten von 4,7 Millionen, gefolgt von den "
         "Volksbanken und der Bank Austria, am stärksten betroffen.", "Steiermärkische Sparkasse"),
        ("Zahlreiche EU-Spitzenpolitiker würdigten bis hin zur Vorsitzenden der Grünen-Fraktion im Europäischen "
         "Parlament, Rebecca Harms, das Ergebnis.", "Europäischen Parlament"),
        # gnad-0055, gnad-0340: a scientific journal (NER: nothing, MISC)
        ("Für die Studie, die im Fachblatt Science veröffentlicht wurde, untersuchten sie Mäuse.", "Science"),
        ("Auch ohne Kooperation kann ein Ziel trotzdem erreicht werden, so die Forscher im Fachblatt Nature "
         "Communications.", "Nature Communications"),
        # gnad-0476, gnad-0296: media the gazetteer knows
        ("Laut Ars Technica haben Forscher bislang allerdings keine Sicherheitshinweise gefunden.", "Ars Technica"),
        ("Außenminister Frank-Walter Steinmeier übte in einem Gespräch mit der Welt am Sonntag Kritik an der "
         "griechischen Regierung.", "Welt am Sonntag"),
        # draw 40 gnad-0194, gnad-0302: a professional chamber and the press council, which NER misses
        ("Die Ärztekammer ist gegen die Pläne.", "Ärztekammer"),
        ("Ramber-Koller wirft Ärztekammer Blockadehaltung vor.", "Ärztekammer"),  # no name after it
        ("Der Presserat prüfte die Beschwerde.", "Presserat"),
        # held-out gnad-0035, corpus gnad-0042: the Council of Europe and the competition authority
        ("Der Europarat hat die ungarische Regierung kritisiert.", "Europarat"),
        ("Das teilte die Bundeswettbewerbsbehörde (BWB) mit.", "Bundeswettbewerbsbehörde"),
        # SmartData sd-021, sd-029, sd-033: an organization ending in its acronym, a university named in Spanish,
        # a company named before its shares, the oil cartel
        ("Der Deutsche Akademische Austauschdienst DAAD fördert den Aufenthalt.", "DAAD"),
        ("Der Deutsche Akademische Austauschdienst DAAD fördert den Aufenthalt.",
         "Deutsche Akademische Austauschdienst"),
        ("Die aus der Universidad de Chile hervorgegangene Universidad de Talca gehört zu den besten Hochschulen "
         "Chiles.", "Universidad de Talca"),
        ("E.ON-Chef Johannes Teyssen treibt den Börsengang der Kraftwerkstochter Uniper voran. Der Energieriese will "
         "53 Prozent der Uniper-Anteile an die Börse bringen.", "Uniper"),
        ("Nach der Flutung der Märkte durch die Opec belastet nun zusätzlich das Weltklimaabkommen.", "Opec"),
        # a company with a legal form whose name begins with capitals (SmartData, not annotated; held-out gnad-0024)
        ("Die Mitteilung wurde übermittelt durch DGAP - ein Service der EQS Group AG.", "EQS Group AG"),
        ("Da nur die marktbeherrschende ÖBB-Personenverkehr AG in der Lage ist, einen Takt anzubieten.",
         "ÖBB-Personenverkehr AG"),
    ],
)
def test_kinds_of_organization_make_organizations(nlp, text, organization):
    """Rule 11 on sentences of the GNAD corpus: a descriptor before a name, a capitalized adjective before an
    institution, an institution followed by its place or name."""
    assert organization in [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Salzburger Unternehmen hat sich auf Lösungen zur automatischen Identifikation spezialisiert.", []),
        ("Die Migranten wurden vom Schiff Sirio der italienischen Marine unweit der libyschen Küste in "
         "Sicherheit gebracht.", []),
    ],
)
def test_rule_11_leaves_designations(nlp, text, expected):
    """A designation of a kind of institution with an adjective is not a name (the annotation guidelines)."""
    assert [(ent.text, ent.label_) for ent in nlp(text).ents if ent.label_ in ("ORG", "LOC")] == expected


def test_a_person_ending_in_an_organization_head_is_an_organization(tokenizer, fixes):
    assert fix(tokenizer, fixes, "Den Zuschlag bekommt Johnston Press.", [("Johnston Press", "PER")]) == [
        ("Johnston Press", "ORG")]


def test_an_opera_house_or_arena_is_a_place(tokenizer, fixes):
    """The annotation guidelines count buildings and venues as places, institutions housed there included."""
    text = "Die Wiener Staatsoper zeigt die Premiere, das Konzert findet in der Red Bull Arena statt."  # gnad-0610
    assert fix(tokenizer, fixes, text, [("Wiener Staatsoper", "ORG"), ("Red Bull Arena", "ORG")]) == [
        ("Wiener Staatsoper", "LOC"), ("Red Bull Arena", "LOC")]
    assert fix(tokenizer, fixes, "Die Konferenz WeAreDevelopers beginnt.", [("WeAreDevelopers", "ORG")]) == [
        ("WeAreDevelopers", "ORG")]


def test_an_institution_takes_the_place_that_follows(tokenizer, fixes):
    text = "Das hieß es auf APA-Anfrage seitens der Landwirtschaftskammer Steiermark."
    assert fix(tokenizer, fixes, text, [("Landwirtschaftskammer", "ORG"), ("Steiermark", "LOC")]) == [
        ("Landwirtschaftskammer Steiermark", "ORG")]
    text = "Wie beurteilen Sie den von der Staatsanwaltschaft Graz verhängten Urteilsspruch?"  # gnad-0749
    assert fix(tokenizer, fixes, text, [("Graz", "LOC")]) == [("Staatsanwaltschaft Graz", "ORG")]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # common nouns with a plural in the lemma table; a river has only a genitive ("Rheins")
        ("Der Vulkan ist der nächste Punkt der Erde zu Mond und Sonne, am Rhein weiß man das.",
         [("Erde", "LOC"), ("Mond", "LOC"), ("Rhein", "LOC")], [("Rhein", "LOC")]),
        ("Die Streitigkeiten zwischen Ost und West gehen weiter.", [("Ost", "LOC"), ("West", "LOC")], []),
        ("Ein Obdach ist für Flüchtlinge der Grundstein, einen Iran ohne Atombombe wollen alle.",
         [("Obdach", "LOC"), ("Iran", "LOC")], [("Iran", "LOC")]),
        ("Die Stadt Wien zählte rund 130.000 Personen, im Bezirk Tulln weniger, in der Republik Moldau auch.",
         [("Stadt Wien", "LOC"), ("Bezirk Tulln", "LOC"), ("Republik Moldau", "LOC")],
         [("Wien", "LOC"), ("Tulln", "LOC"), ("Republik Moldau", "LOC")]),
        # rule 12: a name the gazetteer knows, after a locative preposition or beside a place
        ("In Kärnten kommen demnächst weitere 280 Plätze in Althofen hinzu, 50 im Burgenland (Eisenstadt).",
         [("Kärnten", "LOC"), ("Burgenland", "LOC")],
         [("Kärnten", "LOC"), ("Althofen", "LOC"), ("Burgenland", "LOC"), ("Eisenstadt", "LOC")]),
        ("Man hält in Wien, Graz, Mürzzuschlag und Bad Aussee, zuletzt wurde Marchegg in Niederösterreich "
         "genannt.", [("Wien", "LOC"), ("Graz", "LOC"), ("Bad Aussee", "LOC"), ("Niederösterreich", "LOC")],
         [("Wien", "LOC"), ("Graz", "LOC"), ("Mürzzuschlag", "LOC"), ("Bad Aussee", "LOC"), ("Marchegg", "LOC"),
          ("Niederösterreich", "LOC")]),
    ],
)
def test_place_rules(tokenizer, fixes, text, ents, expected):
    assert fix(tokenizer, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the lemma table lists "Innsbruck" (for "Innsbrucks"); its word cluster is one of places
        ("Der Skipädagoge stirbt 64-jährig in Innsbruck an Herzversagen.", [], [("Innsbruck", "LOC")]),
        ("Das Dach des Stadels ist aus Asbest.", [], []),  # a material's cluster
        ("Lazio siegte im Derby, es war ein Derby in Istanbul.", [("Istanbul", "LOC")],
         [("Istanbul", "LOC")]),  # after an article: the match
        # also across adjectives and ordinals (review), unless place adjectives
        ("Rapid gewann im ersten Derby, das 320. Derby in Hütteldorf; das neue Porto in Deutschland gilt.",
         [("Rapid", "ORG"), ("Hütteldorf", "LOC"), ("Deutschland", "LOC")],
         [("Rapid", "ORG"), ("Hütteldorf", "LOC"), ("Deutschland", "LOC")]),
        ("Der Umweltpreis ging an ein Projekt im jordanischen Jordan.", [], [("Jordan", "LOC")]),
    ],
)
def test_rule_12_takes_a_town_the_lemma_table_lists(nlp, fixes, text, ents, expected):
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the lemma table lists "Cage" and "Schmidt" (for their genitives); their word clusters are people's names
        ("Die Werke bieten eine quasi-mystische Übung à la John Cage, der die Stille zur Komposition erhob.", [],
         [("John Cage", "PER")]),
        ("Er kämpfte mit der Kandidatin Gertraud Knoll und der liberalen Heide Schmidt (Liberales Forum) um Stimmen.",
         [("Gertraud Knoll", "PER"), ("Schmidt", "PER")], [("Gertraud Knoll", "PER"), ("Heide Schmidt", "PER")]),
        # a town the table lists is no surname after a role
        ("Im Finale wartet am 21. Mai Tabellenführer Juventus Turin.", [("Juventus Turin", "ORG")],
         [("Juventus Turin", "ORG")]),
    ],
)
def test_rule_10_takes_a_surname_the_lemma_table_lists(nlp, fixes, text, ents, expected):
    assert fix_tagged(nlp, fixes, text, ents) == expected


def test_a_surname_tagged_as_place_joins_the_person_rule_10_found(nlp):
    text = ("Luis Suarez und Lionel Messi mit drei Treffern münzten die Überlegenheit um. Zuvor hatte Mustafi nach "
            "einer Notbremse an Messi die rote Karte gesehen.")
    assert [ent.label_ for ent in nlp(text).ents if ent.text == "Messi"] == ["PER"]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        ("Die Klage liegt beim Handelsgericht Wien.", [("Wien", "LOC")], [("Handelsgericht Wien", "ORG")]),
        ("Das bestätigte die Landespolizeidirektion Burgenland am Montag.", [("Burgenland", "LOC")],
         [("Landespolizeidirektion Burgenland", "ORG")]),
        ("Das Gericht Wien ist zuständig.", [("Wien", "LOC")], [("Wien", "LOC")]),  # no name without a compound
        ("Das hieß es seitens des Militärkommandos Steiermark.", [("Steiermark", "LOC")],
         [("Militärkommandos Steiermark", "ORG")]),
        ("Der Laienrat Österreichs tagte.", [("Österreichs", "LOC")], [("Österreichs", "LOC")]),  # a genitive
    ],
)
def test_an_institution_outside_any_entity_takes_the_place_after_it(tokenizer, fixes, text, ents, expected):
    assert fix(tokenizer, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        ("Dann sprach der Ukip-Vorsitzende Nigel Farage.", [("Nigel", "LOC")], [("Nigel Farage", "PER")]),
        ("Im Finale traf er auf Luis Carlos Ferrero.", [], [("Luis Carlos Ferrero", "PER")]),  # not a genitive
        ("Der Film mit Bradley Cooper lief gut.", [("Bradley Cooper", "PER")], [("Bradley Cooper", "PER")]),
        ("Der Luxuskonzern Louis Vuitton wächst.", [("Louis Vuitton", "ORG")], [("Louis Vuitton", "ORG")]),
        ("Er sprach vor Angestellten des Billigfliegers Easyjet.", [], [("Easyjet", "ORG")]),
        ("Der Absatz von Land Rover stieg.", [("Land Rover", "ORG")], [("Land Rover", "ORG")]),
        ("Man hält in Wien, Graz, Mürzzuschlag und Leoben.", [("Wien", "LOC")],
         [("Wien", "LOC"), ("Graz", "LOC"), ("Mürzzuschlag", "LOC"), ("Leoben", "LOC")]),
        # rule 13: named in front of a company word; a surname of a person named in full stays a person
        ("Wenn Apple auf Volvo zukäme, würden sie nachdenken, sagte der Volvo-Chef.",
         [("Apple", "ORG"), ("Volvo", "PER")], [("Apple", "ORG"), ("Volvo", "ORG")]),
        ("Mantler sprach über Meinl: 2002 sei mit Julius Meinl vereinbart worden, sagten zwei Meinl-Manager.",
         [("Mantler", "PER"), ("Meinl", "PER"), ("Julius Meinl", "PER")],
         [("Mantler", "PER"), ("Meinl", "PER"), ("Julius Meinl", "PER")]),
        # rule 13: the kind of organization ending an organization's name; a city after an institution stays
        ("Die Union prüft Luxemburg, sagt die Europäische Union.",
         [("Union", "LOC"), ("Luxemburg", "LOC"), ("Europäische Union", "ORG")],
         [("Union", "ORG"), ("Luxemburg", "LOC"), ("Europäische Union", "ORG")]),
        ("In Wien liegt die Universität Wien.", [("Wien", "LOC"), ("Universität Wien", "ORG")],
         [("Wien", "LOC"), ("Universität Wien", "ORG")]),
        # rule 2: a common noun before a known place, not a facility's name nor a name the gazetteer knows
        ("Die Steueroase Luxemburg, das Erstaufnahmezentrum Traiskirchen und Bad Ischl.",
         [("Steueroase Luxemburg", "LOC"), ("Erstaufnahmezentrum Traiskirchen", "LOC"), ("Bad Ischl", "LOC")],
         [("Luxemburg", "LOC"), ("Erstaufnahmezentrum Traiskirchen", "LOC"), ("Bad Ischl", "LOC")]),
        # rule 11: a country after an organization is its object, not part of its name
        ("Zuvor hatte die EU-Kommission Griechenland dazu gedrängt, einen Vorschlag anzunehmen.",
         [("EU-Kommission", "ORG"), ("Griechenland", "LOC")], [("EU-Kommission", "ORG"), ("Griechenland", "LOC")]),
        # rule 2: an institution before one name word is part of the name, a descriptor before an acronym is not
        ("Die Pleitebanken sind die Volksbank Etruria und die Sparkasse von Chieti, sagt die Großbank UBS.",
         [("Volksbank Etruria", "ORG"), ("Chieti", "LOC"), ("Großbank UBS", "ORG")],
         [("Volksbank Etruria", "ORG"), ("Chieti", "LOC"), ("UBS", "ORG")]),
        # rule 2: after a company descriptor the rest is an organization, unless it begins with a given name;
        # after a role, a person
        ("Der Wäscheriese Palmers baut ab, sagt der Gebrauchtwagenhändler Max Grubmüller zu Coach Neville.",
         [("Wäscheriese Palmers", "PER"), ("Gebrauchtwagenhändler Max Grubmüller", "PER"), ("Coach Neville", "PER")],
         [("Palmers", "ORG"), ("Max Grubmüller", "PER"), ("Neville", "PER")]),
        ("Die Bank Austria und die Volksbanken AG verlieren.", [("Bank Austria", "ORG"), ("Volksbanken AG", "ORG")],
         [("Bank Austria", "ORG"), ("Volksbanken AG", "ORG")]),
        # gnad-0540, gnad-0240: a party before a name that is no place, a club before an acronym; not the party's
        # own name after it ("Volkspartei Niederösterreich"; "Arbeiterpartei Kurdistans" in the tagged test below)
        ("Die Linkspartei Podemos und die Partei Ciudadanos verhandeln mit der Volkspartei Niederösterreich, meldet "
         "der Autoclub ADAC.", [("Linkspartei Podemos", "ORG"), ("Partei Ciudadanos", "ORG"),
                               ("Volkspartei Niederösterreich", "ORG"), ("Autoclub ADAC", "ORG")],
         [("Podemos", "ORG"), ("Ciudadanos", "ORG"), ("Volkspartei Niederösterreich", "ORG"), ("ADAC", "ORG")]),
        # gnad-0737: a club of a league; not a party named with a genitive adjective
        ("Der Fußball-Bundesligist FC Augsburg verlor, die Partei Bibeltreuer Christen gewann, die Partei Lider auch.",
         [("Fußball-Bundesligist FC Augsburg", "ORG"), ("Partei Bibeltreuer Christen", "ORG"), ("Partei Lider", "ORG")],
         [("FC Augsburg", "ORG"), ("Partei Bibeltreuer Christen", "ORG"), ("Lider", "ORG")]),
        # gnad-0651, gnad-1007: a club word before a club's prefix, a portal before its name
        ("Er kehrt zum Stammclub FC Zbrojovka Brno zurück, meldet das Enthüllungsportal Wikileaks; der Yachtklub "
         "Neusiedl schweigt.", [("Stammclub FC Zbrojovka Brno", "ORG"), ("Enthüllungsportal Wikileaks", "ORG"),
                                ("Yachtklub Neusiedl", "ORG")],
         [("FC Zbrojovka Brno", "ORG"), ("Wikileaks", "ORG"), ("Yachtklub Neusiedl", "ORG")]),
        # a club of a league before a club's name, an authority before a name, a country's institution before a name
        # word (gnad-0404, gnad-0331, gnad-0022)
        ("Er kam vom Serie-A-Klub Hellas Verona, wie die US-Raumfahrtbehörde Nasa und die US-Notenbank Fed melden.",
         [("Serie-A-Klub Hellas Verona", "ORG"), ("US-Raumfahrtbehörde Nasa", "ORG"), ("US-Notenbank", "ORG")],
         [("Hellas Verona", "ORG"), ("Nasa", "ORG"), ("Fed", "ORG")]),
        # roles of law, science, music and history before a person (held-out gnad-0007, gnad-0131, gnad-0910,
        # gnad-1000)
        ("Die Privatbeteiligtenvertreterin Lorenz und Konsumentenschützer Kolba sahen Pharao Tutanchamun mit dem "
         "Armeeveteran Burnell Cotlon.", [("Privatbeteiligtenvertreterin Lorenz", "PER"),
                                          ("Konsumentenschützer Kolba", "PER"), ("Pharao Tutanchamun", "PER"),
                                          ("Burnell", "PER")],
         [("Lorenz", "PER"), ("Kolba", "PER"), ("Tutanchamun", "PER"), ("Burnell Cotlon", "PER")]),
        # a club's prefix NER left out before its town (held-out gnad-0251; RB Leipzig, gnad-0738)
        ("Er spielte für den Drittligisten Energie Cottbus, dann für RB Leipzig.",
         [("Cottbus", "LOC"), ("Leipzig", "LOC")], [("Energie Cottbus", "ORG"), ("RB Leipzig", "ORG")]),
        # English names of venues and buildings, a wall (held-out gnad-0382, gnad-0001, gnad-0466)
        ("Die Bühne des Dolby Theatre nutzte er, ein Tor an der Stamford Bridge, die Berliner Mauer fiel.",
         [("Dolby Theatre", "ORG"), ("Stamford Bridge", "ORG"), ("Berliner Mauer", "ORG")],
         [("Dolby Theatre", "LOC"), ("Stamford Bridge", "LOC"), ("Berliner Mauer", "LOC")]),
        # not a band, a club or a company so named, nor the surname of a person named in full (review)
        ("Die Band Gorky Park und der FC Queens Park spielten, der Filmer Thomas Heise auch. Heise sagte das.",
         [("Gorky Park", "ORG"), ("FC Queens Park", "ORG"), ("Thomas Heise", "PER"), ("Heise", "PER")],
         [("Gorky Park", "ORG"), ("FC Queens Park", "ORG"), ("Thomas Heise", "PER"), ("Heise", "PER")]),
        # not a hyphenated club's own name, nor a known organization before its object (review)
        ("Der Rotary-Club Innsbruck spendete, die Arbeiterkammer Rewe hatte geklagt.",
         [("Rotary-Club Innsbruck", "ORG"), ("Arbeiterkammer", "ORG"), ("Rewe", "ORG")],
         [("Rotary-Club Innsbruck", "ORG"), ("Arbeiterkammer", "ORG"), ("Rewe", "ORG")]),
        # a designation NER found apart right before the name (gnad-0247, gnad-0611)
        ("Die EU-Grenzschutzagentur Frontex und die Mitte-Links-Partei CHP widersprechen der Volksbank Etruria.",
         [("EU-Grenzschutzagentur", "ORG"), ("Frontex", "ORG"), ("Mitte-Links-Partei", "ORG"), ("CHP", "ORG"),
          ("Volksbank", "ORG")],
         [("Frontex", "ORG"), ("CHP", "ORG"), ("Volksbank Etruria", "ORG")]),
        # rule 11: a company named after a person after a corporate descriptor, not its owner's genitive, and the
        # names listed after a plural descriptor (gnad-0794, gnad-0414)
        ("Der Tourismuskonzern Thomas Cook zahlte nicht, er arbeitete im Magna-Konzern Frank Stronachs.",
         [("Thomas Cook", "PER"), ("Frank Stronachs", "PER")], [("Thomas Cook", "ORG"), ("Frank Stronachs", "PER")]),
        # the bare word or a head of state's office before a person: the person stays (review of rule 11)
        ("Der Chef des Konzerns Peter Löscher trat ab; in der Reichskanzlei Hitlers und im Netzwerk Putins.",
         [("Peter Löscher", "PER"), ("Hitlers", "PER"), ("Putins", "PER")],
         [("Peter Löscher", "PER"), ("Hitlers", "PER"), ("Putins", "PER")]),
        # a list without a closing conjunction is none ("mit dem Monopolisten Gazprom, Putin schweigt")
        ("Kiew verhandelt mit den Monopolisten Gazprom, Putin schweigt dazu.",
         [("Kiew", "LOC"), ("Gazprom", "ORG"), ("Putin", "PER")],
         [("Kiew", "LOC"), ("Gazprom", "ORG"), ("Putin", "PER")]),
        ("Das berichten die Zeitungen Le Soir, La Dernière Heure und Het Laatste Nieuws sowie Peter Müller.",
         [("Le Soir", "ORG"), ("La Dernière Heure", "PER"), ("Het Laatste Nieuws", "LOC"), ("Peter Müller", "PER")],
         [("Le Soir", "ORG"), ("La Dernière Heure", "ORG"), ("Het Laatste Nieuws", "ORG"), ("Peter Müller", "PER")]),
        # rule 5: a town with a club's year is the club (gnad-1020, a line-up)
        ("Werder Bremen (Junuzovic) – Mainz 05 (Baumgartlinger)", [("Mainz 05", "LOC")], [("Mainz 05", "ORG")]),
        # rule 5: a MISC name ending in a kind of organization is one, unless it names an event
        ("Amnesty International berichtete über die Academy Awards und die Erste Liga.",
         [("Amnesty International", "MISC"), ("Academy Awards", "MISC"), ("Erste Liga", "MISC")],
         [("Amnesty International", "ORG"), ("Academy Awards", "MISC"), ("Erste Liga", "MISC")]),
        # a person that ran on past a full name of the document into a common word (gnad-0610)
        ("Gespräche mit Barbara Rett. Die Arbeit sei schwer, streute ORF-Moderatorin Barbara Rett Rosen.",
         [("Barbara Rett", "PER"), ("Barbara Rett Rosen", "PER")], [("Barbara Rett", "PER"), ("Barbara Rett", "PER")]),
        # rule 5: a person whose first word is a kind of organization is one (gnad-0050)
        ("Als ehemaliger Präsident des Yachtklubs Neusiedl kennt er ihn.", [("Yachtklubs Neusiedl", "PER")],
         [("Yachtklubs Neusiedl", "ORG")]),
        # rule 4: an acronym's genitive is an organization too (gnad-0957)
        ("Ghost Games hat ein Fundament für EAs Rennspielserie gefunden.", [("EAs", "PER")], [("EAs", "ORG")]),
        # rule 3: broadcasters of the gazetteer's short list, as a TV listing names them (gnad-0411, gnad-0599)
        ("Bis 20.15, Arte 19.52 MAGAZIN. Bis 22.00, ORF 2 21.05 REPORTAGE.", [("Arte", "LOC"), ("ORF 2", "MISC")],
         [("Arte", "ORG"), ("ORF 2", "ORG")]),
        # rule 2: a genitive given name owns the noun after it
        ("Michelangelos Madonna steht in Brügge.", [("Michelangelos Madonna", "PER"), ("Brügge", "LOC")],
         [("Michelangelos", "PER"), ("Brügge", "LOC")]),
        # rule 2: a full name in the genitive owns the work after it, a second surname stays (gnad-0382)
        ("Nominiert sind Steven Spielbergs Bridge of Spies und Quentin Tarantinos The Hateful Eight, nicht Luis "
         "Fernandes Pereira oder Felipe Reis dos Santos.",
         [("Steven Spielbergs Bridge of Spies", "PER"), ("Quentin Tarantinos The Hateful Eight", "PER"),
          ("Luis Fernandes Pereira", "PER"), ("Felipe Reis dos Santos", "PER")],
         [("Steven Spielbergs", "PER"), ("Quentin Tarantinos", "PER"), ("Luis Fernandes Pereira", "PER"),
          ("Felipe Reis dos Santos", "PER")]),
    ],
)
def test_rules_with_the_ner_output_given(tokenizer, fixes, text, ents, expected):
    assert fix(tokenizer, fixes, text, ents) == expected


def test_without_a_lemma_table_the_rules_run_on_the_tagger(tokenizer):
    """de_core_news_lg has no lemma table: the rules read tags and POS and do not fail."""
    fixes = EntityFixes(50_000, None)
    words = ["Kredite", "des", "Versicherers", "Steiermärkische", "Sparkasse", "sinken", ",", "sagt", "die",
             "EU-Verbleib", "Gruppe", "."]
    pos = ["NOUN", "DET", "NOUN", "ADJ", "NOUN", "VERB", "PUNCT", "VERB", "DET", "NOUN", "NOUN", "PUNCT"]
    doc = Doc(tokenizer.vocab, words=words, pos=pos, tags=["NN", "ART", "NN", "ADJA", "NN", "VVFIN", "$,", "VVFIN",
                                                             "ART", "NN", "NN", "$."])
    doc.ents = [Span(doc, 9, 10, label="ORG")]
    assert [(e.text, e.label_) for e in fixes(doc).ents] == [("Steiermärkische Sparkasse", "ORG"),
                                                             ("EU-Verbleib", "ORG")]


def test_a_work_before_its_author_is_no_part_of_the_person(tokenizer, fixes):
    """NER took the play and its author for one person; the tagger's proper nouns say where the author starts."""
    words = ["drei", "Klassiker", ":", "Onkel", "Wanja", "von", "Anton", "Tschechow", "(", "Regie", "Karin",
             "Henkel", ")"]
    tags = ["CARD", "NN", "$.", "NN", "NE", "APPR", "NE", "NE", "$(", "NN", "NE", "NE", "$("]
    doc = Doc(tokenizer.vocab, words=words, tags=tags)
    doc.ents = [Span(doc, 4, 8, label="PER"), Span(doc, 10, 12, label="PER")]
    assert [(e.text, e.label_) for e in fixes(doc).ents] == [("Anton Tschechow", "PER"), ("Karin Henkel", "PER")]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # gnad-0707: "Leo" is a town in Burkina Faso; gnad-0496: "Mercedes" one in Argentina
        ("Es kommt noch der Punkt, an dem Leo mit Argentinien etwas gewinnen wird.",
         [("Leo", "LOC"), ("Argentinien", "LOC")], [("Argentinien", "LOC")]),
        ("Die Kosten werden durch Mercedes und Honda hochgehalten.", [("Mercedes", "LOC"), ("Honda", "ORG")],
         [("Honda", "ORG")]),
        # a place of the document in that country, a locative, a capital: the place stands
        ("Mercedes liegt hundert Kilometer westlich von Buenos Aires.", [("Mercedes", "LOC"), ("Buenos Aires", "LOC")],
         [("Mercedes", "LOC"), ("Buenos Aires", "LOC")]),
        ("Das Werk steht in Mercedes.", [("Mercedes", "LOC")], [("Mercedes", "LOC")]),
        ("Sofia verhandelt mit der EU.", [("Sofia", "LOC"), ("EU", "ORG")], [("Sofia", "LOC"), ("EU", "ORG")]),
    ],
)
def test_a_given_name_is_no_small_place_abroad_without_support(tokenizer, fixes, text, ents, expected):
    assert fix(tokenizer, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("words", "tags", "place", "kept"),
    [
        # gnad-0050, gnad-0320: words coined for one article, which no large vocabulary holds
        (["Doch", "mittlerweile", "passt", "zwischen", "das", "Ministerduo", "kein", "Blatt", "mehr", "."],
         ["ADV", "ADV", "VVFIN", "APPR", "ART", "NN", "PIAT", "NN", "ADV", "$."], 5, False),
        (["Grete", "wäre", "das", "Baritonsaxofon", "."], ["NE", "VAFIN", "ART", "NN", "$."], 3, False),
        # a preposition of place; a word of the vocabulary ("Samos"); a place's ending
        (["Die", "Kämpfe", "in", "Nowoajdar", "dauern", "an", "."],
         ["ART", "NN", "APPR", "NN", "VVFIN", "PTKVZ", "$."], 3, True),
        (["Die", "Kämpfe", "um", "Nowoajdar", "dauern", "an", "."],
         ["ART", "NN", "APPR", "NN", "VVFIN", "PTKVZ", "$."], 3, False),
        (["Die", "Fähre", "legte", "auf", "Nowoajdar", "an", "."],  # any preposition of place: "auf", "aus"
         ["ART", "NN", "VVFIN", "APPR", "NN", "PTKVZ", "$."], 4, True),
        # gnad-0287: not "vor" or "über", which more often say when or what
        (["Hooligans", "randalierten", "vor", "Fußballmatches", "."], ["NN", "VVFIN", "APPR", "NN", "$."], 3, False),
        (["Die", "Fähre", "verließ", "Samos", "."], ["ART", "NN", "VVFIN", "NN", "$."], 3, True),
        (["Die", "Fähre", "verließ", "Ministerdorf", "."], ["ART", "NN", "VVFIN", "NN", "$."], 3, True),
    ],
)
def test_a_place_no_vocabulary_knows_is_none_when_tagged_a_common_noun(tokenizer, fixes, words, tags, place, kept):
    doc = Doc(tokenizer.vocab, words=words, tags=tags)
    doc.ents = [Span(doc, place, place + 1, label="LOC")]
    assert [e.text for e in fixes(doc).ents] == ([words[place]] if kept else [])


@pytest.mark.parametrize(
    ("text", "place", "kept"),
    [
        # gnad-1015, gnad-0957, gnad-0906, gnad-0295: nouns and brands of clusters where places are rare
        ("Im Finish kassierte auch Kike Sola noch ein Tor.", "Finish", False),
        ("Die rund 50 Fahrzeuge vom Subaru bis zum Lamborghini steuern sich selbst.", "Lamborghini", False),
        ("Im Wort Ozean erheben sich keine Stürme.", "Ozean", False),
        ("Die Kette Starbucks zahlte kaum Steuern.", "Starbucks", False),
        # a river (LOC in the training data), a town after a bare "in", a region whose cluster holds places
        ("Die Schiffe fahren auf dem Rhein.", "Rhein", True),
        ("Die Chemikalie sei bei Gefechten in Marea eingesetzt worden.", "Marea", True),
        ("Im Elsass wurde gewählt.", "Elsass", True),
    ],
)
def test_a_place_in_a_cluster_of_nouns_and_brands_is_none(tokenizer, fixes, text, place, kept):
    assert ((place, "LOC") in fix(tokenizer, fixes, text, [(place, "LOC")])) is kept


def test_a_town_the_document_names_as_one_stays_though_its_cluster_holds_nouns(tokenizer, fixes):
    """gnad-0411 (Syria): "Marea" shares a cluster with brands, but "in Marea" makes it a town everywhere."""
    doc = tokenizer("Gefechte tobten in Marea. Marea liegt im Norden.")
    doc.ents = [Span(doc, 3, 4, label="LOC"), Span(doc, 5, 6, label="LOC")]
    assert [e.text for e in fixes(doc).ents] == ["Marea", "Marea"]


def test_a_name_does_not_end_in_an_article_or_preposition(tokenizer, fixes):
    """gnad-0130, gnad-0630: NER ran on from a name into the genitive article or a preposition."""
    text = "Laut dem Institut für Virologie des Bonner Universitätsklinikums sprach Hasan E. von Flucht."
    ents = [("Institut für Virologie des", "ORG"), ("Hasan E. von", "PER")]
    assert fix(tokenizer, fixes, text, ents) == [("Institut für Virologie", "ORG"), ("Hasan E.", "PER")]


def test_a_country_code_in_brackets_is_no_mention(tokenizer, fixes):
    """gnad-0667, gnad-0779: results tables give a driver's nationality by its ISO code, no place the text talks of;
    NER took it for an organization."""
    text = "1. Nico Rosberg (GER) Mercedes 1:41,983 Min. – 2. Lewis Hamilton (GBR) Mercedes 1:42,121"
    ents = [("Nico Rosberg", "PER"), ("Lewis Hamilton", "PER"), ("GBR", "ORG")]
    assert fix(tokenizer, fixes, text, ents) == [("Nico Rosberg", "PER"), ("Lewis Hamilton", "PER")]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # gnad-0369: a dateline of two places that NER took for one
        ("Holguin/Vatikanstadt – Während des Besuchs von Papst Franziskus wurden Frauen festgenommen.",
         [("Holguin/Vatikanstadt", "LOC")], [("Holguin", "LOC"), ("Vatikanstadt", "LOC")]),
        # gnad-0958: NER split the name at its particle
        ("FAO-Generaldirektor José Graziano da Silva sprach von einem ermutigenden Trend.",
         [("José Graziano", "PER"), ("Silva", "PER")], [("José Graziano da Silva", "PER")]),
        ("Kommissionschefin Ursula von der Leyen sprach.", [("Ursula", "PER"), ("Leyen", "PER")],
         [("Ursula von der Leyen", "PER")]),
        # gnad-1000, gnad-0953: a number after a person, a kind of place before one
        ("Der Wiederaufbau hat Errol Joseph 35.000 Dollar gekostet.", [("Errol Joseph 35.000", "PER")],
         [("Errol Joseph", "PER")]),
        ("Im Schwarzmeerort Rize protestierten Tausende.", [("Schwarzmeerort Rize", "LOC")], [("Rize", "LOC")]),
        # gnad-0967: a dateline NER took for an organization; gnad-0738: a league is a competition
        ("Stanford – US-Forscher haben einen Akku entwickelt.", [("Stanford", "ORG")], [("Stanford", "LOC")]),
        ("Die Deutsche Fußball-Bundesliga ist spannend, sagt die Arabische Liga.",
         [("Deutsche Fußball-Bundesliga", "ORG"), ("Arabische Liga", "ORG")], [("Arabische Liga", "ORG")]),
        # gnad-0576: a party described, not named; a state party of the ÖVP is named so
        ("Die pro-kurdische Partei HDP und die steirische Volkspartei",
         [("pro-kurdische Partei", "ORG"), ("HDP", "ORG"), ("steirische Volkspartei", "ORG")],
         [("HDP", "ORG"), ("steirische Volkspartei", "ORG")]),
        # gnad-0369: the surname of a person named in full, not a small town abroad (Castro, Brazil)
        ("Franziskus hatte Fidel Castro getroffen. Das Gespräch in der Residenz Castros dauerte 30 Minuten.",
         [("Fidel Castro", "PER"), ("Castros", "PER")], [("Fidel Castro", "PER"), ("Castros", "PER")]),
        # not joined, not split, not relabelled
        ("Hat Sebastian Kurz da Heinz-Christian Strache schon gekannt?",
         [("Sebastian Kurz", "PER"), ("Heinz-Christian Strache", "PER")],
         [("Sebastian Kurz", "PER"), ("Heinz-Christian Strache", "PER")]),
        ("Der Zug fuhr nach Frankfurt/Oder weiter.", [("Frankfurt/Oder", "LOC")], [("Frankfurt/Oder", "LOC")]),
        ("Obama – Der Präsident kommt am Montag. Barack Obama reist nach Berlin.",
         [("Obama", "PER"), ("Barack Obama", "PER"), ("Berlin", "LOC")],
         [("Obama", "PER"), ("Barack Obama", "PER"), ("Berlin", "LOC")]),
        ("Die Schweizer Krebsliga warnt vor Sonnenbrand.", [("Schweizer Krebsliga", "ORG")],
         [("Schweizer Krebsliga", "ORG")]),
        ("Bad Ischl – Die Gemeinde hat gewählt.", [("Ischl", "ORG")], [("Ischl", "ORG")]),  # partly covered
        ("Kapitän Tom Berlin lobte die Stadt, wie Berlins Bürgermeister.", [("Tom Berlin", "PER"), ("Berlins", "LOC")],
         [("Tom Berlin", "PER"), ("Berlins", "LOC")]),  # a capital stays one
    ],
)
def test_places_and_persons_that_ner_joined_or_split(tokenizer, fixes, text, ents, expected):
    assert fix(tokenizer, fixes, text, ents) == expected


def test_a_surname_known_only_as_a_small_place_abroad_is_the_person(tokenizer):
    """Rule 11's end: after rule 10 named "Fidel Castro" in full, "Castros" tagged a place is the person."""
    doc = tokenizer("Das Gespräch in der Residenz Castros dauerte lange, wie in Berlins Mitte.")
    castros, berlins = Span(doc, 5, 6, label="LOC"), Span(doc, 11, 12, label="LOC")
    assert as_person(castros, {"Castro"}).label_ == "PER"
    assert as_person(berlins, {"Berlin"}).label_ == "LOC"  # a capital stays one


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # gnad-0713: "die Schweden" are the Swedes; the country takes no article
        ("Wenn Apple auf Volvo zukäme, hatte er gesagt, würden die Schweden sicher darüber nachdenken.",
         [("Apple", "ORG"), ("Volvo", "ORG"), ("Schweden", "LOC")], [("Apple", "ORG"), ("Volvo", "ORG")]),
        ("Faymann sagte, auch Länder wie Deutschland und Schweden würden Leute schicken.",
         [("Faymann", "PER"), ("Deutschland", "LOC"), ("Schweden", "LOC")],
         [("Faymann", "PER"), ("Deutschland", "LOC"), ("Schweden", "LOC")]),
        ("Zuletzt gelang dem Schweden Mats Sundin für die Quebec Nordiques in der Saison 1992/93 eine längere "
         "Scoring-Serie.", [("Schweden", "LOC"), ("Mats Sundin", "PER"), ("Quebec Nordiques", "ORG")],
         [("Mats Sundin", "PER"), ("Quebec Nordiques", "ORG")]),
        # gnad-1000: a common noun after an article is no part of the name; gnad-0485: a short name is
        ("Der Armeeveteran Burnell Cotlon hat ihn aufgemacht, nachdem er mit einem Friseursalon angefangen hatte.",
         [("Armeeveteran Burnell Cotlon", "PER")], [("Burnell Cotlon", "PER")]),
        ("Die 55-jährige Guo sagte dem STANDARD, dass der spektakuläre Fall der Li Yan zum wichtigen Anstoß wurde.",
         [("Guo", "PER"), ("STANDARD", "ORG"), ("Li Yan", "PER")], [("Guo", "PER"), ("STANDARD", "ORG"),
                                                                   ("Li Yan", "PER")]),
    ],
)
def test_an_article_marks_people_and_common_nouns(nlp, fixes, text, ents, expected):
    """The tagger's article before a country named like its people, or before a common noun in front of a name
    (NER output given)."""
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # gnad-0378: rule 16 takes "Inseln" (after its adjective is cut) as the noun it is: a place's ending protects
        # a compound ("Mittelmeer"), not the noun alone
        ("143.205 Menschen sind auf der Flucht von der Türkei zu den griechischen Inseln übergesetzt.",
         [("Türkei", "LOC"), ("griechischen Inseln", "LOC")], [("Türkei", "LOC")]),
        # gnad-0208, gnad-0996: a word no vocabulary holds whose tail is a noun of such a cluster (Modus), tagged a
        # common noun
        ("Das griechische Finanzsystem steckt nach wie vor im Krisenmodus.", [("Krisenmodus", "LOC")], []),
        ("Sein Basistakt liegt bei 1,44 GHz, im Turbomodus erreicht er bis zu 1,8 GHz.", [("Turbomodus", "LOC")], []),
    ],
)
def test_nouns_the_tagger_marks_are_no_places(nlp, fixes, text, ents, expected):
    """NER output given, on the bundled model's tags."""
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # gnad-0299, gnad-0365: NER ends the name at its capitalized particle; the surname with its particles is
        # the person wherever the document repeats it
        ("Ich persönlich werde Alexander Van der Bellen wählen. Überreden ließ sich Van der Bellen auch zur "
         "Kandidatur, monatelang hatte er sich trotz hartnäckigen Drängens der grünen Parteispitze geziert.",
         ["Alexander Van der Bellen", "Van der Bellen"]),
        # gnad-0936 and gnad-0212 (one sentence each): a lower-case particle repeated with the surname
        ("Der Fall in Rosenheim wird gerade aufgeklärt, sagte der deutsche Innenminister Thomas de Maizière. "
         "STANDARD: Deutschlands Innenminister de Maizière hat schärfere Sicherheitsvorkehrungen angekündigt.",
         ["Thomas de Maizière", "de Maizière"]),
    ],
)
def test_a_name_goes_on_with_its_particles(nlp, text, people):
    assert [e.text for e in nlp(text).ents if e.label_ == "PER"] == people


def test_an_article_after_a_given_name_is_no_particle(nlp, fixes):
    """gnad-0164, NER output given: "Omar der Tschetschene" is no name "Omar der …"."""
    text = ("Zu Beginn des Monats wurde demnach außerdem der Kriegsminister des IS, Omar al-Shishani (Omar der "
            "Tschetschene), bei einem Angriff der US-geführten Militärallianz getötet.")
    ents = [("IS", "ORG"), ("Omar al-Shishani", "PER"), ("Omar", "PER")]
    assert fix_tagged(nlp, fixes, text, ents) == ents


def test_a_discounter_named_like_a_person_is_a_company(nlp, fixes):
    """gnad-0902, NER output given: a surname that is an inhabitant noun (Hofer) stays a person, but after
    "Diskonter" it is the company."""
    text = ("So sollen Asylwerber eine Filiale des Diskonters Hofers gestürmt haben, um dort gratis einzukaufen. "
            "Diskonter Hofer kommentierte sogar direkt auf Straches Facebook-Seite.")
    ents = [("Diskonters Hofers", "ORG"), ("Diskonter Hofer", "PER"), ("Straches", "PER")]
    assert fix_tagged(nlp, fixes, text, ents) == [("Hofers", "ORG"), ("Hofer", "ORG"), ("Straches", "PER")]


@pytest.mark.parametrize(
    ("name", "particles"),
    [("Alexander Van der Bellen", ["Van", "der"]), ("Johann Georg von Kempelen", ["von"]), ("Mark Carney", []),
     ("Thomas de Maizière", ["de"])],
)
def test_the_particles_of_a_full_name_stand_right_before_its_surname(tokenizer, name, particles):
    doc = tokenizer(name)
    assert particles_before(doc[:]) == particles


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # gnad-0444: an organization ran on past its own genitive
        ("Laut Informationen aus Apples Zulieferkette – allerdings frühestens 2017. Am 21. März soll Apple "
         "angeblich ein neues iPad vorstellen.", [("Apples Zulieferkette", "ORG"), ("Apple", "ORG")],
         [("Apples", "ORG"), ("Apple", "ORG")]),
        # gnad-0031: a broadcaster's building is a place (gold: a place), not the broadcaster
        ("Genau: Das mit Clemens Holzmeister gebaute ORF-Funkhaus.", [("Clemens Holzmeister", "PER"),
                                                                       ("ORF-Funkhaus", "ORG")],
         [("Clemens Holzmeister", "PER"), ("ORF-Funkhaus", "LOC")]),
        # a kind of company is no place
        ("Laut dem Technologieportal golem.de klagt das Seitensprungportal.", [("Technologieportal", "LOC"),
                                                                                ("golem.de", "ORG")],
         [("golem.de", "ORG")]),
        # a capitalized adjective before an institution, tagged as a place
        ("Die Vorsitzende der Grünen-Fraktion im Europäischen Parlament, Rebecca Harms, war zufrieden.",
         [("Europäischen Parlament", "LOC"), ("Rebecca Harms", "PER")],
         [("Europäischen Parlament", "ORG"), ("Rebecca Harms", "PER")]),
        # gnad-0894: a person's full name spelled otherwise, tagged as an organization; not the same spelling
        ("Nach dem Sturz von Machthaber Muammar Gaddafi ist Libyen im Chaos versunken. Seit dem Sturz des "
         "Machthabers Muammar al-Gaddafi herrschen Milizen.", [("Muammar Gaddafi", "PER"), ("Libyen", "LOC"),
                                                              ("Muammar al-Gaddafi", "ORG")],
         [("Muammar Gaddafi", "PER"), ("Libyen", "LOC"), ("Muammar al-Gaddafi", "PER")]),
        # (nor does rule 13 take a person beginning with a given name for the company: the founder)
        ("Der Tourismuskonzern Thomas Cook wächst. Thomas Cook gründete ihn 1841.",
         [("Thomas Cook", "ORG"), ("Thomas Cook", "PER")], [("Thomas Cook", "ORG"), ("Thomas Cook", "PER")]),
        # gnad-1020: a club in the genitive before a player NER ran into one place
        ("Der VfB Stuttgart muss auf Martin Harnik verzichten. Stuttgarts Harnik ist angeschlagen.",
         [("VfB Stuttgart", "ORG"), ("Martin Harnik", "PER"), ("Stuttgarts Harnik", "LOC")],
         [("VfB Stuttgart", "ORG"), ("Martin Harnik", "PER"), ("Stuttgarts", "ORG"), ("Harnik", "PER")]),
        # gnad-0299: NER stops the repeated name at its particle
        ("Ich werde Alexander Van der Bellen wählen. Überreden ließ sich Van der Bellen nicht.",
         [("Alexander Van der Bellen", "PER"), ("Van", "PER")],
         [("Alexander Van der Bellen", "PER"), ("Van der Bellen", "PER")]),
    ],
)
def test_errors_of_the_retrained_model(nlp, fixes, text, ents, expected):
    """Errors the model retrained on the mended split makes where the previous one did not, and what the rules that
    settle them must leave (the Thomas Cook case; NER output given)."""
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a one-word name that is a particle, when no full name of the document goes on with it (review)
        ("Prinzessin Diana, genannt Lady Di, starb 1997. Di war damals 36 Jahre alt.",
         [("Diana", "PER"), ("Lady Di", "PER"), ("Di", "PER")], [("Diana", "PER"), ("Lady Di", "PER"), ("Di", "PER")]),
        ("Van liegt im Osten der Türkei.", [("Van", "PER"), ("Türkei", "LOC")], [("Van", "LOC"), ("Türkei", "LOC")]),
        # a town named like a kind of company; a museum after a capitalized adjective is an organization (stop 31:
        # the held-out annotations name museums so)
        ("Die Polizei von Burbank ermittelt.", [("Burbank", "LOC")], [("Burbank", "LOC")]),
        ("Im Historischen Museum hängt das Bild.", [("Historischen Museum", "LOC")], [("Historischen Museum", "ORG")]),
        # the same name in capitals is no other spelling
        ("Der Tourismuskonzern THOMAS COOK wächst. Thomas Cook gründete ihn 1841.",
         [("THOMAS COOK", "ORG"), ("Thomas Cook", "PER")], [("THOMAS COOK", "ORG"), ("Thomas Cook", "PER")]),
        # the genitive before a surname is a place the gazetteer knows, not a party or a cabinet
        ("Frank Stronach will kandidieren. Die Abgeordneten des Teams Stronach stimmten dagegen.",
         [("Frank Stronach", "PER"), ("Teams Stronach", "ORG")],
         [("Frank Stronach", "PER"), ("Teams Stronach", "ORG")]),
        ("Werner Faymann regiert. Ein Minister des Kabinetts Faymann trat zurück.",
         [("Werner Faymann", "PER"), ("Kabinetts Faymann", "ORG")],
         [("Werner Faymann", "PER"), ("Kabinetts Faymann", "ORG")]),
        # a capitalized adjective is no organization's genitive
        ("Laut DIW (Deutsches Institut für Wirtschaftsforschung) wächst die Wirtschaft.",
         [("DIW", "ORG"), ("Deutsches Institut für Wirtschaftsforschung", "ORG")],
         [("DIW", "ORG"), ("Deutsches Institut für Wirtschaftsforschung", "ORG")]),
    ],
)
def test_what_the_rules_for_the_retrained_model_leave(nlp, fixes, text, ents, expected):
    """Counter-examples a review found for those rules (NER output given)."""
    assert fix_tagged(nlp, fixes, text, ents) == expected


def test_a_party_keeps_the_genitive_of_its_name(nlp, fixes):
    """gnad-0953, NER output given: "Arbeiterpartei" before a name in the genitive is part of the name (the tagger
    settles the case: "Kurdistans" is no place the gazetteer knows), before one in the nominative it is not."""
    text = "Die Arbeiterpartei Kurdistans (PKK) kämpft, die Linkspartei Podemos verhandelt."
    ents = [("Arbeiterpartei Kurdistans", "ORG"), ("PKK", "ORG"), ("Linkspartei Podemos", "ORG")]
    assert fix_tagged(nlp, fixes, text, ents) == [("Arbeiterpartei Kurdistans", "ORG"), ("PKK", "ORG"),
                                                  ("Podemos", "ORG")]


def test_an_institution_before_one_name_word_stays(nlp, fixes):
    """Rule 2: "Volksbank Etruria" keeps its institution (NER output given; the retrained model misses it)."""
    text = "Die vier Pleitebanken sind die Banca Marche, die Volksbank Etruria sowie die Sparkassen von Chieti."
    assert ("Volksbank Etruria", "ORG") in fix_tagged(nlp, fixes, text, [("Volksbank Etruria", "ORG")])


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # rule 0: a time of day is no name nor part of one (gnad-0981, gnad-0407); the rest keeps its reading
        ("ÖGB-Chef Katzian Mittwochfrüh im Gespräch. Dienstagfrüh kam Faymann.",
         [("Katzian Mittwochfrüh", "PER"), ("Dienstagfrüh", "PER"), ("Faymann", "PER")],
         [("Katzian", "PER"), ("Faymann", "PER")]),
        ("Die Regierung tagte Freitagabend Warschau zufolge lange.", [("Freitagabend Warschau", "ORG")],
         [("Warschau", "LOC")]),
        # rule 0: a person's Roman ordinal keeps its period (gnad-0540, draw 21's gnad-0842), also at a sentence's
        # end, which stays there (review)
        ("Der junge König Felipe VI. hat Legitimität, sagte Papst Paul VI. Regierungschef Rajoy stimmte zu.",
         [("Felipe VI", "PER"), ("Paul VI", "PER"), ("Rajoy", "PER")],
         [("Felipe VI.", "PER"), ("Paul VI.", "PER"), ("Rajoy", "PER")]),
        # rule 0: a slash ends a place (gnad-0087), a month names a feast (gnad-0087, gnad-0452, gnad-0665)
        ("Jerusalem/Ramallah – Israels Premier kam zu Beginn des Fastenmonats Ramadan.",
         [("Jerusalem/", "LOC"), ("Ramallah", "LOC"), ("Fastenmonats Ramadan", "LOC")],
         [("Jerusalem", "LOC"), ("Ramallah", "LOC")]),
        # rule 2: a genitive owns the compound after it (blind draws 20 and 21); a surname the tagger reads so stays
        ("Das war vor Haiders Regierungseintritt und Rudolf Hundstorfers Präsidentschaftswahlkampf, nicht bei "
         "Fats Domino oder der Tsipras Syriza-Partei.",
         [("Haiders Regierungseintritt", "PER"), ("Rudolf Hundstorfers Präsidentschaftswahlkampf", "PER"),
          ("Fats Domino", "PER"), ("Tsipras Syriza-Partei", "PER")],
         [("Haiders", "PER"), ("Rudolf Hundstorfers", "PER"), ("Fats Domino", "PER"),
          ("Tsipras Syriza-Partei", "ORG")]),
        # rule 2: a relation before a name, which is a given name too (blind draw 20, gnad-0213)
        ("Sein Mentor Sarkozy kam nicht.", [("Mentor Sarkozy", "PER")], [("Sarkozy", "PER")]),
        # rule 5 before rule 2: a team NER took for a person keeps its nickname; a surname the word clusters hold
        # among people's names is none; an entity NER split off the town's first word stays apart, and the rules
        # do not fail on it (review)
        ("Die Dallas Stars gewannen gegen Chicago 3:2. Harrison Ford kämpft als Indiana Jones gegen die Nazis.",
         [("Dallas Stars", "PER"), ("Chicago", "LOC"), ("Harrison Ford", "PER"), ("Indiana Jones", "PER")],
         [("Dallas Stars", "ORG"), ("Chicago", "LOC"), ("Harrison Ford", "PER"), ("Indiana Jones", "PER")]),
        ("New York Islanders – St. Louis Blues 4:0 nach dem Spiel.",
         [("New York Islanders", "ORG"), ("St.", "LOC"), ("Louis Blues", "PER")],
         [("New York Islanders", "ORG"), ("St.", "LOC"), ("Louis Blues", "PER")]),
        # rule 2: a counterpart only before a person, not a company's first word (review)
        ("Clinton traf ihren Rivalen Bernie Sanders, Siemens übernimmt Mentor Graphics.",
         [("Clinton", "PER"), ("Rivalen Bernie Sanders", "PER"), ("Siemens", "ORG"), ("Mentor Graphics", "ORG")],
         [("Clinton", "PER"), ("Bernie Sanders", "PER"), ("Siemens", "ORG"), ("Mentor Graphics", "ORG")]),
        # rule 7: a compound of a German word and a noun the word clusters hold among common words is no person
        # (held-out gnad-0050, gnad-1009, gnad-0660), a surname so built named in full is, and other surnames stay
        ("Der Chefverhandler traf das Sicherheitsgespann. Stefan Schmuckenschlager und Windbichler kamen, "
         "Schmuckenschlager sprach.",
         [("Chefverhandler", "PER"), ("Sicherheitsgespann", "PER"), ("Stefan Schmuckenschlager", "PER"),
          ("Windbichler", "PER"), ("Schmuckenschlager", "PER")],
         [("Stefan Schmuckenschlager", "PER"), ("Windbichler", "PER"), ("Schmuckenschlager", "PER")]),
        # rule 20: a one-word building named after a person or a place is a place (held-out gnad-0417, gnad-0722,
        # gnad-0516, gnad-0661), not one named after a kind or a German word
        ("Konzerte in der Karlskirche, im Petersdom, im Raimundtheater und in der Salzburgarena, nicht in der "
         "Stadthalle, der Pfarrkirche oder am Hartplatz beim Kleinstadion.", [],
         [("Karlskirche", "LOC"), ("Petersdom", "LOC"), ("Raimundtheater", "LOC"), ("Salzburgarena", "LOC")]),
        # review of rules 7 and 20: a surname of a word and an adjective form or a place's name stays a person; a
        # hall named after a place abroad or a word is none, a saint's church with its s and a genitive are places
        ("Der frühere Skistar Eberharter traf Starhemberg in der Markuskirche, nicht in der Nordhalle oder der "
         "Boulderhalle. Des Stephansdoms Turm steht.",
         [("Eberharter", "PER"), ("Starhemberg", "PER")],
         [("Eberharter", "PER"), ("Starhemberg", "PER"), ("Markuskirche", "LOC"), ("Stephansdoms", "LOC")]),
        # rule 19: a party named by its members after a definite article (draw 21, gnad-0096), not one member
        ("Die Republikaner verfehlten die Mehrheit, während die Demokraten lobten. Der Republikaner warf Obama vor, "
         "als Kandidat der Republikaner zu scheitern.", [("Obama", "PER")],
         [("Republikaner", "ORG"), ("Demokraten", "ORG"), ("Obama", "PER"), ("Republikaner", "ORG")]),
        # rule 5: a town or state and an English plural is a team (gnad-0976), also where NER left out "St."
        ("New Jersey Devils 4:0St. Louis Blues – Nashville Predators 2:1, die Arizona Coyotes siegten gegen die San "
         "Jose Sharks.",
         [("New Jersey Devils", "LOC"), ("Louis Blues", "PER"), ("Nashville Predators", "PER"),
          ("Arizona Coyotes", "PER"), ("San Jose Sharks", "ORG")],
         [("New Jersey Devils", "ORG"), ("St. Louis Blues", "ORG"), ("Nashville Predators", "ORG"),
          ("Arizona Coyotes", "ORG"), ("San Jose Sharks", "ORG")]),
        # but not a place so named, a genitive of a person named like a town, nor one the document names bare
        ("Er flog nach dem Spiel nach Palm Springs, sah George Millers Film und Paris Hiltons Hotel. Hilton schwieg.",
         [("Palm Springs", "LOC"), ("George Millers", "PER"), ("Paris Hiltons", "PER"), ("Hilton", "PER")],
         [("Palm Springs", "LOC"), ("George Millers", "PER"), ("Paris Hiltons", "PER"), ("Hilton", "PER")]),
        # nor a person whose given name is a municipality or town, nor a name after a region (970 articles)
        ("Seit der Ära Mao Zedongs kämpft die KP gegen Rituale. Im Spiel gegen Rapid traf Redakteurssprecher "
         "Benedikt Fuchs. Er folgt in der Steiermark Franz Voves nach, sagte er nach dem Spiel.",
         [("Mao Zedongs", "PER"), ("KP", "ORG"), ("Rapid", "ORG"), ("Benedikt Fuchs", "PER"), ("Steiermark", "LOC")],
         [("Mao Zedongs", "PER"), ("KP", "ORG"), ("Rapid", "ORG"), ("Benedikt Fuchs", "PER"), ("Steiermark", "LOC"),
          ("Franz Voves", "PER")]),
    ],
)
def test_errors_of_blind_draws_20_and_21(nlp, fixes, text, ents, expected):
    """Errors found in the blind draws 20 and 21 and the held-out articles after them (NER output given)."""
    assert fix_tagged(nlp, fixes, text, ents) == expected



@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # held-out gnad-0382, gnad-0573, gnad-0195: a title after its genre is a work
        ("Das Actionspektakel Mad Max räumte ab, der Filmklassiker Ben Hur nicht, auch nicht Tom McCarthys "
         "Enthüllungsdrama Spotlight und der Animationsfilm Kanada. Frey bringt den Roman Jakob von Gunten auf die "
         "Bühne.",
         [("Mad Max", "PER"), ("Ben Hur", "PER"), ("Tom McCarthys", "PER"), ("Enthüllungsdrama Spotlight", "LOC"),
          ("Kanada", "LOC"), ("Frey", "PER"), ("Jakob von Gunten", "PER")],
         [("Mad Max", "MISC"), ("Ben Hur", "MISC"), ("Tom McCarthys", "PER"), ("Spotlight", "MISC"),
          ("Kanada", "MISC"), ("Frey", "PER"), ("Jakob von Gunten", "MISC")]),
        # not a match, an owner in the genitive, a piece of a country, a real drama's place, an article that agrees
        # with a later noun (review of rule 21)
        ("Im Cup-Spiel Salzburg gegen Sturm und im Klassiker Rapid gegen Austria fiel kein Tor. Der Titel Rapids war "
         "verdient, sagte Rapid. Das ist ein Stück Österreich, das Flüchtlingsdrama Parndorf nicht. Die Roman "
         "Polanski vorgeworfene Tat ist alt.",
         [("Salzburg", "LOC"), ("Sturm", "ORG"), ("Rapid", "ORG"), ("Austria", "ORG"), ("Rapids", "ORG"),
          ("Rapid", "ORG"), ("Österreich", "LOC"), ("Parndorf", "LOC"), ("Polanski", "PER")],
         [("Salzburg", "LOC"), ("Sturm", "ORG"), ("Rapid", "ORG"), ("Austria", "ORG"), ("Rapids", "ORG"),
          ("Rapid", "ORG"), ("Österreich", "LOC"), ("Parndorf", "LOC"), ("Polanski", "PER")]),
        # not a maker of films, a player, an author in the genitive, a given name, a match or an opera house
        ("Es ist ein Imagefilm, sagt Dokumentarfilmer Georg Riha. Defensive-Line-Spieler Thomas Schaffer lacht. "
         "Es geht um Werke Egon Schieles. Mit Roman Hagara segelt er zur Oper Graz nach dem Spiels Grödig.",
         [("Georg Riha", "PER"), ("Thomas Schaffer", "PER"), ("Egon Schieles", "PER"), ("Roman Hagara", "PER"),
          ("Oper Graz", "ORG"), ("Grödig", "ORG")],
         [("Georg Riha", "PER"), ("Thomas Schaffer", "PER"), ("Egon Schieles", "PER"), ("Roman Hagara", "PER"),
          ("Oper Graz", "ORG"), ("Grödig", "ORG")]),
    ],
)
def test_a_title_after_its_genre_is_a_work(nlp, fixes, text, ents, expected):
    """Rule 21: a name after a work's genre is the work's title (MISC), not a person, place or organization."""
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # held-out gnad-0394: NER ran two given names together across a comma
        ("Hans, Karl, Hannes, David und Max sind zwischen 27 und 46 Jahren alt.",
         [("Hans, Karl", "PER"), ("Hannes", "PER"), ("Max", "PER")],
         [("Hans", "PER"), ("Karl", "PER"), ("Hannes", "PER"), ("Max", "PER")]),
        # not at a suffix or a role after the comma (review)
        ("Martin Luther King, Jr. sprach. Georg Kapsch, Präsident der IV, sprach auch.",
         [("Martin Luther King, Jr.", "PER"), ("Georg Kapsch, Präsident", "PER"), ("IV", "ORG")],
         [("Martin Luther King, Jr.", "PER"), ("Georg Kapsch, Präsident", "PER"), ("IV", "ORG")]),
        # held-out gnad-0400: a role's compound alone is no person; a surname so built is, after the full name
        ("Landesparteiobmann und Landtagsklubobmann Walter Steidl bestätigt. Richterin Anna Hofrichter lehnte ab, "
         "sagte Hofrichter.", [("Landesparteiobmann", "PER"), ("Walter Steidl", "PER"), ("Anna Hofrichter", "PER"),
                              ("Hofrichter", "PER")],
         [("Walter Steidl", "PER"), ("Anna Hofrichter", "PER"), ("Hofrichter", "PER")]),
        # held-out gnad-0070, gnad-0344: a month before a year, a rank before a player
        ("Er ergibt sich aus der Inflationsrate von August 2014 bis Juli 2015. August Bebel sprach 1875. Dann "
         "spielt Thiem gegen Weltranglisten-45. Pospisil.",
         [("von August", "PER"), ("August Bebel", "PER"), ("Thiem", "PER"), ("Weltranglisten-45. Pospisil", "PER")],
         [("August Bebel", "PER"), ("Thiem", "PER"), ("Pospisil", "PER")]),
        # but a given name before the month makes it a person's name (review)
        ("Prinz Ernst August 2004 wurde verurteilt.", [("Ernst August", "PER")], [("Ernst August", "PER")]),
        # draw 23 gnad-0604, held-out gnad-0416: a town of several words tagged as a person
        ("Sie wurden direkt nach Slavonski Brod befördert. Er sprach am Institut in Maria Gugging. Maria Gugging "
         "lachte.", [("Slavonski Brod", "PER"), ("Maria Gugging", "PER"), ("Maria Gugging", "PER")],
         [("Slavonski Brod", "LOC"), ("Maria Gugging", "LOC"), ("Maria Gugging", "PER")]),
        # draw 22 gnad-1010: NER ended a town before the rest of its name
        ("In Gornja Radgona warteten fast 1.000 Menschen.", [("Gornja", "LOC")], [("Gornja Radgona", "LOC")]),
        # a name outside any entity after a common noun for a settlement (held-out gnad-0842, gnad-0378, gnad-0576)
        ("Schlamm überschwemmt die Ortschaft Kolontar, die Region des Grenzdorfes Chamilo und die Stadt Kobane, in der "
         "Stadt Kinder, die Heimatstadt Obamas und das Gemälde Tote Stadt III.", [("Obamas", "PER")],
         [("Kolontar", "LOC"), ("Chamilo", "LOC"), ("Kobane", "LOC"), ("Obamas", "PER")]),
        # two places NER found side by side that the gazetteer knows as one, with a hyphen (held-out gnad-0798)
        ("Crans Montana – Wegen Neuschnee wurde die Abfahrt in Crans Montana verschoben.",
         [("Crans", "LOC"), ("Montana", "LOC"), ("Crans", "LOC"), ("Montana", "LOC")],
         [("Crans Montana", "LOC"), ("Crans Montana", "LOC")]),
        # also a known town before the rest of its name, function words inside (held-out gnad-0552, gnad-0702)
        ("Er erreichte das Ziel in St. Georgen im Attergau, an der Messstation Kirchberg an der Jagst regnete es.",
         [("St. Georgen", "LOC"), ("Kirchberg", "LOC")],
         [("St. Georgen im Attergau", "LOC"), ("Kirchberg an der Jagst", "LOC")]),
        # held-out gnad-0248, gnad-0213: a surname ending in a noun's form ("Hol|lande") that the word clusters hold
        # among people's names, and no nationality noun ("Holland" + "e"); "Wahlvolk" stays no person
        ("Präsident Hollande sprach. Das Wahlvolk schwieg. Freitags gibt es Fisch.",
         [("Hollande", "PER"), ("Wahlvolk", "PER"), ("Freitags", "PER")], [("Hollande", "PER")]),
        # ... nor a region's code, a numeral, a radio station's number or a label (review)
        ("Die SPÖ stimmte zu, die SPÖ OÖ nicht. Rapid gewann, Rapid II verlor. Sony Music wächst wie Sony, und "
         "Bayern 3 sendet, wie der Bayern 3 gehört.",
         [("SPÖ", "ORG"), ("SPÖ OÖ", "ORG"), ("Rapid", "ORG"), ("Rapid II", "ORG"), ("Sony Music", "ORG"),
          ("Sony", "ORG"), ("Bayern 3", "ORG")],
         [("SPÖ", "ORG"), ("SPÖ OÖ", "ORG"), ("Rapid", "ORG"), ("Rapid II", "ORG"), ("Sony Music", "ORG"),
          ("Sony", "ORG"), ("Bayern 3", "ORG"), ("Bayern 3", "ORG")]),  # the station named again (rule 13)
        # held-out gnad-0614, gnad-0584: a maker and its model is a product; not a channel, a club's year, a place
        ("OnePlus stellt das OnePlus X vor, Samsung das Samsung Galaxy S6, Apple die Apple Watch. Sky zeigt es auf "
         "Sky Deutschland, der ORF auf ORF 2, und Mainz 05 spielt.",
         [("OnePlus", "ORG"), ("OnePlus X", "ORG"), ("Samsung", "ORG"), ("Samsung Galaxy S6", "ORG"), ("Apple", "ORG"),
          ("Apple Watch", "ORG"), ("Sky", "ORG"), ("Sky Deutschland", "ORG"), ("ORF", "ORG"), ("ORF 2", "ORG"),
          ("Mainz 05", "ORG")],
         [("OnePlus", "ORG"), ("OnePlus X", "MISC"), ("Samsung", "ORG"), ("Samsung Galaxy S6", "MISC"),
          ("Apple", "ORG"), ("Apple Watch", "MISC"), ("Sky", "ORG"), ("Sky Deutschland", "ORG"), ("ORF", "ORG"),
          ("ORF 2", "ORG"), ("Mainz 05", "ORG")]),
        # held-out gnad-0976, gnad-0199: a league's conference and a stock index are no organizations; an exchange is
        ("Die Rangers führen die Eastern Conference an. Der ATX schloss fester, die Nasdaq meldete Rekorde.",
         [("Rangers", "ORG"), ("Eastern Conference", "ORG"), ("ATX", "ORG"), ("Nasdaq", "ORG")],
         [("Rangers", "ORG"), ("Nasdaq", "ORG")]),
        # held-out gnad-1007, gnad-0656: an Arabic name goes on across "bin", twice too; not German "bin"; "Emir" and
        # "Sultan" are given names too (review)
        ("Ein Telefonat zwischen Merkel und Mohammed bin Zayid al Nuhayyan. Tamim bin Hamad bin Khalifa Al Thani "
         "regiert. Qabus bin Said folgte. Ich bin Pablo. So wie Marcel Koller bin ich ein Fan. Regisseur Emir "
         "Kusturica drehte mit Sultan Al Jaber.",
         [("Merkel", "PER"), ("Mohammed", "PER"), ("Tamim", "PER"), ("Hamad", "PER"), ("Said", "PER"),
          ("Pablo", "PER"), ("Marcel Koller", "PER"), ("Emir Kusturica", "PER"), ("Sultan Al Jaber", "PER")],
         [("Merkel", "PER"), ("Mohammed bin Zayid al Nuhayyan", "PER"), ("Tamim bin Hamad bin Khalifa Al Thani", "PER"),
          ("Qabus bin Said", "PER"), ("Pablo", "PER"), ("Marcel Koller", "PER"), ("Emir Kusturica", "PER"),
          ("Sultan Al Jaber", "PER")]),
        # held-out gnad-0209: a name the document calls a town is one wherever NER took it for a person; not a
        # genitive after a town word
        ("Bei einem Angriff auf die Stadt Marat Numan starben zwei. In Marat Numan herrscht Angst. Die Heimatstadt "
         "Obamas jubelt. Der Bürgermeister der Landeshauptstadt Siegfried Nagl tritt an, sagte Siegfried Nagl.",
         [("Marat Numan", "PER"), ("Marat Numan", "PER"), ("Obamas", "PER"), ("Siegfried Nagl", "PER"),
          ("Siegfried Nagl", "PER")],
         [("Marat Numan", "LOC"), ("Marat Numan", "LOC"), ("Obamas", "PER"), ("Siegfried Nagl", "PER"),
          ("Siegfried Nagl", "PER")]),
        # held-out gnad-0475: a company whose name begins with a role keeps it; a general before a person does not
        ("Der größte US-Autohersteller General Motors hat gezahlt. General Petraeus sprach.",
         [("General Motors", "ORG"), ("General Petraeus", "PER")], [("General Motors", "ORG"), ("Petraeus", "PER")]),
        # held-out gnad-0778, gnad-0807: a company in the genitive, tagged as a person
        ("Die Tester zeigen sich enttäuscht über Googles Tablet und Nintendos Konsole.",
         [("Googles", "PER"), ("Nintendos", "PER")], [("Googles", "ORG"), ("Nintendos", "ORG")]),
    ],
)
def test_errors_of_the_held_out_articles_in_stop_29(nlp, fixes, text, ents, expected):
    """Persons in the held-out articles that are lists, roles or companies (NER output given)."""
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # held-out gnad-0264, gnad-0192, corpus gnad-0610: the gazetteer's organizations whatever NER said, also of
        # one letter ("Ö3")
        ("Auf Ö3 lief es, 15 von Syriza fehlten, erklärt Heise.", [("Ö3", "LOC"), ("Syriza", "LOC"), ("Heise", "PER")],
         [("Ö3", "ORG"), ("Syriza", "ORG"), ("Heise", "ORG")]),
        # held-out gnad-0213, gnad-0287: a given name the lemma table lists among people's names whatever the tagger
        # says ("Marion" NN), a magazine after "Zeitschrift"
        ("Im Süden trat Marion Maréchal-Le Pen an, in der rechten Zeitschrift Aula stand es.", [],
         [("Marion Maréchal-Le Pen", "PER"), ("Aula", "ORG")]),
        # held-out gnad-0738: a hyphenated compound of a common noun is no place; not a hall or a part of town
        ("Er feierte sein Comeback im Hertha-Tor, in der Schiffbau-Halle und in Graz-Süd.",
         [("Hertha-Tor", "LOC"), ("Schiffbau-Halle", "LOC"), ("Graz-Süd", "LOC")],
         [("Schiffbau-Halle", "LOC"), ("Graz-Süd", "LOC")]),
        # held-out gnad-0130: towns listed after "Universitäten" name the universities
        ("Mit Wissenschaftern der Universitäten Marburg, Gießen und Ulm arbeiten sie in Berlin.",
         [("Marburg", "LOC"), ("Gießen", "LOC"), ("Ulm", "LOC"), ("Berlin", "LOC")], [("Berlin", "LOC")]),
        # held-out gnad-0794: a town's airport, station or stadium by the town's adjective where NER missed it
        ("Ein Gerichtsvollzieher marschierte am Salzburger Flughafen auf, im Augsburger Stadion jubelten sie.", [],
         [("Salzburger Flughafen", "LOC"), ("Augsburger Stadion", "LOC")]),
        # held-out gnad-1009, gnad-0981: a town and a part of it joined by a hyphen, after "in"
        ("Eine Bank in Wien-Döbling wurde überfallen, das Logistikzentrum in Wien-Aspern nicht.", [],
         [("Wien-Döbling", "LOC"), ("Wien-Aspern", "LOC")]),
        # held-out gnad-0384, gnad-0575: a Viennese district named as a feminine noun, after "in der", "und der"
        ("Die Bezirksämter in Margareten, Hernals und der Josefstadt; in der Josefstadt gibt es mehr Schulen.",
         [("Margareten", "LOC"), ("Hernals", "LOC")],
         [("Margareten", "LOC"), ("Hernals", "LOC"), ("Josefstadt", "LOC"), ("Josefstadt", "LOC")]),
        # held-out gnad-0050, gnad-0497, gnad-0575: roads, tunnels and ring roads named after a direction or a name
        ("Auf der Ostautobahn, im Polleroswandtunnel und am Margaretengürtel, nicht an der Eisenbahnbrücke.", [],
         [("Ostautobahn", "LOC"), ("Polleroswandtunnel", "LOC"), ("Margaretengürtel", "LOC")]),
        ("Sie flüchteten in den Rettungstunnel, die Polizei kontrolliert die Grenzbrücke.", [], []),  # review
        # held-out gnad-0527: a language's short name in a list of languages (a region too: Somali)
        ("Unterricht gibt es in Chinesisch, Dari (Neupersisch), Slowenisch, Somali, Spanisch und Arabisch.",
         [("Chinesisch", "MISC"), ("Dari", "PER"), ("Somali", "ORG"), ("Spanisch", "MISC")],
         [("Chinesisch", "MISC"), ("Spanisch", "MISC")]),
        # held-out gnad-0630: a person of several words the document names as an organization elsewhere
        ("Das berichten die Zeitungen Le Soir und Het Laatste Nieuws. Von dem Telefonat hat Het Laatste Nieuws eine "
         "Aufzeichnung.", [("Le Soir", "ORG"), ("Het Laatste Nieuws", "LOC"), ("Het Laatste Nieuws", "PER")],
         [("Le Soir", "ORG"), ("Het Laatste Nieuws", "ORG"), ("Het Laatste Nieuws", "ORG")]),
        # held-out gnad-0939, gnad-0842: a given name of two joined by a hyphen, a pope's Roman ordinal after his role
        ("Es reichte vor Daniel-Andre Tande. 1965 – Papst Paul VI. besucht die UNO.",
         [("Daniel-Andre", "ORG"), ("UNO", "ORG")],
         [("Daniel-Andre Tande", "PER"), ("Paul VI.", "PER"), ("UNO", "ORG")]),
    ],
)
def test_errors_of_the_held_out_articles_in_stop_30(nlp, fixes, text, ents, expected):
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # SmartData sd-007, sd-025, held-out gnad-0539, gnad-0607: a motorway or federal road by its number in a
        # sentence about traffic; not the telecom company A1 (gnad-0398), a phone or a car
        ("Nach dem Auffahrunfall auf der Autobahn A13 sind die Verletzten im Krankenhaus.", [], [("A13", "LOC")]),
        ("Einsatz der Rettungskräfte sorgt für Stau auf A8", [], [("A8", "LOC")]),
        ("Der Lenker war auf der B125 in Richtung Pregarten gefahren.", [("Pregarten", "LOC")],
         [("B125", "LOC"), ("Pregarten", "LOC")]),
        ("Sie sollen den Zugang zur Autobahn (A9) sperren.", [], [("A9", "LOC")]),
        ("Bei A1 wird auf der Straße geprüft, ob der Anschluss verfügbar ist.", [], []),
        ("Der Fahrer testete auf der Autobahn den Audi A8 und das Galaxy S6.", [("Audi A8", "ORG")],
         [("Audi A8", "ORG")]),
        # SmartData (not annotated): an acronym after its long form across a bracket NER took in, also where a
        # descriptor ("Firma") names the organization too
        ("Weil es dem Inhaber der Firma Kombi-Massiv-Bau (KMB) in Marsberg nicht passte, zahlte er keinen Lohn.",
         [("Kombi-Massiv-Bau (KMB", "ORG"), ("Marsberg", "LOC")],
         [("Kombi-Massiv-Bau", "ORG"), ("KMB", "ORG"), ("Marsberg", "LOC")]),
        # SmartData sd-021: an academic title is no name
        ("Dr.-Ing. Gabriele Hoeborn ist Gastprofessorin in Chile", [("Dr.-Ing", "LOC"), ("Gabriele Hoeborn", "PER"),
                                                                    ("Chile", "LOC")],
         [("Gabriele Hoeborn", "PER"), ("Chile", "LOC")]),
        # SmartData sd-015: no name begins with a quantifier
        ("Der Bus sorgte für einen Rückstau in beide Fahrtrichtungen.", [("beide Fahrtrichtungen", "LOC")], []),
        # part B sd-065 and an unannotated SmartData headline: names NER ran together across spaced dashes are apart
        ("Euronews - Africanews", [("Euronews - Africanews", "ORG")], [("Euronews", "ORG"), ("Africanews", "ORG")]),
        ("Abmahnung Waldorf Frommer - Warner Bros. Entertainment GmbH",
         [("Waldorf Frommer - Warner Bros. Entertainment GmbH", "ORG")],
         [("Waldorf Frommer", "ORG"), ("Warner Bros. Entertainment GmbH", "ORG")]),
    ],
)
def test_errors_of_the_smartdata_articles(nlp, fixes, text, ents, expected):
    """German web news of another outlet (bench/smartdata_entities.jsonl, part A)."""
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # SmartData set C sd-069, sd-108: a bracket the name opens is closed by the one after it, a qualifier
        ("Der Zug hält nicht in Kahl (Main) und fährt bis Halle (Saale).",
         [("Kahl (Main", "LOC"), ("Halle (Saale", "LOC")], [("Kahl (Main)", "LOC"), ("Halle (Saale)", "LOC")]),
        # or cut off with what it holds where none closes it there (sd-076); gnad-0779: a bracket closed, not opened
        ("Kein Halt in Ingolstadt Hbf (12. und 13.03.)", [("Ingolstadt Hbf (12.", "LOC")],
         [("Ingolstadt Hbf", "LOC")]),
        ("Weiter: 13. Max Verstappen (NED) Toro Rosso 1:43,662",
         [("Max Verstappen", "PER"), ("NED) Toro Rosso", "ORG")], [("Max Verstappen", "PER"), ("Toro Rosso", "ORG")]),
        # sd-078, sd-076: a station after its town, where NER found the town and the station apart or the town alone
        ("Der Zug fährt ab Berlin Ostbahnhof.", [("Berlin", "LOC"), ("Ostbahnhof", "LOC")],
         [("Berlin Ostbahnhof", "LOC")]),
        ("Umleitung über Ingolstadt Hbf und Augsburg.", [("Ingolstadt", "LOC"), ("Augsburg", "LOC")],
         [("Ingolstadt Hbf", "LOC"), ("Augsburg", "LOC")]),
        ("Umleitung über Würzburg Hbf und Augsburg.", [("Augsburg", "LOC")],
         [("Würzburg Hbf", "LOC"), ("Augsburg", "LOC")]),
        ("Die Polizei am Bahnhof Ostermünchen sagte.", [], []),
        # sd-108, sd-116, sd-117: the Czech main station, its abbreviation one token ("hl.n."), after the town
        ("EC 171 ab Děčín hl.n. verkehrt heute nicht.", [("Děčín", "LOC")], [("Děčín hl.n.", "LOC")]),
        # sd-100: two places NER joined across a dash; not where a part is no place the gazetteer knows
        ("Busse fahren zwischen Lichtenfels - Sonneberg.", [("Lichtenfels - Sonneberg", "LOC")],
         [("Lichtenfels", "LOC"), ("Sonneberg", "LOC")]),
        ("Busse fahren bis Lichtenfels - Bergwerk.", [("Lichtenfels - Bergwerk", "LOC")],
         [("Lichtenfels - Bergwerk", "LOC")]),
        # sd-072 (six such notices), held-out gnad-0507: a village a route pairs with a place; not a word or a
        # compound of one
        ("Grund: Oberleitungsarbeiten zwischen Grafing Bahnhof und Ostermünchen", [("Grafing Bahnhof", "LOC")],
         [("Grafing Bahnhof", "LOC"), ("Ostermünchen", "LOC")]),
        ("Am Grat zwischen Hochgehrenspitze und Hammerspitze legten sie eine Pause ein.",
         [("Hochgehrenspitze", "LOC")], [("Hochgehrenspitze", "LOC"), ("Hammerspitze", "LOC")]),
        ("Der Zug fährt von Wien bis Samstag nicht.", [("Wien", "LOC")], [("Wien", "LOC")]),
        ("Die Sperre dauert von Wien bis Oberleitungsarbeiten enden.", [("Wien", "LOC")], [("Wien", "LOC")]),
        # review of the part C rules: a station after a station makes no second place (it crashed, E1010), a word
        # that is no town makes none, nor do a common noun and a surname paired with a place
        ("Treffpunkt: Halle Hauptbahnhof Hbf.", [("Halle", "LOC"), ("Hauptbahnhof", "LOC"), ("Hbf.", "LOC")],
         [("Halle Hauptbahnhof", "LOC"), ("Hbf.", "LOC")]),
        ("Der Zug hält am Salzburger Hauptbahnhof Hauptbahnhof.", [("Hauptbahnhof", "LOC"), ("Hauptbahnhof", "LOC")],
         [("Salzburger Hauptbahnhof", "LOC"), ("Hauptbahnhof", "LOC")]),
        ("Nur Bahnhof und Rathaus bleiben offen.", [], []),
        ("Der Pendlerverkehr zwischen Linz und Umgebung nimmt zu.", [("Linz", "LOC")], [("Linz", "LOC")]),
        ("Der Streit zwischen Brüssel und Kurz eskaliert.", [("Brüssel", "LOC")], [("Brüssel", "LOC")]),
        # … nor a dash inside a place the gazetteer knows joined, or a town and a part of it
        ("In Schleswig - Holstein und Berlin - Mitte regnet es.",
         [("Schleswig - Holstein", "LOC"), ("Berlin - Mitte", "LOC")],
         [("Schleswig - Holstein", "LOC"), ("Berlin - Mitte", "LOC")]),
        # … and a nickname in brackets keeps a person one
        ("Gesundheitsminister Rudolf (Rudi) Anschober hat unterschrieben.",
         [("Gesundheitsminister Rudolf", "PER"), ("Rudi) Anschober", "PER")], [("Rudolf (Rudi) Anschober", "PER")]),
        # sd-092: a person's name ends in its English-style possessive; a name's own apostrophe stays
        ("Digges Ding haben Helene Fischer's Atemlos parodiert.", [("Helene Fischer's Atemlos", "PER")],
         [("Helene Fischer's", "PER")]),
        ("Conan O'Brien lacht.", [("Conan O'Brien", "PER")], [("Conan O'Brien", "PER")]),
        # 659 SmartData articles (not annotated): spaces NER took in at a name's edge are no part of it
        ("Der FC  Schalke 04 gewann.", [("FC  ", "ORG"), ("Schalke 04", "ORG")],
         [("FC", "ORG"), ("Schalke 04", "ORG")]),
    ],
)
def test_errors_of_the_smartdata_part_c(nlp, fixes, text, ents, expected):
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        # a daughter is no subsidiary; an owner's shares name no company
        ("Die Pfarrerstochter Merkel wuchs in der Uckermark auf.", [("Merkel", "PER")], [("Merkel", "ORG")]),
        ("Die Piëch-Anteile an der Porsche SE sollen verkauft werden. Piëch hatte sich überworfen.",
         [("Piëch", "PER")], [("Piëch", "ORG")]),
        # a dateline's brackets: a region, a word, no agency; a town of several words in capitals
        ("Lienz (Osttirol) – Ein Murenabgang verschüttete die Straße.", [("Osttirol", "LOC")], [("Osttirol", "ORG")]),
        ("Wien (Update) – Die Regierung tagt am Montag.", [("Wien", "LOC")], [("Update", "ORG")]),
        ("FRANKFURT AM MAIN (Reuters) - Die Kurse fielen.", [("FRANKFURT AM MAIN", "LOC"), ("Reuters", "ORG")], []),
        # capitals that are common nouns or small towns abroad head police reports; a paper in capitals
        ("RAUB - Ein Unbekannter bedrohte eine Kassiererin mit einem Messer.", [], [("RAUB", "LOC")]),
        ("Das sagte Strache im Interview mit ÖSTERREICH.", [], [("ÖSTERREICH", "LOC")]),
        # numbers that are no roads: the telecom company, a plane
        ("Auch die A1 baut ihr LTE-Netz entlang der Westautobahn aus.", [], [("A1", "LOC")]),
        ("Nach dem Absturz der A320 in den Alpen war die Maschine in Richtung Düsseldorf unterwegs.", [],
         [("A320", "LOC")]),
        ("Die Fahrzeuglenkerin befuhr mit ihrem Ford Fiesta die B27 in Richtung Bietigheim.", [("B27", "LOC")], []),
        ("Auf der Schnellstraße S6 kam es zu einem Stau.", [("S6", "LOC")], []),
        # a legal form is no acronym; a plural is no facility; a bank is no academic title
        ("Die Siemens Energy SE hat ihre Prognose gesenkt.", [("Siemens Energy SE", "ORG")], [("SE", "ORG")]),
        ("Die Restaurants Wiens dürfen ab Mai wieder öffnen.", [], [("Restaurants Wiens", "LOC")]),
        ("Die Ing-Diba verlangt künftig Kontogebühren.", [("Ing-Diba", "ORG")], []),
        # part B (scored blind first): a news agency's acronym in lower case, two companies joined after a legal form,
        # a road and a town named by their kind, a storm's name, an ocean's part, a state's abbreviation
        ("Das berichtete die Deutsche Presse-Agentur dpa am Montag.",
         [("Deutsche Presse-Agentur", "ORG"), ("dpa", "ORG")], []),
        ("Die Insolvenz der Layer Haus AG und Layer Wohnen Bauträger GmbH & Co. KG trifft 40 Kunden.",
         [("Layer Haus AG", "ORG"), ("Layer Wohnen Bauträger GmbH & Co. KG", "ORG")], []),
        ("Die Müller und Söhne GmbH expandiert.", [("Müller und Söhne GmbH", "ORG")], []),
        # a review of the part B rules: a partnership's own "und Co.", three companies, exits named by a noun, storms
        ("Die Schwarz Beteiligungs GmbH und Co. KG übernimmt den Händler.",
         [("Schwarz Beteiligungs GmbH und Co. KG", "ORG")], []),
        ("Die Siemens AG und Bosch GmbH und Continental AG kooperieren.",
         [("Siemens AG", "ORG"), ("Bosch GmbH", "ORG"), ("Continental AG", "ORG")], []),
        ("Bei der Ausfahrt Zentrum staute es sich.", [], [("Zentrum", "LOC")]),
        # an organization of several words named again where NER found only a place inside it (GNAD gnad-0818)
        ("Die Partei Pro NRW demonstrierte. Pro NRW hatte die Veranstaltung angemeldet.", [("Pro NRW", "ORG")],
         [("NRW", "LOC")]),
        ("Orkantief Niklas fegte über Bayern.", [("Bayern", "LOC")], [("Niklas", "PER")]),
        ("Die Schäden des Sturmtiefs Sabine sind groß.", [], [("Sabine", "PER")]),
        ("Auf der Autobahn A95 kam es bei der Ausfahrt Fürstenried zu einem Unfall.",
         [("A95", "LOC"), ("Fürstenried", "LOC")], []),
        ("Hurrikan Alex zieht über den Atlantik.", [("Atlantik", "LOC")], [("Alex", "PER"), ("Hurrikan Alex", "PER")]),
        ("Der Sturm zog vom Nordatlantik über den West-Atlantik nach Europa.",
         [("Nordatlantik", "LOC"), ("West-Atlantik", "LOC")], []),
        ("Die Polizei im Kreis Warendorf in NRW ermittelt.", [("NRW", "LOC")], [("NRW", "ORG")]),
    ],
)
def test_rules_from_the_smartdata_articles_leave_other_text_alone(nlp, text, found, not_found):
    """The rules from the SmartData articles (sets A and B) on sentences they must and must not touch (from a
    review of the part A rules)."""
    ents = [(ent.text, ent.label_) for ent in nlp(text).ents]
    assert all(ent in ents for ent in found), ents
    assert not any(ent in ents for ent in not_found), ents


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # held-out gnad-0048, gnad-0120: an adjective capitalized at a sentence start is no name; a surname the
        # clusters hold among names, a noun or a word the vocabulary does not know in lower case is (review)
        ("Rückläufig war die Zahl der Delikte. Unwiederbringlich dahin ist das Experimentierfeld. Fröhlich sagte das. "
         "König sagte es. Kogelnig wies es zurück.",
         [("Rückläufig", "PER"), ("Unwiederbringlich", "ORG"), ("Fröhlich", "PER"), ("König", "PER"),
          ("Kogelnig", "PER")],
         [("Fröhlich", "PER"), ("König", "PER"), ("Kogelnig", "PER")]),
        # held-out gnad-0777: a given name alone after an authority's compound is the authority; a person named in
        # full there is its head, and after the bare word the object (review)
        ("Die EU-Betrugsbekämpfungsbehörde Olaf hat berichtet. Der Chef der Atomenergiebehörde Yukiya Amano reiste. "
         "Seit Jahren beobachten die Behörden Erdoğan misstrauisch.",
         [("Olaf", "PER"), ("Yukiya Amano", "PER"), ("Erdoğan", "PER")],
         [("Olaf", "ORG"), ("Yukiya Amano", "PER"), ("Erdoğan", "PER")]),
        # held-out gnad-0396: a person run on past "von der" into a compound of a common noun; not a name of nobility
        # or a place (review)
        ("Der 23-jährige Hasan E. von der Nationalgarde plante es, sagte Ursula von der Leyen. Ernst Ulrich von "
         "Weizsäcker und Maria Theresia von Österreich.",
         [("Hasan E. von der Nationalgarde", "PER"), ("Ursula von der Leyen", "PER"),
          ("Ernst Ulrich von Weizsäcker", "PER"), ("Maria Theresia von Österreich", "PER")],
         [("Hasan E.", "PER"), ("Ursula von der Leyen", "PER"), ("Ernst Ulrich von Weizsäcker", "PER"),
          ("Maria Theresia von Österreich", "PER")]),
        # held-out gnad-0377, corpus gnad-0454: a given name and the name after a double space are one person
        ("Trainer Roger  Schmidt lobt es, der Anwalt Rupert  Wolff nicht, Sebastian Kurz\nSchmidt auch nicht.",
         [("Roger", "PER"), ("Schmidt", "PER"), ("Rupert", "PER"), ("Wolff", "ORG"), ("Sebastian Kurz", "PER"),
          ("Schmidt", "PER")],
         [("Roger  Schmidt", "PER"), ("Rupert  Wolff", "PER"), ("Sebastian Kurz", "PER"), ("Schmidt", "PER")]),
        # not two full names, nor a full name and an organization (review)
        ("Es spielten Elton John  Paul McCartney und Jimmy Carter  Amnesty International.",
         [("Elton John", "PER"), ("Paul McCartney", "PER"), ("Jimmy Carter", "PER"), ("Amnesty International", "ORG")],
         [("Elton John", "PER"), ("Paul McCartney", "PER"), ("Jimmy Carter", "PER"), ("Amnesty International", "ORG")]),
        # held-out gnad-0379: the inhabitants of a region whose name adds "-en" ("Kärnten"), a team here
        ("Die Kärntner gewannen am Samstagabend zu Hause.", [("Kärntner", "LOC")], []),
        # held-out gnad-0435, gnad-0201: a museum or library is an organization, in the genitive too (the annotations
        # name it so in 6 of 7 articles); an opera house stays a building, a bank takes no genitive -s
        ("Im Naturhistorischen Museum, des Ägyptischen Museums, der Vatikanischen Bibliothek, der Wiener Staatsoper "
         "und der Bad Banks.",
         [("Naturhistorischen Museum", "LOC"), ("Ägyptischen Museums", "LOC"), ("Vatikanischen Bibliothek", "LOC"),
          ("Wiener Staatsoper", "ORG"), ("Bad Banks", "LOC")],
         [("Naturhistorischen Museum", "ORG"), ("Ägyptischen Museums", "ORG"), ("Vatikanischen Bibliothek", "ORG"),
          ("Wiener Staatsoper", "LOC"), ("Bad Banks", "LOC")]),
        # held-out gnad-0675: a lieutenant's rank is a title; "Admiral" begins a company's name, "Obersten" is an
        # adjective (review)
        ("Lieutenant Uhura hat es gesagt. Die Admiral Sportwetten GmbH wächst. Das Urteil des Obersten Gerichtshofs "
         "Spaniens fiel.", [("Lieutenant Uhura", "PER"), ("Admiral Sportwetten GmbH", "ORG"),
                            ("Obersten Gerichtshofs Spaniens", "ORG")],
         [("Uhura", "PER"), ("Admiral Sportwetten GmbH", "ORG"), ("Obersten Gerichtshofs Spaniens", "ORG")]),
    ],
)
def test_errors_of_the_held_out_articles_in_stop_31(nlp, fixes, text, ents, expected):
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        # held-out gnad-0298, gnad-0089, gnad-0396 and more: an institution of the US or an international one by its
        # prefix (data/entity_patterns.jsonl), which the compound rule keeps; not a proposed "EU-Armee"
        ("Der US-Kongress, die US-Armee und die Uno-Vollversammlung reagierten, nicht aber eine EU-Armee.",
         ["US-Kongress", "US-Armee", "Uno-Vollversammlung"]),
        ("Laut dem UN-Hilfswerk und dem US-Justizministerium tagte der Nato-Russland-Rat.",
         ["UN-Hilfswerk", "US-Justizministerium", "Nato-Russland-Rat"]),
        # before its acronym too, which the organizations linker joins to it (review: gnad-0144, gnad-0228)
        ("Das teilte ein Sprecher des Uno-Flüchtlingshochkommissariats UNHCR mit.",
         ["Uno-Flüchtlingshochkommissariats", "UNHCR"]),
        # gazetteer: institutions named like a common noun, one of a kind
        ("Die Volksanwaltschaft und die Generalprokuratur prüfen, der Weltwährungsfonds warnt.",
         ["Volksanwaltschaft", "Generalprokuratur", "Weltwährungsfonds"]),
        # gazetteer: associations, NGOs, media and companies NER never found in the 970 GNAD articles (held-out
        # gnad-0479, gnad-0981, gnad-0472, gnad-0491, gnad-0854, gnad-0779)
        ("Die Industriellenvereinigung, die GPA-djp und Global 2000 kritisieren das. Acer und Motorola zeigen neue "
         "Geräte.", ["Industriellenvereinigung", "GPA-djp", "Global 2000", "Acer", "Motorola"]),
        ("Die Nationalgarde rückte aus, die Linksfraktion protestierte.", ["Nationalgarde", "Linksfraktion"]),
        ("Das Spiel läuft live auf ORF Sport +.", ["ORF Sport +"]),
    ],
)
def test_institutions_named_like_common_nouns(nlp, text, organizations):
    assert [ent.text for ent in nlp(text).ents if ent.label_ == "ORG"] == organizations


def test_curated_places_ner_misses_and_a_person_of_their_name(nlp):
    """Held-out gnad-0842, gnad-0749: the Brenner Pass and Mauthausen (under GeoNames' 1,000 inhabitants) are
    places; a person named Brenner stays a person."""
    text = "Hitler und Mussolini treffen am Brenner zusammen. Die Häftlinge kamen nach Mauthausen."
    assert [(ent.text, ent.label_) for ent in nlp(text).ents] == [
        ("Hitler", "PER"), ("Mussolini", "PER"), ("Brenner", "LOC"), ("Mauthausen", "LOC")]
    text = "Der Autor Wolf Brenner schreibt. Brenner sagte, er sei müde."
    assert [(ent.text, ent.label_) for ent in nlp(text).ents] == [("Wolf Brenner", "PER"), ("Brenner", "PER")]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # draw 31 gnad-0886: a Grand Prix is a competition named after a place
        ("Das sagt Technikchef James Allison vor dem Großen Preis von Belgien.",
         [("James Allison", "PER"), ("Großen Preis von Belgien", "ORG")],
         [("James Allison", "PER"), ("Belgien", "LOC")]),
        # draw 30 gnad-0838: the affair's name is the company's
        ("In der Causa Buwog und Terminal Tower wird ermittelt.", [("Causa Buwog", "ORG")], [("Buwog", "ORG")]),
        # draw 30 gnad-0183: a billionaire is a role, and a sentence's period no part of a name; a Roman ordinal's is
        ("Es läuft auf ein Duell zwischen dem Immobilien-Milliardär und Clinton hinaus. Er nannte ihn Kleiner Marco. "
         "König Felipe VI. kam.",
         [("Immobilien-Milliardär", "LOC"), ("Clinton", "PER"), ("Marco.", "PER"), ("Felipe VI.", "PER")],
         [("Clinton", "PER"), ("Marco", "PER"), ("Felipe VI.", "PER")]),
        # draw 31 gnad-0656: an unknown place right after a relation is a person, and an Arabic name with the father's
        # goes by its first word; not a company after its owner
        ("Der krebskranke Sultan Qabus ist in Deutschland. Qabus bin Said regiert seit 1970. Dessen Bruder Shihab "
         "berät ihn. Die Alteigentümer BayernLB und Grawe zahlen.",
         [("Qabus", "LOC"), ("Deutschland", "LOC"), ("Qabus bin Said", "PER"), ("Shihab", "LOC"),
          ("BayernLB", "LOC"), ("Grawe", "ORG")],
         [("Qabus", "PER"), ("Deutschland", "LOC"), ("Qabus bin Said", "PER"), ("Shihab", "PER"),
          ("BayernLB", "LOC"), ("Grawe", "ORG")]),
        # draw 30 gnad-0267: a Korean name goes by the family name, its first word
        ("Ban Ki-moon sprach in Wien. Das sei wichtig, so Ban am Donnerstag.",
         [("Ban Ki-moon", "PER"), ("Wien", "LOC"), ("Ban", "LOC")],
         [("Ban Ki-moon", "PER"), ("Wien", "LOC"), ("Ban", "PER")]),
        # draw 31 gnad-0886: a company's genitive tagged as a person
        ("Ferrari holte Vettel. Schumacher hat die Geschichte Ferraris geprägt.",
         [("Ferrari", "ORG"), ("Vettel", "PER"), ("Schumacher", "PER"), ("Ferraris", "PER")],
         [("Ferrari", "ORG"), ("Vettel", "PER"), ("Schumacher", "PER"), ("Ferraris", "ORG")]),
        # SmartData sd-029: the headline's "Tochter Uniper" beside the subsidiary the text names after a kind of
        # company (gnad-0328: "Wäscheriese Palmers" and "Palmers"); not where no kind of company stands before it
        ("E.ON bringt Tochter Uniper an die Börse. Teyssen treibt den Börsengang der Kraftwerkstochter Uniper voran.",
         [("E.ON", "ORG"), ("Uniper", "PER"), ("Teyssen", "PER"), ("Uniper", "ORG")],
         [("E.ON", "ORG"), ("Uniper", "ORG"), ("Teyssen", "PER"), ("Uniper", "ORG")]),
        ("E.ON bringt Tochter Uniper an die Börse. Teyssen treibt den Börsengang von Uniper voran.",
         [("E.ON", "ORG"), ("Uniper", "PER"), ("Teyssen", "PER"), ("Uniper", "ORG")],
         [("E.ON", "ORG"), ("Uniper", "PER"), ("Teyssen", "PER"), ("Uniper", "ORG")]),
        # draw 31 gnad-0204: a given name goes on across a particle that begins a surname; not an article before a
        # nationality noun or a given name after "zu"
        ("Präsentiert von dem Meeresbiologen Joost den Haan vom Institut. Omar der Tschetschene starb. Dann sagte "
         "Anna zu Sarah, Peter gab den Schweden nach.",
         [("Joost", "PER"), ("Omar", "PER"), ("Anna", "PER"), ("Sarah", "PER"), ("Peter", "PER")],
         [("Joost den Haan", "PER"), ("Omar", "PER"), ("Anna", "PER"), ("Sarah", "PER"), ("Peter", "PER")]),
        # review: a Korean name written in full twice is one person each time, and its first word no surname
        # elsewhere ("im Park" beside "Park Geun-hye")
        ("Dort traf Ban Ki-moon den Präsidenten, und Ban Ki-moon lachte. Präsidentin Park Geun-hye ging im Park "
         "spazieren. Die Stadt hat viele Parks.",
         [("Ban Ki-moon", "PER"), ("Ban Ki-moon", "PER"), ("Park Geun-hye", "PER")],
         [("Ban Ki-moon", "PER"), ("Ban Ki-moon", "PER"), ("Park Geun-hye", "PER")]),
        # review: a given name runs on into no German object after "den", nor into a compound; "von" and a surname
        # that is a given name too stay one name
        ("Dann rief Thomas den Notarzt. König Felipe überreichte den Olympioniken Medaillen. Man lobte Max den "
         "Bayern-Star. Bettina von Arnim schrieb.",
         [("Thomas", "PER"), ("Felipe", "PER"), ("Max", "PER"), ("Bettina", "PER"), ("Arnim", "PER")],
         [("Thomas", "PER"), ("Felipe", "PER"), ("Max", "PER"), ("Bettina von Arnim", "PER")]),
        # review: a sheikh is no role head of a place's name; a region in the genitive after a role is no person; a
        # Grand Prix named after no known place stays as NER found it
        ("Der Urlaub in Scharm el-Scheich endete. Der Präsident Tschetscheniens drohte. Beim Grand Prix of Figure "
         "Skating siegte sie.", [("Scharm el-Scheich", "LOC"), ("Tschetscheniens", "LOC"),
                                 ("Grand Prix of Figure Skating", "MISC")],
         [("Scharm el-Scheich", "LOC"), ("Tschetscheniens", "LOC"), ("Grand Prix of Figure Skating", "MISC")]),
        # held-out gnad-0956, gnad-0362, gnad-0202: the Greens beside another party or in brackets after a person;
        # not a member before his name
        ("Denn vor allem ÖVP, SPÖ und Grüne lobbyierten dafür. Auch Grüne und Neos üben Kritik. Landesrat Johannes "
         "Rauch (Grüne) bedauerte das. Der Grüne Peter Pilz prophezeit das.",
         [("ÖVP", "ORG"), ("SPÖ", "ORG"), ("Neos", "ORG"), ("Johannes Rauch", "PER"), ("Peter Pilz", "PER")],
         [("ÖVP", "ORG"), ("SPÖ", "ORG"), ("Grüne", "ORG"), ("Grüne", "ORG"), ("Neos", "ORG"),
          ("Johannes Rauch", "PER"), ("Grüne", "ORG"), ("Peter Pilz", "PER")]),
        # review: the Greens inside a longer organization stay there; a party by its members at a text's end
        ("Der Parlamentsklub der Grünen hat das beschlossen, sagten die Republikaner",
         [("Parlamentsklub der Grünen", "ORG")], [("Parlamentsklub der Grünen", "ORG"), ("Republikaner", "ORG")]),
        # draws 36 and 37 (gnad-0289, gnad-0813, gnad-0021): a surname with the Arabic article NER left out, a
        # company's head in English, a militant group NER took for a place
        ("Präsident Abdel Fattah al-Sisi empfing ihn. Microsoft-CEO Nadella sprach. Die Hamas regiert.",
         [("Abdel Fattah", "PER"), ("Microsoft-CEO Nadella", "PER"), ("Hamas", "LOC")],
         [("Abdel Fattah al-Sisi", "PER"), ("Nadella", "PER"), ("Hamas", "ORG")]),
        # review: not into an organization after a genitive, nor into a Latin phrase; "Fatah" is a surname too
        ("Unter Aiman al-Sawahiris al-Kaida wurde sie schwächer. Angela Merkel ad-Hoc reagierte. Der Afghane Abdul "
         "Fatah wurde festgenommen. Fatah sagte aus.",
         [("Aiman al-Sawahiris", "PER"), ("Angela Merkel", "PER"), ("Abdul Fatah", "PER"), ("Fatah", "ORG")],
         [("Aiman al-Sawahiris", "PER"), ("Angela Merkel", "PER"), ("Abdul Fatah", "PER"), ("Fatah", "PER")]),
        # draw 33 gnad-0707: a name goes on into no next sentence, and a championship is no organization
        ("Albtraum II schrieb die Sportzeitung Ole. Nächstes Finale, nächster Frust. Die WM beginnt, die Copa America "
         "endet. Es spielte Ch. Leitgeb.", [("Ole. Nächstes", "PER"), ("WM", "ORG"), ("Copa America", "ORG"),
                                            ("Ch. Leitgeb", "PER")], [("Ole", "PER"), ("Ch. Leitgeb", "PER")]),
    ],
)
def test_errors_of_the_held_out_articles_in_stop_32(nlp, fixes, text, ents, expected):
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # held-out gnad-0182, gnad-0811, corpus gnad-0144, gnad-1010: a settlement or land compound of a common noun
        # after an article is a kind of place, no name; not one of a name ("im Ausseerland", "in der Leopoldstadt")
        # nor one without an article ("in Fischerndorf")
        ("Sie floh ins Nachbarland, dann in die US-Hauptstadt, übers Hügelland aufs Festland. Im Ausseerland, in "
         "der Leopoldstadt und in Fischerndorf blieb es ruhig. Riha gratuliert der Mozart-Stadt. Die Landwirte im "
         "Siegerland und im Feuerland klagen, in der Budenstadt nicht.",
         [("Nachbarland", "LOC"), ("US-Hauptstadt", "LOC"), ("Hügelland", "LOC"), ("Festland", "LOC"),
          ("Ausseerland", "LOC"), ("Leopoldstadt", "LOC"), ("Fischerndorf", "LOC"), ("Mozart-Stadt", "LOC"),
          ("Siegerland", "LOC"), ("Feuerland", "LOC"), ("Budenstadt", "LOC")],
         [("Ausseerland", "LOC"), ("Leopoldstadt", "LOC"), ("Fischerndorf", "LOC"), ("Siegerland", "LOC"),
          ("Feuerland", "LOC")]),
        # draw 38 gnad-0352: a place of several words the gazetteer does not know is the organization the document
        # names word for word
        ("Lissabon trifft auf Zenit St. Petersburg. Für Zenit St. Petersburg spielte Axel Witsel.",
         [("Zenit St. Petersburg", "LOC"), ("Zenit St. Petersburg", "ORG"), ("Axel Witsel", "PER")],
         [("Zenit St. Petersburg", "ORG"), ("Zenit St. Petersburg", "ORG"), ("Axel Witsel", "PER")]),
        ("Der Maler lebte in La Roque-sur-Pernes. La Roque-sur-Pernes ehrt ihn. Sie halfen im Lower Ninth. Der Lower "
         "Ninth wurde überschwemmt.", [("La Roque-sur-Pernes", "LOC"), ("La Roque-sur-Pernes", "ORG"),
                                       ("Lower Ninth", "LOC"), ("Lower Ninth", "ORG")],
         [("La Roque-sur-Pernes", "LOC"), ("La Roque-sur-Pernes", "ORG"), ("Lower Ninth", "LOC"),
          ("Lower Ninth", "ORG")]),
        # held-out gnad-0213: a place of several words that is the surname of several words of a person named in
        # full is the person, genitive included; not a town the gazetteer knows ("Maria Enzersdorf")
        ("Marine Le Pen siegte, Le Pen jubelte in Maria Enzersdorf. Die Wähler Le Pens feierten.",
         [("Marine Le Pen", "PER"), ("Le Pen", "LOC"), ("Maria Enzersdorf", "LOC"), ("Le Pens", "LOC")],
         [("Marine Le Pen", "PER"), ("Le Pen", "PER"), ("Maria Enzersdorf", "LOC"), ("Le Pens", "PER")]),
        # held-out gnad-1020, corpus gnad-0578: a one-word place listed beside a one-word person is a
        # person unless the gazetteer knows it as more than a small town abroad
        ("FC Ingolstadt (Trainer Hasenhüttl, Özcan, Suttner). Er las Che, Mao, Marx. Es kamen Weiss, Österreichs "
         "Kapitän, und Berlin.", [("FC Ingolstadt", "ORG"), ("Hasenhüttl", "PER"), ("Özcan", "PER"),
                                  ("Suttner", "LOC"), ("Che", "PER"), ("Mao", "LOC"), ("Marx", "PER"),
                                  ("Weiss", "PER"), ("Österreichs", "LOC"), ("Berlin", "LOC")],
         [("FC Ingolstadt", "ORG"), ("Hasenhüttl", "PER"), ("Özcan", "PER"), ("Suttner", "PER"), ("Che", "PER"),
          ("Mao", "PER"), ("Marx", "PER"), ("Weiss", "PER"), ("Österreichs", "LOC"), ("Berlin", "LOC")]),
        # review: a town abroad beside one person stays a place
        ("Das Buch handelt von Napoleon und Waterloo. Merkel, Idomeni und Lesbos.",
         [("Napoleon", "PER"), ("Waterloo", "LOC"), ("Merkel", "PER"), ("Idomeni", "LOC"), ("Lesbos", "LOC")],
         [("Napoleon", "PER"), ("Waterloo", "LOC"), ("Merkel", "PER"), ("Idomeni", "LOC"), ("Lesbos", "LOC")]),
        # held-out gnad-1009: a first-level region of several words tagged as an organization is the place
        ("Er führt durch die Tierwelt von British Columbia.", [("British Columbia", "ORG")],
         [("British Columbia", "LOC")]),
        # draws 40 and 41 (gnad-0596, gnad-0749, gnad-0546): a chamber's name as its member's title and a party's
        # unit without a name are no organizations; the chamber is
        ("Der Bundesrat Efgani Dönmez kritisiert. Der Bundesrat beschloss es, nun prüft der Bundesrat Hofers "
         "Vorschlag. Sie wählen einen neuen Nationalrat. Die Landespartei schwieg.",
         [("Bundesrat", "ORG"), ("Efgani Dönmez", "PER"), ("Bundesrat", "ORG"), ("Bundesrat", "ORG"),
          ("Hofers", "PER"), ("Nationalrat", "ORG"), ("Landespartei", "ORG")],
         [("Efgani Dönmez", "PER"), ("Bundesrat", "ORG"), ("Bundesrat", "ORG"), ("Hofers", "PER"),
          ("Nationalrat", "ORG")]),
        # held-out gnad-0592, gnad-0580: a place that rule 2 leaves as a common noun is none; a referee's surname stays
        ("In indonesischer Provinz gilt die Scharia. Lavanttal-Arena, 3.100, SR Kolleger.",
         [("indonesischer Provinz", "LOC"), ("SR Kolleger", "PER")], [("Kolleger", "PER")]),
        # draw 43 gnad-0991: a word for a kind of country after an adjective too; not a town named like a settlement
        # compound after one (review)
        ("Er kommt aus dem westlichen Nachbarland, in dem ein Krieg tobt. Sie sitzt im schwäbischen Weinstadt.",
         [("Nachbarland", "LOC"), ("Weinstadt", "LOC")], [("Weinstadt", "LOC")]),
        # draw 43 gnad-0176: a town NER ended before the rest of its name takes it though NER found a place there
        ("Sie kommen nach Bruck an der Mur, die anderen zu Bruck an der Leitha. Er kam aus Kaindorf bei Hartberg.",
         [("Bruck", "LOC"), ("Mur", "LOC"), ("Bruck", "LOC"), ("Leitha", "LOC"), ("Kaindorf", "LOC"),
          ("Hartberg", "LOC")],
         [("Bruck an der Mur", "LOC"), ("Bruck an der Leitha", "LOC"), ("Kaindorf", "LOC"), ("Hartberg", "LOC")]),
        # held-out gnad-0110, gnad-0043: an inhabitant noun of a town with an umlaut or a lake's double e
        ("Keinen Zweifel ließ der Trainer der Neustädter. Das sagt Helmut Kalss, gebürtiger Altausseer.",
         [("Neustädter", "LOC"), ("Helmut Kalss", "PER"), ("Altausseer", "LOC")], [("Helmut Kalss", "PER")]),
        # review: a surname is no inhabitant noun of a town abroad with the umlaut undone ("Möller", Mol in Belgium)
        ("Im Tor stand wieder der Krämer, und der Möller verteidigte.", [("Krämer", "PER"), ("Möller", "PER")],
         [("Krämer", "PER"), ("Möller", "PER")]),
    ],
)
def test_errors_of_the_held_out_articles_in_stop_33(nlp, fixes, text, ents, expected):
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # draw 45 gnad-0270: a country's name in brackets right after a person is a nationality, not a town
        ("Silber: Justin Gatlin (USA/9,80). Bronze: Andre De Grasse (Kanada) 9,92. Er lebt in Kanada. Marcel "
         "Sabitzer (Leipzig) traf.",
         [("Justin Gatlin", "PER"), ("USA", "LOC"), ("Andre De Grasse", "PER"), ("Kanada", "LOC"), ("Kanada", "LOC"),
          ("Marcel Sabitzer", "PER"), ("Leipzig", "LOC")],
         [("Justin Gatlin", "PER"), ("Andre De Grasse", "PER"), ("Kanada", "LOC"), ("Marcel Sabitzer", "PER"),
          ("Leipzig", "LOC")]),
        # draw 45 gnad-0611, gnad-0014: a word in lower case before a party's acronym is no part of its name; a
        # designation it makes a name keeps it
        ("Erdogans islamisch-konservativer Partei AKP verlor, die rechtsnationalen MHP gewann. Die katholische "
         "Kirche schwieg.",
         [("Erdogans", "PER"), ("islamisch-konservativer Partei AKP", "ORG"), ("rechtsnationalen MHP", "ORG"),
          ("katholische Kirche", "ORG")],
         [("Erdogans", "PER"), ("AKP", "ORG"), ("MHP", "ORG"), ("katholische Kirche", "ORG")]),
        # draw 44 gnad-0459: "Organisation" before one name word the text also writes alone; not before a genitive
        # adjective and its noun, nor a name of its own (review)
        ("Der Vorschlag wurde von der Organisation Attac kritisiert, so Attac. Die Organisation Amerikanischer "
         "Staaten tagte. Die Organisation Todt baute Bunker. Später wurde die Organisation Todt aufgelöst.",
         [("Organisation Attac", "ORG"), ("Attac", "ORG"), ("Organisation Amerikanischer Staaten", "ORG"),
          ("Organisation Todt", "ORG"), ("Organisation Todt", "ORG")],
         [("Attac", "ORG"), ("Attac", "ORG"), ("Organisation Amerikanischer Staaten", "ORG"),
          ("Organisation Todt", "ORG"), ("Organisation Todt", "ORG")]),
        # review: nor a lower-case word before a party and a country's genitive
        ("Xi Jinping, Chef der kommunistischen Partei Chinas, kam.",
         [("Xi Jinping", "PER"), ("kommunistischen Partei Chinas", "ORG")],
         [("Xi Jinping", "PER"), ("kommunistischen Partei Chinas", "ORG")]),
        # draw 45 gnad-0612: an acronym with small letters in it is an organization; a name with two capitals is not
        ("Die OeNB rechnet mit Wachstum, sagte McCain.", [("OeNB", "LOC"), ("McCain", "PER")],
         [("OeNB", "ORG"), ("McCain", "PER")]),
        # draw 45 gnad-0008: an unknown name after "Provinz" is the province; a German word is not
        ("Er landete nahe Maimana, der Hauptstadt der Provinz Faryab. In der Provinz Menschen zu finden ist schwer.",
         [("Maimana", "LOC")], [("Maimana", "LOC"), ("Faryab", "LOC")]),
        # draw 47 gnad-0406: a place in the genitive of a one-word person of the document is that person
        ("Theoretisch könnte Poroschenko Neuwahlen ausrufen. Auch Poroschenkos Popularität ist gesunken.",
         [("Poroschenko", "PER"), ("Poroschenkos", "LOC")], [("Poroschenko", "PER"), ("Poroschenkos", "PER")]),
        # draw 46 gnad-0100: a link is no organization; a site's name is
        ("Er twitterte pic.twitter.com/fSmurbQDuP, berichtet golem.de.",
         [("pic.twitter.com/fSmurbQDuP", "ORG"), ("golem.de", "ORG")], [("golem.de", "ORG")]),
        # review: a nationality follows a person named in full, not a club NER took for a person
        ("Der Meister unterlag Storhamar (Norwegen) klar.", [("Storhamar", "PER"), ("Norwegen", "LOC")],
         [("Storhamar", "PER"), ("Norwegen", "LOC")]),
        # second review: a surname alone of a person named in full elsewhere counts as the person named in full
        ("Novak Djokovic siegte. Im Finale setzte sich Djokovic (Serbien) durch.",
         [("Novak Djokovic", "PER"), ("Djokovic", "PER"), ("Serbien", "LOC")],
         [("Novak Djokovic", "PER"), ("Djokovic", "PER")]),
        # review: a river's name before a capitalized noun is part of a company's name; a river's namesake is a person
        ("Er arbeitet bei der Donau Versicherung. Bei einem Badeunfall in der Donau in Wien starb ein Mann. Eduard "
         "Rhein erfand das. Später sagte Rhein, er sei stolz. Man hat in der Donau Teile eines Autos gefunden.",
         [("Donau", "LOC"), ("Donau", "LOC"), ("Wien", "LOC"), ("Eduard Rhein", "PER"), ("Rhein", "PER"),
          ("Donau", "LOC")],
         [("Donau", "LOC"), ("Wien", "LOC"), ("Eduard Rhein", "PER"), ("Rhein", "PER"), ("Donau", "LOC")]),
        # draws 48 and 49 (gnad-0272, gnad-0162, gnad-0593): the IMF by its other name, a media company named after
        # its owner and a university are organizations
        ("Weltbank und Internationaler Währungsfonds sind skeptisch, teilte Hubert Burda Media mit. Bieber forscht an "
         "der Uni Graz.",
         [("Weltbank", "ORG"), ("Internationaler Währungsfonds", "LOC"), ("Hubert Burda Media", "PER"),
          ("Bieber", "PER"), ("Uni Graz", "LOC")],
         [("Weltbank", "ORG"), ("Internationaler Währungsfonds", "ORG"), ("Hubert Burda Media", "ORG"),
          ("Bieber", "PER"), ("Uni Graz", "ORG")]),
        # draw 53 gnad-0524: a lane named after a name; not a common noun
        ("Der Lenker fuhr durch die Zweiglgasse in eine Sackgasse.", [], [("Zweiglgasse", "LOC")]),
        # held-out gnad-0946, gnad-0635: "Kongress" after a definite article is a legislature; not a meeting
        # in a document about a country whose legislature is one (review: not a medical congress in Vienna)
        ("Obama war in Washington mit Initiativen im Kongress gescheitert. Er sprach auf einem Kongress seiner "
         "Partei. Der Wiener Kongress tanzt. Der Kongress der Kardiologen tagt.",
         [("Obama", "PER"), ("Washington", "LOC")], [("Obama", "PER"), ("Washington", "LOC"), ("Kongress", "ORG")]),
        ("Der mexikanische Präsident will eine Initiative im Kongress einbringen.", [], [("Kongress", "ORG")]),
        ("Der Kongress der Kardiologen findet in Wien statt. Beim Kongress in Wien sprachen 300 Ärzte.",
         [("Wien", "LOC"), ("Wien", "LOC")], [("Wien", "LOC"), ("Wien", "LOC")]),
    ],
)
def test_errors_of_the_held_out_articles_in_stop_34(nlp, fixes, text, ents, expected):
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # draw 56 gnad-0327: a person ends before a preposition no name holds (a list of nominations)
        ("Nominiert sind Brie Larson für Room und Jennifer Lawrence für Joy.",
         [("Brie Larson", "PER"), ("Jennifer Lawrence für Joy", "PER")],
         [("Brie Larson", "PER"), ("Jennifer Lawrence", "PER")]),
        # draw 59 gnad-0330, gnad-0791: a trade fair or conference named in English is an event; not a party
        ("Auf dem Mobile World Congress zeigte Apple das, auf der World Wide Developers Conference nicht. Der African "
         "National Congress siegte.",
         [("Mobile World Congress", "ORG"), ("Apple", "ORG"), ("World Wide Developers Conference", "ORG"),
          ("African National Congress", "ORG")],
         [("Apple", "ORG"), ("African National Congress", "ORG")]),
        # review: a congress that is a body stays an organization
        ("Der World Jewish Congress kritisierte das, der Trades Union Congress auch.",
         [("World Jewish Congress", "ORG"), ("Trades Union Congress", "ORG")],
         [("World Jewish Congress", "ORG"), ("Trades Union Congress", "ORG")]),
        # draw 60 gnad-0654: a word of a person's name is that person, not a small town abroad (Luleå)
        ("Bisher galt Expräsident Luiz Inácio Lula da Silva als Übervater. Indizien zeigen, dass Lula profitierte.",
         [("Luiz Inácio Lula da Silva", "PER"), ("Lula", "LOC")],
         [("Luiz Inácio Lula da Silva", "PER"), ("Lula", "PER")]),
        # review: not a person's given name, nor a word after a preposition of place
        ("Innenministerin Nancy Faeser traf den Amtskollegen in Nancy. Der Musiker Jackson Browne spielte in Jackson.",
         [("Nancy Faeser", "PER"), ("Nancy", "LOC"), ("Jackson Browne", "PER"), ("Jackson", "LOC")],
         [("Nancy Faeser", "PER"), ("Nancy", "LOC"), ("Jackson Browne", "PER"), ("Jackson", "LOC")]),
        # draw 61 gnad-0092, gnad-0464, gnad-0368: an inhabitant adjective or noun of a place of several words is no
        # place; a hyphenated common noun before a place is no part of it; partners are a company
        ("Ein Bericht der New Yorker Unternehmensberater Alix Partners. Die Costa Ricaner jubelten. Diesmal gehörte "
         "der Riesen-Markt China dazu.",
         [("New Yorker", "LOC"), ("Alix Partners", "PER"), ("Costa Ricaner", "LOC"), ("Riesen-Markt China", "LOC")],
         [("Alix Partners", "ORG"), ("China", "LOC")]),
        # held-out gnad-0425, gnad-0164: a militia before the name is a descriptor
        ("Ein Anhänger der Jihadistenmiliz Islamischer Staat schoss.", [("Jihadistenmiliz Islamischer Staat", "ORG")],
         [("Islamischer Staat", "ORG")]),
        # held-out gnad-0442, gnad-0612, gnad-0663, gnad-0806, gnad-0820: the Austrian adverb "heuer" (this year) at a
        # sentence start; not a person of the name
        ("Das war im Vorjahr. Heuer ist alles anders.", [("Heuer", "PER")], []),
        ("Die Sängerin Anna Heuer tritt auf. Heuer sagte, sie freue sich.", [("Anna Heuer", "PER"), ("Heuer", "PER")],
         [("Anna Heuer", "PER"), ("Heuer", "PER")]),
        # held-out gnad-0212, gnad-0238: New Year's Eve after a preposition is a day, no person
        ("Die Taten zu Silvester wurden untersucht. Silvester Stallone kam.",
         [("Silvester", "PER"), ("Silvester Stallone", "PER")], [("Silvester Stallone", "PER")]),
        # draws 66 and 68 (gnad-0303, gnad-0569): "von" and an organization after a given name and a surname; not a
        # particle after a given name or a title of nobility
        ("Gabor Wichmann von Birdlife sagte das. Ursula von der Leyen kam. Johann Wolfgang von Goethe schrieb.",
         [("Gabor Wichmann von Birdlife", "PER"), ("Ursula von der Leyen", "PER"),
          ("Johann Wolfgang von Goethe", "PER")],
         [("Gabor Wichmann", "PER"), ("Ursula von der Leyen", "PER"), ("Johann Wolfgang von Goethe", "PER")]),
        # draws 72 and 73 (gnad-0233, gnad-0266, gnad-0559): a home town NER found as a place elsewhere in the document
        # is one where it took it for a person; "Heuer" after a colon; a service provider before a company's name
        ("Das Fest findet in Wels statt. Nachdem Wels ein Hot-Spot ist, kommt er. Zur Erinnerung: Heuer sollen es "
         "weniger sein. Im Auftrag des IT-Dienstleisters Dimension Data.",
         [("Wels", "LOC"), ("Wels", "PER"), ("Heuer", "PER"), ("IT-Dienstleisters Dimension Data", "ORG")],
         [("Wels", "LOC"), ("Wels", "LOC"), ("Dimension Data", "ORG")]),
        # draw 74 gnad-0473: technical terms of a device review are no organizations
        ("Die Kamera hat OIS und ein AMOLED-Display, dazu eine SSD von Samsung.",
         [("OIS", "ORG"), ("SSD", "ORG"), ("Samsung", "ORG")], [("Samsung", "ORG")]),
        # draw 56 gnad-0245, gnad-0602: the international police organizations
        ("Wir arbeiten mit Interpol zusammen, sagte sie Europol.", [("Interpol", "PER"), ("Europol", "LOC")],
         [("Interpol", "ORG"), ("Europol", "ORG")]),
    ],
)
def test_errors_of_the_blind_draws_in_stop_35(nlp, fixes, text, ents, expected):
    assert fix_tagged(nlp, fixes, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # held-out gnad-0749, gnad-0603, gnad-0776: an institution before a town NER did not find
        ("Wie beurteilen Sie den von der Staatsanwaltschaft Graz verhängten Urteilsspruch? So gab das Bezirksgericht "
         "Innsbruck recht.", [],
         [("Staatsanwaltschaft Graz", "ORG"), ("Bezirksgericht Innsbruck", "ORG")]),
        # held-out gnad-0507, gnad-0604, gnad-0654: a mountain rescue or police station before its town, found as a
        # place or an organization; a town of two words
        ("Laut Bergrettung Axams ist der Hang steil, sagte ein Sprecher der Polizeiinspektion Freyung. Ein Gesuch ist "
         "bei der Staatsanwaltschaft São Paulo eingegangen.",
         [("Axams", "LOC"), ("Freyung", "ORG"), ("São Paulo", "LOC")],
         [("Bergrettung Axams", "ORG"), ("Polizeiinspektion Freyung", "ORG"), ("Staatsanwaltschaft São Paulo", "ORG")]),
        # not a country in the genitive, nor a rescue that is no service
        ("Der Laienrat Österreichs tagte. Die Bankenrettung Zyperns kostete Milliarden.",
         [("Österreichs", "LOC"), ("Zyperns", "LOC")], [("Österreichs", "LOC"), ("Zyperns", "LOC")]),
        # held-out gnad-0452, gnad-0704, gnad-0124, gnad-0958: an institution named by its purpose, which NER
        # missed or cut at "und"
        ("Das Abdullah-Zentrum für interreligiösen Dialog geriet in die Kritik. Das Bundesamt für Fremdenwesen und "
         "Asyl prüft. Das Material des Bundesamts für Eich- und Vermessungswesen fehlt. Nun kommt die "
         "UN-Organisation für Ernährung und Landwirtschaft.",
         [("Bundesamt für Fremdenwesen", "ORG")],
         [("Abdullah-Zentrum für interreligiösen Dialog", "ORG"), ("Bundesamt für Fremdenwesen und Asyl", "ORG"),
          ("Bundesamts für Eich- und Vermessungswesen", "ORG"),
          ("UN-Organisation für Ernährung und Landwirtschaft", "ORG")]),
        # not after an indefinite article, nor before an article, a proper noun or an acronym
        ("Hemayat, ein Betreuungszentrum für Kriegsüberlebende, sprach mit dem Außenministerium für die Vorbereitung. "
         "Kredite des Internationalen Währungsfonds für Athen. Wien bleibt das Kompetenzzentrum für CEE.",
         [("Internationalen Währungsfonds", "ORG"), ("Athen", "LOC")],
         [("Internationalen Währungsfonds", "ORG"), ("Athen", "LOC")]),
        # held-out gnad-0708, gnad-0875, gnad-0026, gnad-0846, gnad-0302, gnad-0266, gnad-0908, gnad-0684: a newspaper
        # named like a common noun where the text cites it as a source
        ("Das steht in einem Dokument, das dem Standard vorliegt. Auf Nachfrage des Standard, ob es reicht, schwieg "
         "er. Man arbeite daran, sagte eine Sprecherin zum Standard. Laut Krone zeige das Foto alles. Die Krone "
         "berichtete zuletzt davon. Das sagte Trainer Heiko Salzwedel der Times. Das meinte Cusk in einem Interview "
         "mit der Welt.", [("Heiko Salzwedel", "PER"), ("Cusk", "PER")],
         [("Standard", "ORG"), ("Standard", "ORG"), ("Standard", "ORG"), ("Krone", "ORG"), ("Krone", "ORG"),
          ("Heiko Salzwedel", "PER"), ("Times", "ORG"), ("Cusk", "PER"), ("Welt", "ORG")]),
        # not the world, the press, a picture or a standard elsewhere
        ("Ich bin Nummer acht der Welt. Er trat vor die Presse, sagte er der Presse. Auf dem Bild sieht man es. Das "
         "entspricht dem Standard. Mit der Zeit lernt er.", [], []),
        # held-out gnad-0794, gnad-0634, gnad-0120: a paper named with its article after the kind of paper it is; not a
        # new sentence after it
        ("Das berichtet die Zeitung Die Welt. Er sprach mit der deutschen Tageszeitung Die Presse (Montag). So die "
         "Zeitung. Die Zeit drängt.", [], [("Die Welt", "ORG"), ("Die Presse", "ORG")]),
        # held-out gnad-0104, gnad-0974, gnad-0535, gnad-0915: the club Sturm Graz, which NER missed; the town of a
        # club after a noun and "aus" is the town
        ("Sie verloren im Elfmeterschießen gegen Sturm Graz 2:4. Für den Tabellenvierten aus Graz reicht es. Dragovic "
         "plant den Abschied aus Kiew.", [("Sturm Graz", "ORG"), ("Graz", "LOC"), ("Dragovic", "PER"), ("Kiew", "LOC")],
         [("Sturm Graz", "ORG"), ("Graz", "LOC"), ("Dragovic", "PER"), ("Kiew", "LOC")]),
        # held-out gnad-0377, gnad-0555, gnad-0824, gnad-0933: the town of a Red Bull club named in full is the club
        # in the match report, not in its dateline
        ("Salzburg – Der Meister heißt Red Bull Salzburg. Salzburg gewann gegen Sturm 1:1.",
         [("Salzburg", "LOC"), ("Red Bull Salzburg", "ORG"), ("Salzburg", "LOC")],
         [("Salzburg", "LOC"), ("Red Bull Salzburg", "ORG"), ("Salzburg", "ORG")]),
        # held-out gnad-0331, gnad-0636, gnad-0858: the International Space Station is a place (a curated feature), as
        # all annotations of it have it, by its name of several words too when NER took it for an organization
        ("Die Kapsel bringt Nachschub für die Internationale Raumstation. Auf der ISS lebt er.",
         [("Internationale Raumstation", "ORG"), ("ISS", "ORG")],
         [("Internationale Raumstation", "LOC"), ("ISS", "LOC")]),
        # held-out gnad-0282, gnad-0421, gnad-0485: an NGO is a kind of organization, no name
        ("NGO: 198 Zivilisten getötet. Der Erlös kommt einer NGO zugute.", [("NGO", "ORG"), ("NGO", "ORG")], []),
        # held-out gnad-0132, gnad-0031, gnad-0391: a university or a broadcaster's regional studio named by its town
        # or region, after an acronym too
        ("Forscher um Kathelijne Koops (Uni Cambridge) zeigen das. Das ORF-Landesstudio Niederösterreich und das "
         "Landesstudio Wien senden.",
         [("Kathelijne Koops", "PER"), ("Cambridge", "LOC"), ("Niederösterreich", "LOC"), ("Wien", "LOC")],
         [("Kathelijne Koops", "PER"), ("Uni Cambridge", "ORG"), ("ORF-Landesstudio Niederösterreich", "ORG"),
          ("Landesstudio Wien", "ORG")]),
        # held-out gnad-0913: the club in brackets after a player of a squad list, with caps and goals, is a club;
        # not a town and a year
        ("Tor: Heinz Lindner (Frankfurt, 9/0). Sturm: Marcel Sabitzer (RB Leipzig, 12/2). Er traf Hans Meier (Wien, "
         "2015).",
         [("Heinz Lindner", "PER"), ("Frankfurt", "LOC"), ("Marcel Sabitzer", "PER"), ("RB Leipzig", "ORG"),
          ("Hans Meier", "PER"), ("Wien", "LOC")],
         [("Heinz Lindner", "PER"), ("Frankfurt", "ORG"), ("Marcel Sabitzer", "PER"), ("RB Leipzig", "ORG"),
          ("Hans Meier", "PER"), ("Wien", "LOC")]),
        # held-out gnad-0007, gnad-0836: a noun of the model's noun clusters that GeoNames knows only as another name
        # of a small town ("Schlieren / Spital") is that noun, after a locative too
        ("Die Rettung brachte die Frau ins Spital.", [], []),
        # held-out gnad-0103, gnad-0921, gnad-0270, gnad-0908: parties' colours and the Games are no places
        ("Nicht Oberösterreich, sondern Schwarz-Blau tut das. Rot und Schwarz teilen sich das Amt. Er will sich für "
         "Olympia in Rio qualifizieren. Das Feuer wurde in Olympia entzündet.",
         [("Oberösterreich", "LOC"), ("Schwarz-Blau", "LOC"), ("Rot", "LOC"), ("Olympia", "ORG"), ("Rio", "LOC"),
          ("Olympia", "LOC")],
         [("Oberösterreich", "LOC"), ("Rio", "LOC"), ("Olympia", "LOC")]),
        # held-out gnad-0233, gnad-0608: a place after a word for a newspaper is the newspaper
        ("Der höchste Betrag ging an die Tageszeitung Österreich.", [("Österreich", "LOC")], [("Österreich", "ORG")]),
        # review: a purpose a predicate takes, a known institution, an indefinite article before adjectives, a
        # person after "und", and "zur" make no name
        ("Nun soll das Bundesverfassungsgericht für Klarheit sorgen. Das Bundeskriminalamt ist für Cyberkriminalität "
         "zuständig. Die Stadt baut ein neues Ausbildungszentrum für Lehrlinge. Das Bundesministerium für Finanzen "
         "und Ministerin Schmidt lehnten ab. Die Stellungnahme des Finanzministeriums zur Steuerreform kam.",
         [("Bundesverfassungsgericht", "ORG"), ("Bundeskriminalamt", "ORG"), ("Bundesministerium für Finanzen", "ORG"),
          ("Schmidt", "PER")],
         [("Bundesverfassungsgericht", "ORG"), ("Bundeskriminalamt", "ORG"), ("Bundesministerium für Finanzen", "ORG"),
          ("Schmidt", "PER")]),
        # review: a time after an institution is no town, a council member's title no institution
        ("Nachdem die Staatsanwaltschaft Ende Mai Anklage erhoben hatte, sagte Stadtrat Stein nichts. Er hat an der "
         "Uni Mitte der 80er-Jahre studiert.", [], []),
        # review: the newspapers' words elsewhere (a reporting verb before the world, a clause after a comma, an
        # accusative, "zur", a nominative before "vorliegt")
        ("Die Historikerin stellte ihre Recherchen zur Zeit des Nationalsozialismus vor. Erst Jahre später erfuhr die "
         "Welt von dem Massaker. Er erklärte, Airbags gehörten heute zum Standard. Die Sprecherin bestätigte die "
         "News. Erst wenn das Bild vorliegt, geht es.", [], []),
        # review: an age or a position in a squad bracket, or one bracket alone, is no club
        ("Tor: Heinz Lindner (Frankfurt, 9/0), Ramazan Özcan (31, 3/0). Marc Janko (Basel, 49/24). Maria Müller hat "
         "geschrieben.", [("Heinz Lindner", "PER"), ("Frankfurt", "LOC"), ("Ramazan Özcan", "PER"),
                          ("Marc Janko", "PER"), ("Basel", "LOC"), ("Maria Müller", "PER")],
         [("Heinz Lindner", "PER"), ("Frankfurt", "ORG"), ("Ramazan Özcan", "PER"), ("Marc Janko", "PER"),
          ("Basel", "ORG"), ("Maria Müller", "PER")]),
        ("Maria Müller (Wien, 3/12) schrieb uns.", [("Maria Müller", "PER"), ("Wien", "LOC")],
         [("Maria Müller", "PER"), ("Wien", "LOC")]),
        # review: a country's genitive after a newspaper word, a company word before the ISS, a town's mayor beside
        # its Red Bull club outside a match report, Olympia after "aus"
        ("Die Krone ist die größte Tageszeitung Österreichs. Das Unternehmen ISS wächst. Red Bull Salzburg baut ein "
         "Trainingszentrum. Salzburgs Bürgermeister gratulierte. Die Fackel kommt aus Olympia.",
         [("Krone", "ORG"), ("Österreichs", "LOC"), ("ISS", "ORG"), ("Red Bull Salzburg", "ORG"), ("Salzburgs", "LOC"),
          ("Olympia", "LOC")],
         [("Krone", "ORG"), ("Österreichs", "LOC"), ("ISS", "ORG"), ("Red Bull Salzburg", "ORG"), ("Salzburgs", "LOC"),
          ("Olympia", "LOC")]),
    ],
)
def test_errors_of_the_held_out_articles_in_stop_36(nlp, fixes, text, ents, expected):
    assert fix_tagged(nlp, fixes, text, ents) == expected
