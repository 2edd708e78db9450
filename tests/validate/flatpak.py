#!/usr/bin/python3
# flatpak.py: the Flatpak manifest (org.example.Tickets.json) says what the
# app needs. Nothing can be built from the Flatpak remotes here, so the
# manifest is read and held to what the tree says instead.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: flatpak.py MANIFEST

import json
import sys

APP_ID = 'org.example.Tickets'

with open(sys.argv[1], encoding='utf-8') as f:
    manifest = json.load(f)

failed = False
n = 0


def check(name, ok, detail=''):
    global failed, n
    n += 1
    print('{} {} {}'.format('ok' if ok else 'not ok', n, name))
    if not ok:
        failed = True
        if detail:
            print('#', detail)


print('1..9')

check('app-id is ' + APP_ID, manifest.get('app-id') == APP_ID, repr(manifest.get('app-id')))
check('command is tickets', manifest.get('command') == 'tickets', repr(manifest.get('command')))

runtime = manifest.get('runtime', '')
sdk = manifest.get('sdk', '')
version = str(manifest.get('runtime-version', ''))
check('the GNOME runtime and its SDK', runtime == 'org.gnome.Platform' and sdk == 'org.gnome.Sdk',
      '{} / {}'.format(runtime, sdk))
# GNOME 43 is the first with GTK 4.8 and libadwaita 1.2; "master" is newer.
check('a runtime version with GTK 4.8 and libadwaita 1.2',
      version == 'master' or (version.isdigit() and int(version) >= 43), repr(version))

finish_args = manifest.get('finish-args', [])
check('network', '--share=network' in finish_args, repr(finish_args))
check('the Secret Service', '--talk-name=org.freedesktop.secrets' in finish_args, repr(finish_args))
check('Wayland, with X11 only as a fallback',
      '--socket=wayland' in finish_args and '--socket=fallback-x11' in finish_args
      and '--socket=x11' not in finish_args, repr(finish_args))

modules = manifest.get('modules', [])
app = modules[-1] if modules and isinstance(modules[-1], dict) else {}
sources = app.get('sources', [])
check('the last module builds with meson', app.get('buildsystem') == 'meson', repr(app.get('buildsystem')))
# This tree, the sandbox with it: both come out of the one meson build.
check('the last module builds this repository',
      any(s.get('type') == 'dir' and s.get('path') == '.' for s in sources if isinstance(s, dict)),
      repr(sources))

sys.exit(1 if failed else 0)
