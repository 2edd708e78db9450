#!/usr/bin/python3
# The tree's shape, checked from the tree alone (HACKING.md says why):
#   folders   each folder of src/ is one static library, built by its own
#             meson.build, holding every .c file of the folder;
#   includes  the arrows run one way (views -> core -> api/model), views and
#             the window include no sandbox or auth header, the window does
#             not include the application;
#   sizes     no .c/.h/.py in src/, tests/ or build-aux/ over 900 lines
#             unless its first comment says why ("over 900 lines: …");
#   tests     removing a listed test file breaks `meson setup`.
# Usage: layering.py SRCDIR {folders|includes|sizes|tests [MESON]}
# Prints TAP.

import os
import re
import shutil
import subprocess
import sys
import tempfile

MAX_LINES = 900

# folder -> the library its meson.build builds
LIBRARIES = {
    '': 'tickets-private',
    'api': 'tickets-api',
    'core': 'tickets-core',
    'model': 'tickets-model',
    'sandbox': 'tickets-sandbox',
    'views': 'tickets-views',
}

# folder -> folders whose headers it must not include
FORBIDDEN = {
    'model': {'api', 'core', 'views', 'sandbox', ''},
    'api': {'model', 'core', 'views', 'sandbox', ''},
    'sandbox': {'core', 'views', ''},
    'core': {'views', ''},
    'views': {'sandbox', ''},
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def check(self, ok, what, detail=''):
        self.n += 1
        if ok:
            print(f'ok {self.n} - {what}')
        else:
            self.failed += 1
            print(f'not ok {self.n} - {what}')
            for line in detail.splitlines():
                print(f'# {line}')

    def end(self):
        print(f'1..{self.n}')
        return 1 if self.failed else 0


def sources(src, folder):
    d = os.path.join(src, folder)
    return sorted(f for f in os.listdir(d)
                  if f.endswith(('.c', '.h')) and os.path.isfile(os.path.join(d, f)))


def folders(src):
    return sorted(['']
                  + [d for d in os.listdir(src)
                     if os.path.isdir(os.path.join(src, d)) and not d.startswith('.')])


def strip_comments(text):
    return re.sub(r'#[^\n]*', '', text)


def check_folders(src, tap):
    found = folders(src)
    tap.check(set(found) == set(LIBRARIES),
              'the folders of src/ are the libraries',
              f'folders: {found}\nlibraries: {sorted(LIBRARIES)}')
    for folder in found:
        name = folder or 'src'
        build = os.path.join(src, folder, 'meson.build')
        if not os.path.exists(build):
            tap.check(False, f'{name}/ has a meson.build')
            continue
        text = strip_comments(open(build, encoding='utf-8').read())
        libs = re.findall(r"static_library\(\s*'([^']+)'", text)
        want = LIBRARIES.get(folder)
        tap.check(libs == [want], f'{name}/meson.build builds exactly the library {want}',
                  f'it builds {libs}')
        listed = set(re.findall(r"'([^'/]+\.c)'", text))
        missing = [f for f in sources(src, folder) if f.endswith('.c') and f not in listed]
        tap.check(not missing, f'every .c file of {name}/ is built by {name}/meson.build',
                  'not listed: ' + ', '.join(missing))
        # No folder builds another folder's files.
        foreign = re.findall(r"'((?:\.\./)?[a-z]+/[^']+\.c)'", text)
        tap.check(not foreign, f'{name}/meson.build builds only its own files',
                  'foreign: ' + ', '.join(foreign))


def header_homes(src):
    homes = {}
    for folder in folders(src):
        for f in sources(src, folder):
            if f.endswith('.h'):
                homes[f] = folder
    return homes


def check_includes(src, tap):
    homes = header_homes(src)
    for folder in folders(src):
        name = folder or 'src'
        bad = []
        for f in sources(src, folder):
            text = open(os.path.join(src, folder, f), encoding='utf-8').read()
            for kind, inc in INCLUDE.findall(text):
                base = os.path.basename(inc)
                if kind == '<':
                    if folder in ('model', 'api', 'core', 'sandbox') and inc.startswith(('gtk/', 'adwaita')):
                        bad.append(f'{f}: <{inc}> (no GTK below views/)')
                    if folder in ('views', 'model') and inc.startswith('libsoup/'):
                        bad.append(f'{f}: <{inc}> (no libsoup here)')
                    continue
                home = homes.get(base)
                if inc.startswith('sandbox/'):
                    home = 'sandbox'
                if home is None or home == folder:
                    continue
                if home in FORBIDDEN.get(folder, set()):
                    bad.append(f'{f}: "{inc}" lives in {home or "src"}/')
                if folder == 'views' and base == 'tickets-auth.h':
                    bad.append(f'{f}: "{inc}" (views pass the auth along unseen)')
        tap.check(not bad, f'{name}/ includes only what its layer may', '\n'.join(bad))

    window = [os.path.join(src, f) for f in ('tickets-window.c', 'tickets-window.h')]
    bad = []
    for path in window:
        text = open(path, encoding='utf-8').read()
        for _, inc in INCLUDE.findall(text):
            base = os.path.basename(inc)
            if inc.startswith('sandbox/') or homes.get(base) == 'sandbox' or base.startswith('tickets-auth'):
                bad.append(f'{os.path.basename(path)}: "{inc}"')
            if base == 'tickets-application.h':
                bad.append(f'{os.path.basename(path)}: "{inc}" (the application includes the window, not both ways)')
    tap.check(not bad, 'the window includes no sandbox, auth or application header', '\n'.join(bad))


def first_comment(text):
    m = re.match(r'\s*/\*(.*?)\*/', text, re.S)
    return m.group(1) if m else ''


def first_python_comment(text):
    lines = []
    for line in text.splitlines():
        if line.startswith('#'):
            lines.append(line)
        elif lines or not line.strip():
            if lines:
                break
    return '\n'.join(lines)


def check_sizes(src, tap):
    root = os.path.dirname(os.path.abspath(src))
    long = []
    for top in ('src', 'tests', 'build-aux'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = [d for d in dirnames if not d.startswith(('.', '__'))]
            for f in sorted(filenames):
                if not f.endswith(('.c', '.h', '.py')):
                    continue
                path = os.path.join(dirpath, f)
                text = open(path, encoding='utf-8').read()
                n = text.count('\n')
                reason = first_python_comment(text) if f.endswith('.py') else first_comment(text)
                if n > MAX_LINES and 'over 900 lines' not in reason:
                    long.append(f'{os.path.relpath(path, root)}: {n} lines')
    tap.check(not long, f'no source file over {MAX_LINES} lines without its reason',
              '\n'.join(long))


def check_tests(src, meson, tap):
    root = os.path.dirname(os.path.abspath(src))
    listed = subprocess.run(['git', '-C', root, 'ls-files'], capture_output=True, text=True)
    if listed.returncode != 0:
        print('1..0 # SKIP not a git checkout')
        sys.exit(0)
    files = listed.stdout.split()
    victims = [f for f in ('tests/views/test-window.c', 'tests/model/test-model-merge.c',
                           'tests/test-sandbox-orders.c') if f in files]
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, 'tree')
        for f in files:
            os.makedirs(os.path.join(copy, os.path.dirname(f)), exist_ok=True)
            shutil.copy2(os.path.join(root, f), os.path.join(copy, f))
        for victim in victims:
            path = os.path.join(copy, victim)
            saved = path + '.away'
            os.rename(path, saved)
            builddir = os.path.join(tmp, 'build-' + os.path.basename(victim))
            run = subprocess.run([meson, 'setup', builddir, copy], capture_output=True, text=True)
            os.rename(saved, path)
            out = run.stdout + run.stderr
            tap.check(run.returncode != 0 and os.path.basename(victim) in out,
                      f'without {victim}, meson setup fails and names it',
                      f'exit {run.returncode}\n' + out[-800:])


def main():
    src, what = sys.argv[1], sys.argv[2]
    tap = Tap()
    if what == 'folders':
        check_folders(src, tap)
    elif what == 'includes':
        check_includes(src, tap)
    elif what == 'sizes':
        check_sizes(src, tap)
    elif what == 'tests':
        check_tests(src, sys.argv[3], tap)
    else:
        sys.exit(f'unknown check {what}')
    sys.exit(tap.end())


if __name__ == '__main__':
    main()
