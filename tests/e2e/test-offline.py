#!/usr/bin/python3
# End-to-end: the app with its server gone, against the sandbox as a
# program of its own (issue 13's "Must show").
#   A. The order opened once with the sandbox up; the sandbox killed; the
#      app started again the same way shows the order's tickets from its
#      cache (made 12 minutes older first), with the line "Offline, last
#      updated 12 minutes ago".
#   B. With the sandbox still down, a ticket that needs a name is named by
#      keyboard and saved: the form closes, a toast and the ticket's row say
#      it is not sent yet. The app is SIGKILLed, the sandbox started again
#      on the same port and state file, the app started again: the change
#      kept in its outbox goes through, a toast says "Sent: …", and the
#      sandbox's state then holds exactly one personalization of that
#      ticket, for the person typed.
# The app keeps its cache and outbox in the test's own XDG folders. Prints
# for the record how long the cached order took to show (from the launch
# to its tickets on the accessibility bus, which includes the app's start
# and AT-SPI's own latency): "offline reopen N ms".
#
# Usage: test-offline.py PATH-TO-TICKETS PATH-TO-TICKETS-SANDBOX   (speaks TAP)
# Needs an X display (the test command runs it under xvfb-run).

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

# The fixture (src/sandbox/tickets-sandbox.h, data/sandbox-fixture.json).
ORDER = "1a701ca300944a0da88212b5c18e74d2"
ORDER_TOKEN = "demo-order-token"
ORDER_TITLE = "Order DEMO-0001"
# The order's ticket already named, shown by its barcode in every run.
CODE_NAMED = "7746094553253"
HOLDER = {"first_name": "Maartje", "last_name": "Offerman", "date_of_birth": "1990-05-14",
          "email": "maartje.offerman@example.org", "gender": 2}
GENDER_KEYS = {1: "m", 2: "f", 9: "o"}
SEED = "13"
# How old the cached copy is made before the app reads it offline: the
# line must say its age.
AGE_MINUTES = 12
# What a ticket's row says of a change kept in the outbox.
ROW_QUEUED = "Not sent yet: kept on this computer"

PLAN = 8

if len(sys.argv) < 3 or shutil.which("xdotool") is None or "DISPLAY" not in os.environ:
    print(f"1..{PLAN}")
    for n in range(1, PLAN + 1):
        print(f"ok {n} # SKIP needs the app, the sandbox, xdotool and an X display")
    sys.exit(0)

tickets, sandbox_exe = sys.argv[1], sys.argv[2]

import atspi  # noqa: E402  (starts the accessibility bus)
from atspi import keys, pyatspi, type_text, wait_until  # noqa: E402

tap = atspi.Tap(PLAN)

temp = tempfile.TemporaryDirectory(prefix="tickets-offline-")
state_path = os.path.join(temp.name, "state.json")
env = atspi.app_env()
# Without a window manager GTK warns about focus-out events; the logs are
# read instead (atspi.log_problems()).
env.pop("G_DEBUG", None)
for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    env[name] = os.path.join(temp.name, name.lower())
    os.makedirs(env[name])
env["GSETTINGS_BACKEND"] = "memory"

builddir = os.environ.get("G_TEST_BUILDDIR", "/tmp")
sandbox = None
app = None
logs = []
began = time.monotonic()


def phase(what):
    """For the record, where the test's time goes."""
    print(f"# {time.monotonic() - began:5.1f} s: {what}")


def start_sandbox(port):
    """The sandbox on port (0: a free one) with the test's state file;
    returns its base URI."""
    global sandbox
    sandbox = subprocess.Popen([sandbox_exe, "--port", str(port), "--state", state_path, "--seed", SEED],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return sandbox.stdout.readline().strip()


def stop_sandbox(sig):
    sandbox.send_signal(sig)
    try:
        sandbox.wait(timeout=10)
    except subprocess.TimeoutExpired:
        sandbox.kill()
        sandbox.wait()


def start(run):
    """The app signed in to the order from the command line, as each run
    starts it; returns its accessible (None when it never showed) and the
    time of the launch."""
    global app
    log = open(os.path.join(builddir, f"test-offline-{run}.log"), "w")
    logs.append(log)
    atspi.wait_for_registry()
    launched = time.monotonic()
    app = subprocess.Popen([tickets, "--server", base, "--order", ORDER, "--order-token", ORDER_TOKEN],
                           env=env, stdout=log, stderr=log)
    return atspi.find_app(timeout=30), launched


def rows(window):
    """The names of the order's ticket rows on show (a row is read out as
    its product, status and holder), by barcode."""
    shown = {}
    for node in atspi.walk(window):
        try:
            if node.getRole() == pyatspi.ROLE_LABEL and node.name.isdigit() and len(node.name) == 13:
                row = node.parent
                for _ in range(6):
                    if row is None or row.name:
                        break
                    row = row.parent
                shown[node.name] = row.name if row is not None else ""
        except Exception:
            pass
    return shown


def order_shown(accessible, timeout=30):
    """Waits for the order's window and its tickets, asking as often as a
    walk of the window allows (atspi.window_titled() would wait half a
    second more); returns the window and its rows."""
    deadline = time.monotonic() + timeout
    while accessible is not None and time.monotonic() < deadline:
        try:
            for i in range(accessible.childCount):
                window = accessible.getChildAtIndex(i)
                if window.name == ORDER_TITLE:
                    shown = rows(window)
                    if CODE_NAMED in shown:
                        return window, shown
        except Exception:
            pass
        time.sleep(0.05)
    return None, {}


def texts_starting(window, prefix):
    """The texts of the labels under window that start with prefix."""
    texts = []
    for node in atspi.walk(window):
        try:
            if node.getRole() == pyatspi.ROLE_LABEL and node.name.startswith(prefix):
                texts.append(node.name)
        except Exception:
            pass
    return texts


def text_starting(window, prefix):
    found = atspi.find_text(window, prefix)
    return found.name if found is not None else None


def state():
    with open(state_path) as state_file:
        return json.load(state_file)


def age_cache(minutes):
    """Makes every copy in the app's caches minutes older, as if the app
    had last run that long ago (the column is the fetch time, in unix
    seconds: src/core/tickets-cache.c). Returns how many were aged."""
    aged = 0
    folder = os.path.join(env["XDG_CACHE_HOME"], "tickets")
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else ():
        if name.endswith(".sqlite"):
            with sqlite3.connect(os.path.join(folder, name)) as db:
                aged += db.execute("UPDATE resources SET fetched = fetched - ?", (minutes * 60,)).rowcount
            db.close()
    return aged


def quit_app():
    """Ctrl+Q, as a user quits; a terminate if it did not end."""
    atspi.focus_window(ORDER_TITLE)
    keys("ctrl+q")
    try:
        app.wait(timeout=10)
    except subprocess.TimeoutExpired:
        atspi.stop_app(app)


base = start_sandbox(0)
port = int(base.rsplit(":", 1)[1])
before = state()
try:
    # A. Online first: the order as the server has it, kept in the cache.
    accessible, launched = start("online")
    window, shown = order_shown(accessible)
    online_ms = round((time.monotonic() - launched) * 1000)
    tap.check(1, window is not None and len(shown) == 4 and not text_starting(window, "Offline"),
              "with the sandbox up, the order opens with its four tickets and no offline line",
              f"server {base}; rows {shown!r}")
    phase("online run done")
    quit_app()
    phase("quit")

    # The server gone, the same command again: the cached order at once.
    stop_sandbox(signal.SIGKILL)
    aged = age_cache(AGE_MINUTES)
    accessible, launched = start("offline")
    window, shown = order_shown(accessible)
    reopen_ms = round((time.monotonic() - launched) * 1000)
    line = f"Offline, last updated {AGE_MINUTES} minutes ago"
    offline = wait_until(lambda: text_starting(window, "Offline"), timeout=10) if window else None
    tap.check(2, window is not None and len(shown) == 4,
              "with the sandbox stopped, the app started again shows the order's four tickets from its cache",
              f"rows {shown!r}")
    tap.check(3, offline == line, f"the order is marked “{line}”",
              f"offline line {offline!r}; copies aged {aged}")
    print(f"# offline reopen {reopen_ms} ms (online open {online_ms} ms), line {offline!r}")
    phase("offline reopen checked")

    # B. A ticket that needs a name, named while the server is down. The
    # focus starts on the first such ticket; Enter opens it.
    needing = [code for code, name in shown.items() if "Needs a name" in name]
    named_code = None
    says = row_says = None
    if window is not None and needing:
        atspi.focus_window(ORDER_TITLE)
        keys("Return")
        form = atspi.window_titled(accessible, "Ticket Holder", timeout=20)
        if form is not None:
            type_text(HOLDER["first_name"])
            keys("Tab")
            type_text(HOLDER["last_name"])
            keys("Tab")
            type_text(HOLDER["date_of_birth"])
            keys("Tab", "Tab")             # past the calendar button, onto Gender
            keys(GENDER_KEYS[HOLDER["gender"]])
            keys("Tab")
            type_text(HOLDER["email"])
            keys("ctrl+Return")
            # Kept in the outbox, nothing is lost: the form closes by itself
            # and a toast says why it is not sent yet (not the row's words:
            # the order's page, hidden meanwhile, is on the bus too).
            says = wait_until(lambda: next((text for text in texts_starting(form, "Not sent yet")
                                            if text != ROW_QUEUED), None), timeout=20)
            window = atspi.window_titled(accessible, ORDER_TITLE, timeout=20)

            def queued_row():
                for code, name in rows(window).items() if window else ():
                    if "Not sent yet" in name:
                        return code, name
                return None
            found = wait_until(queued_row, timeout=20)
            if found:
                named_code, row_says = found
    tap.check(4, says is not None and window is not None and row_says is not None and ROW_QUEUED in row_says,
              "saved with the sandbox down, the form closes saying “Not sent yet”, and the ticket's row says "
              "it is kept on this computer",
              f"needing a name {needing!r}; said {says!r}; back on the order {window is not None}; "
              f"row {row_says!r}")
    print(f"# saved offline: {says!r}; row {row_says!r}")
    phase("saved offline")

    # The app killed outright; the outbox on disk holds the change.
    app.send_signal(signal.SIGKILL)
    app.wait()
    outbox = os.path.join(env["XDG_DATA_HOME"], "tickets", "outbox.sqlite")
    unchanged = state() == before

    # The sandbox back on the same port and state; the app started again.
    base = start_sandbox(port)
    accessible, launched = start("resumed")
    toast = None
    window = atspi.window_titled(accessible, ORDER_TITLE, timeout=30) if accessible else None
    if window is not None:
        # The toast lasts a few seconds: look for it first.
        toast = wait_until(lambda: text_starting(window, "Sent: "), timeout=30)
    tap.check(5, os.path.exists(outbox) and unchanged and toast is not None,
              "with the sandbox started again, the app started again sends the change it kept, and a toast "
              "says “Sent: …”",
              f"server {base}; outbox file {os.path.exists(outbox)}; sandbox untouched before {unchanged}; "
              f"toast {toast!r}")
    print(f"# toast {toast!r}")
    phase("toast seen")

    holder = f"{HOLDER['first_name']} {HOLDER['last_name']}"
    named_row = wait_until(lambda: (lambda name: name if name and holder in name else None)(
        rows(window).get(named_code) if window else None), timeout=20)
    tap.check(6, named_row is not None, f"the ticket's row then names {holder}",
              f"ticket {named_code!r}; rows {rows(window) if window else None!r}")
    # Every run, the one killed included, logged no warning.
    problems = [line for log in logs for line in atspi.log_problems(log)]
    tap.check(7, app.poll() is None and not problems, "the app is still running, and no run logged a warning",
              f"exit {app.poll()!r}\n" + "".join(problems))
finally:
    if app is not None and app.poll() is None:
        atspi.stop_app(app)
    if sandbox is not None and sandbox.poll() is None:
        stop_sandbox(signal.SIGTERM)
    atspi.stop_bus()
    for log in logs:
        log.close()

# Exactly one personalization of that ticket, for the person typed.
after = state()
by_ticket = {t["code"]: t for t in after["tickets"]}
ticket = by_ticket.get(named_code) if named_code else None
naming = [p for p in after["personalizations"] if ticket and ticket["uid"] in p["tickets"]]
consumers = {c["uid"]: c for c in after["consumers"]}
consumer = consumers.get(ticket["consumer"]) if ticket and ticket.get("consumer") else None
new = [p for p in after["personalizations"] if p not in before["personalizations"]]
tap.check(8, len(naming) == 1 and len(new) == 1 and consumer is not None and
          all(str(consumer.get(k)) == str(v) for k, v in HOLDER.items()),
          "the sandbox holds exactly one personalization of that ticket, for the person typed",
          f"ticket {named_code!r}; personalizations of it {json.dumps(naming)}; new {json.dumps(new)}; "
          f"consumer {json.dumps(consumer)}")
temp.cleanup()

sys.exit(tap.exit_status())
