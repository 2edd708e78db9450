#!/usr/bin/python3
"""Takes the README's and the metainfo's screenshots from the real app.

Run from the repository root, after building, under a display with a
session bus and the accessibility bus started by this script:

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        /usr/bin/python3 build-aux/take-screenshots.py build/src/tickets data/screenshots

It drives `tickets --demo` through AT-SPI and real key presses (xdotool) and
saves each view with ImageMagick's `import`.
"""

import os
import subprocess
import sys
import time

os.environ["GTK_A11Y"] = "atspi"
os.environ.pop("NO_AT_BRIDGE", None)
bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(1)
import pyatspi  # noqa: E402

tickets, out = sys.argv[1], sys.argv[2]
schemas = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(tickets))), "data")


def find_app(timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                child = desktop.getChildAtIndex(i)
                if child is not None and child.name in ("tickets", "Tickets") and child.childCount > 0:
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


def wait_title(app, name, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for i in range(app.childCount):
            if app.getChildAtIndex(i).name == name:
                time.sleep(1.0)
                return app.getChildAtIndex(i)
        time.sleep(0.2)
    raise SystemExit(f"no window titled {name!r}")


def press(window, name):
    for node in walk(window):
        try:
            if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and node.name == name:
                node.queryAction().doAction(0)
                return
        except Exception:
            pass
    raise SystemExit(f"no button {name!r}")


def choose(app, window, menu, item, timeout=5):
    for node in walk(window):
        try:
            if node.name == menu and node.getRole() in (pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON):
                node.queryAction().doAction(0)
                break
        except Exception:
            pass
    deadline = time.time() + timeout
    while time.time() < deadline:
        for node in walk(app):
            try:
                if node.getRole() == pyatspi.ROLE_MENU_ITEM and node.name.replace("_", "") == item:
                    node.queryAction().doAction(0)
                    return
            except Exception:
                pass
        time.sleep(0.3)
    raise SystemExit(f"no menu item {item!r}")


def keys(*names):
    subprocess.run(["xdotool", "key", "--delay", "120", *names], check=True)
    time.sleep(0.4)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "30", text], check=True)


def shoot(title, name):
    window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
                            capture_output=True, text=True).stdout.split()[-1]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], capture_output=True)
    time.sleep(0.6)
    subprocess.run(["import", "-window", window, os.path.join(out, name)], check=True)
    return window


def session(extra_env, steps):
    env = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8", GSETTINGS_BACKEND="memory",
               GSETTINGS_SCHEMA_DIR=schemas, **extra_env)
    app_process = subprocess.Popen([tickets, "--demo"], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        app = find_app()
        steps(app)
    finally:
        app_process.terminate()
        app_process.wait(timeout=10)


def light(app):
    shoot("Tickets", "welcome.png")
    press(wait_title(app, "Tickets"), "Open the Demo Order")
    order = wait_title(app, "Order DEMO-0001")
    shoot("Order DEMO-0001", "order.png")
    keys("Down", "Return")
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
    keys("Escape")
    order = wait_title(app, "Order DEMO-0001")
    choose(app, order, "Order Actions", "Name Several Tickets…")
    wait_title(app, "Name Several Tickets")
    shoot("Name Several Tickets", "several-tickets.png")


def dark_and_narrow(app):
    press(wait_title(app, "Tickets"), "Open the Demo Order")
    wait_title(app, "Order DEMO-0001")
    window = shoot("Order DEMO-0001", "order-dark.png")
    subprocess.run(["xdotool", "windowsize", "--sync", window, "360", "720"], capture_output=True)
    time.sleep(1.5)
    shoot("Order DEMO-0001", "order-narrow.png")
    keys("Down", "Return")
    wait_title(app, "Ticket Holder")
    shoot("Ticket Holder", "form-narrow.png")


try:
    session({}, light)
    session({"ADW_DEBUG_COLOR_SCHEME": "prefer-dark"}, dark_and_narrow)
finally:
    bus.terminate()
