#!/usr/bin/python3
# End-to-end: every control of every page a fan reaches in `tickets --demo`
# has a name a screen reader can read: not empty, no mnemonic underscore,
# not the same words twice. The pages are reached through AT-SPI actions
# (and Return on the list of tickets, which GTK 4.8 does not expose).
#
# Usage: test-accessible-names.py PATH-TO-TICKETS   (speaks TAP)

import os
import re
import shutil
import sys

import atspi
from atspi import pyatspi

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SWITCH
    if hasattr(pyatspi, "ROLE_SWITCH") else pyatspi.ROLE_TOGGLE_BUTTON,
}

PAGES = ["the welcome", "the order", "a ticket's form", "naming several tickets", "the history",
         "My tickets", "a friend's request"]
tap = atspi.Tap(len(PAGES))
check = tap.check


def bad_names(window):
    """Controls of the page on show whose names a screen reader would garble."""
    problems = []
    for node in atspi.walk(window):
        try:
            if node.getRole() not in CONTROLS or not node.getState().contains(pyatspi.STATE_VISIBLE):
                continue
            name = (node.name or "").strip()
            words = name.split()
            half = len(words) // 2
            if not name:
                problems.append(f"a {node.getRoleName()} without a name")
            elif re.search(r"(^|\s)_\w", name):
                problems.append(f"{node.getRoleName()} {name!r} reads its mnemonic underscore")
            elif len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
                problems.append(f"{node.getRoleName()} {name!r} says its name twice")
        except Exception:
            pass
    return problems


app, accessible = atspi.start_app([sys.argv[1], "--demo"], atspi.app_env())
try:
    window = atspi.window_titled(accessible, "Tickets") if accessible else None
    check(1, window is not None and not bad_names(window), "the welcome: every control has a clean name",
          "no window" if window is None else "\n".join(bad_names(window)))

    window = atspi.window_titled(accessible, "Order DEMO-0001") if window and atspi.press(window, "Open the Demo Order") else None
    check(2, window is not None and not bad_names(window), "the order: every control has a clean name",
          "the demo order did not open" if window is None else "\n".join(bad_names(window)))

    form = None
    if window is not None and shutil.which("xdotool") and "DISPLAY" in os.environ:
        # The focus is on the tickets; the window must have the keyboard.
        atspi.focus_window("Order DEMO-0001")
        atspi.keys("Down", "Return")
        form = atspi.window_titled(accessible, "Ticket Holder")
    check(3, form is not None and not bad_names(form), "a ticket's form: every control has a clean name",
          "the form did not open" if form is None else "\n".join(bad_names(form)))
    if form is not None:
        atspi.press(form, "Back")
        window = atspi.window_titled(accessible, "Order DEMO-0001")

    batch = atspi.window_titled(accessible, "Name Several Tickets") \
        if window is not None and atspi.choose(accessible, window, "Order Actions", "Name Several Tickets…") else None
    check(4, batch is not None and not bad_names(batch), "naming several tickets: every control has a clean name",
          "the batch did not open" if batch is None else "\n".join(bad_names(batch)))
    if batch is not None:
        atspi.press(batch, "Back")
        window = atspi.window_titled(accessible, "Order DEMO-0001")

    history = atspi.window_titled(accessible, "Names Given") \
        if window is not None and atspi.choose(accessible, window, "Order Actions", "Names Given So Far") else None
    check(5, history is not None and not bad_names(history), "the history: every control has a clean name",
          "the history did not open" if history is None else "\n".join(bad_names(history)))
finally:
    atspi.stop_app(app)

# The pages other sign-ins open, straight from the command line.
for number, arguments, title, page in (
        (6, ["--cognito-token", "demo-cognito-token"], "My Tickets", "My tickets"),
        (7, ["--request", "cbc0fde8aa804984b559feab6d8fc683", "--request-token", "demo-request-token"],
         "Tickets to Name", "a friend's request")):
    app, accessible = atspi.start_app([sys.argv[1], "--demo", *arguments], atspi.app_env())
    try:
        window = atspi.window_titled(accessible, title) if accessible else None
        # Rows come as the list is drawn: give them a moment.
        atspi.time.sleep(1.5)
        check(number, window is not None and not bad_names(window), f"{page}: every control has a clean name",
              f"no window titled {title}" if window is None else "\n".join(bad_names(window)))
    finally:
        atspi.stop_app(app)

atspi.stop_bus()
sys.exit(tap.exit_status())
