#!/bin/sh
# Installs the Debian 12 packages Tickets needs, if any are missing.
#   build-aux/install-deps.sh          what building and running need
#   build-aux/install-deps.sh --tests  also what the test suite needs
set -eu

packages="meson ninja-build gcc pkg-config gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libsoup-3.0-dev
  libjson-glib-dev libsecret-1-dev libsqlite3-dev libqrencode-dev libgsound-dev sound-theme-freedesktop iso-codes
  desktop-file-utils appstream dbus-x11"

if [ "${1:-}" = "--tests" ]; then
    # A display, a session bus and the accessibility bus for UI tests; real
    # key presses for the keyboard tests; every UI language really installed;
    # a keyring for the Secret Service; polib for the translation checks;
    # pdftotext, pdftoppm and zbarimg to read a printout back and scan its barcode.
    packages="$packages xvfb xauth dbus at-spi2-core python3-dogtail python3-pyatspi
      xdotool locales-all gnome-keyring python3-polib poppler-utils zbar-tools"
fi

missing=""
for package in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        "install ok installed") ;;
        *) missing="$missing $package" ;;
    esac
done

[ -z "$missing" ] && exit 0

echo "Installing missing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null; then
    sudo="sudo"
else
    echo "These packages are missing and you are not root:$missing" >&2
    echo "Install them as root, then run this command again." >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq $missing
