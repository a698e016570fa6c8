"""Word lists and patterns that the rules of several modules read; those of one module stay in that module.
"""

from __future__ import annotations

import re

from pipeline.link.people import SURNAME_PARTICLES

# Function words and punctuation.
INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem",
                        "keiner", "keines"})
ARTICLES = INDEFINITE | {
    "der", "die", "das", "den", "dem", "des", "jeder", "jede", "jedes", "jeden", "jedem", "dieser", "diese", "dieses",
    "diesen", "diesem",
}
CONTRACTED_ARTICLES = frozenset({"im", "ins", "am", "zum", "zur", "vom", "beim"})
DETERMINER_TAGS = frozenset({"ART", "APPRART", "PPOSAT", "PDAT", "PIAT"})  # "das", "im", "sein", "dieses", "kein"
BARE_LOCATIVES = frozenset({"in", "nach", "aus", "bei", "nahe"})  # before a town's name: "in Marea"
LOCATIVES = BARE_LOCATIVES | {"im", "ins"}  # "in Althofen", "nahe Marchegg", "im Burgenland"
TOWN_PREPOSITIONS = frozenset({"in", "im", "nahe"})
LIST_MARKS = frozenset({",", "und", "(", ")", "/"})
LIST_JOINERS = frozenset({",", "und", "oder", "sowie"})
DASHES = {"–", "—", "-", "--"}  # "--": a dash typed as two hyphens ("FRANKFURT (Dow Jones)--Gewinne")

# Words of people's names.
NAME_LIKE = re.compile(r"[^\W\d_]{2,}")  # a name has two letters in a row; "’s" or "3." are not names
# Lower-case words inside a name: "Felipe Reis dos Santos", "Fernando Gomes da Silva", "Pi i Sunyer".
NAME_PARTICLES = SURNAME_PARTICLES | {"dos", "do", "das", "e", "y", "i"}
# Endings of German surnames that are common nouns as well: "Hofmann", "Filzmaier", "Sollbauer", "Borckenstein".
SURNAME_TAILS = ("mann", "maier", "mayer", "meier", "bauer", "stein", "huber", "hofer", "berger", "egger")
ROMAN_ORDINAL = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")  # "VI", "XVI", "XXIII"
# A day and its time, which NER takes for a name or runs a name on into: "Dienstagfrüh", "Katzian Mittwochfrüh".
TIME_OF_DAY = re.compile(r"^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
                         r"(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)s?$")

# Words of organizations' names.
ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}$")
# Kinds of companies that stand before a name, alone or as the head of a compound: "Telekommunikationskonzern
# Telia Sonera", "Musikdienst Spotify" (DESCRIPTOR), "des Billigfliegers Easyjet" (ORG_DESCRIPTOR).
COMPANY_WORDS = ("dienst", "dienstleister", "konzern", "unternehmen", "hersteller", "firma", "sender", "plattform",
                 "partei", "bank", "versicherer", "kette", "zeitung", "magazin", "agentur", "zulieferer")
ORG_DESCRIPTOR = re.compile(
    r"(?:" + "|".join(COMPANY_WORDS) + r"|lobbygruppe|flieger|riese|monopolist|versorger|händler|marktführer"
    r"|bieter|betreiber|verlag|label|fluglinie|airline|start-up|startup|modehaus|autobauer|portal"
    r"|(?<!staats)(?<!bundes)(?<!reichs)(?<!landes)(?<!schafts)kanzlei"  # a law firm, not a head of state's office
    r"|suchmaschine|website|webseite|netzwerk|geldhaus|geldhäuser|fachblatt|fachjournal|zeitschrift|diskonter"
    # a subsidiary, not a daughter ("Pfarrerstochter Merkel"): "Kraftwerkstochter Uniper", "Konzerntochter"
    r"|(?:konzern|kraftwerks|gebühren|bank|bahn|energie|strom|software|handels|medien|mobilfunk|versicherungs"
    r"|immobilien|finanz|technologie|logistik|online-|auto)tochter)"
    r"(?:e?s|en|n|e)?$"
)
# Heads of compounds naming a kind of company, unlike "Händler" or "Betreiber": the name after such a compound is a
# company's even when it is a person's ("Tourismuskonzern Thomas Cook", "Seitensprungportal Ashley Madison"); not
# after the bare word ("Chef des Konzerns Peter Löscher") or before a genitive ("Magna-Konzern Frank Stronachs").
CORPORATE_HEAD = re.compile(r"\w(?:konzern|unternehmen|firma|kette|bank|verlag|modehaus|portal|plattform|website"
                            r"|webseite|suchmaschine)(?:e?s|en|n)?$")
ORGANIZATION_HEAD = re.compile(
    r"(?:kommission|gruppe|konzern|werke|zeitung|sender|club|klub|fraktion|zentrale|agentur|airlines|gesellschaft"
    r"|stiftung|versicherung|fonds|bund|gewerkschaft|union|liga|team|verlag|sparkasse|börse|bahn|post|parlament|institut"
    r"|front|miliz|media|partners)$"
)
INSTITUTION = re.compile(
    r"(?:kammer|gericht|gerichtshof|rechnungshof|kommando|ministerium|amt|verband|verein|direktion|polizei|partei"
    r"|bank|kasse|holding|regierung|rat|senat|landtag|universität|hochschule|akademie|museum|theater|oper|stiftung"
    r"|anwaltschaft|prokuratur|bibliothek|inspektion|hauptmannschaft|feuerwehr|landesstudio"
    r"|universidad|università|université|university|universiteit|universitet"  # "Universidad de Talca"
    r"|(?:(?<=berg)|(?<=wasser)|(?<=berufs))rettung|(?<![a-zäöüß])uni)$"
)
# A designation without a name (the guidelines: "das Innenministerium", "die Regierung", "die Polizei", "eine NGO").
GENERIC_ORGANIZATION = re.compile(
    r"^(?:\w*ministerium|\w*ministeriums|regierung|polizei|behörde|behörden|staatsanwaltschaft|botschaft|kabinett"
    r"|parlament|marine|armee|küstenwache|luftwaffe|feuerwehr|bund|bundes|justiz|verwaltung|gemeinde|stadt|land"
    r"|landes|holding|konzern|firma|unternehmen|ngos?"
    r"|(?:landes|stadt|bundes|bezirks|regierungs|oppositions|schwester|koalitions|parlaments)partei)$",
    re.IGNORECASE,
)
COUNTRY_PREFIX = re.compile(r"^(?:US|EU|UN|UNO|USA)-")  # a country's or union's institution: "US-Notenbank"
# An organization named so is a competition, which the annotation guidelines count as no organization:
# "Champions League", "Australian Open", "PDC European Tour", "Davis-Cup" (the competitions' organizers are
# named otherwise: UEFA, PDC); not a league that is a body of its own ("National Hockey League").
COMPETITION = re.compile(
    r"^(?!National )(?:.*[\s-])?(?:League|Open|Tour|Cup|Championships?|Matchplay|Trophy|Masters|Grand Prix"
    r"|(?:Eastern|Western) Conference)$|^(?:WM|EM|Copa Am[eé]rica)$"
    r"|^(?:.*[\s-])?\w*(?:[Bb]undes|[Rr]egional|[Ll]andes|[Oo]ber|[Kk]reis|[Bb]ezirks|[Pp]rofi|[Ss]uper|[Ee]lite)liga$")
# the third line: sports leagues ("Deutsche Fußball-Bundesliga", "Basketball-Profiliga"); not "Arabische Liga",
# "Krebsliga", "Menschenrechtsliga"
# An organization named so in English is a trade fair or developers' conference, an event: "Tokyo Motor Show", "Mobile
# World Congress", "World Wide Developers Conference"; not a congress or conference that is a body ("World Jewish
# Congress", "Trades Union Congress", "African National Congress", "Organisation of Islamic Conference")
EVENT = re.compile(r"^(?:.*\s)?(?:Show|Expo|Developers? Conference|Mobile World Congress)$")

# Words of places' names.
# Words before a place that name its kind: "die Stadt Wien", "das Land Steiermark", "der Kanton Zürich"; not
# "Republik": "Republik Moldau" is the name.
# Exits, which name a town only by a name ("Ausfahrt Fürstenried"), not by a noun ("Ausfahrt Zentrum", "Flughafen").
EXIT_WORDS = frozenset({"Ausfahrt", "Abfahrt", "Anschlussstelle"})
PLACE_DESCRIPTORS = frozenset({"Stadt", "Land", "Gemeinde", "Marktgemeinde", "Bundesland", "Region", "Provinz",
                               "Kanton", "Bezirk", "Kreis", "Insel",
                               "Autobahn", "Bundesstraße"}) | EXIT_WORDS  # a road by its number: "Autobahn A95"
PLACE_TAIL = re.compile(
    r"(?:meer|see|berg|berge|tal|wald|land|gebirge|viertel|bach|fluss|insel|inseln|bucht|kanal|hafen|platz|straße"
    r"|gasse|allee|brücke|park|hof|hofen|dorf|stadt|burg|haus|kirchen|feld|heim|bad|markt|alm|spitze|graben|brunn"
    r"|bruck|eck|horn|au|ach|ing|ingen|balkan|amerika|afrika|asien|europa|franken|schwaben|sachsen|westfalen"
    r"|friesland|steg|stegs|ried)$"
)
SETTLEMENT = re.compile(r"(?:gemeinde|stadt|dorf|dorfes|ortschaft|metropole)$")  # "die Marktgemeinde Lustenau"
FACILITY = re.compile(  # a kind of building or facility that takes a place's name: "Grenzübergang Spielfeld"
    r"(?:zentrum|übergang|übergänge|werk|gericht|anstalt|lager|heim|kaserne|hafen|bahnhof|stadion|spital|klinikum"
    r"|gefängnis|schloss|kloster|stift|schule|universität|museum|theater|oper|krankenhaus|flugplatz|park|kz)(?:e?s)?$")
# Institutions that are buildings, and venues: places by the annotation guidelines ("Wiener Staatsoper"); not a museum,
# which the held-out annotations name an organization in 6 of 7 articles ("Kunsthistorisches Museum")
BUILDING = re.compile(r"(?:theaters?|oper|halle|arena|stadions?|funkhaus(?:es)?)$")

# Sports.
# First words of sports clubs named after their town ("Energie Cottbus", "Athletic Bilbao", "FC Chelsea").
CLUB_PREFIX = re.compile(
    r"^(?:FC|SV|SK|SC|AC|AS|FK|NK|HNK|KSV|TSV|TSG|VfB|VfL|SpVgg|RB|PSV|BSC|EHC|EC|HC|TPS|Real|Athletic|Atlético"
    r"|Sporting|Olympique|Dynamo|Dinamo|Lokomotive|Lokomotiv|Spartak|Zenit|Energie|Borussia|Eintracht|Fortuna"
    r"|Werder|Sturm|Admira|Wacker|Hapoel|Maccabi|Partizan|Legia|Slavia|Sparta|Viktoria|Bayern)$")
MATCH_SCORE = re.compile(r"(?<![\d:.,])\d{1,2}:\d{1,2}(?![\d:])(?!\s*Uhr)")  # "2:1", "ein 0:7-Debakel"; not "19:30 Uhr"
LINEUP_LABELS = frozenset({"Ersatz", "Fraglich", "Tore", "Es", "Gelbe", "Gelb-Rote", "Rote", "Karte", "Karten"})
