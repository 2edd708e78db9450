"""What the end-to-end tests (and build-aux/take-screenshots.py) share: the
accessibility bus, finding the app and its windows through AT-SPI, pressing
buttons and menu items a screen reader knows by name, real key presses
through xdotool, and TAP output.

Importing this module starts the accessibility bus and points GTK at it;
stop_bus() ends it.
"""

import os
import tempfile
import subprocess
import time

os.environ["GTK_A11Y"] = "atspi"
os.environ.pop("NO_AT_BRIDGE", None)
# fatal-warnings is for the app under test: the AT-SPI client library may
# warn while the registry starts up, which must not end the test itself.
APP_DEBUG = os.environ.pop("G_DEBUG", None)

_bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(1)

import pyatspi  # noqa: E402  (needs the accessibility bus started above)

APP_NAMES = ("tickets", "Tickets", "org.example.Tickets")


def stop_bus():
    _bus.terminate()


def app_env(language="en", locale="C.UTF-8", **extra):
    """The environment for the app: English unless told (language, as in
    LANGUAGE, and its locale, as in LC_ALL), and fatal warnings if the test
    ran with them."""
    env = dict(os.environ, **extra)
    # A cache and an outbox of its own, unless the test keeps them across
    # runs of the app: another test's copy of the demo order would show
    # first, and its unsent changes would be sent.
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME"):
        if name not in extra:
            base = os.environ.get(name) or tempfile.gettempdir()
            os.makedirs(base, exist_ok=True)
            env[name] = tempfile.mkdtemp(prefix="tickets-e2e-", dir=base)
    env["LANGUAGE"] = language
    env["LC_ALL"] = locale
    if APP_DEBUG:
        env["G_DEBUG"] = APP_DEBUG
    return env


class Tap:
    """TAP output: a plan, then one line per check."""

    def __init__(self, count):
        self.failed = False
        print(f"1..{count}")

    def check(self, number, ok, description, diagnostic=""):
        print(("ok" if ok else "not ok") + f" {number} - {description}")
        if not ok:
            self.failed = True
            for line in str(diagnostic).splitlines():
                print("# " + line)

    def exit_status(self):
        return 1 if self.failed else 0


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


def find_app(timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                child = desktop.getChildAtIndex(i)
                if child is not None and child.name in APP_NAMES and child.childCount > 0:
                    return child
        except Exception:
            # The registry may still be starting; ask again.
            pass
        time.sleep(0.5)
    return None


def start_app(command, env, stdout=subprocess.DEVNULL):
    """Starts the app and finds it on the bus. Should the registry have
    missed its registration, a restarted app registers again; one that
    never shows still gives None."""
    wait_for_registry()
    process = subprocess.Popen(command, env=env, stdout=stdout, stderr=stdout)
    accessible = find_app(timeout=10)
    if accessible is None:
        process.terminate()
        process.wait(timeout=10)
        print("# the app was not seen on the accessibility bus; starting it again")
        process = subprocess.Popen(command, env=env, stdout=stdout, stderr=stdout)
        accessible = find_app(timeout=10)
    return process, accessible


def stop_app(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


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
    """The window's title says which page shows: wait for it, not a guess."""
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


def focused_name(accessible):
    """The name of the control that has the keyboard focus, as read aloud."""
    for node in walk(accessible):
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                return node.name
        except Exception:
            pass
    return None


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


def keys(*names):
    """Real key presses, to whichever window has the keyboard."""
    subprocess.run(["xdotool", "key", "--delay", "150", *names], check=True)
    time.sleep(0.3)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "40", text], check=True)
    time.sleep(0.2)


def focus_window(title):
    """Gives the keyboard to the window titled title (there is no window
    manager under Xvfb to do it); returns its X id."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
                           capture_output=True, text=True).stdout.split()
    if not found:
        return None
    subprocess.run(["xdotool", "windowfocus", "--sync", found[-1]], capture_output=True)
    return found[-1]


def demo_server(process, probe):
    """The base URI of the sandbox that `tickets --demo` runs inside the
    app: found among the app's own listening sockets (other sandboxes may
    listen on this machine too), the first port where probe(base) works."""
    inodes = set()
    for fd in os.listdir(f"/proc/{process.pid}/fd"):
        try:
            target = os.readlink(f"/proc/{process.pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    ports = set()
    with open("/proc/net/tcp") as tcp:
        for line in tcp.readlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == "0A" and inode in inodes and local.startswith("0100007F:"):
                ports.add(int(local.split(":")[1], 16))
    for port in sorted(ports):
        base = f"http://127.0.0.1:{port}"
        try:
            probe(base)
            return base
        except Exception:
            pass
    return None


def find_named(root, name, roles=None):
    """The first node under root a screen reader knows as name (and of one
    of roles, when given); None when there is none."""
    for node in walk(root):
        try:
            if node.name == name and (roles is None or node.getRole() in roles):
                return node
        except Exception:
            pass
    return None


def find_text(root, prefix):
    """The first label under root whose text starts with prefix."""
    for node in walk(root):
        try:
            if node.getRole() == pyatspi.ROLE_LABEL and node.name.startswith(prefix):
                return node
        except Exception:
            pass
    return None


def start_logged(command, log_name):
    """start_app() in English, the app's output going to log_name in the
    build directory; returns the process, its accessible and the log.
    Without a window manager, GTK warns that a text field missed its
    focus-out when the focus moves; fatal-warnings would end the app on
    that, so it runs without them, and check_app_clean() fails on every
    other warning or critical instead."""
    env = app_env()
    env.pop("G_DEBUG", None)
    log = open(os.path.join(os.environ.get("G_TEST_BUILDDIR", "/tmp"), log_name), "w")
    process, accessible = start_app(command, env, stdout=log)
    return process, accessible, log


def log_problems(log):
    """The warnings and criticals in the app's log so far (log: the open
    file its output goes to), but for GTK's focus-out one, which is the test
    display's (no window manager), not the app's."""
    log.flush()
    with open(log.name) as logged:
        return [line for line in logged
                if ("WARNING" in line or "CRITICAL" in line) and "did not receive a focus-out event" not in line]


def check_app_clean(tap, number, process, log):
    """Check number: the app started by start_logged() still runs, and has
    logged no warning (log_problems())."""
    problems = log_problems(log)
    tap.check(number, process.poll() is None and not problems, "the app is still running, with no warnings",
              f"exit {process.poll()!r}\n" + "".join(problems))


def wait_until(condition, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.3)
    return None
