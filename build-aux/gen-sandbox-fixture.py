#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate data/sandbox-fixture.json, the data of the local sandbox server.

Run:  /usr/bin/python3 build-aux/gen-sandbox-fixture.py [OUTPUT]
(OUTPUT defaults to data/sandbox-fixture.json next to this script's parent
directory).  Standard library only; the output is byte-identical on every run
(all randomness comes from random.Random(20261122), generated uids are md5
hashes of names).  The script checks its own output before writing it and
fails with an AssertionError when a rule below is broken.

Fixture format
==============

The file is one JSON object (UTF-8, indent 1) with these arrays, in order:

  accounts, bearer_tokens, cognito_users, events, products, consumers,
  orders, tickets, personalizations, personalization_requests

Conventions
-----------
* uid: 32 lowercase hex characters, unique over the whole file.  Only the
  Cognito user's uid is a UUID ("c1c35532-1e0e-455e-83c5-d0e52b3206fa").
* Datetime: either absolute "YYYY-MM-DDThh:mm:ssZ", or relative to the moment
  the server loads the fixture: "now", or "now" followed by one or more
  signed offsets with units d, h, m ("now-10d", "now+30d", "now+2d12h",
  "now-90m").  The generator only writes a compound offset ("now+2d12h")
  after a "+"; negative offsets always use a single unit ("now-450h"), so
  both readings of the sign are the same.  Dates of birth are "YYYY-MM-DD".
* I18n text: an object with exactly the nine keys
  "en","nl","de","fr","es","pt","tr","pl","ru"; "" where there is no value.
* Amount: {"amount": "10.30", "currency": "EUR"} (amount is a string with two
  decimals).
* Keys marked (sandbox) are not part of the public Shopping API; the server
  uses them internally and does not show them as such.

accounts          [{username, password, role}]  Basic-auth staff accounts, one
                  per documented role: default, spa-sales, sales, merchant.
bearer_tokens     [{token}]
cognito_users     [{uid, token, email}]  token is the Cognito-Token header.
events            [{uid, reference, merchant_name, title (i18n), subtitle
                  (i18n), sale_start, sale_end, event_start, event_end,
                  personalization_start, personalization_end (both null when
                  the event needs no personalization), fulfillment_starts_at
                  (null or datetime), location {name, postal_code, city,
                  country, latitude, longitude (numbers or null)},
                  min_quantity_per_order}]
products          [{uid, event (sandbox: uid of its event), reference, name,
                  subtitle, additional_information, sold_out_text (i18n),
                  price (amount), availability, total_availability, combo
                  (null), min_per_order, max_per_order, parents (null),
                  sale_start, sale_end, separately_saleable, types ([]),
                  viewing_order, requires_membership, provides_membership}]
consumers         [{uid, reference, first_name, last_name, date_of_birth,
                  email (unique), gender (0 unknown, 1 male, 2 female,
                  9 other), phone_number, address, postal_code, city,
                  country (ISO 3166-1 alpha-2), state (ISO 3166-2 such as
                  "US-UT" for US and BR, else ""), language (one of the nine),
                  company_name, vat_number, external_reference (null or
                  string), realm (null), cognito_user (sandbox: null or the
                  uid of the Cognito user who created this consumer)}]
orders            [{uid, reference, external_reference, redirect_url,
                  created_date, status ("paid" or "cancelled"), token
                  (sandbox: the Order-Token), cognito_user (sandbox: uid of
                  the Cognito user who created the order, or null), consumer
                  (buyer's consumer uid), payment_method {uid, name (i18n),
                  image, costs}, shipping_method ({} or {uid, name, image,
                  costs}), product_total, service_costs, grand_total,
                  external_purchases ([])}]
                  product_total = sum of its tickets' price;
                  service_costs = sum of its tickets' service_fee_paid;
                  grand_total = product_total + service_costs
                                + payment_method.costs + shipping_method.costs.
tickets           [{uid, order, product, event (uids), code (13-digit EAN-13,
                  unique), status ("valid" or "invalid"), is_scanned,
                  has_valid_subscription, seating {seat, row, section,
                  seat_label, row_label, section_label, venue (i18n)},
                  subproduct (i18n), price, service_fee_paid (amounts),
                  personalization_form (null for events without
                  personalization, else {field: {"required": bool}}, where
                  "email" also has "unique_per_product"), consumer (holder's
                  consumer uid, null when not personalized), parent (ticket
                  uid of the combo parent in the same order, or null),
                  eticket (download token or null), scannable_until,
                  fulfillment_starts_at}]
                  Unseated tickets have "" seat/row/section and all-empty
                  i18n labels.  eticket is set only when the ticket is valid,
                  fulfillment has started and every ticket of its event in
                  the order is personalized (or the event needs none).
personalizations  [{uid, created_at, order, tickets ([uids]), consumer,
                  personalization_request (null, or the uid of the request
                  the tickets were personalized through)}]
                  One record per set of tickets personalized in one go; its
                  tickets carry that consumer.
personalization_requests
                  [{uid, token (the Personalization-Request-Token), email,
                  state ("pending", "completed" or "cancelled"), created_at,
                  order, tickets ([uids of that order])}]

Named data (tests rely on these)
--------------------------------
Events: OPEN 5b3e9744999d4d0ca56b4c5ca1f4dc49 (personalization now-10d ..
now+30d), FUTURE 8e3df2124072459994bd9423257cc5ce (not yet open),
CLOSED 6c30df8b025c4c9483fd44617634f108 (closed), NONE
0c2019503cd666fb35c5a3dbd7bafe86 (no personalization).
Orders and their Order-Tokens: DEMO-0001 demo-order-token, DEMO-0002
full-order-token, DEMO-0003 future-order-token, DEMO-0004 closed-order-token,
DEMO-0005 none-order-token, DEMO-0006 mixed-order-token, DEMO-0007
cancelled-order-token, DEMO-0008..DEMO-0015 order-token-1..order-token-8.
See NAMED_* constants below for every fixed uid.
"""

import datetime
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

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


def amount(cents, currency="EUR"):
    return {"amount": "%d.%02d" % (cents // 100, cents % 100), "currency": currency}


def cents(a):
    whole, frac = a["amount"].split(".")
    return int(whole) * 100 + int(frac)


def rel(minutes):
    """Relative datetime expression for an offset from now in minutes."""
    if minutes == 0:
        return "now"
    if minutes > 0:
        d, rest = divmod(minutes, D)
        h, m = divmod(rest, H)
        return "now+" + (f"{d}d" if d else "") + (f"{h}h" if h else "") + (f"{m}m" if m else "")
    a = -minutes
    if a % D == 0:
        return f"now-{a // D}d"
    if a % H == 0:
        return f"now-{a // H}h"
    return f"now-{a}m"


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
EVENT_BY_KEY = {e["key"]: e for e in EVENTS}
EVENT_BY_UID = {e["uid"]: e for e in EVENTS}

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
PRODUCT_BY_KEY = {p["key"]: p for p in PRODUCTS}
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


def ascii_fold(text):
    out = []
    for ch in text.lower():
        if ch in CYRILLIC:
            out.append(CYRILLIC[ch])
        elif ch in SPECIAL:
            out.append(SPECIAL[ch])
        else:
            out.append(ch)
    text = unicodedata.normalize("NFKD", "".join(out))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)))


consumers = []
consumer_by_uid = {}
emails = set()


def make_email(first, last, domain=None):
    base = ascii_fold(first) + "." + ascii_fold(last)
    domain = domain or rng.choice(["example.com", "example.org", "example.net"])
    email = f"{base}@{domain}"
    n = 2
    while email in emails:
        email = f"{base}{n}@{domain}"
        n += 1
    return email


def random_dob():
    start = datetime.date(1950, 1, 1)
    span = (datetime.date(2008, 12, 31) - start).days
    return (start + datetime.timedelta(days=rng.randrange(span + 1))).isoformat()


def add_consumer(profile_key, first=None, last=None, gender=None, uid_=None, email=None, dob=None,
                 city=None, cognito_user=None, company=None, external_reference=None, language=None,
                 address=None, postal_code=None, state=None, phone=None):
    p = PROFILES[profile_key]
    if gender is None:
        r = rng.random()
        gender = 1 if r < 0.47 else 2 if r < 0.94 else 0 if r < 0.97 else 9
    female = gender == 2 or (gender in (0, 9) and rng.random() < 0.5)
    if first is None:
        first = rng.choice(p["female"] if female else p["male"])
    if last is None:
        last = rng.choice(p["last"])
    if isinstance(last, tuple):
        last = last[1] if female else last[0]
    entry = rng.choice([c for c in p["cities"] if city is None or c[0] == city])
    city_name = entry[0]
    if postal_code is None:
        postal_code = entry[1]()
    if state is None:
        state = entry[2] if len(entry) > 2 else ""
    if phone is None:
        if p["phone"] is None:
            area = entry[3]
            phone = (f"+1 {area} 555-01{digits(2)}" if p["country"] == "US"
                     else f"+55 {area} 9{digits(4)}-{digits(4)}")
        else:
            phone = p["phone"]()
    if address is None:
        address = p["addr"].format(street=rng.choice(p["streets"]), num=rng.randint(1, 220))
    if company is None:
        company = rng.random() < 0.1
    company_name = rng.choice(p["company"]).format(last=last[:1].upper() + last[1:]) if company else ""
    vat_number = p["vat"]() if company else ""
    if external_reference is None:
        external_reference = "CRM-%05d" % rng.randint(1, 99999) if rng.random() < 0.15 else None
    elif external_reference is False:
        external_reference = None
    n = len(consumers) + 1
    c = {
        "uid": uid_ or uid(f"consumer:{n}"),
        "reference": "C%06d" % n,
        "first_name": first,
        "last_name": last,
        "date_of_birth": dob or random_dob(),
        "email": email or make_email(first, last),
        "gender": gender,
        "phone_number": phone,
        "address": address,
        "postal_code": postal_code,
        "city": city_name,
        "country": p["country"],
        "state": state,
        "language": language or p["lang"],
        "company_name": company_name,
        "vat_number": vat_number,
        "external_reference": external_reference,
        "realm": None,
        "cognito_user": cognito_user,
    }
    assert c["email"] not in emails, c["email"]
    emails.add(c["email"])
    consumers.append(c)
    consumer_by_uid[c["uid"]] = c
    return c


# Named consumers.
add_consumer("US", "John", "Smith", 1, CO_JOHN, "john.smith.last@example.com", "1990-01-01",
             city="Salt Lake City", company=False, external_reference=False, address="Some street 31",
             postal_code="84101", state="US-UT", phone="+1 801 555-0131")
add_consumer("NL", "Anna", "de Vries", 2, CO_ANNA, "anna.devries@example.org", "1992-04-17", city="Amsterdam",
             cognito_user=COGNITO_UID, company=False, external_reference=False, address="Keizersgracht 123",
             postal_code="1015 CJ", phone="+31 6 12345678")
add_consumer("NL", "Tom", "Jansen", 1, CO_TOM, "tom.jansen@example.org", "1988-09-02", city="Utrecht",
             cognito_user=COGNITO_UID, company=False, external_reference=False)
add_consumer("NL", "Lotte", "Jansen", 2, CO_LOTTE, "lotte.jansen@example.org", "1991-12-24", city="Utrecht",
             cognito_user=COGNITO_UID, company=False, external_reference=False)
add_consumer("NL", "Pieter", "Bakker", 1, CO_PIETER, "pieter.bakker@example.com", "1975-06-30",
             city="Rotterdam", company=True, external_reference="CRM-00042")
# Filter fodder: more Jansens and names starting with "Tom".
add_consumer("NL", "Sanne", "Jansen", 2, dob="1999-03-11")
add_consumer("NL", "Daan", "Jansen", 1, dob="2001-07-05")
add_consumer("NL", "Tom", "Jansen", 1, dob="1968-11-20", city="Groningen")
add_consumer("NL", "Femke", "Jansen", 2, dob="1983-02-14")
add_consumer("PL", "Tomasz", "Nowak", 1, dob="1979-05-21")
add_consumer("ES", "Tomás", "García", 1, dob="1994-10-08")
add_consumer("PT", "Tomás", "Ferreira", 1, dob="2003-01-30")
add_consumer("GB", "Tommy", "Brown", 1, dob="1986-08-09")
for key, count in PROFILE_COUNTS:
    for _ in range(count):
        add_consumer(key)

NAMED_CONSUMERS = {CO_JOHN, CO_ANNA, CO_TOM, CO_LOTTE, CO_PIETER}
pool = [c["uid"] for c in consumers if c["uid"] not in NAMED_CONSUMERS]

# -------------------------------------------------------- orders and tickets

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


def method(m):
    if m is None:
        return {}
    return {"uid": m["uid"], "name": m["name"], "image": m["image"], "costs": amount(m["costs"])}


codes = set()


def ean13(body12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def new_code():
    while True:
        code = ean13(str(rng.randint(1, 9)) + digits(11))
        if code not in codes and code not in (CODE_DEMO_1, CODE_CLOSED_PERSONALIZED):
            return code


TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def new_eticket_token():
    return "".join(rng.choice(TOKEN_ALPHABET) for _ in range(43))


seat_counters = {}


def next_seat(product_key, section=None, row=None, seat=None):
    sections = SECTIONS[product_key]
    if section is None:
        n = seat_counters.get(product_key, 0)
        seat_counters[product_key] = n + 1
        section = sections[n % len(sections)]
        row = "ABCDEFGHJK"[(n // len(sections)) // 20 % 10] if product_key != "OPEN:grandstand" else \
            "HJKLMNPQRS"[(n // len(sections)) // 20 % 10]
        seat = str((n // len(sections)) % 20 + 1)
    return section, row, seat


def seating(event, product_key, seat_spec=None):
    if not PRODUCT_BY_KEY[product_key]["seated"]:
        return {"seat": "", "row": "", "section": "", "seat_label": EMPTY(), "row_label": EMPTY(),
                "section_label": EMPTY(), "venue": EMPTY()}
    section, row, seat = next_seat(product_key, *(seat_spec or ()))
    return {"seat": seat, "row": row, "section": section, "seat_label": dict(SEAT_LABEL),
            "row_label": dict(ROW_LABEL), "section_label": dict(SECTION_LABEL), "venue": dict(event["venue"])}


orders = []
tickets = []
personalizations = []
requests = []
used_holder_event = set()   # (consumer, event) pairs: one ticket per person per event


def pick_holder(event_uid, prefer=None):
    if prefer and (prefer, event_uid) not in used_holder_event:
        return prefer
    while True:
        c = rng.choice(pool)
        if (c, event_uid) not in used_holder_event:
            return c


def pick_hour_between(lo, hi):
    """A whole-hour offset in [lo, hi] (minutes)."""
    lo_h, hi_h = -(-lo // H), hi // H
    assert lo_h <= hi_h, (lo, hi)
    return rng.randint(lo_h, hi_h) * H


def make_order(uid_, reference, token, buyer, created, items, payment, shipping="none", status="paid",
               cognito_user=None):
    """items: dicts with product (key), and optional uid, code, holder, seat, subproduct, parent (index),
    form, scanned, status, personalized_at, request."""
    order = {
        "uid": uid_, "reference": reference, "external_reference": "", "redirect_url": "",
        "created_date": rel(created), "status": status, "token": token, "cognito_user": cognito_user,
        "consumer": buyer, "payment_method": method(PAYMENT_METHODS[payment]),
        "shipping_method": method(SHIPPING_METHODS[shipping]),
        "product_total": None, "service_costs": None, "grand_total": None, "external_purchases": [],
    }
    mine = []
    for i, it in enumerate(items):
        product = PRODUCT_BY_KEY[it["product"]]
        event = EVENT_BY_KEY[product["event"]]
        form = None if event["pers"] is None else FORMS[it.get("form", "standard")]
        holder = it.get("holder")
        if holder:
            assert event["pers"] is not None
            if not it.get("picked"):  # picked holders are already registered
                assert (holder, event["uid"]) not in used_holder_event, holder
                used_holder_event.add((holder, event["uid"]))
        fulfillment = event["fulfillment"]
        ticket = {
            "uid": it.get("uid") or uid(f"ticket:{reference}:{i + 1}"),
            "order": uid_,
            "product": product["uid"],
            "event": event["uid"],
            "code": it.get("code") or new_code(),
            "status": it.get("status", "valid" if status == "paid" else "invalid"),
            "is_scanned": it.get("scanned", False),
            "has_valid_subscription": False,
            "seating": seating(event, it["product"], it.get("seat")),
            "subproduct": dict(it["subproduct"]) if it.get("subproduct") else EMPTY(),
            "price": amount(product["price"]),
            "service_fee_paid": amount(product["fee"]),
            "personalization_form": json.loads(json.dumps(form)),
            "consumer": holder,
            "parent": mine[it["parent"]]["uid"] if it.get("parent") is not None else None,
            "eticket": None,
            "scannable_until": rel(event["end"] + 6 * H),
            "fulfillment_starts_at": rel(fulfillment) if fulfillment is not None else None,
        }
        codes.add(ticket["code"])
        mine.append(ticket)
    # E-tickets: valid, fulfilled, and every ticket of that event in this order personalized.
    for ticket in mine:
        event = EVENT_BY_UID[ticket["event"]]
        same_event = [x for x in mine if x["event"] == ticket["event"]]
        complete = event["pers"] is None or all(x["consumer"] for x in same_event)
        fulfilled = event["fulfillment"] is None or event["fulfillment"] <= 0
        if ticket["status"] == "valid" and complete and fulfilled:
            ticket["eticket"] = new_eticket_token()
    # Personalization records: one per (holder, moment) set of tickets.
    groups = {}
    for it, ticket in zip(items, mine):
        if ticket["consumer"]:
            key = (ticket["consumer"], it.get("request"))
            groups.setdefault(key, {"tickets": [], "at": it.get("personalized_at"), "uid": it.get("pers_uid")})
            groups[key]["tickets"].append(ticket["uid"])
    for n, ((holder, request), g) in enumerate(groups.items()):
        at = g["at"]
        if at is None:
            ev = EVENT_BY_UID[[x for x in mine if x["uid"] == g["tickets"][0]][0]["event"]]
            at = pick_hour_between(max(created, ev["pers"][0]) + H, min(ev["pers"][1], 0) - H)
        personalizations.append({
            "uid": g["uid"] or uid(f"personalization:{reference}:{n + 1}"),
            "created_at": rel(at),
            "order": uid_,
            "tickets": g["tickets"],
            "consumer": holder,
            "personalization_request": request,
        })
    order["product_total"] = amount(sum(cents(x["price"]) for x in mine))
    order["service_costs"] = amount(sum(cents(x["service_fee_paid"]) for x in mine))
    extra = PAYMENT_METHODS[payment]["costs"] + (SHIPPING_METHODS[shipping] or {"costs": 0})["costs"]
    order["grand_total"] = amount(cents(order["product_total"]) + cents(order["service_costs"]) + extra)
    orders.append(order)
    tickets.extend(mine)
    return order, mine


# DEMO: the Cognito user's order, bought by Anna de Vries.
make_order(OR_DEMO, "DEMO-0001", "demo-order-token", CO_ANNA, -7 * D, [
    dict(product="OPEN:weekend", uid=TK_DEMO_1, code=CODE_DEMO_1, form="demo", subproduct=ENTRANCES[0]),
    dict(product="OPEN:weekend", uid=TK_DEMO_2, form="demo", subproduct=ENTRANCES[0]),
    dict(product="OPEN:grandstand", uid=TK_DEMO_SEATED, form="demo", seat=("Grandstand North", "F", "12")),
    dict(product="OPEN:weekend", uid=TK_DEMO_ANNA, form="demo", holder=CO_ANNA, pers_uid=PE_ANNA,
         personalized_at=-3 * D, subproduct=ENTRANCES[0]),
], payment="ideal", cognito_user=COGNITO_UID)

# FULL: eight tickets with the full form, two personalized by consumers of the Cognito user.
make_order(OR_FULL, "DEMO-0002", "full-order-token", CO_PIETER, -9 * D, [
    dict(product="OPEN:weekend", form="full", holder=CO_TOM, personalized_at=-2 * D, subproduct=ENTRANCES[1]),
    dict(product="OPEN:weekend", form="full", holder=CO_LOTTE, personalized_at=-2 * D + 5 * H,
         subproduct=ENTRANCES[1]),
    dict(product="OPEN:weekend", form="full", subproduct=ENTRANCES[1]),
    dict(product="OPEN:day", form="full"),
    dict(product="OPEN:day", form="full"),
    dict(product="OPEN:grandstand", form="full", seat=("Grandstand South", "G", "1")),
    dict(product="OPEN:grandstand", form="full", seat=("Grandstand South", "G", "2")),
    dict(product="OPEN:grandstand", form="full", seat=("Grandstand South", "G", "3")),
], payment="card", shipping="eticket")

# FUTURE: personalization not open yet; a standing ticket with its combo parking ticket.
make_order(OR_FUTURE, "DEMO-0003", "future-order-token", CO_JOHN, -4 * D, [
    dict(product="FUTURE:standing", uid=TK_FUTURE_MAIN),
    dict(product="FUTURE:parking", uid=TK_FUTURE_PARKING, parent=0),
], payment="paypal")

# CLOSED: personalization period over; one ticket personalized through a request.
closed_buyer = pool[3]
closed_holder = pool[17]
make_order(OR_CLOSED, "DEMO-0004", "closed-order-token", closed_buyer, -40 * D, [
    dict(product="CLOSED:10k", uid=TK_CLOSED_PERSONALIZED, code=CODE_CLOSED_PERSONALIZED, holder=closed_holder,
         personalized_at=-18 * D, request=RQ_COMPLETED, subproduct=ENTRANCES[2]),
    dict(product="CLOSED:10k"),
    dict(product="CLOSED:half"),
], payment="ideal")

# NONE: no personalization needed.
make_order(OR_NONE, "DEMO-0005", "none-order-token", pool[5], -2 * D, [
    dict(product="NONE:regular"),
], payment="bancontact")

# MIXED: one ticket needing personalization, one not.
make_order(OR_MIXED, "DEMO-0006", "mixed-order-token", pool[8], -6 * D, [
    dict(product="OPEN:weekend"),
    dict(product="NONE:vip"),
], payment="ideal")

# CANCELLED.
make_order(OR_CANCELLED, "DEMO-0007", "cancelled-order-token", pool[11], -12 * D, [
    dict(product="OPEN:weekend"),
], payment="card", status="cancelled")

# Generated orders.
GENERATED = [("G1", "standard"), ("G3", "minimal"), ("OPEN", "full"), ("G2", None), ("G4", "standard"),
             ("NONE", None), ("G1", "full"), ("G3", "standard")]
payments = ["ideal", "card", "paypal", "bancontact"]
shippings = ["none", "eticket", "none", "post"]
buyers_used = {closed_buyer, pool[5], pool[8], pool[11]}
for n, (ev_key, form) in enumerate(GENERATED, start=1):
    event = EVENT_BY_KEY[ev_key]
    ev_products = [p for p in PRODUCTS if p["event"] == ev_key]
    count = max(rng.randint(1, 8), event["min_qty"])
    buyer = rng.choice([c for c in pool if c not in buyers_used])
    buyers_used.add(buyer)
    lo = max(event["sale"][0], -90 * D)
    hi = min(event["sale"][1], -1 * D)
    if event["pers"] is not None:
        hi = min(hi, event["pers"][1] - 2 * D)  # leave time to personalize
    created = pick_hour_between(lo, hi)
    items = []
    for i in range(count):
        product = rng.choice(ev_products)
        it = dict(product=product["key"])
        if form:
            it["form"] = form
        if rng.random() < 0.3:
            it["subproduct"] = rng.choice(ENTRANCES)
        pers = event["pers"]
        if pers is not None and pers[0] < 0:
            past = event["end"] < 0
            if past or rng.random() < 0.5:
                it["holder"] = pick_holder(event["uid"], buyer if i == 0 else None)
                used_holder_event.add((it["holder"], event["uid"]))
                it["picked"] = True
            if past and i < 2:
                it["scanned"] = True
        items.append(it)
    make_order(uid(f"order:generated:{n}"), "DEMO-%04d" % (7 + n), f"order-token-{n}", buyer, created, items,
               payment=rng.choice(payments), shipping=rng.choice(shippings))

# ------------------------------------------------- personalization requests

full_tickets = [x for x in tickets if x["order"] == OR_FULL]
requests.append({
    "uid": RQ_PENDING, "token": "demo-request-token", "email": "friend@example.org", "state": "pending",
    "created_at": "now-1d", "order": OR_FULL, "tickets": [full_tickets[2]["uid"], full_tickets[3]["uid"]],
})
requests.append({
    "uid": RQ_COMPLETED, "token": "completed-request-token", "email": consumer_by_uid[closed_holder]["email"],
    "state": "completed", "created_at": "now-20d", "order": OR_CLOSED, "tickets": [TK_CLOSED_PERSONALIZED],
})

# ---------------------------------------------------------------- the rest

events_out = []
for e in EVENTS:
    events_out.append({
        "uid": e["uid"], "reference": e["reference"], "merchant_name": e["merchant"],
        "title": e["title"], "subtitle": e["subtitle"],
        "sale_start": rel(e["sale"][0]), "sale_end": rel(e["sale"][1]),
        "event_start": rel(e["start"]), "event_end": rel(e["end"]),
        "personalization_start": rel(e["pers"][0]) if e["pers"] else None,
        "personalization_end": rel(e["pers"][1]) if e["pers"] else None,
        "fulfillment_starts_at": rel(e["fulfillment"]) if e["fulfillment"] is not None else None,
        "location": e["location"], "min_quantity_per_order": e["min_qty"],
    })

products_out = []
viewing = {}
for p in PRODUCTS:
    e = EVENT_BY_KEY[p["event"]]
    viewing[p["event"]] = viewing.get(p["event"], 0) + 1
    products_out.append({
        "uid": p["uid"], "event": e["uid"], "reference": p["reference"], "name": p["name"],
        "subtitle": p["subtitle"], "additional_information": p["info"], "sold_out_text": dict(SOLD_OUT),
        "price": amount(p["price"]), "availability": p["availability"], "total_availability": p["total"],
        "combo": None, "min_per_order": 1, "max_per_order": p["max"], "parents": None,
        "sale_start": rel(e["sale"][0]), "sale_end": rel(e["sale"][1]),
        "separately_saleable": p.get("separately_saleable", True), "types": [],
        "viewing_order": viewing[p["event"]], "requires_membership": False, "provides_membership": False,
    })

fixture = {
    "accounts": [
        {"username": "default", "password": "default-demo", "role": "default"},
        {"username": "spa", "password": "spa-demo", "role": "spa-sales"},
        {"username": "sales", "password": "sales-demo", "role": "sales"},
        {"username": "boxoffice", "password": "boxoffice-demo", "role": "merchant"},
    ],
    "bearer_tokens": [{"token": "demo-bearer-token"}],
    "cognito_users": [{"uid": COGNITO_UID, "token": "demo-cognito-token", "email": "fan@example.org"}],
    "events": events_out,
    "products": products_out,
    "consumers": consumers,
    "orders": orders,
    "tickets": tickets,
    "personalizations": personalizations,
    "personalization_requests": requests,
}

# --------------------------------------------------------------- self-check

HEX32 = re.compile(r"^[0-9a-f]{32}$")
DATETIME = re.compile(r"^(now([+-](\d+d)?(\d+h)?(\d+m)?)*|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)$")
AMOUNT = re.compile(r"^\d+\.\d\d$")


def check(f):
    assert list(f) == ["accounts", "bearer_tokens", "cognito_users", "events", "products", "consumers",
                       "orders", "tickets", "personalizations", "personalization_requests"]

    def walk(v, path):
        if isinstance(v, dict):
            if any(k in v for k in LANGS):
                assert list(v) == LANGS, (path, v)
                assert all(isinstance(x, str) for x in v.values()), path
            if set(v) == {"amount", "currency"}:
                assert AMOUNT.match(v["amount"]) and v["currency"] == "EUR", (path, v)
            for k, x in v.items():
                walk(x, f"{path}.{k}")
        elif isinstance(v, list):
            for i, x in enumerate(v):
                walk(x, f"{path}[{i}]")
    walk(f, "")

    def dt(v, nullable=False):
        if v is None:
            assert nullable
            return
        assert DATETIME.match(v) and v != "now+" and not v.endswith(("+", "-")), v

    all_uids = []
    for kind in ["cognito_users", "events", "products", "consumers", "orders", "tickets", "personalizations",
                 "personalization_requests"]:
        for o in f[kind]:
            all_uids.append(o["uid"])
            if kind != "cognito_users":
                assert HEX32.match(o["uid"]), o["uid"]
    assert len(all_uids) == len(set(all_uids)), "duplicate uid"

    tokens = ([x["token"] for x in f["bearer_tokens"]] + [x["token"] for x in f["cognito_users"]]
              + [x["token"] for x in f["orders"]] + [x["token"] for x in f["personalization_requests"]])
    assert len(tokens) == len(set(tokens)), "duplicate token"
    assert [a["role"] for a in f["accounts"]] == ["default", "spa-sales", "sales", "merchant"]

    cognito = {c["uid"] for c in f["cognito_users"]}
    events = {e["uid"]: e for e in f["events"]}
    products = {p["uid"]: p for p in f["products"]}
    cons = {c["uid"]: c for c in f["consumers"]}
    ords = {o["uid"]: o for o in f["orders"]}
    tks = {x["uid"]: x for x in f["tickets"]}

    for e in f["events"]:
        for k in ["sale_start", "sale_end", "event_start", "event_end"]:
            dt(e[k])
        for k in ["personalization_start", "personalization_end", "fulfillment_starts_at"]:
            dt(e[k], True)
        assert (e["personalization_start"] is None) == (e["personalization_end"] is None)
        assert re.match(r"^[A-Z]{2}$", e["location"]["country"])
        assert isinstance(e["min_quantity_per_order"], int)
    for p in f["products"]:
        assert p["event"] in events
        dt(p["sale_start"]), dt(p["sale_end"])
    assert len(f["consumers"]) >= 220
    cemails = [c["email"] for c in f["consumers"]]
    assert len(cemails) == len(set(cemails)), "duplicate email"
    for c in f["consumers"]:
        assert c["gender"] in (0, 1, 2, 9)
        assert c["language"] in LANGS
        datetime.date.fromisoformat(c["date_of_birth"])
        if c["country"] in ("US", "BR"):
            assert re.match(r"^%s-[A-Z]{2}$" % c["country"], c["state"]), c
        else:
            assert c["state"] == "", c
        assert c["cognito_user"] is None or c["cognito_user"] in cognito
        assert c["realm"] is None
    assert sum(c["last_name"] == "Jansen" for c in f["consumers"]) >= 5
    assert sum(c["first_name"].startswith("Tom") for c in f["consumers"]) >= 3
    assert len({c["country"] for c in f["consumers"]}) >= 12

    codes_seen = set()
    for x in f["tickets"]:
        assert x["order"] in ords and x["product"] in products and x["event"] in events
        assert products[x["product"]]["event"] == x["event"]
        assert re.match(r"^\d{13}$", x["code"]) and ean13(x["code"][:12]) == x["code"]
        assert x["code"] not in codes_seen, x["code"]
        codes_seen.add(x["code"])
        assert x["status"] in ("valid", "invalid")
        ev = events[x["event"]]
        assert (x["personalization_form"] is None) == (ev["personalization_start"] is None)
        if x["consumer"] is not None:
            assert x["consumer"] in cons and x["personalization_form"] is not None
        if x["parent"] is not None:
            assert tks[x["parent"]]["order"] == x["order"]
        assert x["price"] == products[x["product"]]["price"]
        dt(x["scannable_until"]), dt(x["fulfillment_starts_at"], True)
        s = x["seating"]
        assert (s["seat"] == "") == (s["seat_label"]["en"] == "")
    # email unique per product where the form asks for it
    seen = set()
    for x in f["tickets"]:
        if x["consumer"] and x["personalization_form"].get("email", {}).get("unique_per_product"):
            key = (x["product"], cons[x["consumer"]]["email"])
            assert key not in seen
            seen.add(key)
    for o in f["orders"]:
        assert o["consumer"] in cons
        assert o["cognito_user"] is None or o["cognito_user"] in cognito
        assert o["status"] in ("paid", "cancelled")
        dt(o["created_date"])
        mine = [x for x in f["tickets"] if x["order"] == o["uid"]]
        assert mine
        pt = sum(cents(x["price"]) for x in mine)
        sc = sum(cents(x["service_fee_paid"]) for x in mine)
        extra = cents(o["payment_method"]["costs"]) + (cents(o["shipping_method"]["costs"])
                                                       if o["shipping_method"] else 0)
        assert cents(o["product_total"]) == pt and cents(o["service_costs"]) == sc
        assert cents(o["grand_total"]) == pt + sc + extra
        if o["status"] == "cancelled":
            assert all(x["status"] == "invalid" for x in mine)
    in_pers = set()
    for p in f["personalizations"]:
        dt(p["created_at"])
        assert p["order"] in ords and p["consumer"] in cons and p["tickets"]
        for u in p["tickets"]:
            assert tks[u]["order"] == p["order"] and tks[u]["consumer"] == p["consumer"]
            assert u not in in_pers
            in_pers.add(u)
        assert p["personalization_request"] is None or p["personalization_request"] in \
            {r["uid"] for r in f["personalization_requests"]}
    assert in_pers == {x["uid"] for x in f["tickets"] if x["consumer"]}
    for r in f["personalization_requests"]:
        dt(r["created_at"])
        assert r["order"] in ords and r["state"] in ("pending", "completed", "cancelled")
        for u in r["tickets"]:
            assert tks[u]["order"] == r["order"]
            if r["state"] == "pending":
                assert tks[u]["consumer"] is None

    # Named data.
    assert tks[TK_DEMO_1]["code"] == CODE_DEMO_1
    assert [x["uid"] for x in f["tickets"] if x["order"] == OR_DEMO] == \
        [TK_DEMO_1, TK_DEMO_2, TK_DEMO_SEATED, TK_DEMO_ANNA]
    assert tks[TK_DEMO_ANNA]["consumer"] == CO_ANNA
    assert tks[TK_DEMO_SEATED]["seating"]["seat"] == "12"
    assert products[PR_WEEKEND]["price"]["amount"] == "89.50" and products[PR_WEEKEND]["event"] == EV_OPEN
    full = [x for x in f["tickets"] if x["order"] == OR_FULL]
    assert len(full) == 8 and sum(1 for x in full if x["consumer"]) == 2
    assert all(cons[x["consumer"]]["cognito_user"] == COGNITO_UID for x in full if x["consumer"])
    assert any(p["uid"] == PE_ANNA and p["tickets"] == [TK_DEMO_ANNA] for p in f["personalizations"])
    assert tks[TK_FUTURE_PARKING]["parent"] == TK_FUTURE_MAIN
    assert any(x["is_scanned"] for x in f["tickets"])


check(fixture)

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "sandbox-fixture.json")
with open(out, "w", encoding="utf-8", newline="\n") as fp:
    json.dump(fixture, fp, indent=1, ensure_ascii=False, sort_keys=False)
    fp.write("\n")
