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
import subprocess
import sys
import time

os.environ["GTK_A11Y"] = "atspi"
os.environ.pop("NO_AT_BRIDGE", None)
app_debug = os.environ.pop("G_DEBUG", None)

bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(1)

import pyatspi  # noqa: E402  (needs the accessibility bus started above)

tickets = sys.argv[1]
env = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8")
if app_debug:
    env["G_DEBUG"] = app_debug

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SWITCH
    if hasattr(pyatspi, "ROLE_SWITCH") else pyatspi.ROLE_TOGGLE_BUTTON,
}

PAGES = ["the welcome", "the order", "a ticket's form", "naming several tickets", "the history"]
print(f"1..{len(PAGES)}")
failed = False


def check(number, ok, description, diagnostic=""):
    global failed
    print(("ok" if ok else "not ok") + f" {number} - {description}")
    if not ok:
        failed = True
        for line in str(diagnostic).splitlines():
            print("# " + line)


def wait_for_registry(timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            pyatspi.Registry.getDesktop(0).childCount
            return
        except Exception:
            time.sleep(0.2)


def find_app(timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                child = desktop.getChildAtIndex(i)
                if child is not None and child.name in ("tickets", "Tickets", "org.example.Tickets") \
                        and child.childCount > 0:
                    return child
        except Exception:
            pass
        time.sleep(0.5)
    return None


def walk(node, depth=0):
    yield node
    if depth > 60:
        return
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk(child, depth + 1)


def window_titled(accessible, name, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            for i in range(accessible.childCount):
                window = accessible.getChildAtIndex(i)
                if window.name == name:
                    time.sleep(0.5)
                    return window
        except Exception:
            pass
        time.sleep(0.2)
    return None


def visible(node):
    states = node.getState()
    return states.contains(pyatspi.STATE_VISIBLE) and states.contains(pyatspi.STATE_SENSITIVE) or \
        states.contains(pyatspi.STATE_VISIBLE)


def bad_names(window):
    """Controls of the page on show whose names a screen reader would garble."""
    problems = []
    for node in walk(window):
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


def press(window, name):
    """Presses the button a screen reader knows as name."""
    for node in walk(window):
        try:
            if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and node.name == name and \
                    node.getState().contains(pyatspi.STATE_SENSITIVE):
                node.queryAction().doAction(0)
                return True
        except Exception:
            pass
    return False


def choose(accessible, window, menu, item, timeout=5):
    """Opens the menu button a screen reader knows as menu, then its item."""
    for node in walk(window):
        try:
            if node.name == menu and node.getRole() in (pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON):
                node.queryAction().doAction(0)
                break
        except Exception:
            pass
    deadline = time.time() + timeout
    while time.time() < deadline:
        for node in walk(accessible):
            try:
                if node.getRole() == pyatspi.ROLE_MENU_ITEM and node.name.replace("_", "") == item:
                    node.queryAction().doAction(0)
                    return True
            except Exception:
                pass
        time.sleep(0.3)
    return False


def start_app():
    return subprocess.Popen([tickets, "--demo"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


wait_for_registry()
app = start_app()
try:
    accessible = find_app(timeout=10)
    if accessible is None:
        app.terminate()
        app.wait(timeout=10)
        print("# the app was not seen on the accessibility bus; starting it again")
        app = start_app()
        accessible = find_app(timeout=10)

    window = window_titled(accessible, "Tickets") if accessible else None
    check(1, window is not None and not bad_names(window), "the welcome: every control has a clean name",
          "no window" if window is None else "\n".join(bad_names(window)))

    window = window_titled(accessible, "Order DEMO-0001") if window and press(window, "Open the Demo Order") else None
    check(2, window is not None and not bad_names(window), "the order: every control has a clean name",
          "the demo order did not open" if window is None else "\n".join(bad_names(window)))

    form = None
    if window is not None and shutil.which("xdotool") and "DISPLAY" in os.environ:
        # The focus is on the first ticket; the window must have the keyboard.
        subprocess.run(["xdotool", "search", "--name", "^Order DEMO-0001$", "windowfocus", "--sync"],
                       capture_output=True)
        subprocess.run(["xdotool", "key", "--delay", "150", "Down", "Return"], check=True)
        form = window_titled(accessible, "Ticket Holder")
    check(3, form is not None and not bad_names(form), "a ticket's form: every control has a clean name",
          "the form did not open" if form is None else "\n".join(bad_names(form)))
    if form is not None:
        press(form, "Back")
        window = window_titled(accessible, "Order DEMO-0001")

    batch = window_titled(accessible, "Name Several Tickets") \
        if window is not None and choose(accessible, window, "Order Actions", "Name Several Tickets…") else None
    check(4, batch is not None and not bad_names(batch), "naming several tickets: every control has a clean name",
          "the batch did not open" if batch is None else "\n".join(bad_names(batch)))
    if batch is not None:
        press(batch, "Back")
        window = window_titled(accessible, "Order DEMO-0001")

    history = window_titled(accessible, "Names Given") \
        if window is not None and choose(accessible, window, "Order Actions", "Names Given So Far") else None
    check(5, history is not None and not bad_names(history), "the history: every control has a clean name",
          "the history did not open" if history is None else "\n".join(bad_names(history)))
finally:
    app.terminate()
    try:
        app.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app.kill()
    bus.terminate()

sys.exit(1 if failed else 0)
