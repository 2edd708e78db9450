#!/bin/sh
# Runs the whole test suite, installing the Debian packages it needs first.
# The last line printed is "N passed, N failed, N skipped" (meson tests).
set -eu
cd "$(dirname "$0")/.."

build-aux/install-deps.sh --tests
[ -f build/build.ninja ] || meson setup build
ninja -C build

status=0
# UI tests need a display and a session bus; every other test ignores them.
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
    meson test -C build --print-errorlogs "$@" || status=$?

# Counted per TAP subtest where a test speaks TAP, else per test.
/usr/bin/python3 - build/meson-logs/testlog.json <<'PY'
import json, re, sys
passed = failed = skipped = 0
with open(sys.argv[1]) as log:
    for line in log:
        test = json.loads(line)
        lines = re.findall(r"^(?:ok|not ok)\b.*$", test.get("stdout") or "", re.M)
        if lines:
            skipped += sum(1 for l in lines if l.startswith("ok") and "# SKIP" in l)
            passed += sum(1 for l in lines if l.startswith("ok") and "# SKIP" not in l)
            bad = sum(1 for l in lines if l.startswith("not ok") and "# TODO" not in l)
            # A crash after the last subtest still fails the test.
            failed += bad or (0 if test["result"] in ("OK", "EXPECTEDFAIL") else 1)
        elif test["result"] in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif test["result"] == "SKIP":
            skipped += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
exit $status
