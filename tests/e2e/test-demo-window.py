#!/usr/bin/python3
# End-to-end: `tickets --demo` opens its window, as a screen reader sees it
# through AT-SPI, and the demo server it names answers the Shopping API.
#
# Usage: test-demo-window.py PATH-TO-TICKETS   (speaks TAP)
# Needs a display and a session bus (the test command runs it under
# xvfb-run and dbus-run-session); starts the accessibility bus itself.

import base64
import json
import re
import sys
import urllib.request

import atspi
from atspi import pyatspi

tap = atspi.Tap(3)
app, accessible = atspi.start_app([sys.argv[1], "--demo"], atspi.app_env())
try:
    window = atspi.window_titled(accessible, "Tickets") if accessible else None
    tap.check(1, window is not None, "the demo window is shown, titled Tickets",
              f"application: {accessible!r}")

    texts = []
    if window is not None:
        for node in atspi.walk(window):
            try:
                # GTK 4.8 names a label by its text.
                if node.getRole() == pyatspi.ROLE_LABEL:
                    texts.append(node.name)
            except Exception:
                pass
    match = next((re.search(r"http://127\.0\.0\.1:\d+", t) for t in texts if "127.0.0.1" in t), None)
    tap.check(2, match is not None, "the window names its demo server", "labels: " + repr(texts))

    ok = False
    diagnostic = ""
    if match:
        request = urllib.request.Request(match.group(0) + "/")
        credentials = base64.b64encode(b"boxoffice:boxoffice-demo").decode()
        request.add_header("Authorization", "Basic " + credentials)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                root = json.load(response)
                ok = response.status == 200 and "shop:tickets" in root["_links"]
        except Exception as error:
            diagnostic = str(error)
    tap.check(3, ok, "the demo server answers the Shopping API root", diagnostic)
finally:
    atspi.stop_app(app)
    atspi.stop_bus()

sys.exit(tap.exit_status())
