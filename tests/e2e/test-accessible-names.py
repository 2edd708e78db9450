#!/usr/bin/python3
# End-to-end: every name a screen reader reads on every page a fan reaches
# in `tickets --demo`, in the language the test runs in (LANGUAGE and LC_ALL,
# as meson sets them for each of the nine; English by default):
#
# - every control has a name: not empty, no mnemonic underscore, not the
#   same words twice ("Back Back");
# - no name is a GTK type name ("GtkToggleButton", "AdwGizmo"), which GTK
#   4.8 reads out for what has no name of its own, except where no screen
#   reader reads it (layout fillers, scroll bars, panels);
# - no name says a word twice in a row ("Back to the history History").
#
# The pages are reached through AT-SPI actions, real key presses (Return
# on a list, which GTK 4.8 does not expose) and clicks, in two starts of the
# app: My tickets and, after signing out, the welcome and the demo order
# with its pages; then a friend's request.
#
# Usage: test-accessible-names.py PATH-TO-TICKETS   (speaks TAP)

import gettext
import os
import re
import shutil
import subprocess
import sys
import time

import atspi
from atspi import pyatspi

LANGUAGE = (os.environ.get("LANGUAGE") or "en").split(":")[0]
LOCALE = os.environ.get("LC_ALL") or "C.UTF-8"
_translation = gettext.translation("tickets", os.environ.get("TICKETS_LOCALEDIR"),
                                   languages=[LANGUAGE], fallback=True)


def _(text):
    """text as the app shows it in LANGUAGE, without mnemonic underscores."""
    return _translation.gettext(text).replace("_", "")


CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SWITCH
    if hasattr(pyatspi, "ROLE_SWITCH") else pyatspi.ROLE_TOGGLE_BUTTON,
}
# What GTK names after its type when nothing else names it, and no screen
# reader reads out: layout and decoration.
UNREAD = {pyatspi.ROLE_FILLER, pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_PANEL}
TYPE_NAME = re.compile(r"^(Gtk|Adw)[A-Z]\w*$")

PAGES = ["My tickets", "a ticket of My tickets", "the welcome", "the order", "a ticket's form",
         "naming several tickets", "the history", "a name given", "asking a friend", "a friend's request"]
tap = atspi.Tap(len(PAGES))
print(f"# language {LANGUAGE}, locale {LOCALE}")


def page_nodes(node, views, depth=0, path=()):
    """The nodes of the page on show: the window's header bar and the
    views named in views, not the other pages of the window's stack, which
    GTK 4.8 keeps in the tree (and which would cost a walk each time)."""
    yield node, path
    if depth > 60:
        return
    try:
        # A node can go while the walk is under way: it has nothing more.
        if node.name:
            path = (path + (node.name,))[-3:]
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
            if child is None:
                continue
            if child.name == "GtkStackPage" and child.childCount == 1:
                view = child.getChildAtIndex(0).name or ""
                if view.startswith("Tickets") and view.endswith("View") and view not in views:
                    continue
        except Exception:
            continue
        yield from page_nodes(child, views, depth + 1, path)


def bad_names(window, views):
    """What a screen reader would read wrongly on the page of window that
    views show (a dialog has none: all of it is checked)."""
    problems = []
    for node, path in page_nodes(window, views):
        try:
            role = node.getRole()
            name = (node.name or "").strip()
            words = name.split()
            half = len(words) // 2
            # Words as written between spaces, without the punctuation around
            # them; numbers ("127.0.0.1", "2 × 2") are not words.
            lowered = [re.sub(r"^\W+|\W+$", "", word).casefold() for word in words]
            lowered = [word if re.search(r"[^\W\d_]", word) else None for word in lowered]
            if role in CONTROLS and not name:
                problems.append(f"a {node.getRoleName()} without a name")
            elif role in CONTROLS and re.search(r"(^|\s)_\w", name):
                problems.append(f"{node.getRoleName()} {name!r} reads its mnemonic underscore")
            elif role in CONTROLS and len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
                problems.append(f"{node.getRoleName()} {name!r} says its name twice")
            elif role not in UNREAD and TYPE_NAME.match(name):
                problems.append(f"a {node.getRoleName()} is read as its GTK type, {name!r}, in "
                                + " > ".join(repr(step) for step in path))
            elif any(a is not None and a == b for a, b in zip(lowered, lowered[1:])):
                problems.append(f"{node.getRoleName()} {name!r} says a word twice in a row")
        except Exception:
            pass
    return sorted(set(problems))


def check(number, window, views, page, missing):
    problems = bad_names(window, views) if window is not None else [missing]
    tap.check(number, window is not None and not problems, f"{page}: every name reads cleanly", "\n".join(problems))


def titled(accessible, title, timeout=10):
    """The window once its title says that the page shows."""
    def window():
        for i in range(accessible.childCount):
            candidate = accessible.getChildAtIndex(i)
            if candidate is not None and candidate.name == title:
                return candidate
        return None
    return wait_for(window, timeout) if accessible is not None else None


def wait_for(condition, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            found = condition()
        except Exception:
            found = None
        if found:
            return found
        time.sleep(0.2)
    return None


def named_row(window, list_name):
    """The first row, with its name, of the list a screen reader knows as
    list_name: the rows come as the list is drawn."""
    rows = find_list(window, list_name)
    for node in atspi.walk(rows) if rows is not None else ():
        if node.getRole() == pyatspi.ROLE_LIST_ITEM and node.name:
            return node
    return None


def find_label(root, text):
    """The first label under root whose text holds text."""
    for node in atspi.walk(root):
        if node.getRole() == pyatspi.ROLE_LABEL and text in (node.name or ""):
            return node
    return None


def find_list(root, name):
    for node in atspi.walk(root):
        if node.getRole() == pyatspi.ROLE_LIST and node.name == name:
            return node
    return None


def press_or_choose(accessible, window, button, menu_item):
    """The header bar shows an action as a button where it has room, in the
    Order Actions menu where it has not."""
    return atspi.press(window, button) or atspi.choose(accessible, window, _("Order Actions"), menu_item)


def click(title, node):
    """A real click in the middle of node, in the window titled title."""
    window_id = atspi.focus_window(title)
    extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    subprocess.run(["xdotool", "mousemove", "--window", window_id,
                    str(extents.x + extents.width // 2), str(extents.y + extents.height // 2),
                    "click", "1"], check=True)


keyboard = shutil.which("xdotool") is not None and "DISPLAY" in os.environ
env = atspi.app_env(language=LANGUAGE, locale=LOCALE)
order_title = _("Order %s") % "DEMO-0001"
# What "Named on %s" says around the date, in any word order.
named_on = max(_("Named on %s").split("%s"), key=len).strip()

# My tickets; then the welcome and the demo order, in the same app.
app, accessible = atspi.start_app([sys.argv[1], "--demo", "--cognito-token", "demo-cognito-token"], env)
try:
    window = titled(accessible, _("My Tickets")) if accessible else None
    if window is not None:
        wait_for(lambda: named_row(window, _("My tickets")))
    check(1, window, {"TicketsMyTicketsView"}, "My tickets", "My tickets did not open")

    details = None
    if window is not None and keyboard:
        # The focus is on the first ticket.
        atspi.focus_window(_("My Tickets"))
        atspi.keys("Return")
        details = titled(accessible, _("Ticket"))
    check(2, details, {"TicketsMyTicketsView"}, "a ticket of My tickets", "Return on a ticket opened nothing")
    if details is not None:
        atspi.press(details, _("Back"))
        window = titled(accessible, _("My Tickets"))

    welcome = None
    if window is not None and atspi.choose(accessible, window, _("Main Menu"), _("Sign _Out and Forget")):
        welcome = titled(accessible, _("Tickets"))
    check(3, welcome, {"TicketsConnectView"}, "the welcome", "signing out did not lead to the welcome")

    window = titled(accessible, order_title) \
        if welcome is not None and atspi.press(welcome, _("_Open the Demo Order")) else None
    if window is None and welcome is not None:
        print("# buttons: " + ", ".join(repr(node.name) for node in atspi.walk(welcome)
                                          if node.getRole() == pyatspi.ROLE_PUSH_BUTTON))
    check(4, window, {"TicketsOrderView"}, "the order", "the demo order did not open")

    form = None
    if window is not None and keyboard:
        # The focus is on the tickets; the window must have the keyboard.
        atspi.focus_window(order_title)
        atspi.keys("Down", "Return")
        form = titled(accessible, _("Ticket Holder"))
    check(5, form, {"TicketsPersonalizationFormView"}, "a ticket's form", "the form did not open")
    if form is not None:
        atspi.press(form, _("Back"))
        window = titled(accessible, order_title)

    batch = titled(accessible, _("Name Several Tickets")) \
        if window is not None and press_or_choose(accessible, window, _("Name Several Tickets…"),
                                                  _("_Name Several Tickets…")) else None
    check(6, batch, {"TicketsBatchView"}, "naming several tickets", "the batch did not open")
    if batch is not None:
        atspi.press(batch, _("Back"))
        window = titled(accessible, order_title)

    history = titled(accessible, _("Names Given")) \
        if window is not None and press_or_choose(accessible, window, _("Names Given So Far"),
                                                  _("Names _Given So Far")) else None
    check(7, history, {"TicketsHistoryView"}, "the history", "the history did not open")

    given = None
    if history is not None and keyboard:
        row = wait_for(lambda: named_row(history, _("Names given")))
        if row is not None:
            click(_("Names Given"), row)
            given = wait_for(lambda: find_label(history, named_on) and history)
    check(8, given, {"TicketsHistoryView"}, "a name given", "a name given did not open")
    if history is not None:
        # From the name given to the list, and from the list to the order.
        atspi.press(history, _("Back"))
        wait_for(lambda: find_label(history, named_on) is None)
        atspi.press(history, _("Back"))
        window = titled(accessible, order_title)

    # The page settles before its header bar's buttons take a press.
    time.sleep(0.5)
    dialog = titled(accessible, _("Ask a Friend")) \
        if window is not None and press_or_choose(accessible, window, _("Ask a Friend…"),
                                                  _("_Ask a Friend…")) else None
    if window is not None and dialog is None:
        print("# windows: " + ", ".join(repr(accessible.getChildAtIndex(i).name) for i in range(accessible.childCount)))
        print("# page: " + repr(window.name))
    check(9, dialog, set(), "asking a friend", "the dialog did not open")
finally:
    atspi.stop_app(app)

# A friend's request, straight from the command line.
app, accessible = atspi.start_app([sys.argv[1], "--demo", "--request", "cbc0fde8aa804984b559feab6d8fc683",
                                   "--request-token", "demo-request-token"], env)
try:
    window = titled(accessible, _("Tickets to Name")) if accessible else None
    if window is not None:
        wait_for(lambda: find_list(window, _("Tickets to name")))
    check(10, window, {"TicketsRequestView"}, "a friend's request", "no window titled Tickets to Name")
finally:
    atspi.stop_app(app)

atspi.stop_bus()
sys.exit(tap.exit_status())
