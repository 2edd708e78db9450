#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate data/sandbox-fixture.json, the data of the local sandbox server.

Run:  /usr/bin/python3 build-aux/gen-sandbox-fixture.py [OUTPUT]
(OUTPUT defaults to data/sandbox-fixture.json next to this script's parent
directory).  Standard library only; the output is byte-identical on every run
(all randomness comes from random.Random(20261122), generated uids are md5
hashes of names).  The script checks its own output before writing it and
fails with an AssertionError when a rule below is broken.  Its tables (the
named data, events, products, consumers' names and places, forms, payment
and shipping methods) are in sandbox_fixture_data.py next to it; how values
are written and the check, in sandbox_fixture_rules.py.

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
                  unique), status ("valid", "invalid", or the box office's
                  "reissued", "cancelled", "voided"), is_scanned,
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
See the constants of sandbox_fixture_data.py for every fixed uid.
The box office's events (today), orders HL-0001..HL-0006 and a barcode for
each verdict are in sandbox_fixture_boxoffice.py.
"""

import datetime
import json
import os
import re
import sys
import unicodedata

# The tables this script turns into the fixture, and the format's rules and
# check, live next to it (sandbox_fixture_data.py, sandbox_fixture_rules.py);
# importing them writes no __pycache__ into the tree.
sys.dont_write_bytecode = True
from sandbox_fixture_data import (  # noqa: E402
    CO_ANNA, CO_JOHN, CO_LOTTE, CO_PIETER, CO_TOM, CODE_CLOSED_PERSONALIZED, CODE_DEMO_1, COGNITO_UID, CYRILLIC, D,
    EMPTY, ENTRANCES, EVENTS, FORMS, H, OR_CANCELLED, OR_CLOSED, OR_DEMO, OR_FULL, OR_FUTURE, OR_MIXED, OR_NONE,
    PAYMENT_METHODS, PE_ANNA, PRODUCTS, PROFILE_COUNTS, PROFILES, ROW_LABEL, RQ_COMPLETED, RQ_PENDING, SEAT_LABEL,
    SECTION_LABEL, SECTIONS, SHIPPING_METHODS, SOLD_OUT, SPECIAL, TK_CLOSED_PERSONALIZED, TK_DEMO_1, TK_DEMO_2,
    TK_DEMO_ANNA, TK_DEMO_SEATED, TK_FUTURE_MAIN, TK_FUTURE_PARKING, digits, rng, uid,
)
from sandbox_fixture_rules import amount, cents, check, ean13, rel  # noqa: E402
import sandbox_fixture_boxoffice as box_office  # noqa: E402

# The box office's events and products come last, so that adding them left
# everything before them as it was.
EVENTS = EVENTS + box_office.EVENTS
PRODUCTS = PRODUCTS + box_office.PRODUCTS
SECTIONS = dict(SECTIONS, **box_office.SECTIONS)


# ------------------------------------------------------------------ indexes

EVENT_BY_KEY = {e["key"]: e for e in EVENTS}
EVENT_BY_UID = {e["uid"]: e for e in EVENTS}
PRODUCT_BY_KEY = {p["key"]: p for p in PRODUCTS}

# ---------------------------------------------------------------- consumers


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



def method(m):
    if m is None:
        return {}
    return {"uid": m["uid"], "name": m["name"], "image": m["image"], "costs": amount(m["costs"])}


codes = set()


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
            "has_valid_subscription": it.get("subscription", False),
            "seating": seating(event, it["product"], it.get("seat")),
            "subproduct": dict(it["subproduct"]) if it.get("subproduct") else EMPTY(),
            "price": amount(product["price"]),
            "service_fee_paid": amount(product["fee"]),
            "personalization_form": json.loads(json.dumps(form)),
            "consumer": holder,
            "parent": mine[it["parent"]]["uid"] if it.get("parent") is not None else None,
            "eticket": None,
            "scannable_until": rel(it["until"] if "until" in it else event["end"] + 6 * H),
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

# ------------------------------------------------------------ box office

# Last, and without randomness of its own where it matters (uids, codes,
# people), so that the rest of the fixture is unchanged by it.
for person, uid_ in zip(box_office.PEOPLE, box_office.CONSUMER_UIDS):
    first, last, dob, email, gender, phone, address, postal_code, city, country, language = person
    n = len(consumers) + 1
    assert email not in emails, email
    emails.add(email)
    consumers.append({
        "uid": uid_, "reference": "C%06d" % n, "first_name": first, "last_name": last, "date_of_birth": dob,
        "email": email, "gender": gender, "phone_number": phone, "address": address,
        "postal_code": postal_code, "city": city, "country": country, "state": "", "language": language,
        "company_name": "", "vat_number": "", "external_reference": None, "realm": None, "cognito_user": None,
    })
    consumer_by_uid[uid_] = consumers[-1]
for uid_, reference, token, buyer, created, items, payment, status in box_office.ORDERS:
    make_order(uid_, reference, token, buyer, created, items, payment=payment, status=status)

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
        "viewing_order": viewing[p["event"]], "requires_membership": p.get("requires_membership", False), "provides_membership": False,
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

check(fixture)

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "sandbox-fixture.json")
with open(out, "w", encoding="utf-8", newline="\n") as fp:
    json.dump(fixture, fp, indent=1, ensure_ascii=False, sort_keys=False)
    fp.write("\n")
