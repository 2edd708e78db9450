#!/usr/bin/python3
# End-to-end: `tickets --demo` opens its window, as a screen reader sees it
# through AT-SPI, and the demo server it names answers the Shopping API.
#
# Usage: test-demo-window.py PATH-TO-TICKETS   (speaks TAP)
# Needs a display and a session bus (the test command runs it under
# xvfb-run and dbus-run-session); starts the accessibility bus itself.

import base64
import json
import os
import re
import subprocess
import sys
import time
import urllib.request

os.environ["GTK_A11Y"] = "atspi"
os.environ.pop("NO_AT_BRIDGE", None)
# fatal-warnings is for the app under test: the AT-SPI client library warns
# while the registry starts up, which must not kill the test itself.
app_debug = os.environ.pop("G_DEBUG", None)

bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(1)

import pyatspi  # noqa: E402  (needs the accessibility bus started above)

tickets = sys.argv[1]
env = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8")
if app_debug:
    env["G_DEBUG"] = app_debug


def wait_for_registry(timeout=10):
    """The app registers with the accessibility registry as it starts, so
    the registry must be up first (asking for the desktop activates it)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            pyatspi.Registry.getDesktop(0).childCount
            return
        except Exception:
            time.sleep(0.2)


def start_app():
    # Its output must not hold meson's pipes open should this script die.
    return subprocess.Popen([tickets, "--demo"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


wait_for_registry()
app = start_app()

print("1..3")
failed = False


def check(number, ok, description, diagnostic=""):
    global failed
    print(("ok" if ok else "not ok") + f" {number} - {description}")
    if not ok:
        failed = True
        for line in diagnostic.splitlines():
            print("# " + line)


def find_app(timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                child = desktop.getChildAtIndex(i)
                if child is not None and child.name in ("tickets", "Tickets", "org.example.Tickets"):
                    if child.childCount > 0:
                        return child
        except Exception:
            # The registry may still be starting; ask again.
            pass
        time.sleep(0.5)
    return None


def walk(node, depth=0):
    yield node
    if depth > 40:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


try:
    accessible = find_app(timeout=10)
    attempts = 1
    # Should the registry still have missed the app's registration, a
    # restarted app registers again; a window that never shows still fails.
    while accessible is None and attempts < 3:
        app.terminate()
        app.wait(timeout=10)
        app = start_app()
        accessible = find_app(timeout=10)
        attempts += 1
        print(f"# the app was not seen on the accessibility bus; started it again (attempt {attempts})")
    window = accessible.getChildAtIndex(0) if accessible else None
    check(1, window is not None and window.name == "Tickets",
          "the demo window is shown, titled Tickets",
          f"application: {accessible!r}, window: {window.name if window else None!r}")

    texts = []
    if window is not None:
        for node in walk(window):
            try:
                # GTK 4.8 names a label by its text.
                if node.getRole() == pyatspi.ROLE_LABEL:
                    texts.append(node.name)
            except Exception:
                pass
    match = next((re.search(r"http://127\.0\.0\.1:\d+", t) for t in texts if "127.0.0.1" in t), None)
    check(2, match is not None, "the window names its demo server", "labels: " + repr(texts))

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
    check(3, ok, "the demo server answers the Shopping API root", diagnostic)
finally:
    app.terminate()
    try:
        app.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app.kill()
    bus.terminate()

sys.exit(1 if failed else 0)
