# SPDX-License-Identifier: GPL-3.0-or-later
"""The rules of data/sandbox-fixture.json, for build-aux/gen-sandbox-fixture.py:
how it writes amounts, relative datetimes and EAN-13 codes, and check(), which
holds a whole fixture to the format and the named data the tests rely on
(the format is described in gen-sandbox-fixture.py).
"""

import datetime
import re

from sandbox_fixture_data import (
    CODE_DEMO_1, COGNITO_UID, CO_ANNA, D, EV_OPEN, H, LANGS, OR_DEMO, OR_FULL, PE_ANNA, PR_WEEKEND, TK_DEMO_1,
    TK_DEMO_2, TK_DEMO_ANNA, TK_DEMO_SEATED, TK_FUTURE_MAIN, TK_FUTURE_PARKING,
)


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


def ean13(body12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


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
        # "reissued", "cancelled" and "voided": the box office's reasons
        assert x["status"] in ("valid", "invalid", "reissued", "cancelled", "voided")
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
            assert all(x["status"] != "valid" for x in mine)
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
