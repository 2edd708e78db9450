#!/bin/sh
# Fail when any translation listed in LINGUAS is missing, or has untranslated
# or fuzzy messages. When PO_DIR holds exactly one .pot template, each .po is
# first merged with it (in a temporary file), so messages that are in the
# template but not yet in a .po count as untranslated too.
#
# Usage: po-complete.sh PO_DIR [MSGATTRIB [MSGMERGE]]

set -u

podir=${1:?usage: po-complete.sh PO_DIR [MSGATTRIB [MSGMERGE]]}
msgattrib=${2:-msgattrib}
msgmerge=${3:-msgmerge}

pot=
set -- "$podir"/*.pot
if [ $# -eq 1 ] && [ -f "$1" ]; then
  pot=$1
fi

tmpdir=$(mktemp -d) || exit 1
trap 'rm -rf "$tmpdir"' EXIT

if [ ! -f "$podir/LINGUAS" ]; then
  echo "po-complete: $podir/LINGUAS not found" >&2
  exit 1
fi

langs=$(sed -e 's/#.*//' "$podir/LINGUAS" | tr -s ' \t' '\n\n')
if [ -z "$(printf '%s' "$langs" | tr -d '[:space:]')" ]; then
  echo "po-complete: no languages in $podir/LINGUAS" >&2
  exit 1
fi

status=0
for lang in $langs; do
  po="$podir/$lang.po"
  lang_ok=1
  if [ ! -f "$po" ]; then
    echo "po-complete: $lang: $po is missing" >&2
    status=1
    continue
  fi

  # msgattrib does not list the header entry, so check its flags directly.
  if [ -n "$(awk '/^msgid /{exit} /^#,.*fuzzy/{print "fuzzy"; exit}' "$po")" ]; then
    echo "po-complete: $lang: the header of $po is fuzzy" >&2
    status=1
    lang_ok=0
  fi

  if [ -n "$pot" ]; then
    if ! "$msgmerge" --quiet --no-fuzzy-matching -o "$tmpdir/$lang.po" "$po" "$pot"; then
      echo "po-complete: $lang: msgmerge failed on $po" >&2
      status=1
      continue
    fi
    po="$tmpdir/$lang.po"
  fi

  for kind in untranslated only-fuzzy; do
    if ! out=$("$msgattrib" --"$kind" --no-obsolete --no-wrap "$po"); then
      echo "po-complete: $lang: msgattrib failed on $po" >&2
      status=1
      lang_ok=0
      continue
    fi
    # List the msgids of the offending entries (never the header: empty
    # msgid and no msgctxt).
    msgids=$(printf '%s\n' "$out" | awk '
      function flush() {
        if (id != "" || ctx)
          print id
        id = ""; ctx = 0; inid = 0; seen = 0
      }
      /^msgctxt /           { ctx = 1; next }
      /^msgid /             { inid = 1; seen = 1
                              s = $0; sub(/^msgid "/, "", s); sub(/"$/, "", s); id = s; next }
      /^"/ && inid          { s = $0; sub(/^"/, "", s); sub(/"$/, "", s); id = id s; next }
      /^msgid_plural /      { inid = 0; next }
      /^msgstr/             { if (seen) flush(); next }
    ')
    if [ -n "$msgids" ]; then
      n=$(printf '%s\n' "$msgids" | wc -l)
      case $kind in
        untranslated) what="untranslated" ;;
        only-fuzzy) what="fuzzy" ;;
      esac
      echo "po-complete: $lang: $n $what message(s):" >&2
      printf '%s\n' "$msgids" | sed 's/^/  /' >&2
      status=1
      lang_ok=0
    fi
  done

  if [ "$lang_ok" -eq 1 ]; then
    echo "$lang: complete"
  fi
done

exit $status
