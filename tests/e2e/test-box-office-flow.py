#!/usr/bin/python3
# End-to-end: the whole box office, by keyboard alone. The sandbox runs as
# a program of its own, keeping its data in a state file; staff sign in
# from the command line (--server, --staff-user, --password-stdin, --event)
# and, with real key presses through xdotool only:
#   1. scan a valid ticket and a re-issued one: Valid, Invalid: Re-issued;
#   2. find a person by typing the first letters of their last name;
#   3. scan a ticket that needs a name and name it for that person (Ctrl+N,
#      Pick Someone Found with Ctrl+F, the name, Down, Enter);
#   4. scan another ticket and re-issue it (Ctrl+R, the scanned ticket
#      ticked, a new customer typed into the form, the destructive button):
#      the new order's reference and barcode are shown.
# AT-SPI only reads what shows and waits for it. Then the app and the
# sandbox stop, and the state file must differ from the one before the app
# ran by exactly those changes.
#
# Usage: test-box-office-flow.py PATH-TO-TICKETS PATH-TO-TICKETS-SANDBOX   (speaks TAP)
# Needs an X display (the test command runs it under xvfb-run).

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile

# The fixture (src/sandbox/tickets-sandbox.h, data/sandbox-fixture.json).
EVENT_TODAY = "4a1b7c0e5d2f4e3a9b8c6d5e4f3a2b10"
EVENT_TITLE = "Harbour Lights Concert"
CODE_VALID = "8714523690120"
CODE_REISSUED = "8714523690144"
CODE_NEEDS_NAME = "8714523690199"
CODE_REISSUE_DEMO = "8714523690229"
REISSUE_DEMO_HOLDER = "Katarzyna Nowak"
# The one person whose last name starts with "Lewan".
FOUND_PREFIX = "Lewan"
FOUND_NAME = "Krzysztof Lewandowski"
FOUND_UID = "a7741eaef40620dc33ae9dbf45c93ad4"
# The re-issue's new customer, as the ticket's form asks: first and last
# name, date of birth, gender (m: Male, the picker chooses by first letter)
# and email.
CUSTOMER = {"first_name": "Ilse", "last_name": "Verbrugge", "date_of_birth": "1992-06-17",
            "gender": 1, "email": "ilse.verbrugge@example.org"}
GENDER_KEY = "m"

PLAN = 10

if len(sys.argv) < 3 or shutil.which("xdotool") is None or "DISPLAY" not in os.environ:
    print(f"1..{PLAN}")
    for n in range(1, PLAN + 1):
        print(f"ok {n} # SKIP needs the app, the sandbox, xdotool and an X display")
    sys.exit(0)

tickets, sandbox_exe = sys.argv[1], sys.argv[2]

import atspi  # noqa: E402  (starts the accessibility bus)
from atspi import keys, pyatspi, type_text, wait_until  # noqa: E402

tap = atspi.Tap(PLAN)
VERDICTS = ("Valid", "Already Scanned", "Needs a Name First", "Invalid: Re-issued", "Invalid: Cancelled",
            "Invalid: Voided", "Not for This Event", "No Longer Scannable", "Subscription Not Active", "Not Found")


def card(window):
    """The verdict card on show: its title (the card is read out as its
    title, then why) and the texts of the labels inside it; None before a
    verdict."""
    for node in atspi.walk(window):
        try:
            if node.getRole() == pyatspi.ROLE_LABEL:
                continue
            for title in VERDICTS:
                if node.name == title or node.name.startswith(title + ". "):
                    texts = set()
                    for label in atspi.walk(node):
                        if label.getRole() == pyatspi.ROLE_LABEL:
                            texts.add(label.name)
                    return title, texts
        except Exception:
            pass
    return None


def wait_card(window, title, text=None, timeout=20):
    """Waits for the card to say title (and show text in one of its labels:
    a detail is read out as its value, then its name)."""
    def shows():
        found = card(window)
        return found if found and found[0] == title and \
            (text is None or any(label.startswith(text) for label in found[1])) else None
    return wait_until(shows, timeout=timeout)


def scan(code):
    """A scanner types the code and Enter, into the main window."""
    atspi.focus_window(EVENT_TITLE)
    keys("ctrl+l")
    type_text(code)
    keys("Return")


def node_named(root, start):
    """The first node under root whose name starts with start."""
    for node in atspi.walk(root):
        try:
            if node.name and node.name.startswith(start):
                return node
        except Exception:
            pass
    return None


def window_gone(accessible, name):
    try:
        return all(accessible.getChildAtIndex(i).name != name for i in range(accessible.childCount))
    except Exception:
        return False


def by_uid(state, kind):
    return {item["uid"]: item for item in state[kind]}


def expected_changes(before, after, report):
    """Compares the state files: every difference must be one of the flow's
    changes, and each of them must be there. Fills report with what it saw;
    returns whether all is as expected."""
    problems = []

    tickets_before, tickets_after = by_uid(before, "tickets"), by_uid(after, "tickets")
    codes = {t["code"]: t for t in before["tickets"]}
    needs_name, reissue = codes[CODE_NEEDS_NAME], codes[CODE_REISSUE_DEMO]

    # The ticket named at the counter: bound to the person found, by uid,
    # nothing else of it changed.
    named = tickets_after.get(needs_name["uid"])
    want = dict(needs_name, consumer=FOUND_UID)
    if named != want:
        problems.append(f"the ticket named: {json.dumps(named)}")

    # The ticket re-issued: its status "reissued", nothing else changed.
    old = tickets_after.get(reissue["uid"])
    if old != dict(reissue, status="reissued"):
        problems.append(f"the ticket re-issued: {json.dumps(old)}")

    # Exactly one new consumer: the customer typed, as typed.
    consumers_before, consumers_after = by_uid(before, "consumers"), by_uid(after, "consumers")
    new_consumers = [c for uid, c in consumers_after.items() if uid not in consumers_before]
    if len(new_consumers) != 1 or any(str(new_consumers[0].get(k)) != str(v) for k, v in CUSTOMER.items()):
        problems.append(f"new consumers: {json.dumps(new_consumers)}")
    customer_uid = new_consumers[0]["uid"] if len(new_consumers) == 1 else None

    # Exactly one new order, for that customer, with exactly one new ticket:
    # the old one's copy with a new uid, code and order, for the customer.
    orders_before, orders_after = by_uid(before, "orders"), by_uid(after, "orders")
    new_orders = [o for uid, o in orders_after.items() if uid not in orders_before]
    new_tickets = [t for uid, t in tickets_after.items() if uid not in tickets_before]
    if len(new_orders) != 1 or new_orders[0].get("consumer") != customer_uid:
        problems.append(f"new orders: {json.dumps(new_orders)}")
    elif len(new_tickets) != 1:
        problems.append(f"new tickets: {json.dumps(new_tickets)}")
    else:
        ticket = new_tickets[0]
        report["order"] = new_orders[0].get("reference")
        report["code"] = ticket.get("code")
        same = {k: v for k, v in reissue.items() if k not in ("uid", "code", "order", "consumer", "eticket")}
        if ({k: ticket.get(k) for k in same} != same or ticket.get("order") != new_orders[0]["uid"] or
                ticket.get("consumer") != customer_uid or ticket.get("code") in codes or
                ticket.get("status") != "valid" or ticket.get("is_scanned") is not False):
            problems.append(f"the new ticket: {json.dumps(ticket)}")
        # The sandbox's log of re-issues (which old tickets each one
        # replaced): this one, once.
        reissues = after.get("reissues", [])[len(before.get("reissues", [])):]
        if [(r.get("tickets"), r.get("new_tickets")) for r in reissues] != [([reissue["uid"]], [ticket["uid"]])]:
            problems.append(f"re-issues logged: {json.dumps(reissues)}")

    # Everything else as it was.
    for kind in before:
        if kind == "reissues":
            continue
        if kind in ("tickets", "orders", "consumers"):
            items_before, items_after = by_uid(before, kind), by_uid(after, kind)
            allowed = {"tickets": {needs_name["uid"], reissue["uid"]}}.get(kind, set())
            for uid, item in items_before.items():
                if uid not in allowed and items_after.get(uid) != item:
                    problems.append(f"{kind} {uid} changed: {json.dumps(items_after.get(uid))}")
        elif before[kind] != after.get(kind):
            problems.append(f"{kind} changed")
    for kind in after:
        if kind not in before and kind != "reissues":
            problems.append(f"{kind} is new")

    report["problems"] = problems
    return not problems


temp = tempfile.TemporaryDirectory(prefix="tickets-box-office-flow-")
state_path = os.path.join(temp.name, "state.json")
env = atspi.app_env()
env.pop("G_DEBUG", None)
for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    env[name] = os.path.join(temp.name, name.lower())
    os.makedirs(env[name])
env["GSETTINGS_BACKEND"] = "memory"

sandbox = subprocess.Popen([sandbox_exe, "--port", "0", "--state", state_path],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
base = sandbox.stdout.readline().strip()
# The sandbox writes its state as it starts: the fixture as it is before the app.
with open(state_path) as state_file:
    before = json.load(state_file)

log = open(os.path.join(os.environ.get("G_TEST_BUILDDIR", "/tmp"), "test-box-office-flow.log"), "w")
atspi.wait_for_registry()
app = subprocess.Popen([tickets, "--server", base, "--staff-user", "boxoffice", "--password-stdin",
                        "--event", f"{base}/events/{EVENT_TODAY}"],
                       env=env, stdin=subprocess.PIPE, stdout=log, stderr=log)
app.stdin.write(b"boxoffice-demo\n")
app.stdin.close()
accessible = atspi.find_app(timeout=30)
shown = {}
try:
    window = atspi.window_titled(accessible, EVENT_TITLE, timeout=30) if accessible else None
    tap.check(1, window is not None, "signed in from the command line to the sandbox, the counter open for the concert",
              f"server {base!r}; windows: " +
              (repr([accessible.getChildAtIndex(i).name for i in range(accessible.childCount)]) if accessible else ""))
    if window is None:
        sys.exit(1)

    # 1. A valid ticket, then a re-issued one.
    scan(CODE_VALID)
    valid = wait_card(window, "Valid")
    scan(CODE_REISSUED)
    reissued = wait_card(window, "Invalid: Re-issued")
    tap.check(2, valid is not None and reissued is not None,
              "a valid ticket reads Valid, a re-issued one Invalid: Re-issued",
              f"valid: {valid!r}; re-issued: {reissued!r}; now: {card(window)!r}")

    # 2. The first letters of a last name: the people found, as typed (Enter
    # would look the letters up as a barcode).
    atspi.focus_window(EVENT_TITLE)
    keys("ctrl+l")
    type_text(FOUND_PREFIX)
    found = wait_until(lambda: node_named(window, FOUND_NAME + ":"))
    # Down goes from the field into the people found.
    keys("Down")
    focused = wait_until(lambda: (atspi.focused_name(window) or "").startswith(FOUND_NAME + ":"), timeout=10)
    tap.check(3, found is not None and focused,
              f"typing “{FOUND_PREFIX}” finds {FOUND_NAME}, and Down goes to them",
              f"found: {found and found.name!r}; focus: {atspi.focused_name(window)!r}; card: {card(window)!r}")
    keys("Escape")

    # 3. A ticket that needs a name, named at the counter for that person.
    scan(CODE_NEEDS_NAME)
    needs = wait_card(window, "Needs a Name First")
    keys("ctrl+n")
    personalize = atspi.window_titled(accessible, "Personalize Ticket", timeout=20)
    picked = None
    if needs and personalize is not None:
        atspi.focus_window("Personalize Ticket")
        keys("ctrl+f")
        type_text(FOUND_PREFIX)
        picked = wait_until(lambda: node_named(personalize, FOUND_NAME + ":"))
        keys("Down")
        keys("Return")
    closed = wait_until(lambda: window_gone(accessible, "Personalize Ticket"))
    named = wait_card(window, "Valid", FOUND_NAME)
    tap.check(4, needs is not None and picked is not None and closed and named is not None,
              f"Ctrl+N, Ctrl+F, “{FOUND_PREFIX}”, Down, Enter: the ticket that needed a name is Valid, "
              f"held by {FOUND_NAME}",
              f"needs a name: {needs!r}; dialog: {personalize!r}; found there: {picked is not None}; "
              f"closed: {closed!r}; card: {card(window)!r}")

    # 4. Another ticket, re-issued to a new customer.
    scan(CODE_REISSUE_DEMO)
    scanned = wait_card(window, "Valid", REISSUE_DEMO_HOLDER)
    keys("ctrl+r")
    dialog = atspi.window_titled(accessible, "Re-issue Tickets", timeout=20)
    ticked = None
    if scanned and dialog is not None:
        atspi.focus_window("Re-issue Tickets")
        # The order loaded, the focus is on Continue; the scanned ticket ticked.
        wait_until(lambda: atspi.focused_name(dialog) == "Continue")
        ticked = [node.name for node in atspi.walk(dialog)
                  if node.getRole() == pyatspi.ROLE_CHECK_BOX and node.getState().contains(pyatspi.STATE_CHECKED)]
        keys("Return")
        type_text(CUSTOMER["first_name"])
        keys("Tab")
        type_text(CUSTOMER["last_name"])
        keys("Tab")
        type_text(CUSTOMER["date_of_birth"])
        keys("Tab", "Tab")             # past the calendar button, onto Gender
        keys(GENDER_KEY)
        keys("Tab")
        type_text(CUSTOMER["email"])
        keys("ctrl+Return")
        # The confirmation: the focus starts on Cancel; Tab to the
        # destructive button.
        wait_until(lambda: atspi.focused_name(dialog) == "Cancel")
        keys("Tab")
        shown["confirm"] = atspi.focused_name(dialog)
        if shown["confirm"] == "Re-issue 1 Ticket":
            keys("Return")
        reference = wait_until(lambda: atspi.find_text(dialog, "New order "), timeout=20)
        shown["reference"] = reference.name[len("New order "):] if reference else None
        new_row = wait_until(lambda: node_named(dialog, "Print "))
        shown["code"] = new_row.name[len("Print "):] if new_row else None
    tap.check(5, ticked is not None and len(ticked) == 1 and CODE_REISSUE_DEMO in ticked[0],
              "Ctrl+R: the re-issue offers the order's tickets with the scanned one ticked", f"ticked: {ticked!r}")
    tap.check(6, shown.get("confirm") == "Re-issue 1 Ticket" and shown.get("reference") and shown.get("code"),
              "the customer typed, the destructive button pressed: the new order and its barcode are shown",
              repr(shown))

    if dialog is not None:
        atspi.focus_window("Re-issue Tickets")
        keys("Escape")
        wait_until(lambda: window_gone(accessible, "Re-issue Tickets"))
    # The card looked the old barcode up again: it no longer works.
    after_card = wait_card(window, "Invalid: Re-issued", REISSUE_DEMO_HOLDER)
    tap.check(7, after_card is not None, "back at the counter, the card says the old barcode is re-issued",
              f"card: {card(window)!r}")
    atspi.check_app_clean(tap, 8, app, log)
finally:
    atspi.stop_app(app)
    sandbox.send_signal(signal.SIGTERM)
    try:
        sandbox.wait(timeout=10)
    except subprocess.TimeoutExpired:
        sandbox.kill()
    atspi.stop_bus()
    log.close()

with open(state_path) as state_file:
    after = json.load(state_file)
report = {}
ok = expected_changes(before, after, report)
tap.check(9, ok, "the sandbox's state holds exactly the named ticket, the re-issued one, and the new order, "
          "ticket and customer", "\n".join(report.get("problems", [])))
tap.check(10, ok and report.get("order") == shown.get("reference") and report.get("code") == shown.get("code"),
          "the new order's reference and barcode shown are the ones the sandbox made",
          f"shown {shown!r}; stored {report!r}")
temp.cleanup()

sys.exit(tap.exit_status())
