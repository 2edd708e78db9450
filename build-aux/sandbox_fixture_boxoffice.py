# SPDX-License-Identifier: GPL-3.0-or-later
"""The box office's part of the sandbox fixture: two events happening today
and tickets in every state a counter can meet.

gen-sandbox-fixture.py adds these after everything else, so that the rest of
the fixture stays byte for byte what it was.  Nothing here is random: the
uids, barcodes, people and orders are fixed, because tests, benchmarks and
the README name them (src/sandbox/tickets-sandbox.h defines the barcodes and
the events' uids as TICKETS_SANDBOX_CODE_* and TICKETS_SANDBOX_EVENT_TODAY*).
"""

from sandbox_fixture_data import D, EMPTY, ENTRANCES, H, t

EV_TODAY = "4a1b7c0e5d2f4e3a9b8c6d5e4f3a2b10"
EV_TODAY_LATE = "4a1b7c0e5d2f4e3a9b8c6d5e4f3a2b11"
OR_REISSUE_DEMO = "4a1b7c0e5d2f4e3a9b8c6d5e4f3a2e05"


def _uid(kind, n):
    return "4a1b7c0e5d2f4e3a9b8c6d5e4f3a2%s%02d" % (kind, n)


# Barcodes (EAN-13), as in tickets-sandbox.h.
CODES = dict(
    VALID="8714523690120", SCANNED="8714523690137", REISSUED="8714523690144", CANCELLED="8714523690151",
    VOIDED="8714523690168", EXPIRED="8714523690175", SUBSCRIPTION="8714523690182",
    NEEDS_NAME="8714523690199", UNNAMED_2="8714523690205", UNNAMED_3="8714523690212",
    REISSUE_DEMO="8714523690229", REISSUE_DEMO_2="8714523690236", REISSUE_DEMO_3="8714523690243",
    LATE_SHOW="8714523690250",
)

_LOCATION = dict(name="Maassilo", postal_code="3072 AN", city="Rotterdam", country="NL",
                 latitude=51.9005, longitude=4.4921)
_VENUE = t("Maassilo main hall", "Grote zaal Maassilo", "Großer Saal Maassilo", "Grande salle du Maassilo",
           "Sala principal del Maassilo", "Sala principal do Maassilo", "Maassilo büyük salon",
           "Duża sala Maassilo", "Большой зал Maassilo")

# Offsets in minutes from now, as in sandbox_fixture_data.EVENTS.  Names may
# be given until three hours from now, so a counter can name a ticket.
EVENTS = [
    dict(key="TODAY", uid=EV_TODAY, reference="36898", merchant="Havenlicht Producties B.V.",
         title=t("Harbour Lights Concert", "Havenlichten Concert", "Hafenlichter-Konzert",
                 "Concert des Lumières du port", "Concierto Luces del Puerto", "Concerto Luzes do Porto",
                 "Liman Işıkları Konseri", "Koncert Światła Portu", "Концерт «Огни гавани»"),
         subtitle=t("Tonight at the Maassilo", "Vanavond in de Maassilo", "Heute Abend im Maassilo",
                    "Ce soir au Maassilo", "Esta noche en el Maassilo", "Esta noite no Maassilo",
                    "Bu akşam Maassilo'da", "Dziś wieczorem w Maassilo", "Сегодня вечером в Maassilo"),
         sale=(-40 * D, 4 * H), start=-1 * H, end=4 * H, pers=(-30 * D, 3 * H), fulfillment=None,
         location=dict(_LOCATION), min_qty=1, venue=_VENUE),
    dict(key="TODAY_LATE", uid=EV_TODAY_LATE, reference="36899", merchant="Havenlicht Producties B.V.",
         title=t("Harbour Lights Late Show", "Havenlichten Late Show", "Hafenlichter Late Show",
                 "Lumières du port : séance de nuit", "Luces del Puerto: sesión nocturna",
                 "Luzes do Porto: sessão da noite", "Liman Işıkları Gece Gösterisi",
                 "Światła Portu: pokaz nocny", "«Огни гавани»: ночное шоу"),
         subtitle=t("After the concert", "Na het concert", "Nach dem Konzert", "Après le concert",
                    "Después del concierto", "Depois do concerto", "Konserden sonra", "Po koncercie",
                    "После концерта"),
         sale=(-40 * D, 6 * H), start=3 * H, end=6 * H, pers=(-30 * D, 3 * H), fulfillment=None,
         location=dict(_LOCATION), min_qty=1, venue=_VENUE),
]

PRODUCTS = [
    dict(uid=_uid("c", 1), key="TODAY:concert", event="TODAY", reference="1690", price=3950, fee=150,
         name=t("Concert ticket", "Concertkaart", "Konzertkarte", "Billet de concert", "Entrada de concierto",
                "Bilhete de concerto", "Konser bileti", "Bilet na koncert", "Билет на концерт"),
         subtitle=EMPTY(), info=EMPTY(), availability=40, total=1200, max=6, seated=True),
    dict(uid=_uid("c", 2), key="TODAY:members", event="TODAY", reference="1691", price=2500, fee=150,
         name=t("Friends of the Harbour ticket", "Vrienden van de Haven-kaart", "Hafenfreunde-Karte",
                "Billet Amis du port", "Entrada Amigos del Puerto", "Bilhete Amigos do Porto",
                "Liman Dostları bileti", "Bilet Przyjaciół Portu", "Билет «Друзья гавани»"),
         subtitle=EMPTY(),
         info=t("Only for members of the Friends of the Harbour.", "Alleen voor leden van de Vrienden van de Haven.",
                "Nur für Mitglieder der Hafenfreunde.", "Réservé aux membres des Amis du port.",
                "Solo para socios de Amigos del Puerto.", "Só para sócios dos Amigos do Porto.",
                "Yalnızca Liman Dostları üyeleri için.", "Tylko dla członków Przyjaciół Portu.",
                "Только для членов клуба «Друзья гавани»."),
         availability=15, total=200, max=2, seated=False, requires_membership=True),
    dict(uid=_uid("c", 3), key="TODAY_LATE:late", event="TODAY_LATE", reference="1692", price=1950, fee=150,
         name=t("Late show ticket", "Late show-kaart", "Late-Show-Karte", "Billet séance de nuit",
                "Entrada sesión nocturna", "Bilhete sessão da noite", "Gece gösterisi bileti",
                "Bilet na pokaz nocny", "Билет на ночное шоу"),
         subtitle=EMPTY(), info=EMPTY(), availability=60, total=400, max=6, seated=False),
]

SECTIONS = {"TODAY:concert": ["Floor", "Balcony"]}

# Buyers and holders, from the nine languages' countries.
# (first, last, date of birth, email, gender, phone, address, postal code, city, country, language)
PEOPLE = [
    ("Sanne", "de Vries", "1991-04-12", "sanne.devries@example.nl", 2, "+31 6 12345678",
     "Katendrechtse Lagedijk 20", "3072 AE", "Rotterdam", "NL", "nl"),
    ("Lukas", "Becker", "1986-09-03", "lukas.becker@example.de", 1, "+49 151 23456789",
     "Schanzenstraße 14", "20357", "Hamburg", "DE", "de"),
    ("Camille", "Laurent", "1994-02-27", "camille.laurent@example.fr", 2, "+33 6 12 34 56 78",
     "12 rue des Tanneurs", "59000", "Lille", "FR", "fr"),
    ("Lucía", "Fernández", "1989-11-08", "lucia.fernandez@example.es", 2, "+34 612 345 678",
     "Calle del Pez 7", "28004", "Madrid", "ES", "es"),
    ("João", "Silva", "1979-06-30", "joao.silva@example.pt", 1, "+351 912 345 678",
     "Rua das Flores 45", "4050-262", "Porto", "PT", "pt"),
    ("Elif", "Yılmaz", "1997-01-19", "elif.yilmaz@example.com.tr", 2, "+90 532 123 45 67",
     "Moda Caddesi 88", "34710", "İstanbul", "TR", "tr"),
    ("Katarzyna", "Nowak", "1983-08-14", "katarzyna.nowak@example.pl", 2, "+48 512 345 678",
     "ul. Floriańska 21", "31-019", "Kraków", "PL", "pl"),
    ("Dmitri", "Volkov", "1975-03-22", "dmitri.volkov@example.com", 1, "+31 6 87654321",
     "Westblaak 101", "3012 KH", "Rotterdam", "NL", "ru"),
    ("Noah", "Jansen", "2001-12-05", "noah.jansen@example.nl", 1, "+31 6 23456789",
     "Witte de Withstraat 33", "3012 BM", "Rotterdam", "NL", "nl"),
    ("Emma", "Clarke", "1992-07-16", "emma.clarke@example.co.uk", 2, "+44 7700 900412",
     "17 Harbour Street", "BS1 4RN", "Bristol", "GB", "en"),
    ("Mehmet", "Kaya", "1988-10-02", "mehmet.kaya@example.nl", 1, "+31 6 34567890",
     "Beijerlandselaan 140", "3074 EN", "Rotterdam", "NL", "tr"),
]
CONSUMER_UIDS = [_uid("d", n + 1) for n in range(len(PEOPLE))]
SANNE, LUKAS, CAMILLE, LUCIA, JOAO, ELIF, KATARZYNA, DMITRI, NOAH, EMMA, MEHMET = CONSUMER_UIDS

_ENTRANCE = ENTRANCES[1]


def _ticket(n, code, **kw):
    item = dict(uid=_uid("f", n), code=CODES[code], product="TODAY:concert", form="standard",
                subproduct=_ENTRANCE)
    item.update(kw)
    return item


# make_order() arguments: uid, reference, token, buyer, created (minutes), items, payment, status.
# Items take the generator's keys plus "until" (scannable_until, minutes)
# and "subscription" (has_valid_subscription).
ORDERS = [
    (_uid("e", 1), "HL-0001", "harbour-order-token-1", SANNE, -21 * D, [
        _ticket(1, "VALID", holder=SANNE, seat=("Floor", "C", "14")),
        _ticket(2, "SCANNED", holder=DMITRI, seat=("Floor", "C", "15"), scanned=True),
        _ticket(3, "EXPIRED", holder=MEHMET, seat=("Floor", "C", "16"), until=-10),
        _ticket(4, "NEEDS_NAME", seat=("Floor", "D", "1")),
        _ticket(5, "UNNAMED_2", seat=("Floor", "D", "2")),
        _ticket(6, "UNNAMED_3", seat=("Floor", "D", "3")),
    ], "ideal", "paid"),
    # The re-issued ticket's replacement went to someone else; the voided
    # one was taken back by the organiser.
    (_uid("e", 2), "HL-0002", "harbour-order-token-2", LUKAS, -18 * D, [
        _ticket(7, "REISSUED", holder=LUKAS, seat=("Floor", "E", "7"), status="reissued"),
        _ticket(8, "VOIDED", holder=LUCIA, seat=("Floor", "E", "8"), status="voided"),
    ], "card", "paid"),
    (_uid("e", 3), "HL-0003", "harbour-order-token-3", CAMILLE, -15 * D, [
        _ticket(9, "CANCELLED", holder=JOAO, seat=("Floor", "E", "9"), status="cancelled"),
    ], "paypal", "cancelled"),
    (_uid("e", 4), "HL-0004", "harbour-order-token-4", ELIF, -12 * D, [
        dict(uid=_uid("f", 10), code=CODES["SUBSCRIPTION"], product="TODAY:members", form="standard",
             holder=ELIF, subscription=False),
    ], "ideal", "paid"),
    (OR_REISSUE_DEMO, "HL-0005", "harbour-order-token-5", KATARZYNA, -9 * D, [
        _ticket(11, "REISSUE_DEMO", holder=KATARZYNA, seat=("Balcony", "A", "1")),
        _ticket(12, "REISSUE_DEMO_2", holder=CAMILLE, seat=("Balcony", "A", "2")),
        _ticket(13, "REISSUE_DEMO_3", holder=EMMA, seat=("Balcony", "A", "3")),
    ], "bancontact", "paid"),
    (_uid("e", 6), "HL-0006", "harbour-order-token-6", NOAH, -5 * D, [
        dict(uid=_uid("f", 14), code=CODES["LATE_SHOW"], product="TODAY_LATE:late", form="standard",
             holder=NOAH),
    ], "ideal", "paid"),
]
