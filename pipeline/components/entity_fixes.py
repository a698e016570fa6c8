"""Corrections of NER output that a gazetteer or the shape of a word settles, for any model.

Rules, in order (documented in README, "Entity corrections"); rule 18's parts run where they are needed: the
particle join before rule 0, the slash split after rule 11, the surname reading with rule 11's end:
0. Noise is dropped: an entity without two letters in a row ("’s"), or a word glued to the next one by a
   missing line break ("SicherheitsgarantienUm"), or the first part of an elided compound ("Mikro- und
   Makroebene"), a time of day ("Dienstagfrüh"; also at a name's edge: "Katzian Mittwochfrüh"), a month or feast
   before a name ("Fastenmonats Ramadan"), or a person that is only the first particles of a full name of the
   document with its rest following ("ließ sich Van" "der Bellen": rule 10's repeated surname takes them back);
   a hashtag sign is no part of a name ("#Berlin" → "Berlin"), nor an article, preposition, conjunction or
   slash at its end ("Institut für Virologie des" → "Institut für Virologie", "Jerusalem/Ramallah"), and a
   person's Roman ordinal keeps its period ("Felipe VI."); a person NER ran on across a comma is several ("Hans,
   Karl"); a person ending in a month before a year is a date ("von August 2014"), a rank before a person is no
   part of the name ("Weltranglisten-45. Pospisil"), nor is the period ending a sentence ("nannte ihn Kleiner
   Marco.") or the next sentence ("die Sportzeitung Ole. Nächstes Finale" → "Ole").
1. A compound whose head is a role or a common noun is not a name: "Trump-Regierung", "US-Außenminister",
   "NATO-Generalsekretär", "Spotify-App", "EU-Staaten", "Henkel-Aktie", "Apple Music-Streamingdienstes",
   "Ö1-Mittagsjournal" (not "Wall-Street-Journal") are dropped (the name inside it is not a mention, per the
   annotation guidelines); a genitive before such a compound keeps its name ("Rapids Europacup-Gegner" → "Rapids").
   Compounds naming a kind of organization stay ("EU-Kommission", "IS-Miliz", "EU-Parlaments"). A generic designation
   alone is not an organization ("Innenministerium", "Regierung", "Polizei", "die Landespartei"), nor with only
   lower-case or inhabitant adjectives before it ("italienischen Marine", "Salzburger Unternehmen", "pro-kurdische
   Partei"; not "Europäisches Parlament", "steirische Volkspartei"), nor is a chamber's name as its member's title,
   right before a person's full name ("Bundesrat Efgani Dönmez"; not "der Bundesrat Hofers Vorschlag", "einen neuen
   Nationalrat"), nor is a role ("Jagdleiter" as an organization), a competition ("Champions League", "French Open",
   "Davis-Cup", "Fußball-Bundesliga", "Eastern Conference", "WM", "Copa America"; not "Arabische Liga", "Krebsliga";
   a Grand Prix leaves the place it is named after: "vor dem Großen Preis von Belgien" → "Belgien"), a stock index
   ("ATX", "CAC-40"), nor a role's compound as a person ("Landesparteiobmann"; not a surname of a person named in
   full: "Hofrichter"), a broadcast ("ZiB 2") or people named by their cause ("Separatisten", "Nationalisten"; not
   the parties "Sozialisten", "Kommunisten"). A kind of company is no place ("Technologieportal" as LOC; not a town
   the gazetteer knows, "Burbank").
2. A descriptor or role in front of a name is not part of it, nor a number after a person: "Topberater Selenskyjs" →
   "Selenskyjs", "Schwarzmeerort Rize" → "Rize", "Joseph 35.000" → "Joseph", "Hilfsorganisation Doctors for Refugees"
   → "Doctors for Refugees", "Bundesstaat Oklahoma" → "Oklahoma", "Großraum Wien" → "Wien", "griechischen Insel
   Lesbos" → "Lesbos", "Mentor Sarkozy" → "Sarkozy" (before a person only: not "Mentor Graphics"); after a role the
   rest is a person, after a company descriptor, a party or a club before an acronym an organization ("Wäscheriese
   Palmers", unless a given name follows; "Linkspartei Podemos" → "Podemos", "Autoclub ADAC" → "ADAC", a league's
   club before any name: "Serie-A-Klub Hellas Verona" → "Hellas Verona"); an institution before one name word stays
   ("Volksbank Etruria", "Volkspartei Niederösterreich", "Arbeiterpartei Kurdistans"; not "Großbank UBS", nor a
   country's: "US-Notenbank Fed" → "Fed"), and a designation NER found apart right before an organization is none
   ("EU-Grenzschutzagentur" "Frontex", "Mitte-Links-Partei" "CHP"). A common noun in front of a place the gazetteer
   knows is not part of it ("Steueroase Luxemburg"), unless it names a facility ("Erstaufnahmezentrum Traiskirchen")
   or a German district ("Landkreis Celle") or the gazetteer knows the whole name ("Bad Ischl"). A place that ran on
   into the phrase after it ends before the preposition ("Antalya am Gründonnerstag"; not "Frankfurt am Main"). Nor
   is the noun after a genitive surname or given name: "Carneys Reise" → "Carneys", "Michelangelos Madonna" →
   "Michelangelos", "Haiders Regierungseintritt" → "Haiders" (a common noun the tagger does not call a proper noun:
   not "Fats Domino"), nor a work after a full name in the genitive ("Steven Spielbergs Bridge of Spies" → "Steven
   Spielbergs"); nor an inflected common word in front of a person's proper noun ("Metaphern Franziskus", a
   subheading run into the sentence) or a common noun in front of a given name ("Lehrergewerkschafter Paul
   Kimberger", "Pater Florian"), nor a place in the genitive before a given name ("Burgenlands Hans Niessl"), nor an
   organization's name after the genitive of a one-word organization of the document ("Apples Zulieferkette" →
   "Apples"). Two surnames of persons named in full side by side are two persons ("holte Niessl Doskozil"), and a
   known place in the genitive before such a surname is apart from the person ("Stuttgarts Harnik" → "Stuttgarts",
   "Harnik"). A person that ran on past a full name the document uses elsewhere into a common word ends at the name
   ("streute Barbara Rett Rosen" → "Barbara Rett"). A person after "von" inside a person is a work's author ("Onkel
   Wanja von Anton Tschechow" → "Anton Tschechow"), and a person of two words or more ends before "von" and a
   compound of a common noun ("Hasan E. von der Nationalgarde" → "Hasan E."; not "Ursula von der Leyen", "Carl
   Friedrich von Weizsäcker", "Maria Theresia von Österreich"). An affair before a name is no part of it ("in der
   Causa Buwog" → "Buwog").
3. Seats of government used for the government are organizations: "Kreml", "Weißes Haus"; so are the
   institutions and companies of the gazetteer's short list whatever NER said ("Bundesheer" as a place,
   "Googles" as a person).
4. A country name, capital or German exonym is a place, whatever NER said ("Sowjetunion" as ORG); so is a
   direction in front of a country, region or continent ("in der Ostukraine", "im Nordirak", "Südsteiermark").
5. An institution named after its place is an organization: "Landwirtschaftskammer Steiermark", "Landgericht Köln",
   "Militärkommando Steiermark", "OLG Wien" (not "Kaserne Hörsching" or "KZ Dachau", facilities, which are places),
   and a town with a club's year is a club ("Mainz 05"), as is one after a club's prefix NER left out ("Energie"
   "Cottbus"), as is a town or state with an English plural in a sentence about a match ("Nashville Predators", "St.
   Louis Blues"; not "Palm Springs", nor a surname the bundled model's word clusters hold among people's names:
   "Indiana Jones"); so is a place the gazetteer does not know whose last word names an institution
   ("Landesrechnungshof", "Internationaler Strafgerichtshof", "Wiener Landtag", "Kunsthistorisches Museum",
   "Vatikanische Bibliothek"; not a theater or opera house, buildings too), and a place of a capitalized adjective
   and an organization's head ("im Europäischen Parlament"); an organization whose last word names such a building or
   a venue is a place ("Wiener Staatsoper", "Red Bull Arena", "ORF-Funkhaus", "Dolby Theatre", "Stamford Bridge",
   "Superdome", "Berliner Mauer"). A place or organization of two words or more that the document also writes,
   spelled otherwise, as a person's full name is that person ("Muammar al-Gaddafi" after "Muammar Gaddafi"). An
   acronym (or its genitive: "EAs") tagged as a person or place that names no country or region is an organization:
   in German news "CDU", "AMS", "ORF" are parties, agencies, broadcasters ("USA", "NRW" stay places). So is a person
   whose first word, genitive included, or last word names a kind of organization ("des Yachtklubs Neusiedl",
   "Johnston Press", "Tsipras Syriza-Partei"), and so is such a MISC entity that is no event, competition or product
   ("Amnesty International"; not "Academy Awards", "Erste Liga").
6. A single-word PER/ORG entity that is a first-level region or a city of at least `min_city_population`
   inhabitants (a city not after an article: "die Hamas" is no Hamm, whose alternate name it is in GeoNames) is a
   place ("Donezk" as ORG), unless it is the surname of a person named in the document or a
   kind of organization ("Union" is the EU, not Union, New Jersey); so is an organization of several words that is
   a first-level region ("die Tierwelt von British Columbia"). A person of several words that the gazetteer
   knows as a town is that place, unless a given name begins it outside a locative ("nach Slavonski Brod", "in
   Maria Gugging"; not "Maria Gugging sagte").
7. A one-word PER/LOC entity that the gazetteer does not know is dropped when it is an inflected common noun (its
   lemma differs by more than a genitive -s: "Zelten" → "Zelt", "Tarifen" → "Tarif"; with the bundled model only
   lemmas from its lemma table count) or an inhabitant noun of a known place ("Kölner", "Grazer"; of a region or
   country that adds "-en": "Kärntner"), or a nationality noun of a known country or region ("Amerikaner", "Schwede",
   "Polin", "Syrer"), or a language ("Bosnisch", "Slowakisch", "Neupersisch"; a short name in a list of languages,
   whatever NER said: "Slowenisch, Somali, Spanisch"), or a town listed after a plural word for universities ("der
   Universitäten Marburg, Gießen und Ulm"); a one-word place or person is also dropped when it ends in a common noun
   of the lemma table ("Rekordstand", "Wahlvolk", "Stacheldraht", "Rechnungshofbericht"), unless the facility
   patterns matched it or a person's name ends like a German surname ("Hofmann", "Filzmaier", "Sollbauer") or the
   bundled model's word clusters hold it among people's names ("Hol|lande", "Kersch|baum"; `person_clusters`), and a
   one-word person that joins a German word of four letters or more and a noun of six or more the bundled model's
   word clusters hold among common words ("Sicherheits|gespann", "Land|heimat", `noun_clusters`). A one-word place is
   dropped when it is a direction ("zwischen Ost und West"), follows an indefinite article ("Ein Obdach ist …"; not a
   country: "einen Iran"), is an adjective at a sentence start ("Offen ist, ob …"), or is a common noun the lemma
   table lists with a plural ("Erde", "Heizöl"; not "Rhein", which has only a genitive), or a hyphenated compound
   headed by such a noun ("Hertha-Tor"; not a direction, a kind of place or building: "Graz-Süd", "Schiffbau-Halle"),
   or a word for a kind of country ("im Nachbarland", "dem westlichen Nachbarland"), or, after an article, a
   settlement compound of a common noun or a hyphen ("der Budenstadt", "die US-Hauptstadt"; not "im Siegerland", "in
   Fischerndorf"). A place that a trimming leaves as one word is checked again ("in indonesischer Provinz" →
   "Provinz", none).
   A kind of place in front of one is not part of it: "Stadt Wien", "Bezirk Tulln", "Kreis Celle" (rule 2). An
   Austrian district named after its town is a place, not a compound of a common noun ("Wien-Umgebung", "Tulln-Land",
   data/entity_patterns.jsonl; not "Euro-Land"). A one-word person is dropped when the document also uses the word as
   a common noun, after an indefinite article or inflected ("mit einer Hilfslok", "Geiern" beside "Geier"), unless it
   is part of a person's full name there ("Ein Mann las" beside "Thomas Mann"). A one-word entity of any kind is
   dropped when it is an adjective capitalized at a sentence start ("Rückläufig war die Zahl …"): an adjective's
   ending, a lower-case word after it, no noun of the lemma table ("König"), unknown to the gazetteer, known to the
   model's vocabulary in lower case (not "Kogelnig"), and a word the bundled model's clusters hold among no names
   (not "Fröhlich").
8. A surname of a person named in full elsewhere in the document is a mention of that person wherever NER
   missed it, genitive included ("Carneys Reise" after "Mark Carney"), or tagged it as a one-word
   organization or a place the gazetteer does not know ("mit Selenskyj" as ORG after "Wolodymyr Selenskyj"); a
   Korean name and an Arabic name with the father's go by their first word too ("so Ban" after "Ban Ki-moon",
   "Qabus" after "Qabus bin Said"). A place the gazetteer does not know, shaped like a name, right after a role or
   a relation is a person ("dessen Bruder Shihab"; not "Alteigentümer BayernLB"), and so is one of two or three
   words that is the surname of several words of a person named in full ("Le Pen" after "Marine Le Pen"), or a
   one-word place listed between two one-word persons or after two that the gazetteer knows at most as a town
   abroad of under `GIVEN_NAME_TOWN_POPULATION` inhabitants ("Che, Mao, Marx"; not "Napoleon und Waterloo").
9. The dateline of agency news, names at the start of a sentence followed by a dash ("Eisenstadt – Nach
   seiner Prüfung …", "Wien/Graz/Aurora – Die heimische …"), are places wherever NER missed them or took them
   for an organization or person ("Stanford –"), when the
   gazetteer knows every one of them in the form written (a football line-up "Walke – Schwegler, …" is not
   a dateline).
10. A given name (`pipeline.given_names`) followed by one or two surname words (capitalized, not a German word, role,
   article or country) is a person, whatever NER made of it: "Nigel" (LOC) "Farage", "Stefanie Sargnagel" (ORG),
   "Iain Duncan Smith" (nothing), "Leonhard" (PER alone) "Kaufmann", "Daniel-Andre" (two given names joined) "Tande";
   so is a Roman ordinal after a role and a given name ("Papst Paul VI."), and so are two or three surname words
   after a role ("Landwirtschaftsminister Andrä Rupprechter"), and after a role and a given name one capitalized word
   even if German when the document writes it after a role elsewhere ("Langzeitbürgermeister Heinz Schaden" beside
   "Bürgermeister Schaden"; not "Prinz Charles Bäume"). Not at a sentence start unless tagged a proper noun or found
   by NER ("Solange Nutzer …"), not a place the gazetteer knows ("Santa Clara"), not across an entity's end, not
   after a company descriptor ("Luxuskonzern Louis Vuitton", rule 11). A given name goes on across a particle that
   begins a foreign surname ("Joost den Haan"; not "von", "zu" or "der": "Omar der Tschetschene", nor before a
   nationality noun).
11. A name after a company or group descriptor is an organization ("des Billigfliegers Easyjet", "Marktführer
   Spotify", "Brexit-Lobbygruppe Vote Leave", a journal: "im Fachblatt Science"), unless a place the gazetteer knows
   or a person with a given name is there already (a company named after a person counts after a compound naming a
   kind of company, "Tourismuskonzern Thomas Cook", and a given name alone after an authority's compound,
   "EU-Betrugsbekämpfungsbehörde Olaf", not its head "der Atomenergiebehörde Yukiya Amano"; a full name in the
   genitive, or any name after a network or office, is the owner: "Magna-Konzern Frank Stronachs", "Netzwerk
   Putins"), and so are the names listed after a plural one in a list a conjunction closes ("die Zeitungen La
   Dernière Heure und Het Laatste Nieuws"); so is a capitalized adjective inside a sentence before an institution
   ("Steiermärkische Sparkasse"); an organization headed by an institution takes the place the gazetteer knows or the
   name word that follows ("Landwirtschaftskammer Steiermark", "Volksbank Etruria"; a commission is no such
   institution: "die EU-Kommission Griechenland (aufgefordert)"), and so does a compound naming an institution that
   NER left out ("Handelsgericht Wien"; not "Gericht Wien", not a genitive "Laienrat Österreichs"). After rules 10
   and 11, a one-word place or organization that is the surname of a person named in full is that person when the
   gazetteer does not know it, or knows it only as a small place abroad ("an Messi" after "Lionel Messi", "Residenz
   Castros" after "Fidel Castro"; rule 18).
12. A name of up to three words the gazetteer knows as written, outside any entity and no German word (the lemma
   table lists names too: "Innsbruck" counts when its word cluster is one of places and no determiner comes before
   it, `is_listed_name`; rule 10 takes "Cage" so), is a place after a locative preposition, also with an adjective
   between ("in Althofen", "ins kubanische Varadero"), or beside a place in a list, in brackets or before "in"
   ("Wien, Graz, Mürzzuschlag", "im Burgenland (Eisenstadt)", "Marchegg in Niederösterreich"); so is a country or
   region in the genitive before a role ("Tirols Landeshauptmann", "Burgenlands FPÖ-Chef"), and a home country's
   district named as a feminine noun after "in der" or "und der" ("in der Josefstadt"); a town and a part of it the
   gazetteer knows, joined by a hyphen, count as a known name ("in Wien-Döbling"). A place NER ended before the rest
   of such a name takes it ("in Gornja" "Radgona", "St. Georgen" "im Attergau"; two side by side that the gazetteer
   knows as one with a hyphen are one: "Crans" "Montana"), and a name the document calls a town is a place wherever
   NER took it for a person ("die Stadt Marat Numan" … "in Marat Numan") and where NER missed it right after the noun
   ("die Ortschaft Kolontar").
13. A one-word person, or a place the gazetteer does not know, is an organization when the document names it in front
   of a company word ("Volvo-Chef", "Henkel-Aktie", "Meizu-Konzern"), unless it is the surname of a person named in
   full ("Meinl-Manager" beside "Julius Meinl"); so is a one-word place that is the kind of organization ending an
   organization's name in the document ("Union" after "Europäische Union"), or that is (the genitive of) a one-word
   organization of the document the gazetteer knows at most as a village ("Apples" beside "Apple"), a person that is
   the genitive of one ("die Geschichte Ferraris" beside "Ferrari"), and a person of several words the document names
   word for word as an organization elsewhere ("Het Laatste Nieuws"; not one beginning with a given name: "Giorgio
   Armani" may be the founder), or such a place the gazetteer does not know as written, not after "in", "im" or
   "nahe" ("Zenit St. Petersburg"; not "im Lower Ninth"). The town of a sports club the document names in full is the
   club ("Bilbao beendete …" beside "Athletic Bilbao", "bei Cottbus engagiert" beside "Energie Cottbus", "gegen
   Mainz" beside "Mainz 05", "München" beside "Bayern München"), except after "in", "im" or "nahe", in a dateline, or
   where the document calls it a town ("die Großgemeinde Lustenau"). In a match report (a club named in full and a
   score: "2:1", not "19:30 Uhr") a town the gazetteer knows is a club, as the gold's "gegen Gijon" is, where its
   sentence talks of a match (a score, "gegen", "Niederlage", "Trainer" …): "Dortmund schlägt Stuttgart 3:0"; not
   after a preposition of place or route, also at the head of a list ("0:0 in Dortmund und Leverkusen", "Zwischen
   Barcelona und Valencia"), nor before a venue ("Graz, UPC-Arena").
14. The players of a line-up in a match report ("Salzburg: C. Stankovic – Schmitz, Miranda, …, Atanga (92.
   Lainer) … Ersatz: …") are persons, whatever NER made of them ("Miranda", "Sana" as places).
15. A one-word place that is also a given name is none when the gazetteer knows it only as a region or a town
   of under `GIVEN_NAME_TOWN_POPULATION` inhabitants abroad, in a country no other place of the document lies
   in, and no locative preposition stands before it: "Mercedes" (a town in Argentina), "David" (Panama),
   "Margit", "Miranda" (a Venezuelan state) are people and brands there; capitals ("Paris", "Sofia"), big
   cities ("Bergen") and "in Mercedes" stay places.
16. A one-word place that neither the gazetteer (not even in part) nor the model's large vocabulary knows (the
   bundled model's 860,000 clustered words, de_core_news_lg's vectors) is none when the tagger calls it a common
   noun, it has no place's ending (`PLACE_TAIL`) or hyphen, no preposition of place stands before it and the
   document uses it nowhere as a place that way: products, firms and words coined for one article ("Locky",
   "LuxLeaks", "Baritonsaxofon", "Ministerduo"); "auf Samos", "Mittelmeer", "Wien-Landstraße" stay.
   Nor is a one-word place the gazetteer does not know whose word cluster (bundled model only) holds nouns,
   brands and titles: under `PLACE_SHARE` of its capitalized words are places the gazetteer knows and under
   `TRAINING_LOC_SHARE` of its tokens in the NER training data are LOC (`placeless_clusters`), unless it has a
   place's ending or hyphen, names a region beyond one country ("Atlantik", "Arktis", "Ozean") or the document
   uses it as a town's name (after a bare "in", "nach", "aus", "bei" or "nahe", or a kind of place: "in Marea",
   "die Stadt Marea"): "im Finish", "zum Lamborghini", "Starbucks"; "Rhein" and "Elsass" stay, whose clusters
   hold places ("auf dem Sinai" is lost).
17. A country's ISO 3166 alpha-3 code in brackets is a nationality, no mention of any kind, whatever NER made of it:
   "Salming (SWE)", "TPS Turku (FIN)", "(USA 2012)" (results tables, film credits), as the guidelines count no
   nationality adjective. Only "USA", the country's common name, after a place or nothing and before no year is the
   country ("Boston (USA)"). A code that abbreviates the organization before it ("Kunsthistorischen Museums (KHM)")
   or that the document writes outside brackets too ("Landeskriminalamt (LKA)" … "das LKA") is left to NER.
18. Places joined by a slash are several places when the gazetteer knows each as written ("Holguin/Vatikanstadt –";
   not "Frankfurt/Oder"); a person ending in a given name, a name particle and a one-word person are one ("José
   Graziano" "da" "Silva", "Ursula" "von der" "Leyen"), so are a lone given name and the name after a double space
   ("Roger" "  " "Schmidt", also where NER took one word for an organization; not "Elton John" "  " "Paul
   McCartney"), and an Arabic name goes on across "bin" or "ibn" and a lower-case "al" ("Mohammed" "bin Zayid al
   Nuhayyan", "Qabus bin" "Said"), and into a surname written with the article after it ("Abdel Fattah" "al-Sisi").
   The surname of a person named in full that the gazetteer knows only as a small
   place abroad is that person, genitive included ("Residenz Castros" after "Fidel Castro"; not "Berlins").
19. A party named by its members after a definite article is an organization: "die Republikaner", "den Demokraten",
   "Kandidat der Republikaner"; not one member ("Der Republikaner warf …"). So are the Greens there, beside another
   party's acronym or alone in brackets ("die Grünen kritisieren", "ÖVP, SPÖ und Grüne", "Johannes Rauch (Grüne)"),
   not before a name or noun ("der Grüne Peter Pilz", "Grüne Infrastruktur").
20. A one-word building named after a person or a town or region of Austria, Germany or Switzerland, outside any
   entity, is a place, genitive included: "Karlskirche", "Markuskirche", "Petersdom", "Stephansdoms",
   "Salzburgarena"; not one named after a kind ("Stadthalle", "Pfarrkirche") or a place abroad ("Nordhalle"). So is
   a road, tunnel, bridge or ring road named after a direction or a name that is no German word ("Ostautobahn",
   "Polleroswandtunnel", "Margaretengürtel"; not "Eisenbahnbrücke"), and a town's airport, station, port or stadium
   by the adjective of a town the gazetteer knows ("am Salzburger Flughafen").
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

import csv
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from itertools import pairwise

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline import gazetteer, geonames
from pipeline.cluster_embed import known_word_test, word_cluster
from pipeline.data import bundled_text, content_lines
from pipeline.given_names import given_names, is_capitalized_name
from pipeline.link.forms import (
    GENITIVE_ENDINGS,
    ending_beyond,
    genitive_candidates,
    strip_apostrophe,
    strip_known_genitive,
    strip_suffix_genitive,
)
from pipeline.link.organizations import CLUB_YEAR, expands
from pipeline.link.people import INITIAL, NASAB, SURNAME_PARTICLES, first_word_alone, person_key
from pipeline.link.places import known_as_written
from pipeline.roles import COUNTERPARTS, ROLE_MODIFIERS, is_role, is_role_compound

# Endings of German surnames that are common nouns as well: "Hofmann", "Filzmaier", "Sollbauer", "Borckenstein".
SURNAME_TAILS = ("mann", "maier", "mayer", "meier", "bauer", "stein", "huber", "hofer", "berger", "egger")
# Heads of English and Romance names of institutions and venues, which no surname is: "Hunter College" (not
# "Hall", "Park" or "House", which are).
FOREIGN_NAME_HEAD = re.compile(
    r"^(?:College|University|Universidad|Università|Université|Palace|Awards?|Days|Club|United|City|Society"
    r"|Press|Records|Festival|Bridge|Centre|Center|Casa|Group|Company|Times|News|International)$"
)
# A MISC name ending so is an event, a competition or a product, not an organization ("Academy Awards", "Erste Liga").
MISC_HEAD = re.compile(r"(?:awards?|days|festival|liga|league|team|fonds|cup)$")
# An organization named so is a competition, which the annotation guidelines count as no organization:
# "Champions League", "Australian Open", "PDC European Tour", "Davis-Cup" (the competitions' organizers are
# named otherwise: UEFA, PDC); not a league that is a body of its own ("National Hockey League").
COMPETITION = re.compile(
    r"^(?!National )(?:.*[\s-])?(?:League|Open|Tour|Cup|Championships?|Matchplay|Trophy|Masters|Grand Prix"
    r"|(?:Eastern|Western) Conference)$|^(?:WM|EM|Copa Am[eé]rica)$"
    r"|^(?:.*[\s-])?\w*(?:[Bb]undes|[Rr]egional|[Ll]andes|[Oo]ber|[Kk]reis|[Bb]ezirks|[Pp]rofi|[Ss]uper|[Ee]lite)liga$")
# A Grand Prix, a competition named after its country or town, which is a place: "vor dem Großen Preis von Belgien".
GRAND_PRIX = re.compile(r"^(?:Gro(?:ß|ss)e[nrs]? Preis(?:es)?|Grand Prix) (?:von|of) (?=[A-ZÄÖÜ])")
# the third line: sports leagues ("Deutsche Fußball-Bundesliga", "Basketball-Profiliga"); not "Arabische Liga",
# "Krebsliga", "Menschenrechtsliga"
# Stock indices, which NER takes for organizations: "ATX", "CAC-40" (not "Nasdaq", an exchange).
# Not "Nikkei" and "Dow Jones", which are a newspaper and a news agency too.
STOCK_INDEX = re.compile(r"^(?:ATX|DAX|MDAX|TecDAX|SMI|CAC[ -]40|FTSE(?: 100)?|S&P 500|Euro[ -]?Stoxx(?:[ -]50)?"
                         r"|Hang Seng)$")
# People named by what they believe or fight for, which no organization is: "prorussische Separatisten",
# "ukrainische Nationalisten", "Islamisten"; not parties so named ("Sozialisten", "Kommunisten").
PEOPLE_NOUN = re.compile(r"^(?!Sozialist|Kommunist)[A-ZÄÖÜ]\w*isten$")
# Titles of broadcasts NER takes for their broadcaster: ORF's news "ZiB", "ZiB 2", "Zeit im Bild" (a compound
# ending in a broadcast, "Ö1-Mittagsjournal", "ZDF-Heute-Show", is GENERIC_ORG_HEAD's; not "Wall-Street-Journal").
BROADCAST = re.compile(r"^(?:ZiB|ZIB)(?: ?\d)?$|^Zeit im Bild(?: \d)?$")
LEGAL_FORMS = frozenset({"AG", "GmbH", "SE", "KG", "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp."})
# Kinds of companies that stand before a name, alone or as the head of a compound: "Telekommunikationskonzern
# Telia Sonera", "Musikdienst Spotify" (DESCRIPTOR), "des Billigfliegers Easyjet" (ORG_DESCRIPTOR).
COMPANY_WORDS = ("dienst", "konzern", "unternehmen", "hersteller", "firma", "sender", "plattform", "partei", "bank",
                 "versicherer", "kette", "zeitung", "magazin", "agentur", "zulieferer")
ORG_DESCRIPTOR = re.compile(
    r"(?:" + "|".join(COMPANY_WORDS) + r"|lobbygruppe|flieger|riese|monopolist|versorger|händler|marktführer"
    r"|bieter|betreiber|verlag|label|fluglinie|airline|start-up|startup|modehaus|autobauer|portal"
    r"|(?<!staats)(?<!bundes)(?<!reichs)(?<!landes)(?<!schafts)kanzlei"  # a law firm, not a head of state's office
    r"|suchmaschine|website|webseite|netzwerk|geldhaus|geldhäuser|fachblatt|fachjournal|zeitschrift|diskonter)"
    r"(?:e?s|en|n|e)?$"
)
OWNED = re.compile(r"(?:netzwerk|kanzlei)(?:e?s|en|e)?$")  # what a person in the genitive after it owns
# Heads of compounds naming a kind of company, unlike "Händler" or "Betreiber": the name after such a compound is a
# company's even when it is a person's ("Tourismuskonzern Thomas Cook", "Seitensprungportal Ashley Madison"); not
# after the bare word ("Chef des Konzerns Peter Löscher") or before a genitive ("Magna-Konzern Frank Stronachs").
CORPORATE_HEAD = re.compile(r"\w(?:konzern|unternehmen|firma|kette|bank|verlag|modehaus|portal|plattform|website"
                            r"|webseite|suchmaschine)(?:e?s|en|n)?$")
# A compound naming an authority: a given name alone right after it is the authority's name
# ("EU-Betrugsbekämpfungsbehörde Olaf"); a person named in full there is its head ("der Atomenergiebehörde Yukiya
# Amano").
AUTHORITY = re.compile(r"\wbehörde$")
# "Volvo-Chef", "Mercedes-Motorsportchef", "Henkel-Aktien": the name in front is a company's (not "-Sprecher",
# "-Tochter": "Trump-Tochter").
COMPANY_COMPOUND = re.compile(
    r"^(?P<name>[A-ZÄÖÜ][\w.&]+)-(?:\w*[Cc]hef(?:s|in)?|Konzerns?|Aktien?|Vorstand|Manager|Filialen?)$")
# First words of sports clubs named after their town ("Energie Cottbus", "Athletic Bilbao", "FC Chelsea").
CLUB_PREFIX = re.compile(
    r"^(?:FC|SV|SK|SC|AC|AS|FK|NK|HNK|KSV|TSV|TSG|VfB|VfL|SpVgg|RB|PSV|BSC|EHC|EC|HC|TPS|Real|Athletic|Atlético"
    r"|Sporting|Olympique|Dynamo|Dinamo|Lokomotive|Lokomotiv|Spartak|Zenit|Energie|Borussia|Eintracht|Fortuna"
    r"|Werder|Sturm|Admira|Wacker|Hapoel|Maccabi|Partizan|Legia|Slavia|Sparta|Viktoria|Bayern)$")
# Acronyms of facilities, which take a town's name as places do: hospitals, power plants, camps, prisons.
FACILITY_ACRONYMS = frozenset({"AKH", "LKH", "UKH", "KH", "AKW", "KKW", "KZ", "JA"})
CLUB_WORD = re.compile(r"(?:club|klub|verein|ligist)(?:e?s|en)?$")  # "Stammclub", "Fußball-Bundesligisten"
LEAGUE_CLUB = re.compile(r"(?:liga|league|serie-a)-?(?:club|klub|verein)")  # "Bundesligaklub", "Serie-A-Klub"
SETTLEMENT = re.compile(r"(?:gemeinde|stadt|dorf|dorfes|ortschaft|metropole)$")  # "die Marktgemeinde Lustenau"
TOWN_PREPOSITIONS = frozenset({"in", "im", "nahe"})
VENUE = re.compile(r"(?i)(?:arena|stadion|stadium)")
MATCH_SCORE = re.compile(r"(?<![\d:.,])\d{1,2}:\d{1,2}(?![\d:])(?!\s*Uhr)")  # "2:1", "ein 0:7-Debakel"; not "19:30 Uhr"
# Words of a sentence that talks of a match (a word's end: "Heimniederlage", "Europa-League-Gegner"), where a town
# is its club: "Valencia ist … am Tiefpunkt angelangt" after "0:7-Debakel", not "Zwischen Barcelona und Valencia
# liegen 350 Kilometer".
MATCH_WORD = re.compile(
    r"^(?:tor|tore|sieg|siege|meister|vizemeister|punkte|zähler|führung|vorsprung|rückstand|partie|remis|derby"
    r"|tabelle|saison|abstieg|schlägt|schlug|besiegt|besiegte|gewann|verlor|unterlag|siegte|empfängt|trifft)$"
    r"|(?<!bei)(?<!schau)(?<!wahl)(?:spiel|spiele|niederlage|trainer|coach|liga|league|cup|pokal|gegner|bewerb"
    r"|finale|treffer|elfmeter|goalie|keeper|stürmer|kicker|mannschaft|debakel|heimsieg|auswärtssieg)$")
ROUTE_PREPOSITIONS = frozenset({"von", "vom", "zwischen", "bis"})  # "Bürgermeister von Dortmund", "bis Dortmund"
# A team's line-up in a match report: "Salzburg: Walke – Schwegler, Miranda, …" (keeper, dash, comma lists).
LINEUP = re.compile(r"(?<![^\s.)])[A-ZÄÖÜ][\w.\-]*(?: [A-ZÄÖÜ][\w.\-]*)?: "
                    r"(?=[A-ZÄÖÜ][\w.]*(?: [A-ZÄÖÜ][\w.]*)? – [A-ZÄÖÜ][^,:]*, [A-ZÄÖÜ])")
LINEUP_LABELS = frozenset({"Ersatz", "Fraglich", "Tore", "Es", "Gelbe", "Gelb-Rote", "Rote", "Karte", "Karten"})
LINEUP_SEPARATORS = frozenset({",", "–", "-", ":", ";"})
SCORE = re.compile(r"^\d[\d:./]*$")  # "1:0", "92.", "20.30"
GIVEN_NAME_TOWN_POPULATION = 200_000  # rule 15: below it, a place abroad named like a person needs support
# rule 16: "auf Samos", "aus Catalhöyük"; not "vor" or "über" ("vor Fußballmatches", "über Steuertricksereien")
PLACE_PREPOSITIONS = frozenset({"in", "im", "ins", "nach", "aus", "bei", "beim", "nahe", "auf", "am", "an", "durch",
                                "zum", "zur", "vom", "richtung"})
BARE_LOCATIVES = frozenset({"in", "nach", "aus", "bei", "nahe"})  # before a town's name: "in Marea"
LOCATIVES = BARE_LOCATIVES | {"im", "ins"}  # "in Althofen", "nahe Marchegg", "im Burgenland"
LIST_MARKS = frozenset({",", "und", "(", ")", "/"})
LIST_MARKS_BEFORE_PLACE = LIST_MARKS | {"in"}  # "Marchegg in Niederösterreich"
NOT_NAME_TAGS = frozenset({"ADV", "ADJA", "ADJD", "FM", "KON", "APPR", "PIAT", "PIS"})  # "und Auch", "in Big …"
DASHES = {"–", "—", "-"}
DATELINE_TOKENS = 12  # a dateline ("St. Pölten/Wien –") is found among the first tokens of a sentence
NAME_LIKE = re.compile(r"[^\W\d_]{2,}")  # a name has two letters in a row; "’s" or "3." are not names
GLUED = re.compile(r"[a-zäöüß]{4}[A-ZÄÖÜ][a-zäöüß]")  # "SicherheitsgarantienUm"; not "DiCaprio", "McDonald"
# Heads that make a compound a common noun: for people and places any of these; for organizations only
# the word-like ones ("Bertelsmann-Stiftung", "Max-Planck-Gesellschaft" end in -ung, -schaft and are names).
GENERIC_HEAD = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|ismus|armee|staaten|konflikt|krieg|kriegs|abkommen|initiative|hilfe|markt"
    r"|gesetz|verfahren|reform|beitritt|partner)$"
)
GENERIC_ORG_HEAD = re.compile(
    r"(?:lager|feinde|gegner|leute|anwälte|app|pleite|fans|lobbygruppe|affäre|skandal|deal|debatte|streit|modell"
    r"|krise|plan|pläne|gipfel|wahl|wahlen|politik|regime|staaten|länder|partnern|spitze|regierung"
    r"|morgenjournal|mittagsjournal|abendjournal|show)$"
)
# A designation without a name (the guidelines: "das Innenministerium", "die Regierung", "die Polizei").
GENERIC_ORGANIZATION = re.compile(
    r"^(?:\w*ministerium|\w*ministeriums|regierung|polizei|behörde|behörden|staatsanwaltschaft|botschaft|kabinett"
    r"|parlament|marine|armee|küstenwache|luftwaffe|feuerwehr|bund|bundes|justiz|verwaltung|gemeinde|stadt|land"
    r"|landes|holding|konzern|firma|unternehmen"
    r"|(?:landes|stadt|bundes|bezirks|regierungs|oppositions|schwester|koalitions|parlaments)partei)$",
    re.IGNORECASE,
)
# A chamber of parliament whose name is also its members' title: "Bundesrat Efgani Dönmez".
MEMBER_TITLES = frozenset({"Bundesrat", "Nationalrat"})
GENERIC_COMPANY = re.compile(r"^(?:unternehmen|firma|konzern|holding)$", re.IGNORECASE)  # never a name's head
# Common nouns that describe what follows them: "Hilfsorganisation Doctors for Refugees", "Musikdienst
# Spotify", "Pazifikmetropole Guayaquil", "Telekommunikationskonzern Telia Sonera".
DESCRIPTOR = re.compile(
    r"[a-zäöüß](?:" + "|".join(COMPANY_WORDS) + r"|organisation|metropole|hauptstadt|stadt|gruppe|region|provinz"
    r"|standort|raum|staat|gemeinde|behörde|(?<![pfw])ort)(?:e?s)?$"  # "Schwarzmeerort Rize"; not "Stockport"
)


NAME_SHAPE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+$")  # "Shihab"; not "BayernLB", "ORF"
# Particles that begin a surname after a given name ("Joost den Haan", "Rafael van der Vaart"), where German puts no
# preposition or article but "den" before an object (`EntityFixes.is_common_word_after`; not "Omar der Tschetschene").
FOREIGN_PARTICLES = SURNAME_PARTICLES - {"von", "zu", "der"}
# Words before a name that make it the name of an affair: "in der Causa Buwog", "die Affäre Hypo".
AFFAIRS = frozenset({"Causa", "Affäre"})
# Words before a place that name its kind: "die Stadt Wien", "das Land Steiermark", "der Kanton Zürich"; not
# "Republik": "Republik Moldau" is the name.
PLACE_DESCRIPTORS = frozenset({"Stadt", "Land", "Gemeinde", "Marktgemeinde", "Bundesland", "Region", "Provinz",
                               "Kanton", "Bezirk", "Kreis", "Insel"})
INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem",
                        "keiner", "keines"})


# The English plural naming a team after its town ("Nashville Predators"), unless a place's ("Palm Springs").
TEAM_NICKNAME = re.compile(r"^[A-Z][a-z]{2,}s$")
PLACE_PLURALS = frozenset({"Islands", "Heights", "Springs", "Falls", "Hills", "Lakes", "Meadows", "Woods", "Keys",
                           "Plains", "Sands", "Gardens", "Fields", "Highlands", "Downs", "Shores", "Mountains",
                           "Rocks"})
TEAM_WORD = re.compile(r"^[A-Z][a-z]+$")  # the first word of a nickname of two: "Red Wings", "Maple Leafs"
TEAM_TOWN_POPULATION = 100_000
BIG_CITY = 500_000  # a town named like a person names a team only when it is as big as Washington
FEMININE_DISTRICT = re.compile(r"[a-zäöü](?:stadt|au)$")  # rule 12: "in der Josefstadt", "in der Brigittenau"
UNIVERSITIES = re.compile(r"^(?:Universitäten|Hochschulen|Fachhochschulen|Unis)$")  # rule 7: "Universitäten Ulm"
# Rule 20: a town's facility by its adjective ("Salzburger Flughafen"), a road, tunnel, bridge or ring road named
# after a direction or a name ("Ost|autobahn", "Saalach|brücke").
TOWN_FACILITY = re.compile(r"^(?:Flughafen|Hauptbahnhof|Westbahnhof|Ostbahnhof|Stadion|Hafen)s?$")
NAMED_ROUTE = re.compile(r"^(?P<head>[A-ZÄÖÜ][a-zäöüß]{2,})(?:tunnel|autobahn|schnellstraße|gürtel|brücke)$")
# A building named after a person or place, in one word (rule 20): "Karls|kirche", "Salzburg|arena".
NAMED_BUILDING = re.compile(r"^(?P<head>[A-ZÄÖÜ][a-zäöü]+)(?:kirche|dom|theater|halle|arena|stadion|oper)(?:e?s)?$")
ROMAN_ORDINAL = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")  # "VI", "XVI", "XXIII"
# Parties named by their members, which NER misses (rule 19): the US parties and the French Républicains.
PARTY_MEMBERS = frozenset({"Republikaner", "Demokraten"})
GREENS = frozenset({"Grüne", "Grünen"})  # a party by a nominalized adjective (rule 19)
PARTY_ACRONYMS = frozenset({"ÖVP", "SPÖ", "FPÖ", "Neos", "NEOS", "KPÖ", "BZÖ", "CDU", "CSU", "SPD", "FDP", "AfD"})
LIST_JOINERS = frozenset({",", "und", "oder", "sowie"})
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
# A month or feast before the name of one: "des Fastenmonats Ramadan".
SPAN_OF_TIME = re.compile(r"^[A-ZÄÖÜ]\w*(?:monat|feiertag|festtag)(?:e?s)?$")
# A month before a year ends no person: "von August 2014 bis Juli 2015" (August, Juli are given names too).
MONTH = re.compile(r"^(?:Jänner|Januar|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November"
                   r"|Dezember)$")
YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
# A rank before a name: "Haider-Maurer gegen Weltranglisten-45. Pospisil".
RANK = re.compile(r"^\w+-\d+\.$")
# A surname with the Arabic article: "al-Sisi", "asch-Scharaa"; not "ad-Hoc"
ARABIC_ARTICLE_NAME = re.compile(r"^(?:al|el|as|ad|an|ar|asch|esch)-[A-ZÄÖÜ]\w{3,}$")
NAME_SUFFIX = re.compile(r"^(?:Jr|Sr|Jun|Sen|jun|sen)\.?$")  # no name of its own: "Martin Luther King, Jr."
# A day and its time, which NER takes for a name or runs a name on into: "Dienstagfrüh", "Katzian Mittwochfrüh".
TIME_OF_DAY = re.compile(r"^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
                         r"(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)s?$")
TRAILING_FUNCTION_WORDS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "von", "für", "und",
    "oder", "in", "im", "am", "an", "zu", "zur", "zum", "mit", "bei", "auf", "aus", "nach", "of", "the", "and", "for"})


def compound_head(text: str) -> str | None:
    """The part after the last hyphen of a one-word compound ("Regierung" in "Trump-Regierung")."""
    if " " in text or "-" not in text.strip("-"):
        return None
    return text.rsplit("-", 1)[1]


def trimmed(ent: Span) -> Span:
    """The name of a hashtag ("#Berlin" → "Berlin"): ner-d, which the bundled model learned from, tags tweets'
    hashtags with the sign. Nor does a name begin with the rest of a results table's overtime mark ("n.V.",
    "n.P.": "3:4 n.P.Washington Capitals") or end in a preposition, article or conjunction that NER ran on into
    ("Institut für Virologie des", "Hasan E. von"), a slash ("Jerusalem/Ramallah"), a time of day ("Katzian
    Mittwochfrüh", "Freitagabend Warschau") or the period ending the sentence ("nannte ihn Kleiner Marco."), nor
    does it go on into the next sentence ("die Sportzeitung Ole. Nächstes Finale …" → "Ole")."""
    overtime = ent.start > 0 and ent.doc[ent.start - 1].text == "n." and ent[0].text in ("V.", "P.")
    rank = ent.label_ == "PER" and RANK.match(ent[0].text) is not None  # "Weltranglisten-45. Pospisil"
    start = ent.start + 1 if len(ent) > 1 and (ent[0].text == "#" or overtime or rank) else ent.start
    end = next((i for i in range(start + 1, ent.end) if ends_sentence(ent.doc, i)), ent.end)
    while end - start > 1 and (ent.doc[end - 1].text in TRAILING_FUNCTION_WORDS or ent.doc[end - 1].text == "/"
                               or TIME_OF_DAY.match(ent.doc[end - 1].text) or sentence_period(ent.doc, end - 1)):
        end -= 1
    while end - start > 1 and TIME_OF_DAY.match(ent.doc[start].text):
        start += 1
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_)


def sentence_period(doc: Doc, i: int) -> bool:
    """A period of its own that ends a sentence, not a Roman ordinal's or an initial's ("Felipe VI .", "Ch .")."""
    return doc[i].text == "." and i > 0 and not (ROMAN_ORDINAL.match(doc[i - 1].text) or is_initial(doc, i - 1))


def ends_sentence(doc: Doc, i: int) -> bool:
    """A sentence starts at `i` after a word's period, not after an initial's, which the sentencizer takes for one
    ("Ch. Leitgeb")."""
    return doc[i].is_sent_start and i >= 2 and doc[i - 1].text == "." and not is_initial(doc, i - 2)


def is_initial(doc: Doc, i: int) -> bool:
    """A given name's initial that the tokenizer parted from its period: "Ch" "."."""
    return i + 1 < len(doc) and INITIAL.match(doc[i].text + doc[i + 1].text) is not None


def race_place(ent: Span) -> Span:
    """Rule 1: a Grand Prix is a competition, no organization, and the country or town it is named after is a place
    when the gazetteer knows it: "Großen Preis von Belgien" → "Belgien" (not "Grand Prix of Figure Skating")."""
    from pipeline.link.places import lookup

    found = GRAND_PRIX.match(ent.text)
    place = ent.doc.char_span(ent.start_char + found.end(), ent.end_char, label="LOC") if found else None
    return place if place is not None and lookup(place.text) is not None else ent


def is_noise(ent: Span) -> bool:
    """No name: no two letters in a row (unless one of the gazetteer's organizations: "Ö1"), words glued by a lost
    line break, the first part of an elided compound ("Mikro- und Makroebene"), a time of day ("Dienstagfrüh"), a
    month or feast a name follows ("Fastenmonats Ramadan") or a person ending in a month before a year ("von August
    2014")."""
    text = ent.text
    doc = ent.doc
    dated = (ent.label_ == "PER" and MONTH.match(ent[-1].text) is not None and ent.end < len(doc)
             and YEAR.match(doc[ent.end].text) is not None  # "von August 2014"; not "Prinz Ernst August 2004"
             and not any(token.text in given_names() for token in ent[:-1]))
    known = text in gazetteer.known_organization_forms()  # "Ö1" has one letter
    return (not (known or NAME_LIKE.search(strip_apostrophe(text))) or bool(GLUED.search(text)) or text.endswith("-")
            or bool(TIME_OF_DAY.match(text)) or (len(ent) > 1 and bool(SPAN_OF_TIME.search(ent[0].text))) or dated)


def stops_at_particle(ent: Span, named_in_full: list[Span]) -> bool:
    """A person that is only the first particles of a full name of the document, its rest following: "Van" in
    "ließ sich Van der Bellen" after "Alexander Van der Bellen" (the repeated surname then takes them back); not
    "Lady Di" or "Van" the town."""
    if ent.label_ != "PER" or not all(token.lower_ in SURNAME_PARTICLES for token in ent):
        return False
    following = [token.lower_ for token in ent.doc[ent.start : ent.start + 4]]
    return any(following[: len(rest)] == rest for name in named_in_full
               if (rest := [word.lower() for word in (*particles_before(name), name[-1].text)])[: len(ent)]
               == [token.lower_ for token in ent] and len(rest) > len(ent))


def is_generic(ent: Span) -> bool:
    """A compound headed by a role or common noun, a role or competition taken for an organization
    ("Jagdleiter", "Champions League"), a kind of company taken for a place, or an organization designation
    without a name ("die Landespartei")."""
    if ent.label_ == "ORG" and ((len(ent) == 1 and (is_role(ent.text) or PEOPLE_NOUN.search(ent.text)))
                                or COMPETITION.search(ent.text) or BROADCAST.match(ent.text)
                                or STOCK_INDEX.match(ent.text)):
        return True
    if ent.ent_id_ == "district":  # "Wien-Umgebung", "Tulln-Land" (data/entity_patterns.jsonl); not "Euro-Land"
        return not is_austrian_district(ent.text)
    if ent.label_ == "LOC" and len(ent) == 1 and ent[0].tag_ != "NE" and CORPORATE_HEAD.search(ent.text.lower()):
        from pipeline.link.places import lookup

        return lookup(ent.text) is None  # a kind of company is no place: "Laut dem Technologieportal golem.de"
    head = compound_head(ent[-1].text)  # a multi-word entity ending in "Österreich-Chef" is a role too
    if head and len(ent) > 1:
        return is_role(head)
    if head and head[:1].isupper():
        if is_role(head) or GENERIC_ORG_HEAD.search(head.lower()):
            return True
        return ent.label_ != "ORG" and bool(GENERIC_HEAD.search(head.lower()))
    last = ent[-1].lower_
    if (ent.label_ == "ORG" and len(ent) > 1 and last.endswith("partei") and not last.endswith("volkspartei")
            and all(token.is_lower for token in ent[:-1])):
        return True  # "die pro-kurdische Partei"; not "Sozialdemokratische Partei", "steirische Volkspartei"
    if ent.label_ != "ORG" or not GENERIC_ORGANIZATION.match(ent[-1].text):
        return False
    # "italienischen Marine", "Salzburger Unternehmen"; but names ("Tiroler Polizei", "Europäisches Parlament")
    generic_noun = GENERIC_COMPANY.match(ent[-1].text) is not None
    return all(token.tag_ == "ADJA" and (token.is_lower or (generic_noun and token.text.endswith("er")))
               for token in ent[:-1])


def is_member_title(ent: Span, ents: list[Span]) -> bool:
    """A chamber's name as its member's title, right before a person's full name ("Bundesrat Efgani Dönmez"); not
    the chamber before a genitive ("der Bundesrat Hofers Vorschlag") or alone ("einen neuen Nationalrat")."""
    return ent.label_ == "ORG" and ent.text in MEMBER_TITLES and any(
        other.start == ent.end and other.label_ == "PER" and len(other) > 1 and not other.text.endswith("s")
        for other in ents)


def is_austrian_district(text: str) -> bool:
    """ "Wien-Umgebung", "Wiener Neustadt-Land": a town of Austria the gazetteer knows, then "-Umgebung" or "-Land"."""
    from pipeline.link.places import lookup

    hit = lookup(text.rsplit("-", 1)[0])
    return hit is not None and hit[0].country_code == "AT"


def organization_head(head: str) -> bool:
    """Heads that make a compound an organization's name: "EU-Kommission", "Raiffeisen-Gruppe", "EU-Parlaments"."""
    return any(INSTITUTION.search(form) or ORGANIZATION_HEAD.search(form)
               for form in (head.lower(), *genitive_candidates(head.lower())))


def ends_in_kind_of_organization(word: str) -> bool:
    """A lower-case word that is a kind of organization, alone or as a compound's tail ("gruppe", "laienrat",
    "syriza-partei"); not a name that merely ends like one ("murat", "marat")."""
    head = INSTITUTION.search(word) or ORGANIZATION_HEAD.search(word)
    return head is not None and (head.start() == 0 or head.start() >= 3 or word[head.start() - 1] == "-")


def name_start(ent: Span, is_word_before_name: Callable[[Token], bool]) -> tuple[int, str | None]:
    """Token where the name begins after leading roles, descriptors, kinds of place ("Stadt Wien") or, in a
    person's name, common words that `is_word_before_name` recognizes ("Metaphern Franziskus", a subheading
    run into the sentence), and the label the removed words give the rest: "PER" after a role, "ORG" after a
    company descriptor ("Wäscheriese Palmers"), else None."""
    start, label = ent.start, None
    doc = ent.doc
    if ent.text in gazetteer.known_organization_forms():  # "General Motors" begins with no role
        return start, label
    while start < ent.end - 1 and doc[start + 1].text[:1].isupper():
        word = doc[start].text
        if is_role(word) or word in ROLE_MODIFIERS or (word in COUNTERPARTS and ent.label_ == "PER"):
            label = "PER"  # not "Mentor Graphics"
        elif institution_before_name(ent, start):
            break
        elif is_company_descriptor(ent, start):
            label = "ORG"
        elif (not DESCRIPTOR.search(word.lower()) and word not in AFFAIRS
              and not (ent.label_ == "LOC" and describes_place(doc[start]))
              and not (ent.label_ == "PER" and (is_word_before_name(doc[start]) or place_before_name(doc[start])))):
            break
        start += 1
    return start, label


def describes_place(token: Token) -> bool:
    """A kind of place or an adjective before a place's name: "Stadt Wien", "griechischen Insel Lesbos"."""
    return token.text in PLACE_DESCRIPTORS or (token.is_lower and token.tag_ == "ADJA")


def place_before_name(token: Token) -> bool:
    """A place in the genitive before a given name: "Burgenlands Hans Niessl" (the governor of Burgenland)."""
    return token.text.endswith("s") and token.nbor().text in given_names() and is_region_or_country(token.text)


def is_company_descriptor(ent: Span, start: int) -> bool:
    """A kind of company in front of the rest of the name ("Wäscheriese Palmers", "Partei Ciudadanos"), a club
    before a club's prefix or an acronym ("Autoclub ADAC"); not a bare institution word ("Bank Austria") other than
    "Partei" before anything but a genitive adjective and its noun ("Partei Bibeltreuer Christen"), nor one before
    a legal form ("Volksbanken AG"), which belong to the name (as does an institution before a single name word,
    `institution_before_name`, which `name_start` tests first)."""
    word = ent.doc[start].lower_
    rest = ent.doc[start + 1 : ent.end]
    club_name = CLUB_PREFIX.match(rest[0].text) or (len(rest) == 1 and ACRONYM.match(rest[0].text))
    if CLUB_WORD.search(word) and (club_name or LEAGUE_CLUB.search(word)):  # name_start leaves a token after `start`
        return True  # "Stammclub FC Zbrojovka Brno", "Serie-A-Klub Hellas Verona"; not "Yachtklub Neusiedl"
    # a party's name of several words is no genitive adjective and noun: "Partei Bibeltreuer Christen", "Partei
    # Freier Bürger"; one word is ("Partei Lider")
    bare_party = word == "partei" and not (rest[0].text.endswith("er") and len(rest) > 1)
    return (ORG_DESCRIPTOR.search(word) is not None and (not INSTITUTION.fullmatch(word) or bare_party)
            and not all(t.text in LEGAL_FORMS for t in rest))


def designations_before_names(ents: list[Span]) -> set[int]:
    """Indices of one-word organizations that name a kind of organization right before one NER found apart: the
    designation, no name ("EU-Grenzschutzagentur" "Frontex", "Mitte-Links-Partei" "CHP", "US-Umweltamt" "EPA");
    not an organization of the gazetteer, which is the subject before an object ("die Arbeiterkammer Rewe
    geklagt"), nor one before a designation that is no name itself."""
    return {k for k, (ent, after) in enumerate(pairwise(ents))
            if ent.label_ == after.label_ == "ORG" and len(ent) == 1 and after.start == ent.end
            and ent.text not in gazetteer.known_organization_forms()  # "die Arbeiterkammer Rewe (geklagt)"
            and not is_generic(after) and not is_noise(after)  # the name stays: "Arbeiterkammer" "Unternehmen"
            and (ends_in_kind_of_organization(ent[0].lower_) or DESCRIPTOR.search(ent[0].lower_) is not None)}


def institution_before_name(ent: Span, start: int) -> bool:
    """An institution before the one name word that ends an organization is part of its name ("Volksbank
    Etruria"), but not before an acronym ("Großbank UBS"), nor a country's institution ("US-Notenbank Fed"), nor a
    party before a name not in the genitive ("Linkspartei Podemos"; not "Arbeiterpartei Kurdistans"; the place of
    "Volkspartei Niederösterreich" takes its institution back in rule 11)."""
    doc = ent.doc
    word, name = doc[start].lower_, doc[start + 1]
    party_before_name = word.endswith("partei") and "Gen" not in name.morph.get("Case")
    return (ent.label_ == "ORG" and start == ent.end - 2 and INSTITUTION.search(word) is not None
            and not COUNTRY_PREFIX.match(doc[start].text)
            and not ACRONYM.match(name.text) and not party_before_name)


# prepositions a place runs on into (rule 2): "Frankfurt am Main", "Antalya am Montag"
RUN_ON_PREPOSITIONS = frozenset({"am", "an", "im", "in", "ob", "bei"})
ARTICLES = INDEFINITE | {
    "der", "die", "das", "den", "dem", "des", "jeder", "jede", "jedes", "jeden", "jedem", "dieser", "diese", "dieses",
    "diesen", "diesem",
}
PLACE_TAIL = re.compile(
    r"(?:meer|see|berg|berge|tal|wald|land|gebirge|viertel|bach|fluss|insel|inseln|bucht|kanal|hafen|platz|straße"
    r"|gasse|allee|brücke|park|hof|hofen|dorf|stadt|burg|haus|kirchen|feld|heim|bad|markt|alm|spitze|graben|brunn"
    r"|bruck|eck|horn|au|ach|ing|ingen|balkan|amerika|afrika|asien|europa|franken|schwaben|sachsen|westfalen"
    r"|friesland|steg|stegs)$"
)
ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}$")
COUNTRY_PREFIX = re.compile(r"^(?:US|EU|UN|UNO|USA)-")  # a country's or union's institution: "US-Notenbank"
ORDINAL_NUMBER = re.compile(r"^\d+\.$")  # "das 320. Derby"
DETERMINER_TAGS = frozenset({"ART", "APPRART", "PPOSAT", "PDAT", "PIAT"})  # "das", "im", "sein", "dieses", "kein"
CONTRACTED_ARTICLES = frozenset({"im", "ins", "am", "zum", "zur", "vom", "beim"})
ORGANIZATION_HEAD = re.compile(
    r"(?:kommission|gruppe|konzern|werke|zeitung|sender|club|klub|fraktion|zentrale|agentur|airlines|gesellschaft"
    r"|stiftung|versicherung|fonds|bund|gewerkschaft|union|liga|team|verlag|sparkasse|börse|bahn|post|parlament|institut"
    r"|front|miliz)$"
)
INSTITUTION = re.compile(
    r"(?:kammer|gericht|gerichtshof|rechnungshof|kommando|ministerium|amt|verband|verein|direktion|polizei|partei"
    r"|bank|kasse|holding|regierung|rat|senat|landtag|universität|hochschule|akademie|museum|theater|oper|stiftung"
    r"|anwaltschaft|prokuratur|bibliothek)$"
)
FACILITY = re.compile(  # a kind of building or facility that takes a place's name: "Grenzübergang Spielfeld"
    r"(?:zentrum|übergang|übergänge|werk|gericht|anstalt|lager|heim|kaserne|hafen|bahnhof|stadion|spital|klinikum"
    r"|gefängnis|schloss|kloster|stift|schule|universität|museum|theater|oper|krankenhaus|flugplatz|park|kz)(?:e?s)?$")
# Institutions that are buildings, and venues: places by the annotation guidelines ("Wiener Staatsoper"); not a museum,
# which the held-out annotations name an organization in 6 of 7 articles ("Kunsthistorisches Museum")
BUILDING = re.compile(r"(?:theaters?|oper|halle|arena|stadions?|funkhaus(?:es)?)$")
# A French village's particles or an English street's kind: "La Roque-sur-Pernes", "Alii Drive".
PLACE_SHAPE = re.compile(r"-(?:sur|sous|en|le|la|lès|de|am|an|ob|bei)-|\b(?:Drive|Street|Road|Avenue|Boulevard|Lane)$")
# Settlements a common noun in front makes a kind of place, no name: "die Budenstadt", "die Jihadistenhochburg".
KIND_OF_PLACE = re.compile(r"^(?P<modifier>.+?)(?P<kind>hauptstadt|stadt|land|dorf|hochburg|metropole)$", re.IGNORECASE)
# Lands named by a common noun in front are regions as often ("Siegerland", "Seeland", "Feuerland"): only these
# words for a kind of country are none.
KINDS_OF_COUNTRY = frozenset({
    "Nachbarland", "Festland", "Hügelland", "Flachland", "Hinterland", "Umland", "Niemandsland", "Heimatland",
    "Gastland", "Mutterland", "Vaterland", "Partnerland", "Drittland", "Herkunftsland", "Zielland", "Transitland",
    "Geberland", "Schwellenland", "Entwicklungsland", "Industrieland", "Bürgerkriegsland", "Krisenland",
})
# English names of buildings, venues and landmarks, and a wall ("Stamford Bridge", "Madison Square Garden",
# "Millennium Park", "Berliner Mauer"); not "Center", which names institutions too ("Pew Research Center")
VENUE_WORD = re.compile(r"(?:^(?:Theatre|Tower|Towers|Stadium|Bridge|Square|Garden|Hall|Park|Mauer)|dome)$")
# Words for a group or company before a name: "die Band Gorky Park", "der Zahlungsdienstleister Square"
GROUP_WORD = re.compile(r"(?:band|gruppe|duo|trio|verein|klub|club|team|firma|konzern|dienst|dienstleister"
                        r"|unternehmen|label)s?$")
INHABITANT = re.compile(r"^(?P<place>[A-ZÄÖÜ]\w+?)(?:er|ers|ern|erin|erinnen)$")
# The suffixes of German adjectives and adverbs that no name has unless it is a surname ("Ehrlich", "Selig").
ADJECTIVE_SUFFIX = re.compile(r"(?:ig|lich|bar|sam|(?<!sc)haft|los)$")
# Nationality nouns: a stem, a suffix and a case or feminine ending ("Amerikaner", "Spaniern", "Schwede", "Polin").
DEMONYM_SUFFIXES = ("aner", "ier", "äer", "er", "e", "in")
DEMONYM_TAILS = ("", "in", "innen", "n", "s")
PLACE_ENDINGS = ("", "a", "e", "n", "en", "ien", "ei")  # stem → country or region: Amerika, Schweden, Slowakei
# Countries and regions named like their people, which take no article as places: "die Schweden" are people.
NAMED_LIKE_THEIR_PEOPLE = frozenset({"Schweden", "Polen", "Sachsen", "Hessen"})
PEOPLE_ARTICLES = frozenset({"die", "der", "den", "dem", "des", "einen", "einem", "eines"})  # not "das", "ein"
UMLAUTS = str.maketrans("äöü", "aou")  # "Römer" → Rom
UMLAUTS_ON = str.maketrans("aou", "äöü")  # "Mond" → "Mönde" (a plural the table may list)


def word_before(token: Token) -> str:
    """The lower-case word before a token; "" at the start of the document."""
    return token.doc[token.i - 1].lower_ if token.i > 0 else ""


def is_surname(text: str, surnames: set[str]) -> bool:
    """One of the surnames, or its genitive ("Carneys")."""
    return text in surnames or (text.endswith("s") and text[:-1] in surnames)


def is_demonym(word: str) -> bool:
    """A nationality noun of a country, continent or region the gazetteer knows: "Amerikaner" (Amerika),
    "Spanier" (Spanien), "Europäer" (Europa), "Schwede" (Schweden), "Slowake" (Slowakei), "Römer" (Rom),
    "Polin" (Polen). Only the gazetteer's countries, capitals and regions count, not every small town."""
    for tail in DEMONYM_TAILS:
        if not word.endswith(tail):
            continue
        body = word[: len(word) - len(tail)]
        for suffix in DEMONYM_SUFFIXES:
            stem = body[: -len(suffix)]
            if suffix == "e" and stem.endswith("land"):
                continue  # a "-land"'s people are "-länder": "Hollande" is a surname, no Dutchman
            if body.endswith(suffix) and len(stem) >= 3 and any(is_region_or_country(form + ending)
                                                                for form in {stem, stem.translate(UMLAUTS)}
                                                                for ending in PLACE_ENDINGS):
                return True
    return False


def is_region_or_country(text: str) -> bool:
    """A form of a country, continent, capital or exonym, or of a first-level region, in the gazetteer."""
    return text in gazetteer.country_and_capital_forms() or text in gazetteer.region_forms()


def surname_pair(span: Span) -> list[Span]:
    """Two surnames of persons named in full elsewhere, side by side, are two persons: "holte Niessl Doskozil
    nach Eisenstadt" after "Hans Niessl" and "Hans Peter Doskozil". The genitive of a place the gazetteer knows
    before such a surname is the person's team or country, apart from the person: "Stuttgarts Harnik" after "Martin
    Harnik" (not "des Teams Stronach", "Kabinetts Faymann")."""
    from pipeline.link.places import lookup

    if len(span) != 2 or span[0].text in given_names():
        return [span]
    elsewhere = full_name_surnames(ent for ent in span.doc.ents if ent.start != span.start)
    first = span[0].text
    if (first.endswith("s") and span[1].text in elsewhere and lookup(first[:-1]) is not None
            and span.text not in gazetteer.known_organization_forms()):
        return [Span(span.doc, span.start, span.start + 1, label="LOC" if span.label_ == "PER" else span.label_),
                Span(span.doc, span.start + 1, span.end, label="PER")]
    if span.label_ != "PER" or not all(token.text in elsewhere for token in span):
        return [span]
    return [Span(span.doc, i, i + 1, label="PER") for i in range(span.start, span.end)]


def possessor_end(ent: Span, start: int, surnames: set[str], is_word: Callable[[Token], bool],
                  organizations: set[str]) -> int:
    """End of a person or organization entity that ran on past a genitive surname, given name or one-word
    organization of the document: "Carneys Reise" → "Carneys" (as ORG too), "Ernas Sohn" → "Ernas" (not "Hans
    Sohn": "Hans" is a given name itself), "aus Apples Zulieferkette" → "Apples" after "Apple"; a person of a
    genitive and a common noun or compound is the genitive alone ("Haiders Regierungseintritt")."""
    first, after = ent.doc[start].text, ent.doc[start + 1] if start + 1 < ent.end else None
    if ent.label_ not in ("PER", "ORG") or after is None:
        return ent.end
    if not first.endswith("s"):
        return start + 2 if is_full_name_before_work(ent, start, is_word) else ent.end
    given = ent.label_ == "PER" and first[:-1] in given_names() and first not in given_names() and is_word(after)
    owner = ent.label_ == "ORG" and first[:-1] in organizations and ent.doc[start].tag_ != "ADJA"
    # "Haiders Regierungseintritt"; not "Fats Domino" (a surname the lemma table lists as a word, which the tagger
    # calls a proper noun) nor "Tsipras Syriza-Partei" (rule 5's organization)
    surname = (ent.label_ == "PER" and ent.end - start == 2 and first not in given_names() and is_word(after)
               and after.tag_ != "NE" and not ends_in_kind_of_organization(after.lower_))
    return start + 1 if first[:-1] in surnames or given or owner or surname else ent.end


# Lower-case words inside a name: "Felipe Reis dos Santos", "Fernando Gomes da Silva", "Pi i Sunyer".
NAME_PARTICLES = SURNAME_PARTICLES | {"dos", "do", "das", "e", "y", "i"}


def is_full_name_before_work(ent: Span, start: int, is_word: Callable[[Token], bool]) -> bool:
    """A given name and a surname in the genitive before a work or a common noun: "Steven Spielbergs Bridge of
    Spies", "Quentin Tarantinos The Hateful Eight", "Georg Rihas Pausenfilm". Not a given name in the middle
    ("Juan Carlos Monedero") or a second surname ("Luis Fernandes Pereira", "Felipe Reis dos Santos"), which no
    German word follows."""
    if ent.label_ != "PER" or start + 2 >= ent.end or ent.doc[start].text not in given_names():
        return False
    surname, rest = ent.doc[start + 1], ent.doc[start + 2 : ent.end]
    if not surname.text.endswith("s") or surname.text in given_names() or surname.lower_ in NAME_PARTICLES:
        return False
    return is_word(rest[0]) or rest[0].text in ("The", "A", "An") or any(
        token.is_lower and token.lower_ not in NAME_PARTICLES for token in rest)


def full_name_end(span: Span, label: str, full_names: set[str], is_word: Callable[[Token], bool]) -> int:
    """End of a person that ran on past a full name the document uses elsewhere into a common word: "streute
    ORF-Moderatorin Barbara Rett Rosen" → "Barbara Rett" (so "Heinz Fischer Rosen" → "Heinz Fischer")."""
    if label == "PER" and len(span) > 2 and span[:-1].text in full_names and is_word(span[-1]):
        return span.end - 1
    return span.end


class EntityFixes:
    def __init__(self, min_city_population: int, lemma_table=None,
                 known_word: Callable[[str], bool] | None = None,
                 cluster: Callable[[str], int | None] | None = None) -> None:
        self.min_city_population = min_city_population
        self.known_word = known_word  # in the model's large vocabulary (`known_word_test`); None: rule 16 is off
        self.cluster = cluster  # a word's Brown cluster (`word_cluster`); None: rule 16 ignores clusters
        self.lemma_table = lemma_table  # the bundled model's lemma table; None: trust token.lemma_
        # Base forms of the table's nouns (its keys are hashed; values are readable lemmas).
        self.nouns = {v for v in lemma_table.values() if v[:1].isupper()} if lemma_table is not None else set()

    def is_common_compound(self, word: str) -> bool:
        """A compound headed by a common noun that names no kind of organization: "EU-Verbleib", "WM-Gastgeber",
        "Zielpunkt-Schieflage", "Henkel-Aktie" (but "EU-Kommission", "Raiffeisen-Gruppe", "T-Mobile")."""
        head = compound_head(word)
        return (head is not None and head[:1].isupper() and not organization_head(head)
                and len(word) - len(head) > 2 and (self.ends_in_common_noun(head) or self.is_common_noun(head)))

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

    def ends_in_common_compound(self, ent: Span) -> bool:
        """An organization whose last word is a common-noun compound: a name inside it ("Apple
        Music-Streamingdienstes", "HD Austria-Plattform": no mention by the guidelines) or, after a genitive,
        the noun the name ran on into ("Rapids Europacup-Gegner" → "Rapids"); not an institution of the US or an
        international one (data/entity_patterns.jsonl: "US-Kongress", "Uno-Vollversammlung")."""
        return ent.label_ == "ORG" and ent.ent_id_ != "institution" and self.is_common_compound(ent[-1].text)

    def names_person(self, tokens: Span) -> bool:
        """A given name followed by one or two surname words: "Andrej Kobolew"."""
        return len(tokens) in (2, 3) and self.is_given_name(tokens[0]) and all(map(self.is_surname_word, tokens[1:]))

    def trailing_person(self, spans: list[Span], surnames: set[str]) -> list[Span]:
        """An organization or place that ran on into the person after it is two entities: "des Gasmonopolisten
        Naftogas Andrej Kobolew" → "Naftogas", "Andrej Kobolew"; "für Österreich Felderer ist überzeugt" (a
        heading run into the sentence, after "Bernhard Felderer") → "Österreich", "Felderer". A person after
        "von" inside a person is the author of a work: "Onkel Wanja von Anton Tschechow" → "Anton Tschechow"."""
        if len(spans) != 1 or len(spans[0]) < 2:
            return spans
        span, doc = spans[0], spans[0].doc
        if span.label_ == "PER":  # "Naftogas Andrej Kobolew" as one person: rule 11 finds "Naftogas" after it
            for i in range(span.start + 1, span.end - 2):  # a work and its author: "Onkel Wanja von Anton Tschechow"
                if doc[i].lower_ == "von" and self.names_person(doc[i + 1 : span.end]):
                    return [Span(doc, i + 1, span.end, label="PER")]
            named = span[0].tag_ == "NE" and span[0].text not in given_names() and self.names_person(span[1:])
            return [Span(doc, span.start + 1, span.end, label="PER")] if named else spans
        if span.label_ not in ("ORG", "LOC"):
            return spans
        for i in range(span.start + 1, span.end):
            rest, name = doc[i : span.end], Span(doc, span.start, i, label=span.label_)
            named = self.names_person(rest)
            known = (len(rest) == 1 and rest.text in surnames and self.is_surname_word(rest[0])
                     and is_region_or_country(name.text))
            if named or known:  # what precedes the person may be a nationality or role ("Deutsche Sebastian Vettel")
                kept = [] if len(name) == 1 and not is_region_or_country(name.text) and (
                    is_demonym(name.text) or is_role(name.text)) else [name]
                return [*kept, Span(doc, i, span.end, label="PER")]
        return spans

    def is_common_word(self, ent: Span, surnames: set[str]) -> bool:
        """Rule 7: an inflected common noun or an inhabitant noun, not a name the gazetteer knows."""
        from pipeline.link.places import country_of_parts, lookup

        if len(ent) != 1 or ent.label_ not in ("PER", "LOC") or ent.text in surnames:
            return False
        if ent.text in gazetteer.known_organization_forms():  # "Bundesheer" as a place is rule 3's
            return False
        token = ent[0]
        after_indefinite = word_before(token) in INDEFINITE and not is_region_or_country(
            token.text)  # "Ein Obdach ist …"; but "einen Iran zu haben, der …"
        if ent.label_ == "LOC" and (token.text in gazetteer.COMPASS_WORDS or after_indefinite):
            return True  # "zwischen Ost und West"
        if word_before(token) in PEOPLE_ARTICLES and token.text in NAMED_LIKE_THEIR_PEOPLE:
            return True  # "die Schweden", "den Polen": the country takes no article ("das Polen von heute")
        if lookup(ent.text):
            return False
        if ent.label_ == "LOC" and token.is_sent_start and token.pos_ == "ADJ":
            return True  # "Offen ist nun, ob …"
        # a person needs an article to be an inhabitant ("der Kölner", "ein Grazer"); "Hofer: Nein." is a surname
        inhabitant = INHABITANT.match(token.text)
        if inhabitant and inhabitant_of_place(inhabitant.group("place")) and (
                ent.label_ == "LOC" or word_before(token) in ARTICLES):
            return True
        if is_demonym(token.text) or gazetteer.is_language_name(token.text):  # "Schwede", "Slowakisch"; a
            return True  # person's surname ("Hollande", "Deutsch") is safe when the document names the person
        if ent.ent_id_ != "facility" and self.ends_in_common_noun(token.text):
            if ent.label_ == "LOC":
                return country_of_parts(token.text, frozenset()) is None  # "Nordostpolen" is a place
            if not token.text.lower().endswith(SURNAME_TAILS) and not self.clustered_as_person(token.text):
                return True  # "Wahlvolk"; not "Hollande" (Hol|lande), whose word cluster holds people's names
        if ent.label_ == "PER" and self.is_noun_compound(token.text):
            return True  # "Sicherheitsgespann", "Wirtschaftspädagogin", "Landheimat"
        if ent.label_ == "LOC" and self.names_kind_of_place(token):
            return True  # "im Nachbarland", "die US-Hauptstadt"; not "im Ausseerland", "in Fischerndorf"
        head = compound_head(token.text)
        if (ent.label_ == "LOC" and head is not None and head[:1].isupper() and head not in gazetteer.COMPASS_WORDS
                and not any(kind.search(head.lower()) for kind in (PLACE_TAIL, FACILITY, BUILDING))
                and self.is_common_noun(head)):
            return True  # a hyphenated compound of a common noun: "Hertha-Tor"; not "Graz-Süd", "Schiffbau-Halle"
        if ent.label_ == "LOC" and token.tag_ != "NE" and any(
                self.has_plural(form) for form in (token.text, *genitive_candidates(token.text))):
            return True  # a common noun the gazetteer does not know as a place: "Erde", "Heizöl", "Suizids"
        return self.is_inflected(token)

    def names_kind_of_place(self, token: Token) -> bool:
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
        return any(len(stem) > 2 and (self.is_common_noun(stem) or self.ends_in_common_noun(stem)) for stem in stems)

    def before_affiliation(self, ent: Span) -> Span:
        """A person of two words or more that NER ran on past "von" into a compound of a common noun ends before it,
        so the noun is no surname for rule 8: "Hasan E. von der Nationalgarde" → "Hasan E."; not a name of nobility
        ("Ursula von der Leyen", "Carl Friedrich von Weizsäcker", "Maria Anna von der Lippe"), nor a place ("Maria
        Theresia von Österreich"), nor "Walther von der Vogelweide" of one word before "von". The compound must be
        one the word clusters hold among common nouns; without clusters, never."""
        from pipeline.link.places import lookup

        if ent.label_ != "PER" or self.cluster is None:
            return ent
        for token in ent[2:-1]:
            if token.lower_ in ("von", "vom"):
                noun = next((t for t in ent[token.i - ent.start + 1 :] if t.lower_ not in ("der", "dem", "den")), None)
                if (noun is not None and noun.text not in given_names() and not lookup(noun.text)
                        and self.ends_in_common_noun(noun.text) and self.cluster(noun.text) in noun_clusters()):
                    return Span(ent.doc, ent.start, token.i, label="PER")
        return ent

    def is_capitalized_adjective(self, ent: Span, surnames: set[str]) -> bool:
        """Rule 7: an adjective capitalized at a sentence start ("Rückläufig war die Zahl …", "Unwiederbringlich
        dahin ist …"), which NER takes for a name of any kind: one word with an adjective's ending, before a
        lower-case word, that is no noun of the lemma table ("König"), the gazetteer does not know, the model's
        vocabulary knows in lower case (not "Kogelnig") and the word clusters hold among no names (not the surname
        "Fröhlich"). Without clusters or vocabulary, never."""
        from pipeline.link.places import lookup

        token = ent[0]
        if (self.cluster is None or self.known_word is None or len(ent) != 1 or not token.is_sent_start
                or token.i + 1 >= len(token.doc) or not token.nbor().is_lower or not ADJECTIVE_SUFFIX.search(token.text)
                or not self.known_word(token.lower_)):
            return False
        word = token.text
        if (word in surnames or word in given_names() or word in self.nouns or lookup(word)
                or word in gazetteer.known_organization_forms()):
            return False
        return self.cluster(word) not in name_clusters()

    def clustered_as_person(self, word: str) -> bool:
        """Whether the bundled model's word clusters hold `word` among people's names (`person_clusters`), and the
        lemma table reads it as no form of a common noun (the clusters hold "Freitags" there too)."""
        if self.cluster is None or self.cluster(word) not in person_clusters():
            return False
        return self.lemma_table is None or self.lemma_table.get(word) not in self.nouns

    def is_noun_compound(self, word: str) -> bool:
        """A German word of four letters or more and a noun of six or more that the bundled model's word clusters
        hold among common words ("Sicherheits|gespann", "Land|heimat", "Chef|verhandler"); not a surname that ends
        like one ("Hofmann", "Schmuckenschlager" is rule 8's when named in full). Without clusters, never."""
        if self.cluster is None or self.lemma_table is None or word.lower().endswith(SURNAME_TAILS):
            return False
        for i in range(4, len(word) - 5):
            head, tail = word[:i], word[i:].capitalize()
            heads = (head, head.removesuffix("s"), head.removesuffix("en"))  # linking -s-, -en-
            if tail.lower() in self.lemma_table:  # an adjective or verb form: "Eber|harter"
                continue
            if self.cluster(tail) in noun_clusters() and any(
                    len(part) >= 4 and (part.lower() in self.lemma_table or part.capitalize() in self.nouns)
                    for part in heads):
                return True
        return False

    def is_common_noun(self, word: str) -> bool:
        """A word whose lemma the lemma table lists with a plural ("Aktie", "Gegnern" → "Gegner")."""
        return self.lemma_table is not None and self.has_plural(self.lemma_table.get(word) or word)

    def has_plural(self, noun: str) -> bool:
        """A noun of the lemma table with a plural form ("Erden", "Heizöle", "Suizide"): a common noun. Names
        in the table have only a genitive ("Rheins", "Kremls")."""
        if noun not in self.nouns:
            return False
        stem = noun.translate(UMLAUTS_ON)
        return any(self.lemma_table.get(form) == noun
                   for form in (noun + "e", noun + "en", noun + "n", noun + "er", stem + "e", stem + "er"))

    def is_word_before_name(self, token: Token) -> bool:
        """An inflected common word ("Metaphern", "Slowaken", "Sowohl") in front of a proper noun, or a common
        noun in front of a given name ("Lehrergewerkschafter Paul Kimberger", "Pater Florian") or, after an article,
        a compound of a known noun or a demonym in front of a proper noun ("der Armeeveteran Burnell Cotlon"), in a
        person's name; not a given name ("Franz", which the lemma table inflects)."""
        following = token.nbor()
        if token.text in given_names():
            return False
        if (token.i > 0 and token.nbor(-1).tag_ == "ART" and token.tag_ == "NN" and following.tag_ == "NE"
                and len(token) > 4 and not organization_head(token.text)  # not "der Li Yan", "des Yachtklubs"
                and (self.compound_cluster(token.text) is not None or is_demonym(token.text.rsplit("-", 1)[-1]))):
            return True  # a compound of a known noun ("Armeeveteran") or a demonym ("Austro-Kanadier"); not
            # "des Chalifa Haftar", whose given name the vocabulary knows
        if following.text in given_names() and (self.is_common_noun(token.text)
                                                 or self.ends_in_common_noun(token.text)):
            return True
        return (following.tag_ == "NE" or following.text in given_names()) and self.is_inflected(token)

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

    def is_place(self, text: str, label: str, surnames: set[str], city: bool = True) -> bool:
        """Rule 6: a country, capital, region or, where `city` allows it (no article before the name: "die
        Hamas"), a big city; genitives included. An organization or person of several words only as a country or
        capital, or an organization as a region ("British Columbia")."""
        forms = gazetteer.country_and_capital_forms()
        if text in forms or (label == "ORG" and " " in text and text in gazetteer.region_forms()):
            return True  # "die Tierwelt von British Columbia" as ORG
        if (label not in ("PER", "ORG") or " " in text or is_surname(text, surnames)  # "Castros" after "Fidel Castro"
                or ORGANIZATION_HEAD.fullmatch(text.lower())):
            return False  # "Union" (the EU, CDU/CSU) is no town in New Jersey
        for form in (text, *genitive_candidates(text)):
            if form in gazetteer.region_forms():
                return True
            cities = [c for c in geonames.cities_named(form) if geonames.resembles(form, c)] if city else []
            if cities and cities[0].population >= self.min_city_population:
                return True
        return False

    def label_for(self, span: Span, label: str, surnames: set[str]) -> str:
        """Rules 3 to 6: the label a gazetteer or the shape of the name settles."""
        from pipeline.link.places import lookup

        text = strip_apostrophe(span.text)
        if text in gazetteer.government_seat_forms() or (text in gazetteer.known_organization_forms() and not (
                len(span) == 1 and is_surname(text, surnames))):
            return "ORG"  # "Kreml"; "Bundesheer" tagged as a place; not "Heise" after "Thomas Heise"
        if label != "PER" and len(span) == 1 and is_surname(text, surnames) and not is_region_or_country(text):
            return "PER"
        after_article = word_before(span[0]) in ARTICLES
        if label != "LOC" and self.is_place(text, label, surnames, city=not after_article):
            return "LOC"  # "Donezk" as ORG; "die Hamas" is no town (GeoNames: Hamm's alternate name)
        if label == "PER" and len(span) > 1 and not word_before(span[0]).startswith("heilig") and (
                span[0].text not in given_names() or word_before(span[0]) in LOCATIVES):  # "der heilige St. Georg"
            hit = lookup(text)
            if hit is not None and hit[0].kind == "city":
                return "LOC"  # "nach Slavonski Brod", "in Maria Gugging"; not "Maria Gugging sagte"
        acronym = text.removesuffix("s")  # "EAs" (Electronic Arts')
        if label in ("PER", "LOC") and ACRONYM.match(acronym) and not is_region_or_country(acronym):
            return "ORG"
        if label in ("PER", "MISC") and len(span) > 1 and self.names_organization(span[-1]) and not (
                label == "MISC" and MISC_HEAD.search(span[-1].lower_)):
            return "ORG"  # "Johnston Press", "Tsipras Syriza-Partei", "Amnesty International" (not "Academy Awards")
        if label == "LOC" and len(span) > 1 and INSTITUTION.search(span[0].lower_):
            return "ORG"
        if (label == "LOC" and len(span) == 2 and span[0].tag_ == "ADJA" and span[0].text[:1].isupper()
                and not span[0].text.endswith("er") and organization_head(span[1].text)
                and not BUILDING.search(span[1].lower_) and lookup(text) is None):
            return "ORG"  # a capitalized adjective before an institution: "im Europäischen Parlament" as a place
        if (label == "LOC" and len(span) > 1 and ACRONYM.match(span[0].text) and span[0].text not in FACILITY_ACRONYMS
                and not is_region_or_country(span[0].text) and lookup(span[1:].text) is not None):
            return "ORG"  # "OLG Wien", "AMS Wien" (not "KZ Dachau", "AKW Zwentendorf", "LKH Graz": facilities)
        if label == "LOC" and len(span) == 2 and CLUB_YEAR.match(span[1].text) and lookup(span[0].text):
            return "ORG"  # a club and its year: "Mainz 05", "Hannover 96"
        first = span[0].lower_  # "des Yachtklubs Neusiedl", "Laienrat Österreichs"
        if label == "PER" and len(span) > 1 and any(map(ends_in_kind_of_organization,
                                                        (first, *genitive_candidates(first)))):
            return "ORG"
        head = span[-1].lower_
        if (label == "LOC" and INSTITUTION.search(strip_suffix_genitive(head)) and not BUILDING.search(head)
                and lookup(text) is None):  # "des Ägyptischen Museums"; not "Bad Banks" (a bank takes no -s)
            return "ORG"
        if label == "ORG" and (BUILDING.search(head) or self.names_venue(span)):
            return "LOC"  # "Wiener Staatsoper", "Salzburgarena", "Dolby Theatre", "Trump Tower", "Superdome"
        return label

    @staticmethod
    def names_venue(span: Span) -> bool:
        """An English name of a building, venue or landmark ("Dolby Theatre", "Superdome", `VENUE_WORD`): more than
        one word or a dome, not a club's ("FC Queens Park") nor after a word for a group or company ("die Band Gorky
        Park", "der Zahlungsdienstleister Square")."""
        last = span[-1].text
        return (VENUE_WORD.search(last) is not None and (len(span) > 1 or last.endswith("dome"))
                and not CLUB_PREFIX.match(span[0].text) and not GROUP_WORD.search(word_before(span[0])))

    def __call__(self, doc: Doc) -> Doc:
        ents = split_at([self.before_affiliation(trimmed(race_place(ent))) for ent in joined_at_arabic_article(
            joined_at_nasab(doc, joined_at_particles(doc.ents)))], "PER", ",", is_name_part)
        named_in_full = [ent for ent in ents if ent.label_ == "PER" and len(ent) > 1]
        surnames = full_name_surnames(named_in_full)
        given_surnames = {ent[-1].text for ent in named_in_full if ent[0].text in given_names()}  # "Bernhard X"
        full_names = {ent.text for ent in named_in_full}
        name_words = {token.text for ent in named_in_full for token in ent}
        organizations = {ent.text for ent in ents if ent.label_ == "ORG" and len(ent) == 1 and not is_generic(ent)}
        words = token_texts(doc)
        common_nouns = self.common_nouns(words)
        fixed = []
        designations = designations_before_names(ents)
        for k, ent in enumerate(ents):
            compound = self.ends_in_common_compound(ent)
            after_genitive = len(ent) > 1 and ent[-2].text.endswith("s")
            if (k in designations or is_noise(ent) or stops_at_particle(ent, named_in_full) or is_generic(ent)
                    or is_member_title(ent, ents)
                    or listed_language(ent)
                    or (ent.label_ == "PER" and len(ent) == 1 and is_role_compound(ent.text)
                        and ent.text not in surnames)  # "Landesparteiobmann"; "Hofrichter" after "Anna Hofrichter"
                    or self.is_common_word(ent, surnames) or self.is_capitalized_adjective(ent, surnames)
                    or used_as_common_noun(ent, common_nouns, name_words) or (compound and not after_genitive)):
                continue
            start, implied = name_start(ent, self.is_word_before_name)
            team = team_start(doc[start : ent.end], self.cluster) if ent.label_ != "MISC" else None
            if team is not None:  # "St." "Louis Blues" as a person; "San Jose Sharks" is no "Jose Sharks"
                fixed.append(Span(doc, team, ent.end, label="ORG"))
                continue
            start = self.place_start(doc[start : ent.end], ent.label_)
            end = possessor_end(ent, start, surnames, self.is_word_or_compound, organizations)
            if compound and ent.end - start > 1:
                end = min(end, ent.end - 1)  # "Rapids Europacup-Gegner" → "Rapids"
            end = self.place_end(doc[start:end], ent.label_)
            end = full_name_end(doc[start:end], ent.label_, full_names, self.is_word)
            end = person_end_before_number(doc[start:end], "PER" if implied == "PER" else ent.label_)
            end = ordinal_end(doc[start:end], ent.label_)
            after_role = (implied, ent.label_) == ("PER", "ORG")  # "Landwirtschaftsminister Andrä Rupprechter"
            after_company = (implied, ent.label_) == ("ORG", "PER") and doc[start].text not in given_names()
            label = self.label_for(doc[start:end], implied if after_role or after_company else ent.label_, surnames)
            same = (label, start, end) == (ent.label_, ent.start, ent.end)
            left = Span(doc, start, end, label=label)
            if len(ent) > 1 and len(left) == 1 and label == "LOC" and self.is_common_word(left, surnames):
                continue  # rule 7 on the one word a trimming leaves: "in indonesischer Provinz" → "Provinz", no name
            fixed += self.trailing_person(surname_pair(ent if same else left),
                                          given_surnames)
        fixed = self.organization_names(doc, self.given_name_people(doc, fixed))
        nationalities, coded_places = country_codes_in_brackets(doc, words, fixed)
        fixed = replaced_by(split_at(fixed, "LOC", "/", is_gazetteer_name),
                            lineup_people(doc, words) + coded_places + compass_places(doc, fixed, words)
                            + parties_named_by_members(doc, words, fixed) + clubs_before_towns(doc, fixed))
        fixed = products(work_titles(fixed))
        people = full_name_surnames(fixed)
        named_alone = people | leading_names(fixed)
        fixed = [self.as_person(ent, named_alone) for ent in people_named_in_full(fixed)]
        fixed = places_listed_with_people(places_named_as_people(fixed))
        fixed = persons_named_as_organizations(self.organization_mentions(doc, words, fixed, people))
        fixed += self.repeated_surnames(doc, fixed, people)
        fixed = self.unknown_places_named_like_nouns(given_names_far_away(universities_by_town(fixed)))
        fixed = replaced_by(fixed, dateline_places(doc, fixed, people))
        fixed = replaced_by(towns_named_so(fixed, people), completed_places(doc, fixed))
        found = self.places_in_context(doc, fixed)
        found += self.towns_after_settlement_nouns(doc, fixed + found)
        found += self.named_buildings(doc, words, fixed + found)
        doc.ents = sorted((ent for ent in fixed + found if not (len(ent) == 1 and ent.start in nationalities)),
                          key=lambda ent: ent.start)
        return doc

    def unknown_places_named_like_nouns(self, ents: list[Span]) -> list[Span]:
        """Rule 16: one-word places the gazetteer does not know, that the model's vocabulary does not know either
        (tagged a common noun, without a preposition of place) or puts in a cluster of nouns and brands, itself or,
        for a word it lacks, by its tail ("im Krisenmodus"; no world region, not used as a town's name), without a
        hyphen or a place's ending after a stem ("Mittelmeer"; the landscape noun alone is none: "Inseln")."""
        from pipeline.link.places import WORLD_REGION, country_of_parts, lookup

        if self.known_word is None:
            return ents
        # a name the document uses as a place elsewhere, after a preposition or tagged a proper noun, is one here
        attested = {ent.text for ent in ents
                    if ent.label_ == "LOC" and (ent[0].tag_ != "NN" or after_place_preposition(ent[0]))}
        placeless = placeless_clusters() if self.cluster is not None else frozenset()
        # a name the document uses as a town's ("in Marea", "aus der Stadt Marea") is one everywhere
        town_names = {ent.text for ent in ents if ent.label_ == "LOC" and ent.start > 0 and (
            ent.doc[ent.start - 1].lower_ in BARE_LOCATIVES or ent.doc[ent.start - 1].text in PLACE_DESCRIPTORS)}

        def noun(ent: Span) -> bool:
            token = ent[0]
            tail = PLACE_TAIL.search(token.lower_)
            if len(ent) > 1 or "-" in token.text or (tail and tail.start() > 0):  # "Mittelmeer"; not "Inseln"
                return False
            if self.cluster is not None and self.cluster(token.text) in placeless:
                candidate = token.text not in town_names and not WORLD_REGION.search(token.text)
            elif self.compound_cluster(token.text) in placeless:  # "im Krisenmodus": a preposition does not save it
                candidate = token.tag_ == "NN" and token.text not in town_names
            else:
                candidate = (token.tag_ == "NN" and token.text not in attested and not after_place_preposition(token)
                             and not self.known_word(token.text))
            return candidate and lookup(token.text) is None and country_of_parts(token.text, frozenset()) is None

        return [ent for ent in ents if not (ent.label_ == "LOC" and noun(ent))]

    def compound_cluster(self, word: str) -> int | None:
        """The cluster of the longest tail of five letters or more (after a head of three or more) of a word the
        model's vocabulary lacks: "Krisenmodus", "Turbomodus" (Modus) are nouns like their tail; None for a known
        word or one without a known tail ("Idomeni"; shorter tails are fragments: "Emos" in "Podemos")."""
        if self.cluster is None or self.cluster(word) is not None:
            return None
        tails = (word[i].upper() + word[i + 1 :] for i in range(3, len(word) - 4))
        return next((found for tail in tails if (found := self.cluster(tail)) is not None), None)

    def common_nouns(self, words: list[str]) -> set[str]:
        """Words the document (`token_texts`) uses as common nouns: after an indefinite article ("eine Hilfslok")
        or, by the lemma table, inflected ("Geiern", "Männer" → "Geier", "Mann"; a genitive does not count)."""
        found = {word for before, word in pairwise(words) if before.lower() in INDEFINITE}
        if self.lemma_table is not None:
            found |= {lemma for word in set(words) if word[:1].isupper() and (lemma := self.lemma_table.get(word))
                      and lemma != word and not word.startswith(lemma + "s")}
        return found

    def place_start(self, span: Span, label: str) -> int:
        """A common noun in front of a place the gazetteer knows is not part of it ("Steueroase Luxemburg"),
        unless the gazetteer knows the whole name ("Bad Ischl"), the noun names a facility or institution
        ("Grenzübergang Spielfeld", "Kernkraftwerkes Zwentendorf") or it begins a German district's name, which is
        another place than its town ("Landkreis Celle")."""
        from pipeline.link.places import DISTRICT_WORDS, lookup

        first = span[0].text if len(span) > 1 else ""
        if (label != "LOC" or not first[:1].isupper() or not self.ends_in_common_noun(first) or FACILITY.search(first)
                or first in DISTRICT_WORDS):
            return span.start
        if lookup(first) or lookup(span.text):  # "Steiermark Murau", "Bad Ischl"
            return span.start
        return span.start + 1 if lookup(span[1:].text) else span.start

    @staticmethod
    def place_end(span: Span, label: str) -> int:
        """A place that ran on into the phrase after it ends before the preposition ("Antalya am Gründonnerstag",
        "Sydney am Steuer"), unless the gazetteer knows the whole name ("Frankfurt am Main") or the rest is a
        place ("Neumarkt an der Raab" keeps its river when the gazetteer knows it)."""
        from pipeline.link.places import lookup

        at = next((t.i for t in span[1:] if t.lower_ in RUN_ON_PREPOSITIONS), None)
        if label != "LOC" or at is None or lookup(span.text) or not lookup(span.doc[span.start : at].text):
            return span.end
        rest = [t for t in span.doc[at + 1 : span.end] if t.lower_ not in ARTICLES]
        return span.end if rest and lookup(" ".join(t.text for t in rest)) else at

    @staticmethod
    def as_person(ent: Span, surnames: set[str]) -> Span:
        """A one-word place or organization that is the surname of a person named in full in the document, when
        the gazetteer knows no such organization and no such place, or only a small one abroad ("an Messi" as LOC
        after rule 10 found "Lionel Messi"; "in der Residenz Castros" after "Fidel Castro", not Castro in
        Brazil), and a place the gazetteer does not know right after a role or a relation ("dessen Bruder
        Shihab")."""
        from pipeline.link.places import lookup

        text = strip_apostrophe(ent.text)
        if len(ent) > 1 or ent.label_ not in ("LOC", "ORG"):
            return ent
        found = lookup(text)
        if ent.label_ == "LOC" and found is None and after_role(ent):  # "dessen Bruder Shihab", "Scheich Zayid"
            return Span(ent.doc, ent.start, ent.end, label="PER")
        if not is_surname(text, surnames) or text in gazetteer.known_organization_forms():
            return ent
        if found and not is_small_place_abroad(found[0]):  # "Residenz Castros": not Castro, Brazil
            return ent
        return Span(ent.doc, ent.start, ent.end, label="PER")

    def organization_mentions(self, doc: Doc, words: list[str], ents: list[Span], surnames: set[str]) -> list[Span]:
        """Rule 13: a one-word person or unknown place named in front of a company word ("Volvo" after
        "Volvo-Chef"), a one-word place that is the kind of organization ending an organization's name ("Union"
        after "Europäische Union"), or a one-word place that is (the genitive of) a one-word organization of the
        document, when the gazetteer knows no such place or only a village ("Apples" beside "Apple"), or a person
        that is the genitive of one ("Ferraris" beside "Ferrari"), is an organization. So is the town of a sports
        club the document names in full, outside a place's context ("Bilbao beendete …" beside "Athletic Bilbao";
        not "in Bilbao", a dateline or a town the document calls one: "die Großgemeinde Lustenau" beside "FC
        Lustenau"), and in a match report a town in a sentence about a match, outside a place's context ("gegen
        Gijon")."""
        from pipeline.link.places import lookup

        companies = {match.group("name") for word in set(words) if (match := COMPANY_COMPOUND.match(word))}
        heads = {ent[-1].text for ent in ents
                 if ent.label_ == "ORG" and len(ent) > 1 and self.names_organization(ent[-1])}
        named = {ent.text for ent in ents if ent.label_ == "ORG" and len(ent) == 1}
        clubs = {ent[-1].text for ent in ents if ent.label_ == "ORG" and len(ent) > 1
                 and CLUB_PREFIX.match(ent[1 if ent[0].text == "1." else 0].text)}  # "1. FC Köln"
        clubs |= {ent[0].text for ent in ents if ent.label_ == "ORG" and len(ent) == 2 and CLUB_YEAR.match(ent[1].text)}
        towns = {word for before, word in pairwise(words) if SETTLEMENT.search(before.lower())}  # "Großgemeinde X"
        # a club ("VfB Stuttgart"; not "HC Strache", a person) and a score ("2:1", not "19:30 Uhr")
        match_report = any(not is_surname(c, surnames) for c in clubs) and MATCH_SCORE.search(doc.text) is not None

        def is_organization(ent: Span) -> bool:
            if len(ent) > 1 or ent.label_ not in ("PER", "LOC"):
                return False
            if ent.label_ == "LOC" and ent.text in heads:
                return True
            if (ent.label_ == "LOC" and strip_known_genitive(ent.text, clubs) in clubs and ent.text not in towns
                    and not names_place_here(ent)):
                return True  # "zu Chelsea" beside "FC Chelsea", "Stuttgarts Harnik" beside "VfB Stuttgart"
            if match_report and ent.label_ == "LOC" and ent.text not in towns and not names_place_here(ent) \
                    and not after_place_preposition(first := listed_first(ent)) and not is_surname(ent.text, surnames) \
                    and (first.i == 0 or doc[first.i - 1].lower_ not in ROUTE_PREPOSITIONS) \
                    and talks_match(ent) and (hit := lookup(ent.text)) and hit[0].kind == "city":
                return True  # "gegen Gijon", "Valencia ist … angelangt"; not "Teil eins in Sevilla"
            base = strip_known_genitive(ent.text, named)
            if ent.label_ == "LOC" and base in named and not self.is_place(base, "ORG", surnames) and (
                    base != ent.text or lookup(base) is None):
                return True  # "Apples" (a Swiss village) beside "Apple"; "TheVerge" beside "TheVerge" (ORG)
            if (ent.label_ == "PER" and base != ent.text and base in named and not is_surname(base, surnames)
                    and base not in given_names()):
                return True  # "die Geschichte Ferraris" beside "Ferrari"
            return (strip_known_genitive(ent.text, companies) in companies and not is_surname(ent.text, surnames)
                    and lookup(ent.text) is None)

        return [Span(doc, ent.start, ent.end, label="ORG") if is_organization(ent) else ent for ent in ents]

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

    def is_word_or_compound(self, token: Token) -> bool:
        """A German word or a compound ending in a noun ("Präsidentschaftswahlkampf"), unless it ends like a German
        surname ("Hofmann")."""
        return self.is_word(token) or (self.ends_in_common_noun(token.text)
                                       and not token.text.lower().endswith(SURNAME_TAILS))

    @staticmethod
    def names_organization(token: Token) -> bool:
        """A word that makes a name an organization's: an English or Romance institution ("College", "Press")
        or a German noun naming a kind of organization, alone or as the head of a compound ("Gruppe",
        "Gerichtshof", "Syriza-Partei"); not a surname that merely ends like one ("Cooper", "Murat")."""
        return bool(FOREIGN_NAME_HEAD.match(token.text)) or ends_in_kind_of_organization(token.lower_)

    def is_surname_word(self, token: Token, german_word: bool = False) -> bool:
        """A capitalized word that can follow a given name: not a German word ("Karl Geld") unless it ends
        like a German surname ("Müllermann") or `german_word` allows it or it is a name the lemma table lists among
        people's names ("John Cage", `is_listed_name`; not among places: "Juventus Turin"), not a role, an article or
        a country ("Red Bull Salzburg")."""
        text = token.text
        if not is_capitalized_name(text) or is_role(text) or text.lower() in ARTICLES or is_region_or_country(text):
            return False
        if self.names_organization(token) or TIME_OF_DAY.match(text):  # "ÖGB-Chef Katzian Mittwochfrüh"
            return False
        if german_word:
            return True
        if self.is_listed_name(text):  # "John Cage"; not a town so listed: "Tabellenführer Juventus Turin"
            return self.cluster(text) not in place_clusters()
        return not self.is_word(token) or text.lower().endswith(SURNAME_TAILS)

    def given_name_people(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Rule 10: a given name followed by one or two surname words is a person, whatever NER made of it:
        "Nigel" (LOC) "Farage", "Andrej" (LOC) "Kobolew", "Stefanie Sargnagel" (ORG), "Karl Schirnhofer"
        and "Iain Duncan Smith" (nothing), "Leonhard" (PER) "Kaufmann"; so are two or three such words after a role
        ("Landwirtschaftsminister Andrä Rupprechter", "Nationalspieler Shkodran Mustafi"), and after a role and a
        given name a German word too when the document writes it after a role elsewhere ("Langzeitbürgermeister
        Heinz Schaden" beside "Bürgermeister Schaden"; not "Prinz Charles Bäume"). A name that stops at a capitalized
        particle goes on with its particles and surname, also where NER found it so ("Alexander Van der Bellen"). The
        name replaces the entities it covers whole; a place the gazetteer knows ("Santa Clara") stays, and a team
        named after its town is one ("St. Louis Blues", rule 5)."""
        from pipeline.link.places import lookup

        entity_at = covering_entities(ents)
        names, free = [], 0
        for token in doc:
            ent = entity_at.get(token.i)
            if token.i < free or (ent is not None and ent.start != token.i):
                continue
            if ent is not None and ent.label_ == "PER" and len(ent) > 1:  # NER found a person of two words or more:
                end = self.surname_after_particles(doc, ent.end)  # it stays, unless it ends in
                if end > ent.end:  # a particle before the surname ("Alexander Van" "der Bellen")
                    names.append(Span(doc, token.i, end, label="PER"))
                    free = end
                continue
            before = doc[token.i - 1] if token.i > 0 else None
            after_role = before is not None and is_role(before.text) and self.is_surname_word(token)
            if not (self.is_given_name(token) or after_role):
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i <= 2 and self.is_surname_word(doc[end]):
                end += 1
                last = doc[end - 1].text
                if last.endswith("s") and last not in given_names():  # a genitive ends the name: "Steven
                    break  # Spielbergs Bridge"; a middle name does not: "Juan Carlos Ferrero"
            if (end == token.i + 1 and before is not None and is_role(before.text) and self.is_given_name(token)
                    and end < len(doc) and self.is_surname_word(doc[end], german_word=True)
                    and written_after_role(doc, doc[end].text)):
                end += 1  # "Langzeitbürgermeister Heinz Schaden" beside "Bürgermeister Schaden"
            end = self.surname_after_particles(doc, end)
            if end == token.i + 1 and before is not None and is_role(before.text) and self.is_given_name(token):
                end = ordinal_end(doc[token.i : end + 1], "PER") if (
                    end < len(doc) and ROMAN_ORDINAL.match(doc[end].text)) else end  # "Papst Paul VI."
            if end == token.i + 1:
                continue
            if before is not None and before.text[:1].isupper() and ORG_DESCRIPTOR.search(before.lower_):
                continue  # "Luxuskonzern Louis Vuitton" is rule 11's
            if token.is_sent_start and ent is None and token.tag_ != "NE":  # "Solange Nutzer …", "Per Infrarot…"
                continue
            covered = [entity_at[i] for i in range(token.i, end) if i in entity_at]
            if all(e.end <= end for e in covered) and lookup(doc[token.i : end].text) is None:
                team = team_start(doc[token.i : end], self.cluster)  # "St. Louis Blues": no "Louis Blues"
                names.append(Span(doc, token.i, end, label="PER") if team is None
                             else Span(doc, team, end, label="ORG"))
                free = end
        return replaced_by(ents, names)

    def surname_after_particles(self, doc: Doc, end: int) -> int:
        """The end of a name that NER or rule 10 stopped at a capitalized particle: "Alexander Van" "der Bellen" (the
        surname may be a German word), or at a given name before particles that are no German preposition and a
        surname that is no German word: "Joost" "den Haan" (not "Anna zu Lukas", "Thomas den Notarzt")."""
        last = doc[end - 1]
        capitalized = last.text[:1].isupper() and last.lower_ in SURNAME_PARTICLES
        if not (capitalized or (end < len(doc) and doc[end].text in FOREIGN_PARTICLES and self.is_given_name(last))):
            return end
        at = end
        while at < len(doc) and at - end < 2 and doc[at].text in SURNAME_PARTICLES:
            at += 1
        if at == end or at == len(doc) or not self.is_surname_word(doc[at], german_word=capitalized):
            return end
        return end if not capitalized and self.is_common_word_after(doc[end].text, doc[at]) else at + 1

    def is_common_word_after(self, particle: str, word: Token) -> bool:
        """A word after a given name and a lower-case particle that is no foreign surname: a nationality noun, a
        compound or a German word ("rief Thomas den Notarzt", "Max den Bayern-Star"), or after "den", the article of
        German objects, any word the bundled model's clusters do not hold among people's names ("überreichte Felipe
        den Olympioniken"; "den Haan" stays)."""
        if is_demonym(word.text) or "-" in word.text or self.is_word_or_compound(word):
            return True
        return particle == "den" and (self.cluster is None or self.cluster(word.text) not in person_clusters())

    def is_name_word(self, token: Token) -> bool:
        """A word of an organization's name: an acronym ("AVL") or a capitalized word that is no German word
        or compound of one ("Easyjet", "Naftogas", "Etruria"; not "Mittwochabend"), role or country."""
        if ACRONYM.match(token.text):
            return True
        if not self.is_surname_word(token):
            return False
        if self.lemma_table is None:
            return True
        last = token.text.rsplit("-", 1)[-1]  # "Office-Dateien"
        return not (last in self.nouns or self.lemma_table.get(last) in self.nouns or self.ends_in_common_noun(last))

    def organization_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Rule 11: names that a kind of organization settles. A name after a company or group descriptor
        ("des Billigfliegers Easyjet", "Marktführer Spotify", "Brexit-Lobbygruppe Vote Leave") is an
        organization; so is a capitalized adjective before an institution ("Steiermärkische Sparkasse"); an
        organization headed by an institution takes the place or name that follows ("Landwirtschaftskammer
        Steiermark", "Volksbank Etruria")."""
        from pipeline.link.places import lookup

        ents = self.extended_institutions(doc, ents)
        entity_at = covering_entities(ents)
        found, free = [], 0
        for token in doc[:-1]:
            if token.i < free or token.i in entity_at or not token.text[:1].isupper():
                continue
            following = doc[token.i + 1]
            if ORG_DESCRIPTOR.search(token.lower_):
                first = entity_at.get(following.i)
                end = first.end if first is not None else self.name_words_end(doc, following.i, entity_at)
                if first is None and end > following.i and end < len(doc) and end not in entity_at and (
                        doc[end].text[:1].isupper() and self.names_organization(doc[end])):
                    end += 1  # the name ends in its kind: "des Versicherers Steiermärkische Sparkasse"
                # a full name in the genitive is the owner ("Magna-Konzern Frank Stronachs"), as is any name after
                # a network or an office ("Netzwerk Putins"); not a firm named so ("Wäscheriese Palmers")
                owner = (first is not None and first.label_ == "PER" and first.text.endswith("s")
                         and not first.text.endswith("ss") and (len(first) > 1 or OWNED.search(token.lower_)))
                person = owner or (first is not None and first.label_ == "PER" and first[0].text in given_names()
                                   and not CORPORATE_HEAD.search(token.lower_))
                place = first is not None and first.label_ == "LOC" and lookup(first.text) is not None
                if end > following.i and not person and not place:
                    found.append(Span(doc, following.i, end, label="ORG"))
                    if self.is_plural(token):  # "die Zeitungen La Dernière Heure und Het Laatste Nieuws"
                        found += self.listed_names(doc, end, entity_at)
                    free = found[-1].end
            elif AUTHORITY.search(token.lower_) and self.names_authority(entity_at.get(following.i)):
                found.append(Span(doc, following.i, following.i + 1, label="ORG"))  # "-behörde Olaf"
                free = following.i + 1
            elif (self.names_institution(token, following) and following.i not in entity_at
                  and not COMPETITION.search(following.text)):  # not "Deutsche Fußball-Bundesliga"
                found.append(Span(doc, token.i, token.i + 2, label="ORG"))
                free = token.i + 2
        return replaced_by(ents, found)

    @staticmethod
    def names_authority(first: Span | None) -> bool:
        """A one-word person that is a given name: after an authority's compound, its name ("Olaf")."""
        return first is not None and first.label_ == "PER" and len(first) == 1 and first.text in given_names()

    def listed_names(self, doc: Doc, end: int, entity_at: dict[int, Span]) -> list[Span]:
        """The names listed after the first one a plural descriptor names, in a list that closes with "und",
        "sowie" or "oder": "die Geldhäuser Deutsche Bank, Citigroup, Kotak und Nomura"; not a person with a given
        name or a place the gazetteer knows, and nothing when no conjunction closes the list ("mit dem Monopolisten
        Gazprom, Putin schweigt")."""
        from pipeline.link.places import lookup

        names: list[Span] = []
        while end + 1 < len(doc) and doc[end].text in (",", "und", "sowie", "oder"):
            start, ent = end + 1, entity_at.get(end + 1)
            if ent is not None and ent.start == start:
                if (ent.label_ == "PER" and ent[0].text in given_names()) or (
                        ent.label_ == "LOC" and lookup(ent.text) is not None):
                    break
                stop = ent.end
            else:
                stop = self.name_words_end(doc, start, entity_at)
                if stop == start:
                    break
            names.append(Span(doc, start, stop, label="ORG"))
            if doc[end].text != ",":
                return names
            end = stop
        return []

    def name_words_end(self, doc: Doc, start: int, entity_at: dict[int, Span]) -> int:
        """End of up to three name words (`is_name_word`) from `start` that no entity covers ("Easyjet", "JM
        Financial"); `start` itself where there are none."""
        end = start
        while end < len(doc) and end - start < 3 and end not in entity_at and self.is_name_word(doc[end]):
            end += 1
        return end

    def is_plural(self, token: Token) -> bool:
        """A noun in the plural, by the morphology ("Geldhäuser"; "dem Monopolisten" is singular) or, where the
        model gives none, inflected beyond a genitive (`is_inflected`: "Zeitungen" → "Zeitung")."""
        number = token.morph.get("Number")
        if number:
            return "Plur" in number
        return self.is_inflected(token)

    @staticmethod
    def names_institution(adjective: Token, head: Token) -> bool:
        """A capitalized adjective inside a sentence before an institution is part of its name: "Steiermärkische
        Sparkasse", "Vorbereitende Kommission"; not an inhabitant adjective ("Schweizer Zeitung") nor a
        designation ("Moskauer Außenministerium")."""
        return (adjective.tag_ == "ADJA" and not adjective.is_sent_start and adjective.text[:1].isupper()
                and not adjective.text.endswith("er") and organization_head(head.text)
                and not GENERIC_ORGANIZATION.match(head.text))

    def extended_institutions(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """An organization ending in an institution of `INSTITUTION` ("Landwirtschaftskammer", "Volksbank",
        "Raiffeisen-Landesbank"; not "EU-Kommission") followed by a place the gazetteer knows as written, or by a
        name word outside any entity, no compound of a common noun (a country's institution gives way to that name:
        "US-Notenbank Fed" → "Fed"; not "wirft Ärztekammer Blockadehaltung vor");
        an institution compound outside any entity before such a place
        ("Handelsgericht Wien")."""

        result = list(ents)
        for k, ent in enumerate(ents):
            if ent.label_ != "ORG" or ent.end >= len(doc) or not INSTITUTION.search(ent[-1].lower_):
                continue  # "die EU-Kommission Griechenland (aufgefordert)": a commission is no institution here
            after = ents[k + 1] if k + 1 < len(ents) and ents[k + 1].start == ent.end else None
            if after is not None and after.label_ == "LOC" and len(after) == 1 and known_as_written(after.text):
                result[k], result[k + 1] = Span(doc, ent.start, after.end, label="ORG"), None
            elif after is None and self.is_surname_word(doc[ent.end]) and not self.ends_in_common_noun(
                    doc[ent.end].text):  # not "Ärztekammer Blockadehaltung"; a country's institution names no more
                country_institution = len(ent) == 1 and COUNTRY_PREFIX.match(ent.text)  # "US-Notenbank" "Fed"
                result[k] = Span(doc, ent.end if country_institution else ent.start, ent.end + 1, label="ORG")
        taken = covering_entities(ents)
        for k, ent in enumerate(ents):  # "Handelsgericht" (no entity) "Wien" (LOC)
            word = doc[ent.start - 1] if ent.start > 0 else None
            genitive = ent.text.endswith("s") and is_region_or_country(ent.text[:-1])  # "Laienrat Österreichs"
            if (word is not None and word.i not in taken and ent.label_ == "LOC" and len(ent) == 1
                    and is_institution_compound(word.text) and is_gazetteer_name(ent) and not genitive):
                result[k] = Span(doc, word.i, ent.end, label="ORG")
        return [e for e in result if e is not None]

    def places_in_context(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Rule 12: a name the gazetteer knows as written, outside any entity and no German word, is a place
        after a locative preposition, also with an adjective between ("in Althofen", "ins kubanische Varadero"),
        next to a place, in a list or in brackets ("Wien, Graz, Mürzzuschlag", "im Burgenland (Eisenstadt)",
        "Marchegg in Niederösterreich"), or as a country or region in the genitive before a role ("Tirols
        Landeshauptmann"), and a home country's district named as a feminine noun after "in der", "aus der" or "und
        der" ("in der Josefstadt")."""
        from pipeline.link.places import lookup

        taken = covering_entities(ents)
        places = {i for ent in ents if ent.label_ == "LOC" and ent.text not in gazetteer.country_codes()
                  for i in (ent.start, ent.end - 1)}  # "Hamilton (GBR) Mercedes" is no list of places
        found, free = [], 1
        for token in doc[1:]:
            if token.i < free or token.i in taken or token.is_sent_start or not self.may_name_place(token):
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i < 3 and end not in taken and self.may_name_place(doc[end]):
                end += 1
            while end > token.i and not is_gazetteer_name(doc[token.i : end]):  # longest known name first
                end -= 1
            if end == token.i and town_and_part(token.text):
                end = token.i + 1  # "in Wien-Döbling", "in Graz-Puntigam"
            if end == token.i:
                continue
            before, after = doc[token.i - 1], doc[end] if end < len(doc) else None
            beside_place = (before.text in LIST_MARKS and token.i - 2 in places) or (
                after is not None and after.text in LIST_MARKS_BEFORE_PLACE and end + 1 in places)
            # "ins kubanische Varadero": a locative, then an adjective
            after_adjective = (token.i >= 2 and before.is_lower and before.tag_ == "ADJA"
                               and doc[token.i - 2].lower_ in LOCATIVES)
            # "in der Josefstadt", "Hernals und der Josefstadt": a district of a home country named as a feminine noun
            district = (token.i >= 2 and before.lower_ == "der" and doc[token.i - 2].lower_ in ("in", "aus", "und")
                        and end == token.i + 1 and FEMININE_DISTRICT.search(token.text) is not None
                        and (hit := lookup(token.text)) is not None and hit[0].country_code in gazetteer.HOME_COUNTRIES)
            if before.lower_ in LOCATIVES or beside_place or after_adjective or district or (
                    end == token.i + 1 and after is not None and is_genitive_of_region_before_role(token, after)):
                found.append(Span(doc, token.i, end, label="LOC"))
                places.update((token.i, end - 1))  # a list goes on: "in Wien, Graz, Mürzzuschlag und Leoben"
                free = end
        return found

    def towns_after_settlement_nouns(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Rule 12: a capitalized word outside any entity right after a common noun for a settlement names it, when it
        is no German word, given name or genitive: "die westungarische Ortschaft Kolontar", "des griechischen
        Grenzdorfes Chamilo", "der syrischen Stadt Kobane" (not "Ingolstadt", a town's own name, nor "die Stadt
        Kinder", "die Heimatstadt Obamas", "Tote Stadt III")."""

        taken = covering_entities(ents)
        found = []
        for before, token in pairwise(doc):
            if token.i in taken or before.i in taken or not is_settlement_noun(before):
                continue
            if (self.may_name_place(token) and not token.text.endswith("s") and token.text not in given_names()
                    and not token.is_sent_start and not ROMAN_ORDINAL.match(token.text)):  # "Tote Stadt III", a work
                found.append(Span(doc, token.i, token.i + 1, label="LOC"))
        return found

    def named_buildings(self, doc: Doc, words: list[str], ents: list[Span]) -> list[Span]:
        """Rule 20: a one-word building named after a person or place, outside any entity, is a place: "Karlskirche",
        "Petersdom", "Raimundtheater", "Salzburgarena", "Olympiahalle"; not one named after a kind ("Stadthalle",
        "Pfarrkirche") or a German word that is a given name too ("Hartplatz"). Reads the words (`token_texts`), not a
        `Token` per word."""
        taken = covering_entities(ents)
        found = []
        for i, word in enumerate(words):
            building = NAMED_BUILDING.match(word)
            if building is None or i in taken:
                continue
            prefix = building.group("head")  # "Karls", "Markus": the head with or without a linking s
            if any(self.names_building(head) for head in {prefix, prefix.removesuffix("s")}):
                found.append(Span(doc, i, i + 1, label="LOC"))
        for i, (adjective, facility) in enumerate(pairwise(words)):  # "am Salzburger Flughafen"
            if (TOWN_FACILITY.match(facility) and i not in taken and i + 1 not in taken
                    and is_town_adjective(adjective)):
                found.append(Span(doc, i, i + 2, label="LOC"))
        for i, word in enumerate(words):  # "Karawankentunnel", "Ostautobahn", "Margaretengürtel", "Saalachbrücke"
            route = NAMED_ROUTE.match(word)
            if route is not None and i not in taken and i > 0 and self.names_route(route.group("head")):
                found.append(Span(doc, i, i + 1, label="LOC"))
        return found

    def names_route(self, head: str) -> bool:
        """The name in a road's, tunnel's, bridge's or ring road's name: a direction ("Ost|autobahn") or no German
        word, also without a linking -s or with an -e or -en ("Saalach|brücke", "Polleroswand|tunnel"; not
        "Eisenbahn|brücke", "Besucher|tunnel", "Rettungs|tunnel", "Grenz|brücke", "Hilfs|brücke")."""
        if head in gazetteer.COMPASS_WORDS:
            return True
        if self.lemma_table is None:
            return False
        stems = {head, head.removesuffix("s"), head.removesuffix("es")}
        forms = stems | {stem + ending for stem in stems for ending in ("e", "en")}
        if any(form.lower() in self.lemma_table or form.capitalize() in self.nouns
               or self.lemma_table.get(form.capitalize()) in self.nouns for form in forms):
            return False  # a compound the model's vocabulary knows is a common one ("Eisenbahn"), a rare one a name
        return not self.ends_in_common_noun(head) or (self.cluster is not None and self.cluster(head) is None)

    def names_building(self, head: str) -> bool:
        """A given name ("Karl", "Markus", "Olympia") or a home town or region the gazetteer knows by this very name
        ("Salzburg"; not "Nord" in Burkina Faso, "Boulder"), that is no German word ("Hart", "Sand")."""
        from pipeline.link.places import lookup

        if len(head) < 4 or (self.lemma_table is not None and head.lower() in self.lemma_table) \
                or self.is_common_noun(head):
            return False
        place = lookup(head)
        return head in given_names() or (
            place is not None and place[0].name == head and place[0].country_code in gazetteer.HOME_COUNTRIES
            and (place[0].kind == "region" or place[0].population >= self.min_city_population))

    def may_name_place(self, token: Token) -> bool:
        """A capitalized word that is no German word nor tagged as a function word or foreign word. The lemma table
        lists town names too ("Innsbruck", for its genitive, `is_listed_name`): such a name counts unless a
        determiner comes before it, also across adjectives and ordinals, as none comes before a town ("im Derby",
        "im ersten Derby", "das neue Porto": a match, postage), unless all those are place adjectives ("im
        jordanischen Jordan")."""
        if not token.text[:1].isupper() or token.tag_ in NOT_NAME_TAGS:
            return False
        if not self.is_word(token):
            return True
        if not self.is_listed_name(token.text):
            return False
        i = token.i - 1
        while i >= 0 and (token.doc[i].tag_ in ("ADJA", "CARD") or ORDINAL_NUMBER.match(token.doc[i].text)):
            i -= 1
        before = token.doc[i] if i >= 0 else None  # an article whatever the tagger says ("das 320. Derby": PRELS)
        determined = before is not None and (before.tag_ in DETERMINER_TAGS or before.lower_ in ARTICLES
                                             or before.lower_ in CONTRACTED_ARTICLES)
        return not determined or (i < token.i - 1 and all(
            gazetteer.NATIONALITY_ADJECTIVE.fullmatch(word.lower_) for word in token.doc[i + 1 : token.i]))

    @staticmethod
    def repeated_surnames(doc: Doc, ents: list[Span], surnames: set[str]) -> list[Span]:
        """Mentions of known surnames (and their genitive) outside any entity, with the particles the full name
        writes before them ("Van der Bellen" after "Alexander Van der Bellen")."""
        forms = {get_string_id(form) for name in surnames for form in (name, name + "s") if len(form) >= 3}
        particles = {ent[-1].text: particles_before(ent) for ent in ents if ent.label_ == "PER" and len(ent) > 2}
        taken = covering_entities(ents)
        found = []
        for i in (i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in forms and i not in taken):
            token = doc[i]  # a surname or its genitive ("Carneys"): see is_surname
            if not token.text[:1].isupper():
                continue
            before = particles.get(token.text) or particles.get(token.text.removesuffix("s")) or []
            start = i - len(before)  # all the particles, the first in either case: "Von der Leyen", "von der Leyen"
            if before and start >= 0 and [t.lower_ for t in doc[start:i]] == [w.lower() for w in before] and not any(
                    j in taken for j in range(start, i)):
                found.append(Span(doc, start, i + 1, label="PER"))
                continue
            after_article = word_before(token) in ARTICLES  # "ein Mann": a noun, not Mann
            if not after_article and (not token.is_sent_start or token.pos_ == "PROPN" or token.tag_ == "NE"):
                found.append(Span(doc, token.i, token.i + 1, label="PER"))
        return found


def people_named_in_full(ents: list[Span]) -> list[Span]:
    """A place or organization of two words or more that the document also writes, spelled otherwise, as a person's
    full name is that person: "Muammar al-Gaddafi" (ORG) after "Muammar Gaddafi" (PER), one name by `person_key`.
    The same spelling under two labels, in any case, is left to the other rules ("Tourismuskonzern Thomas Cook",
    "THOMAS COOK")."""
    people = {ent.text.casefold(): person_key(ent.text) for ent in ents if ent.label_ == "PER" and len(ent) > 1}
    keys = set(people.values())
    return [Span(ent.doc, ent.start, ent.end, label="PER") if ent.label_ in ("LOC", "ORG") and len(ent) > 1
            and ent.text.casefold() not in people and person_key(ent.text) in keys else ent for ent in ents]


def particles_before(name: Span) -> list[str]:
    """The particles before a full name's last word: "Van", "der" in "Alexander Van der Bellen", "von", "der" in
    "Ursula Maria von der Leyen"; none in "Mark Carney"."""
    start = name.end - 1
    while start > name.start + 1 and name.doc[start - 1].lower_ in SURNAME_PARTICLES:
        start -= 1
    return [token.text for token in name.doc[start : name.end - 1]]


def used_as_common_noun(ent: Span, common_nouns: set[str], name_words: set[str]) -> bool:
    """Rule 7: a one-word person that the document also uses as a common noun (`EntityFixes.common_nouns`: "mit
    einer Hilfslok", "eine Rosine", "von einem Jäger", "Geiern") is one, unless it is part of a person's full
    name there ("Thomas Mann … Ein Mann las …", "Lemmy Kilmister … treibt einen Lemmy an"). A definite article is
    no such sign: counting it removed 88 mentions on the GNAD corpus, Erdogan, Faymann and Spielberg among them."""
    return ent.label_ == "PER" and len(ent) == 1 and ent.text in common_nouns and ent.text not in name_words


def token_texts(doc: Doc) -> list[str]:
    """The text of every token, read from the ORTH array: iterating a `Doc` makes a `Token` per word, which
    costs more than the rules that read only the words."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def covering_entities(ents: list[Span]) -> dict[int, Span]:
    """Token index → the entity that covers it."""
    return {i: ent for ent in ents for i in range(ent.start, ent.end)}


def replaced_by(ents: list[Span], spans: list[Span]) -> list[Span]:
    """`ents` with new `spans`, in text order; an entity that overlaps a new span, at either end, gives way to
    it ("Djurdic Gelbe Karten" to the player "Djurdic" of a line-up)."""
    taken = covering_entities(spans)
    kept = [ent for ent in ents if not any(i in taken for i in range(ent.start, ent.end))]
    return sorted(kept + spans, key=lambda ent: ent.start)


def after_role(ent: Span) -> bool:
    """A word shaped like a name right after a role or a relation: "Scheich Zayid", "dessen Bruder Shihab"; not a
    company's "Alteigentümer BayernLB", nor a genitive, the possessor: "der Präsident Tschetscheniens"."""
    before = ent.doc[ent.start - 1].text if ent.start > 0 else ""
    return NAME_SHAPE.match(ent.text) is not None and not ent.text.endswith("s") and (
        is_role(before) or (before in ROLE_MODIFIERS and before[:1].isupper()))


def full_name_surnames(ents: Iterable[Span]) -> set[str]:
    """The last words of the persons named with more than one word."""
    return {ent[-1].text for ent in ents if ent.label_ == "PER" and len(ent) > 1}


def leading_names(ents: Iterable[Span]) -> set[str]:
    """The first words of persons whose name goes by it alone: an Arabic name with the father's or a Korean name
    ("Qabus bin Said", "Ban Ki-moon"; `first_word_alone`)."""
    return {ent[0].text for ent in ents if ent.label_ == "PER" and len(ent) > 1
            and first_word_alone([token.text for token in ent])}


def is_institution_compound(word: str) -> bool:
    """A compound naming an institution ("Handelsgericht", "Arbeiterkammer"; genitive "Militärkommandos"), not
    the bare noun ("Gericht")."""
    lower = word.lower()
    found = next(filter(None, map(INSTITUTION.search, (lower, *genitive_candidates(lower)))), None)
    return bool(word[:1].isupper() and found and found.start() >= 3 and "-" not in word)


def is_gazetteer_name(span: Span) -> bool:
    """A capitalized name of at most three words that the gazetteer knows as written."""
    return len(span) <= 3 and all(t.text[:1].isupper() for t in span) and known_as_written(span.text)


def towns_named_so(ents: list[Span], surnames: set[str]) -> list[Span]:
    """Rule 12: a name the document calls a town ("die serbische Grenzstadt Sid", "auf die Stadt Marat Numan") is a
    place wherever NER took it for a person ("nach Sid"), unless it is the surname of a person named in full, a
    genitive ("die Heimatstadt Obamas"), a name that begins with a given name ("der Landeshauptstadt Siegfried Nagl")
    or follows a town's own name ("in Ingolstadt Ralph Hasenhüttl")."""

    def called_town(ent: Span) -> bool:  # "die Stadt Marat Numan"; not "Landeshauptstadt Siegfried Nagl", "Ingolstadt"
        return (ent.start > 0 and is_settlement_noun(ent.doc[ent.start - 1]) and not ent.text.endswith("s")
                and ent[0].text not in given_names())

    towns = {ent.text for ent in ents if ent.label_ in ("PER", "LOC") and called_town(ent)}
    return [Span(ent.doc, ent.start, ent.end, label="LOC")
            if ent.label_ == "PER" and ent.text in towns and not is_surname(ent.text, surnames) else ent
            for ent in ents]


def is_settlement_noun(token: Token) -> bool:
    """A common noun for a town ("Stadt", "Grenzdorfes", "Ortschaft"), not a town's own name ("Ingolstadt")."""
    from pipeline.link.places import lookup

    return token.text[:1].isupper() and SETTLEMENT.search(token.lower_) is not None and lookup(token.text) is None


def completed_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 12: a place NER ended before the rest of a name the gazetteer knows as written takes that rest where no
    entity covers it or a place ends it: "in Gornja" "Radgona" → "Gornja Radgona", "in St. Georgen" "im Attergau",
    "Kirchberg" "an der Jagst", "Bruck" "an der" "Mur" (NER's river; not "Kaindorf bei" "Hartberg", a town beside
    its neighbour)."""
    taken = covering_entities(ents)
    found = []
    for k, ent in enumerate(ents):
        if ent.label_ != "LOC":
            continue
        after = ents[k + 1] if k + 1 < len(ents) else None
        if (after is not None and after.label_ == "LOC" and after.start == ent.end
                and names_town_in_full(ent.doc[ent.start : after.end])):
            found.append(Span(doc, ent.start, after.end, label="LOC"))  # "Crans" "Montana" (GeoNames: "Crans-Montana")
            continue
        for end in (ent.end + 3, ent.end + 2, ent.end + 1):
            inside = [taken[i] for i in range(ent.end, min(end, len(doc))) if i in taken]
            # the rest free, or a place NER found ending it: "Bruck" "an der" "Mur" (the river); not a town "bei" its
            # neighbour, which the annotations count apart ("Kaindorf bei Hartberg")
            free = not inside or (doc[ent.end].lower_ != "bei" and all(
                other.label_ == "LOC" and other.end == end for other in inside))
            if end <= len(doc) and free and names_town_in_full(doc[ent.start : end]):
                found.append(Span(doc, ent.start, end, label="LOC"))
                break
    return found


def names_town_in_full(span: Span) -> bool:
    """A name the gazetteer knows as written that ends in a capitalized word, function words inside included ("St.
    Georgen im Attergau", "Kirchberg an der Jagst")."""
    return span[-1].text[:1].isupper() and known_as_written(span.text)


def names_place_here(ent: Span) -> bool:
    """A town, not its club, by the context: after "in" ("in Cottbus"; but "bei Cottbus engagiert", "nach Bilbao
    gewechselt"), in a dateline ("Barcelona –", "Ried/Wien"; but "(Bilbao/86.)", a sending-off) or naming the
    venue in a results table ("(Graz, UPC-Arena, 16.30 Uhr", "Amsterdam, Amsterdam ArenA")."""
    doc = ent.doc
    before = word_before(ent[0])
    after = doc[ent.end : ent.end + 4]
    dateline = len(after) > 0 and (after[0].text in DASHES or (
        after[0].text == "/" and len(after) > 1 and after[1].text[:1].isupper()))
    venue = len(after) > 1 and after[0].text == "," and any(VENUE.search(token.text) for token in after[1:])
    return before in TOWN_PREPOSITIONS or dateline or venue


def written_after_role(doc: Doc, word: str) -> bool:
    """The document writes `word` right after a role somewhere: "Bürgermeister Schaden"."""
    return any(token.text == word and is_role(token.nbor(-1).text) for token in doc[1:])


def talks_match(ent: Span) -> bool:
    """The sentence of `ent` has a score, "gegen" or a word of a match (`MATCH_WORD`) outside the name."""
    sentence = ent.sent if ent.doc.has_annotation("SENT_START") else ent.doc[:]
    return any(token.lower_ == "gegen" or MATCH_SCORE.search(token.text) or MATCH_WORD.search(token.lower_)
               for token in sentence if not ent.start <= token.i < ent.end)


def listed_first(ent: Span) -> Token:
    """The first word of the list a one-word name closes ("Leverkusen" in "in Dortmund und Leverkusen" →
    "Dortmund"), else the name's own."""
    doc, i = ent.doc, ent.start
    while i >= 2 and doc[i - 1].lower_ in ("und", "oder", ",") and doc[i - 2].text[:1].isupper():
        i -= 2
    return doc[i]


def lineup_people(doc: Doc, words: list[str]) -> list[Span]:
    """Rule 14: the players of a line-up in a match report ("Salzburg: C. Stankovic – Schmitz, Miranda,
    Hinteregger, Ulmer – Atanga (92. Lainer), …  Ersatz: …  Gelbe Karten: Arnason"), which NER tags as places
    ("Miranda", "Sana") or misses. Each name between the dashes and commas is a person, substitutes in
    brackets too; team names and labels before a colon are not, nor notes in brackets ("(Knöchelverletzung)").
    The list ends where the prose resumes (a lower-case word)."""
    found: list[Span] = []
    walked = 0
    colons = [i for i, word in enumerate(words) if word == ":"]
    if not any("–" in words[i + 2 : i + 6] for i in colons):  # no "Team: Keeper –" (reading doc.text costs)
        return found
    for match in LINEUP.finditer(doc.text):
        start = doc.char_span(match.end(), match.end(), alignment_mode="expand")
        if start is None or start.start < walked:
            continue
        walked = lineup_walk(doc, start.start, found)
    return found


def lineup_walk(doc: Doc, i: int, found: list[Span]) -> int:
    """Collect the names of a line-up from token `i` into `found`; the token where the line-up ends."""
    item: list[Token] = []
    while i < len(doc):
        token = doc[i]
        if token.text == "(":
            close = next((j for j in range(i + 1, min(i + 8, len(doc))) if doc[j].text == ")"), None)
            if close is None:
                break
            if close - i > 2 and SCORE.match(doc[i + 1].text):  # a substitute: "(92. Lainer)"
                lineup_name(doc[i + 2 : close], False, found)
            i = close + 1
            continue
        if token.text in LINEUP_SEPARATORS or SCORE.match(token.text) or token.is_space:
            if item and not token.is_space:
                lineup_name(doc[item[0].i : item[-1].i + 1], token.text == ":", found)
                item = []
        elif token.text[:1].isupper() or token.lower_ in NAME_PARTICLES or (token.text == "." and item):
            item.append(token)
        elif token.lower_ in ("fehlen", "fehlt") and item and item[-1].text == "Es":  # "Gschweidl Es fehlen: …"
            lineup_name(doc[item[0].i : item[-1].i + 1], True, found)
            item = []
        else:
            break  # prose again: "Rosenberg Rückspiel nächsten Mittwoch …"
        if len(item) > 4:
            break
        i += 1
    return i


def lineup_name(span: Span, before_colon: bool, found: list[Span]) -> None:
    """A player's name in a line-up item, without a label run into it ("Reyna Ersatz:", "Djurdic Gelbe
    Karten:"); an item before a colon without such a label is a team's name ("Malmö:")."""
    end = span.end
    while end > span.start and span.doc[end - 1].text in LINEUP_LABELS:
        end -= 1
    if end == span.start or (before_colon and end == span.end) or end - span.start > 3:
        return
    name = span.doc[span.start : end]
    if any(token.text[:1].isupper() and len(token.text) > 2 and token.text[-1] != "." for token in name):
        found.append(Span(span.doc, span.start, end, label="PER"))


def given_names_far_away(ents: list[Span]) -> list[Span]:
    """Rule 15: one-word places that are given names and, by the gazetteer, only small places abroad in a country
    the document's other places do not lie in."""
    from pipeline.link.places import lookup

    hits = {ent.text: lookup(ent.text) for ent in ents if ent.label_ == "LOC"}
    # how many of the document's place names lie in each country: the name itself counts once in its own
    names_in = Counter(hit[0].country_code for hit in hits.values() if hit)
    capitals = gazetteer.country_and_capital_forms()

    def far_away(ent: Span) -> bool:
        place = hits[ent.text][0] if hits.get(ent.text) else None
        return (place is not None and len(ent) == 1 and ent.text in given_names() and ent.text not in capitals
                and is_small_place_abroad(place) and names_in[place.country_code] == 1
                # the narrow LOCATIVES, not rule 16's PLACE_PREPOSITIONS: "an Mercedes" is the company
                and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ in LOCATIVES))

    return [ent for ent in ents if not (ent.label_ == "LOC" and far_away(ent))]


def person_end_before_number(span: Span, label: str) -> int:
    """A person ends before a number that NER ran it into, and before the lower-case words in between: "Joseph
    35.000" → "Joseph", "Largo von 1927" → "Largo"; and before the label of a match report's next line
    ("SR Schörgenhofer Tore: 1:0" → "Schörgenhofer")."""
    if label != "PER":
        return span.end
    end = next((token.i for token in span[1:] if any(c.isdigit() for c in token.text)
                or (token.text in LINEUP_LABELS and token.i + 1 < len(token.doc) and token.nbor().text == ":")),
               span.end)
    while end < span.end and end > span.start + 1 and span.doc[end - 1].is_lower:
        end -= 1
    return end


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


def is_town_adjective(word: str) -> bool:
    """A town's adjective the gazetteer knows the town of as written: "Salzburger" (Salzburg), "Augsburger"."""
    town = INHABITANT.match(word)
    return town is not None and known_as_written(town.group("place"))


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


def town_and_part(word: str) -> bool:
    """A town and a part of it joined by a hyphen, both known to the gazetteer in one country: "Wien-Döbling",
    "Wien-Aspern", "Graz-Puntigam"."""
    from pipeline.link.places import lookup

    town, _, part = word.partition("-")
    if not part or "-" in part:
        return False
    town_hit, part_hit = lookup(town), lookup(part)
    return (town_hit is not None and part_hit is not None and town_hit[0].kind == "city" and part_hit[0].kind == "city"
            and town_hit[0].country_code == part_hit[0].country_code)


def listed_language(ent: Span) -> bool:
    """Rule 7: a language's name in a list of languages is no person, place or organization: one formed like an
    adjective stands next to it, a comma or "und" between ("Slowenisch, Somali, Spanisch": Somali is a region too;
    "Chinesisch, Dari")."""
    doc, i = ent.doc, ent.start
    return len(ent) == 1 and ent.label_ != "MISC" and ent.text in gazetteer.all_language_names() and any(
        0 <= j < len(doc) and doc[(i + j) // 2].text in (",", "und") and gazetteer.is_language_name(doc[j].text)
        for j in (i - 2, i + 2))


def is_given_name_text(text: str) -> bool:
    """A given name, also one joined of two by a hyphen that the lists lack: "Daniel-Andre"."""
    return text in given_names() or ("-" in text and all(part in given_names() for part in text.split("-", 1)))


def ordinal_end(span: Span, label: str) -> int:
    """Rule 0: a person's Roman ordinal ends with its period, which the tokenizer splits off ("Felipe VI." "Papst
    Benedikt XVI."; "Elizabeth II." is one token already)."""
    doc, end = span.doc, span.end
    if (label == "PER" and len(span) > 1 and ROMAN_ORDINAL.match(span[-1].text) and not span[-1].whitespace_
            and end < len(doc) and doc[end].text == "."):
        return end + 1
    return end


def joined_at_particles(ents: tuple[Span, ...]) -> list[Span]:
    """A person that ends in a given name, one or two name particles and a one-word person are one person:
    "José Graziano" "da" "Silva" → "José Graziano da Silva", "Ursula" "von der" "Leyen"; not "Sebastian Kurz da
    Heinz-Christian Strache" (the adverb "da" between two full names), "Thiem da Nadal" or "Anna zu Sarah" (a given
    name after "zu"; "Bettina von Arnim" is one). So is a given name alone
    and the name NER found after a double space, which spaCy makes a token of its own: "Roger  Schmidt", "Rupert
    Wolff" (one word tagged as an organization), "Philip  K. Dick"; not "Elton John  Paul McCartney", "Jimmy Carter
    Amnesty International"."""
    out: list[Span] = []
    for ent in ents:
        before = out[-1] if out else None
        if before is not None and before.label_ == "PER" and before[-1].text in given_names() and (
                (ent.label_ == "PER" and len(ent) == 1 and particles_between(before, ent)
                 and not (ent.doc[before.end].text == "zu" and ent[0].text in given_names()))  # "Anna zu Sarah"
                or (len(before) == 1 and double_space_between(before, ent) and ent[0].text not in given_names()
                    and (ent.label_ == "PER" or (ent.label_ == "ORG" and len(ent) == 1)))):
            out[-1] = Span(ent.doc, before.start, ent.end, label="PER")
        else:
            out.append(ent)
    return out


def particles_between(before: Span, ent: Span) -> bool:
    """One or two name particles between two entities: "da", "von der"."""
    between = [t.lower_ for t in ent.doc[before.end : ent.start]]
    return 1 <= len(between) <= 2 and all(word in SURNAME_PARTICLES for word in between)


def double_space_between(before: Span, ent: Span) -> bool:
    """Only a run of spaces within a line between two entities ("Roger  Schmidt")."""
    gap = ent.doc[before.end : ent.start]
    return len(gap) == 1 and gap[0].is_space and "\n" not in gap[0].text


def joined_at_nasab(doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 18: an Arabic name goes on across "bin" or "ibn" (son of) and a lower-case "al" with the names after it,
    which NER cuts: "Mohammed" "bin Zayid al Nuhayyan", "Ahmed" "bin" "Mohammed al-Mansuri", "Qabus bin" "Said";
    not "Ich bin Pablo" (no name before "bin")."""
    entity_at = covering_entities(ents)

    def goes_on(k: int) -> bool:
        """A name word after "bin": capitalized ("Zayid"), "al-" with a name ("al-Mansuri") or "al" before one."""
        word = doc[k].text
        if word in ("al", "el"):
            return k + 1 < len(doc) and doc[k + 1].text[:1].isupper()
        return (word[:1].isupper() and doc[k].is_alpha) or word.startswith(("al-", "el-"))

    found: list[Span] = []
    for i, token in enumerate(doc[1:-1], start=1):
        before, after = doc[i - 1], doc[i + 1]
        if token.text not in NASAB or after.tag_ not in ("NE", "NN") or not after.text[:1].isupper():
            continue  # "bin Ich", "bin ich"
        chained = found and found[-1].end > i - 1  # "Tamim bin Hamad bin Khalifa Al Thani": one name
        first = found[-1] if chained else entity_at.get(i - 1)
        person_before = first is not None and first.label_ == "PER"
        if not (person_before or (before.tag_ in ("NE", "NN") and entity_at.get(i + 1) is not None
                                  and entity_at[i + 1].label_ == "PER")):
            continue
        end = i + 2
        while end < len(doc) and end - i < 6 and goes_on(end):
            end += 1
        last = entity_at.get(end - 1)
        end = max(end, last.end) if last is not None else end  # "bin" "Mohammed al-Mansuri" (PER) whole
        span = Span(doc, first.start if person_before else i - 1, end, label="PER")
        if chained:
            found[-1] = span
        else:
            found.append(span)
    return replaced_by(ents, found)


def joined_at_arabic_article(ents: list[Span]) -> list[Span]:
    """Rule 18: a person goes on into a surname written with the Arabic article right after it, which NER leaves out
    ("Abdel Fattah" "al-Sisi"), where no entity begins there and the word is no organization of the gazetteer
    ("Aiman al-Sawahiris al-Kaida")."""
    taken = covering_entities(ents)
    out = []
    for ent in ents:
        end = ent.end
        if (ent.label_ == "PER" and end < len(ent.doc) and end not in taken
                and ARABIC_ARTICLE_NAME.match(ent.doc[end].text) is not None
                and ent.doc[end].text.casefold() not in known_organizations_in_any_case()):
            ent = Span(ent.doc, ent.start, end + 1, label="PER")
        out.append(ent)
    return out


@cache
def known_organizations_in_any_case() -> frozenset[str]:
    """The gazetteer's organization forms, case-folded: "al-Kaida" written in lower case too."""
    return frozenset(form.casefold() for form in gazetteer.known_organization_forms())


def split_at(ents: list[Span], label: str, separator: str, is_part: Callable[[Span], bool]) -> list[Span]:
    """Entities of `label` that `separator` divides into parts that each `is_part` are several entities: places
    joined by a slash that the gazetteer knows each as written ("Holguin/Vatikanstadt –"; not a town and its river,
    "Frankfurt/Oder"), persons NER ran on across a comma ("Hans, Karl, Hannes, David und Max")."""
    out = []
    for ent in ents:
        cuts = [token.i for token in ent if token.text == separator] if ent.label_ == label else []
        if not cuts:
            out.append(ent)
            continue
        bounds = [ent.start - 1, *cuts, ent.end]
        parts = [Span(ent.doc, a + 1, b, label=label) for a, b in pairwise(bounds) if b > a + 1]
        out += parts if len(parts) == len(cuts) + 1 and all(map(is_part, parts)) else [ent]
    return out


def is_name_part(span: Span) -> bool:
    """A part that holds a name word: "Karl"; not a lone particle ("von"), a suffix ("Martin Luther King, Jr.") or a
    role ("Georg Kapsch, Präsident")."""
    return any(token.text[:1].isupper() and NAME_LIKE.match(token.text) and not NAME_SUFFIX.match(token.text)
               and not is_role(token.text) for token in span)


def team_start(span: Span, cluster: Callable[[str], int | None] | None) -> int | None:
    """Rule 5: the start of a team named by its town or state and an English plural ("Nashville Predators", "Vienna
    Capitals", "Detroit Red Wings", "St. Louis Blues" where NER left out "St."), in a sentence about a match; None
    for any other name: a place named so ("Palm Springs"), a person's genitive ("Mao Zedongs", "George Millers"), a
    surname the word clusters (`cluster`, bundled model only) hold among people's names ("Indiana Jones", "Austin
    Powers")."""
    from pipeline.link.places import lookup

    doc = span.doc
    nickname = span[-1].text
    if (len(span) < 2 or not TEAM_NICKNAME.match(nickname) or nickname in PLACE_PLURALS or lookup(span.text)
            or not talks_match(span)):
        return None
    if any(token.text == nickname[:-1] for token in doc):  # a genitive: "Paris Hiltons" beside "Hilton"
        return None
    if cluster is not None and cluster(nickname) in person_clusters():
        return None
    outside = span.start > 0 and not doc[span.start - 1].ent_type_  # "St." that no other entity holds
    for start in (span.start - 1, span.start) if outside else (span.start,):
        for nickname_words in (1, 2):
            first_of_nickname = doc[span.end - nickname_words].text
            if nickname_words == 2 and (not TEAM_WORD.match(first_of_nickname) or first_of_nickname in given_names()):
                continue  # "Red Wings", not "Franz Voves"
            town = doc[max(start, 0) : span.end - nickname_words]
            place = lookup(town.text) if start >= 0 and len(town) and town[0].text[:1].isupper() else None
            if place is not None and place[0].name == town.text and names_teams_town(place[0], town.text):
                return start
    return None


def names_teams_town(place: gazetteer.Place, name: str) -> bool:
    """A town or state teams are named after: a city of `TEAM_TOWN_POPULATION` (as big as Washington if its name is a
    given name too: "George" is a town in South Africa), or a state of the United States or Canada ("Arizona"; not
    a municipality pycountry lists as a region, "Benedikt")."""
    if place.kind == "region":
        return place.country_code in ("US", "CA") and name not in given_names()
    return place.population >= (BIG_CITY if name in given_names() else TEAM_TOWN_POPULATION)


def is_small_place_abroad(place: gazetteer.Place) -> bool:
    """A region, or a town of under `GIVEN_NAME_TOWN_POPULATION` inhabitants, outside the home countries: a
    reading of a name that a person or a brand of the document beats (rules 11 and 15)."""
    return ((place.kind == "region" or (place.kind == "city" and place.population < GIVEN_NAME_TOWN_POPULATION))
            and place.country_code not in gazetteer.HOME_COUNTRIES)


NOUN_PER_SHARE = 0.1  # rule 7: a compound's tail in a cluster whose training tokens are PER less often is a noun
MIN_CLUSTER_TOKENS = 50
PERSON_SHARE = 0.3  # rule 5: a team's nickname lies in no cluster whose training tokens are PER this often
PLACE_SHARE = 0.05  # rule 16: under this share of a cluster's capitalized words are places the gazetteer knows
PLACE_CLUSTER_SHARE = 0.5  # rule 12: a cluster of place names, by its known places and its LOC tokens
TRAINING_LOC_SHARE = 0.15  # and under this share of its tokens in the NER training data are LOC (not "Rhein")


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


def is_genitive_of_region_before_role(token: Token, after: Token) -> bool:
    """ "Tirols Landeshauptmann", "Burgenlands FPÖ-Chef": a country or region in the genitive before a role."""
    return token.text.endswith("s") and is_region_or_country(token.text) and is_role(after.text)


def after_place_preposition(token: Token) -> bool:
    """ "auf Samos", "in der Ägäis": a preposition of place, maybe with an article, before the word."""
    before = [t.lower_ for t in token.doc[max(token.i - 2, 0) : token.i]]
    if before and before[-1] in ARTICLES:
        before = before[:-1]
    return bool(before) and before[-1] in PLACE_PREPOSITIONS


def country_codes_in_brackets(doc: Doc, words: list[str], ents: list[Span]) -> tuple[set[int], list[Span]]:
    """Rule 17: a country's ISO code in brackets is a nationality, no mention of any kind, whatever NER made of it:
    an athlete's or a club's in a results table ("Hirscher (AUT)", "Granlund (FIN)", whose athlete NER may have
    missed, "TPS Turku (FIN)") or a film's ("(USA 2012)", "(Ondine, USA/IRL 2009, Neil Jordan)") is no place the text
    talks of, as a nationality adjective is none (the annotation guidelines). Only "USA", the country's common name,
    after a place or nothing and before no year is the country ("Boston (USA)", "in mehreren Ländern (USA,
    Kanada)"). A code the document writes outside brackets too is left to NER ("Landeskriminalamt (LKA)" … "das
    LKA"), and so is one that abbreviates the name before it ("Kunsthistorischen Museums (KHM)"). Reads the words
    (`token_texts`), not a `Token` per word. Returns the nationalities' token indices and the places."""
    codes = gazetteer.country_codes()
    outside = {word for before, word in pairwise(words) if word in codes and before not in ("(", "/", ",")}
    ending_at = {ent.end: ent for ent in ents}
    nationalities, places = set(), []
    for opening, group, year in code_groups(doc, words, codes):
        named = ending_at.get(opening)
        if any(words[i] in outside for i in group) or (named is not None and expands(words[group[0]], named.text)):
            continue
        if year or (named is not None and named.label_ == "PER") or any(words[i] != "USA" for i in group):
            nationalities.update(group)
        else:
            places += [Span(doc, i, i + 1, label="LOC") for i in group]
    return nationalities, places


def code_groups(doc: Doc, words: list[str], codes: frozenset[str]) -> list[tuple[int, list[int], bool]]:
    """Country codes in brackets, alone or joined by slashes ("(USA/IRL 2015)"), closed by a bracket or a comma or
    followed by a year, and after a comma only before a year: the index of the opening bracket or comma, the codes'
    indices and whether a year follows."""
    found = []
    i = 1
    while i < len(words) - 1:
        if words[i] not in codes or words[i - 1] not in ("(", ","):
            i += 1
            continue
        group = [i]
        while group[-1] + 2 < len(words) and words[group[-1] + 1] == "/" and words[group[-1] + 2] in codes:
            group.append(group[-1] + 2)
        end = group[-1] + 1
        year = end < len(words) and doc[end].like_num
        if year or (words[i - 1] == "(" and end < len(words) and words[end] in (")", ",")):
            found.append((i - 1, group, year))
        i = end
    return found


def parties_named_by_members(doc: Doc, words: list[str], ents: list[Span]) -> list[Span]:
    """Rule 19: a party named by its members after a definite article is an organization, as the annotation counts
    it: "die Republikaner", "den Demokraten", "Kandidat der Republikaner"; not one member ("Der Republikaner warf
    …", a "der" that follows no noun). So are the Greens, a nominalized adjective, there too ("die Grünen kritisieren")
    and beside another party or alone in brackets ("ÖVP, SPÖ und Grüne", "Auch Grüne und Neos", "Johannes Rauch
    (Grüne)"); not before a name or noun ("der Grüne Peter Pilz", "Grüne Infrastruktur"), nor inside an organization
    NER found ("Parlamentsklub der Grünen")."""
    taken = covering_entities(ents)
    found = []
    for i in range(1, len(words)):
        after = words[i + 1] if i + 1 < len(words) else ""
        greens = words[i] in GREENS and not after[:1].isupper() and i not in taken  # "Parlamentsklub der Grünen"
        if not (words[i] in PARTY_MEMBERS or greens):
            continue
        after_article = words[i - 1].lower() in ("die", "den", "der") and not (
            words[i - 1].lower() == "der" and not (i > 1 and doc[i - 2].pos_ in ("NOUN", "PROPN")))
        if after_article or (greens and (beside_party(words, i) or (words[i - 1], after) == ("(", ")"))):
            found.append(Span(doc, i, i + 1, label="ORG"))
    return found


def beside_party(words: list[str], i: int) -> bool:
    """A party's acronym next in a list: "SPÖ und Grüne", "Grüne, Neos"."""
    return ((i >= 2 and words[i - 1] in LIST_JOINERS and words[i - 2] in PARTY_ACRONYMS)
            or (i + 2 < len(words) and words[i + 1] in LIST_JOINERS and words[i + 2] in PARTY_ACRONYMS))


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


def places_named_as_people(ents: list[Span]) -> list[Span]:
    """Rule 8: a place of two or three words the gazetteer does not know is a person when it is the surname of
    several words, genitive included, of a person named in full in the document ("Le Pen", "Le Pens" after
    "Marine Le Pen")."""
    from pipeline.link.places import lookup

    tails = {" ".join(token.text for token in ent[i:])
             for ent in ents if ent.label_ == "PER" for i in range(1, len(ent) - 1)}

    def person(ent: Span) -> bool:
        if ent.label_ != "LOC" or len(ent) not in (2, 3) or lookup(ent.text) is not None:
            return False
        return ent.text in tails or ent.text.removesuffix("s") in tails

    return [Span(ent.doc, ent.start, ent.end, label="PER") if person(ent) else ent for ent in ents]


def places_listed_with_people(ents: list[Span]) -> list[Span]:
    """Rule 8: a one-word place listed between two one-word persons or after two ("Che, Mao, Marx", "Hasenhüttl,
    Hinterseer, Özcan, Suttner") is a person when the gazetteer does not know it or knows it only as a town abroad
    of under `GIVEN_NAME_TOWN_POPULATION` inhabitants; not a place beside one person ("Napoleon und Waterloo",
    "Merkel, Idomeni und Lesbos"), a region or a country."""
    from pipeline.link.places import lookup

    ordered = sorted(ents, key=lambda ent: ent.start)

    def listed(i: int) -> bool:
        """The entities at `i` and `i + 1` are one word each, joined by a list word."""
        if i < 0 or i + 1 >= len(ordered):
            return False
        a, b = ordered[i], ordered[i + 1]
        return len(a) == len(b) == 1 and b.start - a.end == 1 and a.doc[a.end].lower_ in LIST_JOINERS

    def person(i: int) -> bool:
        return 0 <= i < len(ordered) and ordered[i].label_ == "PER"

    people = set()
    for j, ent in enumerate(ordered):
        if ent.label_ != "LOC" or len(ent) != 1:
            continue
        found = lookup(ent.text)
        if found and not (found[0].kind == "city" and is_small_place_abroad(found[0])):
            continue
        before, after, two_before = (person(j - 1) and listed(j - 1), person(j + 1) and listed(j),
                                     person(j - 2) and listed(j - 2))
        if before and (after or two_before):
            people.add(ent.start)
    return [Span(ent.doc, ent.start, ent.end, label="PER") if ent.start in people else ent for ent in ents]


def persons_named_as_organizations(ents: list[Span]) -> list[Span]:
    """Rule 13: a person of several words that the document names, word for word, as an organization elsewhere is
    that organization: "die Zeitungen La Dernière Heure und Het Laatste Nieuws" … "von dem sich Het Laatste Nieuws
    die Aufzeichnung besorgen konnte"; not one that begins with a given name, who may be the founder ("Der
    Modekonzern Giorgio Armani wächst. Giorgio Armani zeigte seine Kollektion."). So is a place of several words
    the gazetteer does not know as written: "trifft Benfica auf Zenit St. Petersburg" beside "Zenit St. Petersburg"
    as an organization; not one shaped like a village or street ("La Roque-sur-Pernes", "Alii Drive"), nor one
    after "in", "im" or "nahe" ("im Lower Ninth")."""
    from pipeline.link.places import lookup

    organizations = {ent.text for ent in ents if ent.label_ == "ORG" and len(ent) > 1}

    def organization(ent: Span) -> bool:
        if ent.text not in organizations:
            return False
        if ent.label_ == "PER":
            return ent[0].text not in given_names()
        return (ent.label_ == "LOC" and lookup(ent.text) is None and not PLACE_SHAPE.search(ent.text)
                and word_before(ent[0]) not in TOWN_PREPOSITIONS)

    return [Span(ent.doc, ent.start, ent.end, label="ORG") if organization(ent) else ent for ent in ents]


def clubs_before_towns(doc: Doc, ents: list[Span]) -> list[Span]:
    """Rule 5: a club's prefix NER left out before a place is the club's name with it: "des Drittligisten Energie"
    "Cottbus" → "Energie Cottbus", "Wacker" "Innsbruck"; so is a company so named ("Energie Steiermark")."""
    taken = covering_entities(ents)
    return [Span(doc, ent.start - 1, ent.end, label="ORG") for ent in ents
            if ent.label_ == "LOC" and ent.start > 0 and ent.start - 1 not in taken
            and CLUB_PREFIX.match(doc[ent.start - 1].text)]


def compass_places(doc: Doc, ents: list[Span], words: list[str]) -> list[Span]:
    """Rule 4: a direction in front of a country, region or continent, as one word the gazetteer lacks, is a place
    where no entity or one of that word alone covers it: "in der Ostukraine", "im Nordirak", "Südsteiermark"."""
    from pipeline.link.places import COMPASS, compass_part, lookup

    taken = covering_entities(ents)
    found = []
    for i, word in enumerate(words):
        cover = taken.get(i)
        if (COMPASS.match(word) and (cover is None or (cover.start, cover.end) == (i, i + 1))
                and lookup(word) is None and compass_part(word) is not None):
            found.append(Span(doc, i, i + 1, label="LOC"))
    return found


def dateline_places(doc: Doc, ents: list[Span], surnames: set[str]) -> list[Span]:
    """Rule 9: the places of a dateline that no entity covers yet, or that an organization or a person who is no
    one named in full in the document (`surnames`) covers exactly ("Stanford –" as ORG; not "Obama –" after
    "Barack Obama")."""
    taken = covering_entities(ents)

    def relabelled(span: Span) -> bool:
        cover = taken.get(span.start)
        return (cover is not None and cover.label_ != "LOC" and (cover.start, cover.end) == (span.start, span.end)
                and not is_surname(cover.text, surnames))

    found = []
    for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
        head = [token for token in sent[:DATELINE_TOKENS] if not token.is_space]
        dash = next((k for k, token in enumerate(head) if token.text in DASHES), None)
        if not dash:
            continue
        parts, start = [], 0
        for k, token in enumerate(head[: dash + 1]):
            if token.text == "/" or k == dash:
                parts.append(head[start:k])
                start = k + 1
        spans = [doc[part[0].i : part[-1].i + 1] for part in parts if part]
        if len(spans) == len(parts) and all(is_gazetteer_name(span) for span in spans):
            found += [Span(doc, span.start, span.end, label="LOC") for span in spans
                      if not any(i in taken for i in range(span.start, span.end)) or relabelled(span)]
    return found


@Language.factory("entity_fixes", assigns=["doc.ents"], default_config={"min_city_population": 50_000})
def make_entity_fixes(nlp: Language, name: str, min_city_population: int) -> EntityFixes:
    table = None
    if "table_lemmatizer" in nlp.pipe_names:
        table = nlp.get_pipe("table_lemmatizer").table
    given_names()  # built with the model (0.2 s), which a worker loads ahead of its first document
    return EntityFixes(min_city_population, table, known_word_test(nlp), word_cluster(nlp))
