#!/usr/bin/python3
# End-to-end: a new user runs `tickets --demo`, opens the demo order, asks
# a friend to name a ticket, and then sees the request on the ticket's row,
# withdraws it and asks again from the row, all through controls found by
# their accessible names, as a screen reader finds them. The friend's
# address is typed with real key presses (xdotool). What the sandbox holds
# afterwards is read over its HTTP API: one request withdrawn by the
# Withdraw button, one replaced by Ask Again, and one pending.
#
# Usage: test-ask-friend.py PATH-TO-TICKETS   (speaks TAP)
# Needs an X display and a session bus (the test command runs it under
# xvfb-run and dbus-run-session); starts the accessibility bus itself.

import json
import os
import shutil
import sys
import urllib.request

ORDER = "1a701ca300944a0da88212b5c18e74d2"
TOKEN = "demo-order-token"
FRIEND = "femke.visser@example.org"
TICKET = "Grandstand seat"
CHECKS = 7

tickets = sys.argv[1]

if shutil.which("xdotool") is None or "DISPLAY" not in os.environ:
    print(f"1..{CHECKS}")
    for n in range(1, CHECKS + 1):
        print(f"ok {n} # SKIP needs xdotool and an X display")
    sys.exit(0)

import atspi  # noqa: E402  (starts the accessibility bus)
from atspi import pyatspi  # noqa: E402,F401

tap = atspi.Tap(CHECKS)
check = tap.check


def get(base, path):
    request = urllib.request.Request(base + path)
    request.add_header("Order-Token", TOKEN)
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def requests_to_friend(base):
    """The order's personalization requests to FRIEND, oldest first, as the
    server holds them."""
    order = get(base, f"/orders/{ORDER}")
    seen = []
    for ticket in order["_embedded"]["shop:ticket"]:
        for link in ticket["_links"].get("shop:personalization_request", []):
            if link["href"] not in seen:
                seen.append(link["href"])
    found = []
    for href in seen:
        request = get(base, href[href.index("/personalization-requests/"):])
        if request["email"] == FRIEND:
            found.append(request)
    return sorted(found, key=lambda r: (r["created_at"], r["uid"]))


def ask_friend(window):
    """Opens Ask a Friend, ticks the first ticket offered, types FRIEND and
    sends; returns whether the dialog went through."""
    if not atspi.press(window, "Ask a Friend…"):
        atspi.choose(accessible_app, window, "Order Actions", "Ask a Friend…")
    dialog = atspi.window_titled(accessible_app, "Ask a Friend", 10)
    if dialog is None:
        return False
    # The address field has the keyboard once the dialog has it.
    atspi.focus_window("Ask a Friend")
    atspi.type_text(FRIEND)
    # A ticket is ticked from the keyboard (GTK 4.8 gives check boxes no
    # AT-SPI action): back from the address to the nearest ticket, Space.
    # The demo order's last ticket that needs a name is a Grandstand seat.
    ticked = False
    for _ in range(8):
        atspi.keys("shift+Tab")
        if atspi.focused_name(dialog) == TICKET:
            atspi.keys("space")
            ticked = True
            break
    return ticked and atspi.wait_until(lambda: atspi.press(dialog, "Send"), 5) is not None


app, accessible_app, log = atspi.start_logged([tickets, "--demo"], "test-ask-friend.log")
try:
    welcome = atspi.window_titled(accessible_app, "Tickets") if accessible_app else None
    check(1, welcome is not None, "the demo window appears on the accessibility bus")
    if welcome is None:
        sys.exit(1)
    base = atspi.demo_server(app, lambda b: get(b, f"/orders/{ORDER}"))

    atspi.press(welcome, "Open the Demo Order")
    window = atspi.window_titled(accessible_app, "Order DEMO-0001")
    check(2, window is not None and base is not None, "the demo order opens, and its server answers",
          f"server {base!r}")
    if window is None or base is None:
        sys.exit(1)

    # Asked: the ticket's row says for whom, and offers Withdraw.
    sent = ask_friend(window)
    waiting = atspi.wait_until(lambda: atspi.find_text(window, f"Waiting for {FRIEND}, asked "))
    withdraw = atspi.wait_until(lambda: atspi.find_named(window, "Withdraw", (pyatspi.ROLE_PUSH_BUTTON,)))
    check(3, sent and waiting is not None and withdraw is not None,
          "after asking a friend, the row says whom it waits for, and offers Withdraw",
          f"sent {sent}, label {waiting and waiting.name!r}")

    # Withdrawn: the server has the request cancelled, the row no trace.
    atspi.press(window, "Withdraw")
    gone = atspi.wait_until(lambda: atspi.find_text(window, f"Waiting for {FRIEND}") is None)
    held = requests_to_friend(base)
    check(4, gone and [r["state"] for r in held] == ["cancelled"],
          "Withdraw cancels the request on the server, and the row no longer waits",
          json.dumps(held, indent=1))

    # Asked again through the dialog, which offers the ticket again.
    sent = ask_friend(window)
    again = atspi.wait_until(lambda: atspi.find_named(window, "Ask Again", (pyatspi.ROLE_PUSH_BUTTON,)))
    check(5, sent and again is not None, "the ticket can be asked for again, and then offers Ask Again")

    # Ask Again from the row: a new request to the same friend, and the one
    # it replaces withdrawn.
    expected = ["cancelled", "cancelled", "pending"]
    atspi.press(window, "Ask Again")
    atspi.wait_until(lambda: sorted(r["state"] for r in requests_to_friend(base)) == expected)
    held = requests_to_friend(base)
    states = sorted(r["state"] for r in held)
    check(6, states == expected and
          atspi.find_text(window, f"Waiting for {FRIEND}, asked ") is not None,
          "Ask Again sends a new request and withdraws the old one; the row waits on the new one",
          json.dumps(held, indent=1))

    atspi.check_app_clean(tap, 7, app, log)
finally:
    atspi.stop_app(app)
    log.close()
    atspi.stop_bus()

sys.exit(tap.exit_status())
