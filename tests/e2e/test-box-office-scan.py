#!/usr/bin/python3
# End-to-end: staff sign in to the demo's box office from the command line,
# the password piped to --password-stdin, the counter opened for today's
# concert with --event; a barcode typed as a scanner types it (real key
# presses through xdotool, then Enter) gives the verdict, whose title is
# read through AT-SPI the way a screen reader reads it.
#
# Usage: test-box-office-scan.py PATH-TO-TICKETS   (speaks TAP)
# Needs an X display (the test command runs it under xvfb-run).

import os
import shutil
import subprocess
import sys

# The demo's fixture (src/sandbox/tickets-sandbox.h): today's concert and
# the valid ticket of its counter.
EVENT_TODAY = "4a1b7c0e5d2f4e3a9b8c6d5e4f3a2b10"
EVENT_TITLE = "Harbour Lights Concert"
CODE_VALID = "8714523690120"

tickets = sys.argv[1]

if shutil.which("xdotool") is None or "DISPLAY" not in os.environ:
    print("1..3")
    for n in range(1, 4):
        print(f"ok {n} # SKIP needs xdotool and an X display")
    sys.exit(0)

import atspi  # noqa: E402  (starts the accessibility bus)
from atspi import keys, pyatspi, type_text  # noqa: E402

tap = atspi.Tap(3)


def start(command, log):
    """start_logged(), with the password on the app's standard input."""
    env = atspi.app_env()
    env.pop("G_DEBUG", None)
    atspi.wait_for_registry()
    process = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=log, stderr=log)
    process.stdin.write(b"boxoffice-demo\n")
    process.stdin.close()
    return process, atspi.find_app(timeout=20)


def verdict_title(window, titles):
    """The title of the verdict card on show, None before one: the card is
    read out as its title, then why ("Valid", "Already Scanned. …"); the
    shift log's rows, which name verdicts too, are read out differently."""
    for node in atspi.walk(window):
        try:
            if node.getRole() == pyatspi.ROLE_LABEL:
                continue
            for title in titles:
                if node.name == title or node.name.startswith(title + ". "):
                    return title
        except Exception:
            pass
    return None


log = open(os.path.join(os.environ.get("G_TEST_BUILDDIR", "/tmp"), "test-box-office-scan.log"), "w")
process, accessible = start([tickets, "--demo", "--staff-user", "boxoffice", "--password-stdin",
                             "--event", EVENT_TODAY], log)
try:
    # Signed in, the counter opens for the concert, which the header names
    # once today's events are listed.
    window = atspi.window_titled(accessible, EVENT_TITLE, timeout=30) if accessible else None
    tap.check(1, window is not None, "signed in from the command line, the counter is open for today's concert",
              f"application: {accessible!r}; windows: " +
              (repr([accessible.getChildAtIndex(i).name for i in range(accessible.childCount)])
               if accessible else ""))

    title = None
    if window is not None:
        atspi.focus_window(EVENT_TITLE)
        # A scanner types the code and Enter, fast.
        type_text(CODE_VALID)
        keys("Return")
        title = atspi.wait_until(lambda: verdict_title(window, ("Valid", "Not Found", "Not for This Event",
                                                                "Already Scanned")), timeout=20)
    tap.check(2, title == "Valid", "the scanned valid ticket gives the verdict Valid", f"verdict: {title!r}")

    atspi.check_app_clean(tap, 3, process, log)
finally:
    atspi.stop_app(process)
    atspi.stop_bus()
    log.close()

sys.exit(tap.exit_status())
