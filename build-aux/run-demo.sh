#!/bin/sh
# Builds Tickets and starts it in demo mode, on its built-in sandbox server.
# Installs the Debian packages it needs first, if any are missing.
set -eu
cd "$(dirname "$0")/.."

build-aux/install-deps.sh
[ -f build/build.ninja ] || meson setup build
ninja -C build

# Run from the build tree: the schema is compiled into build/data, the
# translations into build/po/<language>/LC_MESSAGES.
GSETTINGS_SCHEMA_DIR="$PWD/build/data" TICKETS_LOCALEDIR="$PWD/build/po" \
  exec build/src/tickets --demo "$@"
