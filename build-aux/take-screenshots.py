#!/usr/bin/python3
"""Takes the README's and the metainfo's screenshots from the real app.

Run from the repository root, after building, under a display with a
session bus and the accessibility bus started by this script:

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        /usr/bin/python3 build-aux/take-screenshots.py build/src/tickets data/screenshots

It drives `tickets --demo` through AT-SPI and real key presses (xdotool) and
saves each view with ImageMagick's `import`.
"""

import gettext
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
import atspi  # noqa: E402  (starts the accessibility bus)
from atspi import keys, press, type_text  # noqa: E402

tickets, out = sys.argv[1], sys.argv[2]
build = os.path.dirname(os.path.dirname(os.path.abspath(tickets)))
schemas = os.path.join(build, "data")
localedir = os.path.join(build, "po")
_ = str


def speak(language):
    """Names the test looks for, in the language the app is started in."""
    global _
    translation = gettext.translation("tickets", localedir, languages=[language], fallback=True)
    _ = lambda text: translation.gettext(text).replace("_", "")  # noqa: E731


def wait_title(app, name):
    window = atspi.window_titled(app, name)
    if window is None:
        raise SystemExit(f"no window titled {name!r}")
    time.sleep(0.5)
    return window


def shoot(title, name):
    window = atspi.focus_window(title)
    time.sleep(0.6)
    subprocess.run(["import", "-window", window, os.path.join(out, name)], check=True)
    return window


def session(extra_env, steps):
    env = atspi.app_env(GSETTINGS_BACKEND="memory", GSETTINGS_SCHEMA_DIR=schemas, TICKETS_LOCALEDIR=localedir)
    env.update(extra_env)
    app_process, app = atspi.start_app([tickets, "--demo"], env)
    try:
        steps(app)
    finally:
        atspi.stop_app(app_process)


def light(app):
    shoot("Tickets", "welcome.png")
    press(wait_title(app, "Tickets"), "Open the Demo Order")
    order = wait_title(app, "Order DEMO-0001")
    shoot("Order DEMO-0001", "order.png")
    keys("Return")
    wait_title(app, "Ticket Holder")
    type_text("Sanne")
    keys("Tab")
    type_text("Bakker")
    keys("Tab")
    type_text("1994-03-08")
    keys("Tab", "Tab", "Tab")
    type_text("sanne.bakker@")
    keys("ctrl+Return")
    time.sleep(0.5)
    shoot("Ticket Holder", "personalization-form.png")
    keys("alt+Left")
    order = wait_title(app, "Order DEMO-0001")
    press(order, "Name Several Tickets…")
    wait_title(app, "Name Several Tickets")
    shoot("Name Several Tickets", "several-tickets.png")


def dark_and_narrow(app):
    press(wait_title(app, "Tickets"), "Open the Demo Order")
    wait_title(app, "Order DEMO-0001")
    window = shoot("Order DEMO-0001", "order-dark.png")
    subprocess.run(["xdotool", "windowsize", "--sync", window, "360", "720"], capture_output=True)
    time.sleep(1.5)
    shoot("Order DEMO-0001", "order-narrow.png")


def translated(language, locale):
    """The order in one language, a ticket's form in another."""
    def steps(app):
        speak(language)
        welcome = wait_title(app, _("Tickets"))
        press(welcome, _("_Open the Demo Order"))
        title = _("Order %s") % "DEMO-0001"
        wait_title(app, title)
        if language == "nl":
            shoot(title, "order-nl.png")
            return
        keys("Return")
        wait_title(app, _("Ticket Holder"))
        type_text("Lena")
        keys("Tab")
        type_text("Schmidt")
        keys("Tab")
        type_text("08.03.1994")
        keys("Tab", "Tab", "Tab")
        type_text("lena.schmidt@")
        keys("ctrl+Return")
        time.sleep(0.5)
        shoot(_("Ticket Holder"), "personalization-form-de.png")
    return steps


# The demo's box office (src/sandbox/tickets-sandbox.h): today's concert,
# and a ticket in every verdict state, each shot as the counter shows it.
EVENT_TODAY = "4a1b7c0e5d2f4e3a9b8c6d5e4f3a2b10"
VERDICTS = [
    ("valid", "8714523690120"),
    ("scanned", "8714523690137"),
    ("reissued", "8714523690144"),
    ("cancelled", "8714523690151"),
    ("voided", "8714523690168"),
    ("expired", "8714523690175"),
    ("subscription", "8714523690182"),
    ("needs-name", "8714523690199"),
    ("other-event", "1139652529542"),
    ("not-found", "0000000000017"),
]


def box_office():
    """Signed in on the command line, the password on standard input."""
    env = atspi.app_env(GSETTINGS_BACKEND="memory", GSETTINGS_SCHEMA_DIR=schemas, TICKETS_LOCALEDIR=localedir)
    atspi.wait_for_registry()
    process = subprocess.Popen([tickets, "--demo", "--staff-user", "boxoffice", "--password-stdin",
                                "--event", EVENT_TODAY], env=env, stdin=subprocess.PIPE,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    process.stdin.write(b"boxoffice-demo\n")
    process.stdin.close()
    try:
        app = atspi.find_app(timeout=20)
        title = "Harbour Lights Concert"
        wait_title(app, title)
        for name, code in VERDICTS:
            atspi.focus_window(title)
            type_text(code)
            keys("Return")
            time.sleep(1.5)
            shoot(title, f"counter-{name}.png")
        atspi.focus_window(title)
        type_text("smi")
        time.sleep(2)
        shoot(title, "counter-search.png")
    finally:
        atspi.stop_app(process)


try:
    box_office()
    session({}, light)
    session({"ADW_DEBUG_COLOR_SCHEME": "prefer-dark"}, dark_and_narrow)
    session({"LANGUAGE": "nl", "LC_ALL": "nl_NL.UTF-8"}, translated("nl", "nl_NL.UTF-8"))
    session({"LANGUAGE": "de", "LC_ALL": "de_DE.UTF-8"}, translated("de", "de_DE.UTF-8"))
finally:
    atspi.stop_bus()
