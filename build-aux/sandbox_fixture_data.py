# SPDX-License-Identifier: GPL-3.0-or-later
"""The data of data/sandbox-fixture.json, for build-aux/gen-sandbox-fixture.py:
the named uids the tests rely on, the events and products, what consumers
are made of (names, streets, cities, postal codes and phone numbers per
country), the personalization forms, and the payment and shipping methods.

Data only; the generator turns it into the fixture.  The postal-code and
phone makers draw from rng, the fixture's one source of randomness, when
the generator calls them, so the output stays byte-identical on every run.
"""

import hashlib
import random

rng = random.Random(20261122)

LANGS = ["en", "nl", "de", "fr", "es", "pt", "tr", "pl", "ru"]
D = 24 * 60  # minutes per day
H = 60       # minutes per hour

# ---------------------------------------------------------------- named data

COGNITO_UID = "c1c35532-1e0e-455e-83c5-d0e52b3206fa"

EV_OPEN = "5b3e9744999d4d0ca56b4c5ca1f4dc49"
EV_FUTURE = "8e3df2124072459994bd9423257cc5ce"
EV_CLOSED = "6c30df8b025c4c9483fd44617634f108"
EV_NONE = "0c2019503cd666fb35c5a3dbd7bafe86"

PR_WEEKEND = "4a8f0a6caa874d80acff3834da9bc124"
PR_10K = "bb43b11d96284a83b595ab479eda6ffb"

CO_JOHN = "cba40d60019448278542c9f5ac1bf7ce"
CO_ANNA = "d0000000000000000000000000000b01"
CO_TOM = "d0000000000000000000000000000b02"
CO_LOTTE = "d0000000000000000000000000000b03"
CO_PIETER = "d0000000000000000000000000000b04"

OR_DEMO = "1a701ca300944a0da88212b5c18e74d2"
OR_FULL = "b54881be4b6d4479946081b8b66f7522"
OR_FUTURE = "4f6cc8bea3ac4cfeb6b41a09bfd80c74"
OR_CLOSED = "87a2195a3d4162fb35c5a3dbd7ba0011"
OR_NONE = "87a2195a3d4162fb35c5a3dbd7ba0012"
OR_MIXED = "87a2195a3d4162fb35c5a3dbd7ba0013"
OR_CANCELLED = "87a2195a3d4162fb35c5a3dbd7ba0014"

TK_DEMO_1 = "333cdbb9ce254c7e9fb4c10337481d04"
TK_DEMO_2 = "5959f610ba0f4b61b30750d5382f228c"
TK_DEMO_SEATED = "a2e37ee17474417a87259b02b674da9a"
TK_DEMO_ANNA = "d2f470d7fa574a39860451ef190f5698"
TK_FUTURE_MAIN = "4676fd8719c8439f88cb1561431aac5f"
TK_FUTURE_PARKING = "90842034646f49c99882eb99a13fa2e9"
TK_CLOSED_PERSONALIZED = "e4e5dfa7bdf04fafa720bbe4e788b2f0"

CODE_DEMO_1 = "8663092874786"
CODE_CLOSED_PERSONALIZED = "8278798513688"

PE_ANNA = "b8e908f8fedd46cda6c869fad7ed9362"
RQ_PENDING = "cbc0fde8aa804984b559feab6d8fc683"


def uid(name):
    """A deterministic 32-hex uid for a non-named object."""
    return hashlib.md5(("tickets-sandbox:" + name).encode("utf-8")).hexdigest()


RQ_COMPLETED = uid("request:completed")


def t(en="", nl="", de="", fr="", es="", pt="", tr="", pl="", ru=""):
    """An i18n object with all nine languages."""
    v = dict(en=en, nl=nl, de=de, fr=fr, es=es, pt=pt, tr=tr, pl=pl, ru=ru)
    return {k: v[k] for k in LANGS}


def same(text):
    return t(*([text] * len(LANGS)))


EMPTY = t


# ------------------------------------------------------------- shared texts

SEAT_LABEL = t("Seat", "Stoel", "Sitzplatz", "Siège", "Asiento", "Assento", "Koltuk", "Miejsce", "Место")
ROW_LABEL = t("Row", "Rij", "Reihe", "Rang", "Fila", "Fila", "Sıra", "Rząd", "Ряд")
SECTION_LABEL = t("Section", "Vak", "Block", "Section", "Sección", "Secção", "Bölüm", "Sektor", "Сектор")
SOLD_OUT = t("Sold out", "Uitverkocht", "Ausverkauft", "Complet", "Agotado", "Esgotado", "Tükendi",
             "Wyprzedane", "Распродано")
ENTRANCES = [
    t("Entrance A", "Ingang A", "Eingang A", "Entrée A", "Entrada A", "Entrada A", "Giriş A", "Wejście A", "Вход A"),
    t("Entrance B", "Ingang B", "Eingang B", "Entrée B", "Entrada B", "Entrada B", "Giriş B", "Wejście B", "Вход B"),
    t("North gate", "Noordpoort", "Nordtor", "Porte nord", "Puerta norte", "", "Kuzey kapısı", "", ""),
]

# ------------------------------------------------------------------- events

# Offsets in minutes from now.  "pers" is (start, end) or None.
EVENTS = [
    dict(key="OPEN", uid=EV_OPEN, reference="36890", merchant="Zomerklanken Events B.V.",
         title=t("Summer Sounds Festival", "Zomerklanken Festival", "Sommerklänge Festival",
                 "Festival Sons d'été", "Festival Sonidos de Verano", "", "Yaz Sesleri Festivali",
                 "Festiwal Letnich Dźwięków", "Фестиваль «Звуки лета»"),
         subtitle=t("Three days of music on the IJ", "Drie dagen muziek aan het IJ",
                    "Drei Tage Musik am IJ", "Trois jours de musique au bord de l'IJ", "", "",
                    "IJ kıyısında üç gün müzik", "Trzy dni muzyki nad IJ", ""),
         sale=(-60 * D, 44 * D), start=45 * D, end=47 * D + 14 * H, pers=(-10 * D, 30 * D),
         fulfillment=None,
         location=dict(name="NDSM-werf", postal_code="1033 WB", city="Amsterdam", country="NL",
                       latitude=52.4013, longitude=4.8913),
         min_qty=1,
         venue=t("Main Stage Grandstand", "Tribune Hoofdpodium", "Tribüne Hauptbühne",
                 "Tribune de la scène principale", "Tribuna del escenario principal", "",
                 "Ana sahne tribünü", "Trybuna sceny głównej", "Трибуна главной сцены")),
    dict(key="FUTURE", uid=EV_FUTURE, reference="36891", merchant="Paradiso Live",
         title=t("Seventies LIVE", "Seventies LIVE", "Siebziger LIVE", "Années 70 LIVE", "", "Anos 70 LIVE",
                 "", "", "Семидесятые LIVE"),
         subtitle=t("Doors open 20:00", "Deuren open 20:00", "Einlass 20:00", "Ouverture des portes 20h00",
                    "Apertura de puertas 20:00", "", "", "Otwarcie drzwi 20:00", ""),
         sale=(-10 * D, 89 * D), start=90 * D, end=90 * D + 4 * H, pers=(20 * D, 60 * D),
         fulfillment=None,
         location=dict(name="Paradiso - Kleine zaal", postal_code="1017 DK", city="Amsterdam", country="NL",
                       latitude=None, longitude=None),
         min_qty=1, venue=EMPTY()),
    dict(key="CLOSED", uid=EV_CLOSED, reference="36892", merchant="Stichting Havenloop",
         title=t("Rotterdam Harbour Run", "Rotterdamse Havenloop", "Rotterdamer Hafenlauf",
                 "Course du port de Rotterdam", "", "", "Rotterdam Liman Koşusu",
                 "Bieg Portowy w Rotterdamie", ""),
         subtitle=t("Over the Erasmus Bridge", "Over de Erasmusbrug", "Über die Erasmusbrücke", "", "", "",
                    "", "", ""),
         sale=(-90 * D, 2 * D), start=3 * D, end=3 * D + 6 * H, pers=(-60 * D, -2 * D),
         fulfillment=-1 * D,
         location=dict(name="Erasmusbrug", postal_code="3011 BN", city="Rotterdam", country="NL",
                       latitude=51.9094, longitude=4.4868),
         min_qty=1, venue=EMPTY()),
    dict(key="NONE", uid=EV_NONE, reference="36893", merchant="Ms. Christiana Lesch events",
         title=t("Jazz at the Canal", "Jazz aan de Gracht", "Jazz an der Gracht", "Jazz au bord du canal",
                 "Jazz junto al canal", "", "", "", ""),
         subtitle=t("An evening of jazz", "Een avond vol jazz", "Ein Jazzabend", "", "", "", "", "", ""),
         sale=(-30 * D, 14 * D), start=14 * D, end=14 * D + 5 * H, pers=None, fulfillment=None,
         location=dict(name="TivoliVredenburg", postal_code="3511 EP", city="Utrecht", country="NL",
                       latitude=52.0934, longitude=5.1115),
         min_qty=1, venue=EMPTY()),
    dict(key="G1", uid=uid("event:berlin"), reference="36894", merchant="Nachtwerk Berlin GmbH",
         title=t("Berlin Techno Night", "Berlijnse Technonacht", "Berliner Techno-Nacht", "", "", "", "",
                 "Berlińska Noc Techno", "Берлинская техно-ночь"),
         subtitle=EMPTY(),
         sale=(-120 * D, -21 * D), start=-20 * D, end=-20 * D + 10 * H, pers=(-80 * D, -21 * D),
         fulfillment=None,
         location=dict(name="Arena Berlin", postal_code="12435", city="Berlin", country="DE",
                       latitude=52.4968, longitude=13.4538),
         min_qty=1, venue=EMPTY()),
    dict(key="G2", uid=uid("event:lisbon"), reference="36895", merchant="Casa do Fado Lda.",
         title=t("Lisbon Fado Evening", "Fado-avond in Lissabon", "", "Soirée fado à Lisbonne",
                 "Noche de fado en Lisboa", "Noite de Fado em Lisboa", "", "", ""),
         subtitle=t("With dinner", "Met diner", "Mit Abendessen", "Avec dîner", "Con cena", "Com jantar",
                    "", "", ""),
         sale=(-5 * D, 119 * D), start=120 * D, end=120 * D + 3 * H, pers=None, fulfillment=100 * D,
         location=dict(name="Coliseu dos Recreios", postal_code="1150-321", city="Lisboa", country="PT",
                       latitude=38.7159, longitude=-9.1408),
         min_qty=1,
         venue=t("Coliseu dos Recreios", "Coliseu dos Recreios", "Coliseu dos Recreios",
                 "Coliseu dos Recreios", "Coliseu dos Recreios", "Coliseu dos Recreios", "", "", "")),
    dict(key="G3", uid=uid("event:istanbul"), reference="36896", merchant="Boğaziçi Organizasyon A.Ş.",
         title=t("Istanbul Jazz Days", "Istanbul Jazzdagen", "Istanbuler Jazztage", "", "",
                 "", "İstanbul Caz Günleri", "Dni Jazzu w Stambule", "Дни джаза в Стамбуле"),
         subtitle=t("Two stages by the Bosphorus", "", "", "", "", "", "Boğaz kıyısında iki sahne", "", ""),
         sale=(-15 * D, 59 * D), start=60 * D, end=62 * D + 2 * H, pers=(-5 * D, 50 * D),
         fulfillment=None,
         location=dict(name="Harbiye Cemil Topuzlu Açıkhava Tiyatrosu", postal_code="34367",
                       city="İstanbul", country="TR", latitude=41.0451, longitude=28.9894),
         min_qty=2, venue=EMPTY()),
    dict(key="G4", uid=uid("event:krakow"), reference="36897", merchant="Opera Krakowska",
         title=t("Kraków Summer Opera", "Zomeropera Krakau", "Krakauer Sommeroper", "Opéra d'été de Cracovie",
                 "", "", "", "Letnia Opera w Krakowie", "Летняя опера в Кракове"),
         subtitle=t("La Traviata", "La Traviata", "La Traviata", "La Traviata", "La Traviata", "La Traviata",
                    "La Traviata", "La Traviata", "Травиата"),
         sale=(-40 * D, 5 * D), start=5 * D + 19 * H, end=5 * D + 22 * H, pers=(-30 * D, 1 * D + 12 * H),
         fulfillment=None,
         location=dict(name="Opera Krakowska", postal_code="31-512", city="Kraków", country="PL",
                       latitude=50.0631, longitude=19.9539),
         min_qty=1,
         venue=t("Main auditorium", "Grote zaal", "Großer Saal", "Grande salle", "Sala principal", "",
                 "", "Duża scena", "Большой зал")),
]

# ----------------------------------------------------------------- products

PRODUCTS = [
    # OPEN
    dict(uid=PR_WEEKEND, key="OPEN:weekend", event="OPEN", reference="1669", price=8950, fee=250,
         name=t("Weekend ticket", "Weekendticket", "Wochenendticket", "Billet week-end",
                "Entrada de fin de semana", "", "Hafta sonu bileti", "Bilet weekendowy", "Билет на выходные"),
         subtitle=t("Friday to Sunday", "Vrijdag t/m zondag", "Freitag bis Sonntag", "Du vendredi au dimanche",
                    "De viernes a domingo", "", "", "", ""),
         info=t("Camping not included.", "Exclusief camping.", "Camping nicht inbegriffen.",
                "Camping non compris.", "", "", "", "", ""),
         availability=120, total=2000, max=8, seated=False),
    dict(uid=uid("product:open:day"), key="OPEN:day", event="OPEN", reference="1670", price=3950, fee=150,
         name=t("Day ticket", "Dagticket", "Tagesticket", "Billet journée", "Entrada de un día", "Bilhete diário",
                "Günlük bilet", "Bilet jednodniowy", ""),
         subtitle=EMPTY(), info=EMPTY(), availability=0, total=1500, max=10, seated=False),
    dict(uid=uid("product:open:grandstand"), key="OPEN:grandstand", event="OPEN", reference="1671",
         price=6400, fee=200,
         name=t("Grandstand seat", "Tribuneplaats", "Tribünenplatz", "Place en tribune", "Asiento en tribuna",
                "Lugar na bancada", "Tribün koltuğu", "Miejsce na trybunie", "Место на трибуне"),
         subtitle=t("Numbered seat", "Genummerde stoel", "Nummerierter Sitzplatz", "Place numérotée", "", "",
                    "", "", ""),
         info=EMPTY(), availability=35, total=400, max=6, seated=True),
    # FUTURE
    dict(uid=uid("product:future:standing"), key="FUTURE:standing", event="FUTURE", reference="1672",
         price=4200, fee=175,
         name=t("Standing ticket", "Staanplaats", "Stehplatz", "Place debout", "Entrada de pie", "", "",
                "Miejsce stojące", "Стоячее место"),
         subtitle=EMPTY(), info=EMPTY(), availability=300, total=550, max=6, seated=False),
    dict(uid=uid("product:future:parking"), key="FUTURE:parking", event="FUTURE", reference="1673",
         price=750, fee=50,
         name=t("Parking", "Parkeren", "Parken", "Parking", "Aparcamiento", "Estacionamento", "Otopark",
                "Parking", "Парковка"),
         subtitle=EMPTY(),
         info=t("Comes with a standing ticket.", "Hoort bij een staanplaats.", "Gehört zu einem Stehplatz.",
                "", "", "", "", "", ""),
         availability=80, total=100, max=1, seated=False, separately_saleable=False),
    # CLOSED
    dict(uid=PR_10K, key="CLOSED:10k", event="CLOSED", reference="1674", price=2500, fee=120,
         name=t("10 km run", "10 km loop", "10-km-Lauf", "Course de 10 km", "", "", "10 km koşu",
                "Bieg na 10 km", "Забег на 10 км"),
         subtitle=EMPTY(), info=EMPTY(), availability=12, total=3000, max=4, seated=False),
    dict(uid=uid("product:closed:half"), key="CLOSED:half", event="CLOSED", reference="1675", price=3900,
         fee=120,
         name=t("Half marathon", "Halve marathon", "Halbmarathon", "Semi-marathon", "Media maratón",
                "Meia maratona", "Yarı maraton", "Półmaraton", "Полумарафон"),
         subtitle=EMPTY(), info=EMPTY(), availability=40, total=2000, max=4, seated=False),
    # NONE
    dict(uid=uid("product:none:regular"), key="NONE:regular", event="NONE", reference="1676", price=2750,
         fee=100,
         name=t("Regular ticket", "Regulier ticket", "Standardticket", "Billet standard", "Entrada general",
                "Bilhete normal", "Normal bilet", "Bilet normalny", ""),
         subtitle=EMPTY(), info=EMPTY(), availability=150, total=900, max=10, seated=False),
    dict(uid=uid("product:none:vip"), key="NONE:vip", event="NONE", reference="1677", price=5500, fee=150,
         name=t("VIP ticket", "VIP-ticket", "VIP-Ticket", "Billet VIP", "Entrada VIP", "Bilhete VIP",
                "VIP bilet", "Bilet VIP", "VIP-билет"),
         subtitle=t("Including a drink", "Inclusief drankje", "Inklusive Getränk", "Boisson comprise", "", "",
                    "", "", ""),
         info=EMPTY(), availability=20, total=100, max=4, seated=False),
    # G1 Berlin (past)
    dict(uid=uid("product:berlin:early"), key="G1:early", event="G1", reference="1678", price=1900, fee=100,
         name=t("Early bird", "Early bird", "Frühbucher", "", "", "", "", "", ""),
         subtitle=EMPTY(), info=EMPTY(), availability=0, total=500, max=4, seated=False),
    dict(uid=uid("product:berlin:regular"), key="G1:regular", event="G1", reference="1679", price=2900,
         fee=100,
         name=t("Regular ticket", "Regulier ticket", "Normalpreis", "", "", "", "", "Bilet normalny", ""),
         subtitle=EMPTY(), info=EMPTY(), availability=0, total=2500, max=6, seated=False),
    # G2 Lisbon (no personalization, delayed fulfillment)
    dict(uid=uid("product:lisbon:stalls"), key="G2:stalls", event="G2", reference="1680", price=3500,
         fee=150,
         name=t("Stalls seat", "Zaalplaats", "Parkettplatz", "Place en parterre", "Butaca de platea",
                "Lugar na plateia", "", "", ""),
         subtitle=EMPTY(), info=EMPTY(), availability=210, total=400, max=6, seated=True),
    dict(uid=uid("product:lisbon:balcony"), key="G2:balcony", event="G2", reference="1681", price=2200,
         fee=100,
         name=t("Balcony standing", "Staanplaats balkon", "Stehplatz Balkon", "Balcon debout", "",
                "Balcão em pé", "", "", ""),
         subtitle=EMPTY(), info=EMPTY(), availability=90, total=150, max=6, seated=False),
    # G3 Istanbul
    dict(uid=uid("product:istanbul:pass"), key="G3:pass", event="G3", reference="1682", price=12000,
         fee=350,
         name=t("Festival pass", "Festivalpas", "Festivalpass", "Pass festival", "Abono del festival", "",
                "Festival kartı", "Karnet festiwalowy", "Абонемент"),
         subtitle=EMPTY(), info=EMPTY(), availability=400, total=1000, max=8, seated=False),
    dict(uid=uid("product:istanbul:day"), key="G3:day", event="G3", reference="1683", price=4500, fee=150,
         name=t("Day pass", "Dagpas", "Tagespass", "Pass journée", "", "", "Günlük kart", "", ""),
         subtitle=EMPTY(), info=EMPTY(), availability=500, total=1200, max=8, seated=False),
    # G4 Kraków
    dict(uid=uid("product:krakow:parterre"), key="G4:parterre", event="G4", reference="1684", price=7900,
         fee=200,
         name=t("Parterre seat", "Stoel parterre", "Parkettplatz", "Place au parterre", "", "", "",
                "Miejsce na parterze", "Место в партере"),
         subtitle=EMPTY(), info=EMPTY(), availability=18, total=600, max=6, seated=True),
    dict(uid=uid("product:krakow:balcony"), key="G4:balcony", event="G4", reference="1685", price=4900,
         fee=150,
         name=t("Balcony seat", "Balkonplaats", "Balkonplatz", "Place au balcon", "", "", "",
                "Miejsce na balkonie", "Место на балконе"),
         subtitle=EMPTY(), info=EMPTY(), availability=44, total=300, max=6, seated=True),
]
SECTIONS = {
    "OPEN:grandstand": ["Grandstand North", "Grandstand South"],
    "G2:stalls": ["Plateia"],
    "G4:parterre": ["Parter"],
    "G4:balcony": ["Balkon I", "Balkon II"],
}

# ---------------------------------------------------------------- consumers

# Each profile: language, male and female first names, last names (a string,
# or a (male, female) pair where the surname is gendered), streets, cities
# as (city, postal-code-maker, extra) and a phone maker.


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def nl_postal(lo, hi):
    return lambda: "%04d %s" % (rng.randint(lo, hi), "".join(rng.choice("ABCDEFGHJKLMNPRTVWXZ") for _ in range(2)))


def num_postal(lo, hi, width=5):
    return lambda: "%0*d" % (width, rng.randint(lo, hi))


def pl_postal(prefix):
    return lambda: "%s-%03d" % (prefix, rng.randint(1, 999))


def pt_postal(lo, hi):
    return lambda: "%04d-%03d" % (rng.randint(lo, hi), rng.randint(1, 999))


def br_postal(lo, hi):
    return lambda: "%05d-%03d" % (rng.randint(lo, hi), rng.randint(0, 999))


def gb_postal(outwards):
    return lambda: "%s %d%s" % (rng.choice(outwards), rng.randint(1, 9),
                                "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))


PROFILES = {
    "NL": dict(country="NL", lang="nl",
               male=["Tom", "Daan", "Sem", "Lucas", "Bram", "Jeroen", "Pieter", "Sander", "Joost", "Thijs"],
               female=["Anna", "Emma", "Sophie", "Lotte", "Julia", "Sanne", "Fleur", "Tessa", "Femke", "Lieke"],
               last=["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Jong",
                     "Mulder", "Bos", "van Dijk", "Jansen"],
               streets=["Keizersgracht", "Prinsengracht", "Dorpsstraat", "Kerkstraat", "Stationsweg",
                        "Julianalaan", "Molenweg"],
               addr="{street} {num}",
               cities=[("Amsterdam", nl_postal(1011, 1109)), ("Rotterdam", nl_postal(3011, 3089)),
                       ("Utrecht", nl_postal(3511, 3585)), ("Den Haag", nl_postal(2491, 2597)),
                       ("Eindhoven", nl_postal(5611, 5658)), ("Groningen", nl_postal(9711, 9747))],
               phone=lambda: "+31 6 " + digits(8), vat=lambda: "NL" + digits(9) + "B01",
               company=["{last} Evenementen B.V.", "{last} & Zonen"]),
    "BE-nl": dict(country="BE", lang="nl",
                  male=["Lars", "Wout", "Arne", "Jens", "Tom", "Pieter-Jan"],
                  female=["Lien", "Ine", "Eline", "Hanne", "Nele", "Lotte"],
                  last=["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens"],
                  streets=["Meir", "Kerkstraat", "Stationsstraat", "Veldstraat", "Kouter"],
                  addr="{street} {num}",
                  cities=[("Antwerpen", num_postal(2000, 2060, 4)), ("Gent", num_postal(9000, 9052, 4)),
                          ("Leuven", num_postal(3000, 3012, 4)), ("Brugge", num_postal(8000, 8310, 4))],
                  phone=lambda: "+32 4%s %s %s %s" % (digits(2), digits(2), digits(2), digits(2)),
                  vat=lambda: "BE0" + digits(9), company=["{last} BV"]),
    "BE-fr": dict(country="BE", lang="fr",
                  male=["Mathis", "Nathan", "Louis", "Antoine", "Maxime"],
                  female=["Chloé", "Manon", "Juliette", "Amélie", "Aurélie"],
                  last=["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent"],
                  streets=["Rue Neuve", "Avenue Louise", "Rue de la Station", "Rue du Marché"],
                  addr="{street} {num}",
                  cities=[("Bruxelles", num_postal(1000, 1210, 4)), ("Liège", num_postal(4000, 4032, 4)),
                          ("Namur", num_postal(5000, 5101, 4)), ("Charleroi", num_postal(6000, 6061, 4))],
                  phone=lambda: "+32 4%s %s %s %s" % (digits(2), digits(2), digits(2), digits(2)),
                  vat=lambda: "BE0" + digits(9), company=["{last} SRL"]),
    "DE": dict(country="DE", lang="de",
               male=["Tobias", "Jürgen", "Lukas", "Maximilian", "Jörg", "Felix", "Jonas", "Stefan"],
               female=["Sophie", "Marie", "Lena", "Jana", "Sabine", "Anke", "Katrin", "Ute"],
               last=["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Schäfer", "Hoffmann",
                     "Koch", "Wagner"],
               streets=["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Gartenstraße",
                        "Lindenallee"],
               addr="{street} {num}",
               cities=[("Berlin", num_postal(10115, 14199)), ("München", num_postal(80331, 81929)),
                       ("Hamburg", num_postal(20095, 22769)), ("Köln", num_postal(50667, 51149)),
                       ("Frankfurt am Main", num_postal(60306, 60599)), ("Leipzig", num_postal(4103, 4357))],
               phone=lambda: "+49 15%d %s" % (rng.choice([1, 2, 7]), digits(8)),
               vat=lambda: "DE" + digits(9), company=["{last} GmbH", "{last} Veranstaltungen KG"]),
    "FR": dict(country="FR", lang="fr",
               male=["Thomas", "Léo", "Hugo", "Théo", "Gabriel", "Lucas", "Nicolas", "Julien"],
               female=["Camille", "Chloé", "Léa", "Manon", "Inès", "Élodie", "Margaux", "Céline"],
               last=["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Lefèvre", "Girard", "Moreau",
                     "Laurent"],
               streets=["rue de la République", "avenue Victor Hugo", "boulevard Saint-Michel", "rue Pasteur",
                        "rue des Lilas"],
               addr="{num} {street}",
               cities=[("Paris", lambda: "750%02d" % rng.randint(1, 20)),
                       ("Lyon", lambda: "6900%d" % rng.randint(1, 9)),
                       ("Marseille", lambda: "130%02d" % rng.randint(1, 16)),
                       ("Toulouse", lambda: rng.choice(["31000", "31100", "31200", "31300", "31400", "31500"])),
                       ("Nantes", lambda: rng.choice(["44000", "44100", "44200", "44300"])),
                       ("Lille", lambda: rng.choice(["59000", "59160", "59260", "59800"]))],
               phone=lambda: "+33 6 %s %s %s %s" % (digits(2), digits(2), digits(2), digits(2)),
               vat=lambda: "FR" + digits(11), company=["{last} SARL", "Éditions {last}"]),
    "ES": dict(country="ES", lang="es",
               male=["Alejandro", "Javier", "Tomás", "Pablo", "Sergio", "Álvaro", "Diego"],
               female=["Lucía", "María", "Carmen", "Sofía", "Paula", "Marta", "Elena"],
               last=["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
                     "Gómez", "Ruiz"],
               streets=["Calle Mayor", "Gran Vía", "Calle de Alcalá", "Avenida de la Constitución",
                        "Calle Real"],
               addr="{street}, {num}",
               cities=[("Madrid", num_postal(28001, 28055)), ("Barcelona", num_postal(8001, 8042)),
                       ("Valencia", num_postal(46001, 46026)), ("Sevilla", num_postal(41001, 41020)),
                       ("Bilbao", num_postal(48001, 48015))],
               phone=lambda: "+34 6%s %s %s" % (digits(2), digits(3), digits(3)),
               vat=lambda: "ESB" + digits(8), company=["{last} S.L."]),
    "PT": dict(country="PT", lang="pt",
               male=["João", "Tomás", "Rodrigo", "Miguel", "Duarte", "Francisco", "Afonso"],
               female=["Beatriz", "Mariana", "Inês", "Leonor", "Matilde", "Carolina", "Margarida"],
               last=["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
                     "Sousa"],
               streets=["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo",
                        "Avenida da República"],
               addr="{street}, {num}",
               cities=[("Lisboa", pt_postal(1000, 1990)), ("Porto", pt_postal(4000, 4369)),
                       ("Braga", pt_postal(4700, 4719)), ("Coimbra", pt_postal(3000, 3049)),
                       ("Faro", pt_postal(8000, 8009))],
               phone=lambda: "+351 91%s %s %s" % (digits(1), digits(3), digits(3)),
               vat=lambda: "PT5" + digits(8), company=["{last} & Filhos, Lda."]),
    "TR": dict(country="TR", lang="tr",
               male=["Mehmet", "Mustafa", "Emre", "Burak", "Oğuz", "Ömer", "Can", "Tolga"],
               female=["Ayşe", "Fatma", "Zeynep", "Elif", "Gülşen", "Şule", "Büşra", "İrem"],
               last=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Doğan",
                     "Arslan"],
               streets=["Atatürk Caddesi", "İstiklal Caddesi", "Cumhuriyet Caddesi", "Bağdat Caddesi",
                        "Gazi Mustafa Kemal Bulvarı"],
               addr="{street} No: {num}",
               cities=[("İstanbul", num_postal(34000, 34990)), ("Ankara", num_postal(6000, 6990)),
                       ("İzmir", num_postal(35000, 35990)), ("Bursa", num_postal(16000, 16990)),
                       ("Antalya", num_postal(7000, 7990))],
               phone=lambda: "+90 5%s %s %s %s" % (digits(2), digits(3), digits(2), digits(2)),
               vat=lambda: "TR" + digits(10), company=["{last} Organizasyon Ltd. Şti."]),
    "PL": dict(country="PL", lang="pl",
               male=["Tomasz", "Piotr", "Krzysztof", "Łukasz", "Michał", "Paweł", "Jakub"],
               female=["Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Joanna", "Magdalena", "Ewa"],
               last=["Nowak", ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), "Wójcik",
                     ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
                     "Woźniak", ("Dąbrowski", "Dąbrowska")],
               streets=["Marszałkowska", "Piotrkowska", "Floriańska", "Długa", "Świętokrzyska",
                        "Grunwaldzka"],
               addr="ul. {street} {num}",
               cities=[("Warszawa", pl_postal("00")), ("Kraków", pl_postal("31")), ("Łódź", pl_postal("90")),
                       ("Wrocław", pl_postal("50")), ("Poznań", pl_postal("61")), ("Gdańsk", pl_postal("80"))],
               phone=lambda: "+48 5%s %s %s" % (digits(2), digits(3), digits(3)),
               vat=lambda: "PL" + digits(10), company=["{last} sp. z o.o."]),
    "RU": dict(country="RU", lang="ru",
               male=["Александр", "Дмитрий", "Сергей", "Михаил", "Иван", "Тимур"],
               female=["Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна"],
               last=[("Иванов", "Иванова"), ("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"),
                     ("Попов", "Попова"), ("Соколов", "Соколова"), ("Лебедев", "Лебедева"),
                     ("Волков", "Волкова"), ("Новиков", "Новикова")],
               streets=["Тверская", "Ленина", "Пушкина", "Гагарина", "Садовая", "Мира"],
               addr="ул. {street}, д. {num}",
               cities=[("Москва", num_postal(101000, 129999, 6)), ("Санкт-Петербург", num_postal(190000, 199999, 6)),
                       ("Казань", num_postal(420000, 420140, 6)), ("Новосибирск", num_postal(630000, 630132, 6)),
                       ("Екатеринбург", num_postal(620000, 620144, 6))],
               phone=lambda: "+7 9%s %s-%s-%s" % (digits(2), digits(3), digits(2), digits(2)),
               vat=lambda: "RU" + digits(10), company=["ООО «{last}»"]),
    "US": dict(country="US", lang="en",
               male=["John", "Tom", "Michael", "James", "David", "Robert", "Christopher", "Daniel"],
               female=["Emily", "Jessica", "Sarah", "Ashley", "Megan", "Jennifer", "Lauren"],
               last=["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
                     "Taylor"],
               streets=["Maple Street", "Oak Avenue", "Main Street", "Washington Boulevard", "Sunset Drive",
                        "Elm Street", "Park Avenue"],
               addr="{num} {street}",
               cities=[("New York", num_postal(10001, 10282), "US-NY", "212"),
                       ("Los Angeles", num_postal(90001, 90089), "US-CA", "213"),
                       ("Chicago", num_postal(60601, 60661), "US-IL", "312"),
                       ("Austin", num_postal(78701, 78759), "US-TX", "512"),
                       ("Salt Lake City", num_postal(84101, 84124), "US-UT", "801"),
                       ("Seattle", num_postal(98101, 98199), "US-WA", "206"),
                       ("Boston", num_postal(2108, 2137), "US-MA", "617"),
                       ("Denver", num_postal(80202, 80239), "US-CO", "303")],
               phone=None, vat=lambda: "", company=["{last} Productions LLC", "{last} & Co."]),
    "BR": dict(country="BR", lang="pt",
               male=["Gabriel", "Lucas", "Matheus", "Thiago", "Rafael", "Guilherme", "Felipe"],
               female=["Ana", "Juliana", "Fernanda", "Camila", "Larissa", "Beatriz", "Letícia"],
               last=["Silva", "Souza", "Oliveira", "Santos", "Lima", "Pereira", "Carvalho", "Almeida", "Ribeiro",
                     "Gomes"],
               streets=["Avenida Paulista", "Rua Augusta", "Avenida Atlântica", "Rua das Flores",
                        "Avenida Brasil", "Rua XV de Novembro"],
               addr="{street}, {num}",
               cities=[("São Paulo", br_postal(1000, 5999), "BR-SP", "11"),
                       ("Rio de Janeiro", br_postal(20000, 23799), "BR-RJ", "21"),
                       ("Belo Horizonte", br_postal(30000, 31999), "BR-MG", "31"),
                       ("Salvador", br_postal(40000, 42599), "BR-BA", "71"),
                       ("Curitiba", br_postal(80000, 82999), "BR-PR", "41"),
                       ("Porto Alegre", br_postal(90000, 91999), "BR-RS", "51")],
               phone=None, vat=lambda: digits(2) + "." + digits(3) + "." + digits(3) + "/0001-" + digits(2),
               company=["{last} Eventos Ltda."]),
    "GB": dict(country="GB", lang="en",
               male=["Oliver", "Harry", "George", "Tom", "Jack", "William", "James"],
               female=["Olivia", "Amelia", "Isla", "Emily", "Charlotte", "Sophie", "Grace"],
               last=["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts",
                     "Walker"],
               streets=["High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Mill Lane"],
               addr="{num} {street}",
               cities=[("London", gb_postal(["SW1A", "EC1A", "N1", "SE1", "W1D", "E2"])),
                       ("Manchester", gb_postal(["M1", "M4", "M14"])),
                       ("Birmingham", gb_postal(["B1", "B5", "B15"])), ("Leeds", gb_postal(["LS1", "LS6"])),
                       ("Bristol", gb_postal(["BS1", "BS8"])), ("Edinburgh", gb_postal(["EH1", "EH3"]))],
               phone=lambda: "+44 7700 900" + digits(3), vat=lambda: "GB" + digits(9),
               company=["{last} Ltd", "{last} Events plc"]),
}
# How many generated consumers per profile.
PROFILE_COUNTS = [("NL", 40), ("BE-nl", 12), ("BE-fr", 8), ("DE", 25), ("FR", 20), ("ES", 18), ("PT", 15),
                  ("TR", 15), ("PL", 15), ("RU", 15), ("US", 20), ("BR", 15), ("GB", 20)]

CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
SPECIAL = {"ł": "l", "ı": "i", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe"}

# ---------------------------------------------- forms, payment and shipping

FORM_DEMO = {
    "first_name": {"required": True}, "last_name": {"required": True}, "date_of_birth": {"required": True},
    "gender": {"required": True}, "email": {"required": True, "unique_per_product": True},
}
FORM_STANDARD = {
    "first_name": {"required": True}, "last_name": {"required": True}, "date_of_birth": {"required": True},
    "gender": {"required": True}, "email": {"required": True, "unique_per_product": False},
}
FORM_FULL = {
    "first_name": {"required": True}, "last_name": {"required": True}, "date_of_birth": {"required": True},
    "gender": {"required": True}, "email": {"required": True, "unique_per_product": False},
    "phone_number": {"required": True}, "address": {"required": True}, "postal_code": {"required": True},
    "city": {"required": True}, "country": {"required": True}, "state": {"required": False},
}
FORM_MINIMAL = {"first_name": {"required": True}, "last_name": {"required": True}}
FORMS = {"demo": FORM_DEMO, "standard": FORM_STANDARD, "full": FORM_FULL, "minimal": FORM_MINIMAL}

PAYMENT_METHODS = {
    "ideal": dict(uid=uid("payment:ideal"), name=same("iDEAL"),
                  image="https://static.example.org/payment-methods/ideal.svg", costs=29),
    "card": dict(uid=uid("payment:creditcard"),
                 name=t("Credit card", "Creditcard", "Kreditkarte", "Carte de crédit", "Tarjeta de crédito",
                        "Cartão de crédito", "Kredi kartı", "Karta kredytowa", "Банковская карта"),
                 image="https://static.example.org/payment-methods/creditcard.svg", costs=195),
    "paypal": dict(uid=uid("payment:paypal"), name=same("PayPal"),
                   image="https://static.example.org/payment-methods/paypal.svg", costs=99),
    "bancontact": dict(uid=uid("payment:bancontact"), name=same("Bancontact"),
                       image="https://static.example.org/payment-methods/bancontact.svg", costs=25),
}
SHIPPING_METHODS = {
    "none": None,
    "eticket": dict(uid=uid("shipping:eticket"),
                    name=t("E-ticket", "E-ticket", "E-Ticket", "E-billet", "Entrada electrónica",
                           "Bilhete eletrónico", "E-bilet", "E-bilet", "Электронный билет"),
                    image="https://static.example.org/shipping-methods/eticket.svg", costs=0),
    "post": dict(uid=uid("shipping:post"),
                 name=t("Postal delivery", "Per post", "Postversand", "Envoi postal", "Envío postal", "",
                        "Posta ile gönderim", "Wysyłka pocztą", "Доставка почтой"),
                 image="https://static.example.org/shipping-methods/post.svg", costs=495),
}
