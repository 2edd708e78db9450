#!/usr/bin/python3
# devenv.py: `meson devenv -C BUILD tickets …` runs the app uninstalled.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: devenv.py MESON BUILDDIR
#
# The environment is emptied of what the test setup gives (the compiled
# schema's folder, the built translations), so that only meson's devenv can
# supply it, as for someone who just built the tree. Three checks: the
# program is on PATH, the app's schema is found, and `tickets --demo`
# (which reads its settings at start-up) keeps running instead of aborting
# with "Settings schema 'org.example.Tickets' is not installed". The last
# needs a display; without one it is left out.

import os
import signal
import subprocess
import sys
import time

meson, builddir = sys.argv[1], sys.argv[2]

env = dict(os.environ)
for name in ('GSETTINGS_SCHEMA_DIR', 'TICKETS_LOCALEDIR', 'G_DEBUG'):
    env.pop(name, None)
# Never the developer's own settings.
env['GSETTINGS_BACKEND'] = 'memory'


def devenv(*args, **kwargs):
    return subprocess.run([meson, 'devenv', '-C', builddir, *args], env=env,
                          capture_output=True, text=True, timeout=60, **kwargs)


failed = False


def check(name, ok, detail=''):
    global failed
    print(('ok' if ok else 'not ok'), name)
    if not ok:
        failed = True
        for line in detail.strip().splitlines():
            print('#', line)


print('1..4')

run = devenv('tickets', '--version')
check('1 tickets --version', run.returncode == 0 and run.stdout.startswith('tickets '),
      run.stdout + run.stderr)

run = devenv('gsettings', 'get', 'org.example.Tickets', 'server-kind')
check('2 the schema of the build dir', run.returncode == 0, run.stdout + run.stderr)

run = devenv('sh', '-c', 'printf %s "$TICKETS_LOCALEDIR"')
check('3 the translations of the build dir',
      run.returncode == 0 and os.path.isdir(run.stdout)
      and os.path.samefile(run.stdout, os.path.join(builddir, 'po')),
      run.stdout + run.stderr)

if not (env.get('DISPLAY') or env.get('WAYLAND_DISPLAY')):
    print('ok 4 tickets --demo # SKIP no display')
else:
    # meson devenv runs the app as its child: a group of their own, so
    # that both end together.
    app = subprocess.Popen([meson, 'devenv', '-C', builddir, 'tickets', '--demo'], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    deadline = time.monotonic() + 5
    while app.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    running = app.poll() is None
    if running:
        os.killpg(app.pid, signal.SIGTERM)
    try:
        out, err = app.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(app.pid, signal.SIGKILL)
        out, err = app.communicate()
    check('4 tickets --demo keeps running', running,
          'exited with {}\n{}{}'.format(app.returncode, out, err))

sys.exit(1 if failed else 0)
