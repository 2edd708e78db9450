#!/usr/bin/python3
"""Checks that make a forgotten translation fail the test suite.

Usage: pocheck.py CHECK SOURCE-ROOT BUILD-ROOT [FILE...]

CHECK is one of:
  potfiles      every source file with a translatable string is listed in
                po/POTFILES.in, and every file listed there exists
  pot-current   po/<package>.pot holds exactly the messages of a template
                generated now from the sources
  po-complete   each language of po/LINGUAS, merged with a template generated
                now, has no untranslated or fuzzy message
  plural-forms  each .po has the right Plural-Forms for its language, and
                every plural message fills all its forms
  terminology   each translation uses its language's one word for ticket,
                e-ticket, order, personalize and box office (glossary.json)
  merged-data   the desktop entry and the metainfo FILEs merged at build time
                carry a translation for every language of po/LINGUAS

The template is generated with the exact xgettext command of the build's
"<package>-pot" target (read from BUILD-ROOT/build.ninja), into a temporary
directory: the checks never write to the source tree. They exit 0 when all is
well, 1 listing what is wrong, and 77 (skip) when a tool they need is missing.
"""

import gettext
import json
import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

try:
    import polib
except ImportError:
    print("pocheck: python3-polib is not installed, skipping")
    sys.exit(77)

HERE = pathlib.Path(__file__).resolve().parent

# gettext's own table (what msginit writes), which for Turkish agrees with
# CLDR: "1 bilet", "2 bilet" read alike, but the forms stay two so that the
# catalog works with the English msgid/msgid_plural pair.
PLURAL_FORMS = {
    "nl": "nplurals=2; plural=(n != 1);",
    "de": "nplurals=2; plural=(n != 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "pt": "nplurals=2; plural=(n != 1);",
    "tr": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && "
          "(n%100<10 || n%100>=20) ? 1 : 2);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
          "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
}


class Problems:
    def __init__(self, check):
        self.check = check
        self.count = 0

    def add(self, text):
        self.count += 1
        print(f"{self.check}: {text}", file=sys.stderr)

    def finish(self, ok_text):
        if self.count:
            print(f"{self.check}: {self.count} problem(s)", file=sys.stderr)
            return 1
        print(ok_text)
        return 0


def describe(entry):
    """An entry as a translator finds it: context, msgid and where it is."""
    text = f"msgid {entry.msgid!r}"
    if entry.msgctxt is not None:
        text = f"msgctxt {entry.msgctxt!r} {text}"
    if entry.occurrences:
        text += " (" + ", ".join(f"{f}:{l}" if l else f for f, l in entry.occurrences[:3]) + ")"
    return text


def key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural or None)


def read_list(path):
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("["):
            names.extend(line.split())
    return names


def linguas(source_root):
    return read_list(source_root / "po" / "LINGUAS")


# --- Generating the template the way the build does -------------------------

def ninja_unescape(text):
    return re.sub(r"\$([$ :])", r"\1", text)


def ninja_rules(build_root):
    """(outputs, argv) of each command in the build's build.ninja."""
    ninja = build_root / "build.ninja"
    if not ninja.is_file():
        raise SystemExit(f"pocheck: {ninja} not found: run the checks from a "
                         "meson build directory (ninja backend)")
    rules = []
    outputs = None
    for line in ninja.read_text(encoding="utf-8").replace("$\n", "").splitlines():
        if line.startswith("build "):
            # Outputs end at the first unescaped colon.
            outputs = [ninja_unescape(o) for o in
                       re.split(r"(?<!\$) ", re.split(r"(?<!\$):", line[6:], 1)[0]) if o]
        elif line.startswith(" COMMAND = ") and outputs is not None:
            rules.append((outputs, shlex.split(ninja_unescape(line[len(" COMMAND = "):]))))
        elif not line.startswith(" "):
            outputs = None
    return rules


def pot_command(build_root):
    """The options of the build's <package>-pot target, as a dict."""
    for outputs, argv in ninja_rules(build_root):
        if "gettext" in argv and "pot" in argv and argv[argv.index("gettext") - 1] == "--internal":
            options = {"extra-args": "", "datadirs": "", "xgettext": "xgettext", "subdir": "po"}
            for arg in argv[argv.index("pot") + 1:]:
                if arg.startswith("--") and "=" in arg:
                    name, value = arg[2:].split("=", 1)
                    options[name] = value
            return options
    # i18n.gettext() makes no targets when the gettext tools are missing.
    print(f"pocheck: no gettext pot target in {build_root / 'build.ninja'} "
          "(gettext not found at setup?), skipping")
    sys.exit(77)


def generate_pot(source_root, build_root, tmpdir):
    """Runs the pot target's xgettext command, writing into tmpdir."""
    options = pot_command(build_root)
    xgettext = options["xgettext"]
    if shutil.which(xgettext) is None:
        print(f"pocheck: {xgettext} (gettext) not found, skipping")
        sys.exit(77)
    subdir = source_root / options["subdir"]
    pkgname = options["pkgname"]
    listfile = subdir / "POTFILES.in"
    if not listfile.exists():
        listfile = subdir / "POTFILES"
    output = pathlib.Path(tmpdir) / (pkgname + ".pot")
    extra = [a for a in options["extra-args"].split("@@") if a]
    env = dict(os.environ)
    if options["datadirs"]:
        env["GETTEXTDATADIRS"] = options["datadirs"]
    # The same argument list as meson's "gettext pot" script, but -o points
    # into the temporary directory.
    argv = [xgettext, "--package-name=" + pkgname, "-p", tmpdir, "-f", str(listfile),
            "-D", str(source_root), "-k_", "-o", str(output)]
    result = subprocess.run(argv + extra, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"pocheck: generating the template failed:\n{result.stderr}")
    return output, pkgname


# --- potfiles ----------------------------------------------------------------

# A call marks a string for this catalog when its message argument is a
# literal: the first argument, or the second for the calls taking a domain
# (dgettext (ISO_3166_1_DOMAIN, name) looks up another package's catalog).
C_CALL = re.compile(
    r"(?<![\w.>])(_|N_|C_|NC_|Q_|gettext|ngettext|pgettext)\s*\(\s*\""
    r"|(?<![\w.>])(dgettext|dcgettext|dngettext|dcngettext|dpgettext|g_dgettext|"
    r"g_dcgettext|g_dngettext|g_dpgettext|g_dpgettext2)\s*\([^,;]*,\s*\"")
C_TOKENS = re.compile(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'',
                      re.DOTALL)


def c_has_strings(text):
    # Comments and literals may mention _( without marking anything.
    def blank(match):
        token = match.group(0)
        if token.startswith("/"):
            return " "
        return token[0] * 2
    code = C_TOKENS.sub(blank, text)
    code = "\n".join(l for l in code.splitlines() if not l.lstrip().startswith("#"))
    return C_CALL.search(code) is not None


def builder_has_strings(text):
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    return re.search(r"\btranslatable\s*=\s*[\"'](yes|true|1|y|t)[\"']", text, re.I) is not None


def xml_elements(text):
    try:
        return list(ElementTree.fromstring(text).iter())
    except ElementTree.ParseError:
        return []


def gschema_has_strings(text):
    for element in xml_elements(text):
        if element.tag in ("summary", "description") and (element.text or "").strip():
            return True
        if element.tag == "default" and element.get("l10n"):
            return True
    return False


METAINFO_TAGS = {"name", "summary", "p", "li", "caption", "developer_name",
                 "keyword", "content_attribute"}


def metainfo_has_strings(text):
    for element in xml_elements(text):
        if element.tag in METAINFO_TAGS and element.get("translate") != "no":
            if (element.text or "").strip():
                return True
    return False


def desktop_has_strings(text):
    return re.search(r"^(Name|GenericName|Comment|Keywords)\s*=\s*\S", text, re.M) is not None


def string_kind(path):
    name = path.name
    if name.endswith((".c", ".h")):
        return c_has_strings
    if name.endswith(".ui"):
        return builder_has_strings
    if re.search(r"\.gschema\.xml(\.in)?$", name):
        return gschema_has_strings
    if re.search(r"\.(metainfo|appdata)\.xml(\.in)?$", name):
        return metainfo_has_strings
    if re.search(r"\.desktop(\.in)?$", name):
        return desktop_has_strings
    return None


def candidate_files(source_root):
    for top in ("src", "data"):
        for path in sorted((source_root / top).rglob("*")):
            if path.is_file():
                yield path
    for path in sorted(source_root.iterdir()):
        if path.is_file():
            yield path


def check_potfiles(source_root, build_root, files):
    problems = Problems("potfiles")
    po_dir = source_root / "po"
    listed = read_list(po_dir / "POTFILES.in")
    skipped = set()
    if (po_dir / "POTFILES.skip").exists():
        skipped = set(read_list(po_dir / "POTFILES.skip"))

    for name in listed:
        if not (source_root / name).is_file():
            problems.add(f"po/POTFILES.in lists {name}, which does not exist")
    seen = set()
    for name in listed:
        if name in seen:
            problems.add(f"po/POTFILES.in lists {name} twice")
        seen.add(name)

    found = 0
    for path in candidate_files(source_root):
        has_strings = string_kind(path)
        if has_strings is None:
            continue
        name = path.relative_to(source_root).as_posix()
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if not has_strings(text):
            continue
        found += 1
        if name not in seen and name not in skipped:
            problems.add(f"{name} has translatable strings but is not in po/POTFILES.in")
    return problems.finish(f"potfiles: {found} files with translatable strings, all "
                           f"in po/POTFILES.in; its {len(listed)} files exist")


# --- pot-current ---------------------------------------------------------------

def check_pot_current(source_root, build_root, files):
    problems = Problems("pot-current")
    with tempfile.TemporaryDirectory(prefix="pocheck-") as tmpdir:
        fresh_path, pkgname = generate_pot(source_root, build_root, tmpdir)
        fresh = polib.pofile(str(fresh_path))
    committed_path = source_root / "po" / (pkgname + ".pot")
    if not committed_path.is_file():
        problems.add(f"po/{committed_path.name} does not exist")
        return problems.finish("")
    committed = polib.pofile(str(committed_path))

    fresh_keys = {key(e): e for e in fresh if e.msgid or e.msgctxt}
    committed_keys = {key(e): e for e in committed if not e.obsolete and (e.msgid or e.msgctxt)}
    for k in sorted(set(fresh_keys) - set(committed_keys), key=str):
        problems.add(f"missing from po/{committed_path.name}: {describe(fresh_keys[k])}")
    for k in sorted(set(committed_keys) - set(fresh_keys), key=str):
        problems.add(f"stale in po/{committed_path.name} (no longer in the sources): "
                     f"{describe(committed_keys[k])}")
    if problems.count:
        print(f"pot-current: regenerate it with: ninja -C {build_root} {pkgname}-pot "
              f"{pkgname}-update-po", file=sys.stderr)
    return problems.finish(f"pot-current: po/{committed_path.name} holds the "
                           f"{len(fresh_keys)} messages of the sources")


# --- po-complete ----------------------------------------------------------------

def check_po_complete(source_root, build_root, files):
    problems = Problems("po-complete")
    msgmerge = shutil.which("msgmerge")
    if msgmerge is None:
        print("pocheck: msgmerge (gettext) not found, skipping")
        return 77
    langs = linguas(source_root)
    if not langs:
        problems.add("po/LINGUAS lists no language")
    with tempfile.TemporaryDirectory(prefix="pocheck-") as tmpdir:
        fresh_path, pkgname = generate_pot(source_root, build_root, tmpdir)
        for lang in langs:
            po_path = source_root / "po" / (lang + ".po")
            if not po_path.is_file():
                problems.add(f"po/{lang}.po is missing")
                continue
            if polib.pofile(str(po_path)).metadata_is_fuzzy:
                problems.add(f"po/{lang}.po: the header is fuzzy")
            # Against the template of the sources as they are now, not the
            # committed one: a new string counts even if nobody updated the .pot.
            merged_path = pathlib.Path(tmpdir) / (lang + ".po")
            result = subprocess.run([msgmerge, "--quiet", "--no-fuzzy-matching",
                                     "-o", str(merged_path), str(po_path), str(fresh_path)],
                                    capture_output=True, text=True)
            if result.returncode != 0:
                problems.add(f"po/{lang}.po: msgmerge failed: {result.stderr.strip()}")
                continue
            merged = polib.pofile(str(merged_path))
            bad = 0
            for entry in merged:
                if entry.obsolete or not (entry.msgid or entry.msgctxt):
                    continue
                if entry.fuzzy:
                    problems.add(f"po/{lang}.po: fuzzy: {describe(entry)}")
                    bad += 1
                elif not entry.translated():
                    problems.add(f"po/{lang}.po: untranslated: {describe(entry)}")
                    bad += 1
            if not bad:
                print(f"{lang}: complete, {len(merged.translated_entries())} messages")
    return problems.finish(f"po-complete: {len(langs)} languages complete")


# --- plural-forms ----------------------------------------------------------------

def parse_plural_forms(header):
    match = re.fullmatch(r"\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?\s*", header or "")
    if not match:
        return None
    try:
        return int(match.group(1)), gettext.c2py(match.group(2))
    except (ValueError, SyntaxError):
        return None


def check_plural_forms(source_root, build_root, files):
    problems = Problems("plural-forms")
    langs = linguas(source_root)
    for lang in langs:
        po_path = source_root / "po" / (lang + ".po")
        if not po_path.is_file():
            problems.add(f"po/{lang}.po is missing")
            continue
        if lang not in PLURAL_FORMS:
            problems.add(f"{lang}: no expected Plural-Forms known: add gettext's one "
                         f"(msginit --locale={lang}) to PLURAL_FORMS in {pathlib.Path(__file__).name}")
            continue
        po = polib.pofile(str(po_path))
        header = po.metadata.get("Plural-Forms", "")
        expected_n, expected = parse_plural_forms(PLURAL_FORMS[lang])
        actual = parse_plural_forms(header)
        if actual is None:
            problems.add(f"po/{lang}.po: Plural-Forms {header!r} cannot be read; "
                         f"expected {PLURAL_FORMS[lang]!r}")
            continue
        nplurals, plural = actual
        # Equal for every count, not just written alike.
        differs = [n for n in range(0, 1200) if plural(n) != expected(n)]
        if nplurals != expected_n or differs:
            problems.add(f"po/{lang}.po: Plural-Forms {header!r} is not the one for "
                         f"{lang}: expected {PLURAL_FORMS[lang]!r}"
                         + (f" (differs first for n={differs[0]})" if differs else ""))
            continue
        for entry in po:
            if entry.obsolete or not entry.msgid_plural:
                continue
            indices = sorted(entry.msgstr_plural)
            if indices != list(range(nplurals)):
                problems.add(f"po/{lang}.po: has forms {indices}, needs "
                             f"{list(range(nplurals))}: {describe(entry)}")
                continue
            empty = [i for i in indices if not entry.msgstr_plural[i]]
            # A wholly untranslated message is po-complete's to report.
            if empty and len(empty) < nplurals:
                problems.add(f"po/{lang}.po: msgstr{empty} empty: {describe(entry)}")
    return problems.finish(f"plural-forms: {len(langs)} languages have their "
                           "Plural-Forms and fill every form")


# --- terminology -----------------------------------------------------------------

def check_terminology(source_root, build_root, files):
    problems = Problems("terminology")
    glossary = json.loads((HERE / "glossary.json").read_text(encoding="utf-8"))
    concepts = glossary["concepts"]
    exceptions = {}
    for exception in glossary.get("exceptions", []):
        if not exception.get("reason"):
            problems.add(f"glossary.json: the exception {exception} gives no reason")
        exceptions[(exception["lang"], exception["concept"], exception["msgid"])] = exception
    used_exceptions = set()
    checked = 0

    for lang in linguas(source_root):
        po_path = source_root / "po" / (lang + ".po")
        if not po_path.is_file():
            problems.add(f"po/{lang}.po is missing")
            continue
        po = polib.pofile(str(po_path))
        for concept in concepts:
            name = concept["name"]
            if lang not in concept["translations"]:
                problems.add(f"glossary.json: {name} has no word for {lang}")
                continue
            english = re.compile(concept["english"], re.I)
            skip = re.compile(concept["skip"], re.I) if concept.get("skip") else None
            wanted = [re.compile(p, re.I) for p in concept["translations"][lang]]
            avoided = [re.compile(p, re.I) for p in concept.get("avoid", {}).get(lang, [])]
            for entry in po:
                if entry.obsolete or not entry.msgid or not entry.translated():
                    continue
                source = entry.msgid + "\n" + entry.msgid_plural
                if skip:
                    source = skip.sub(" ", source)
                if not english.search(source):
                    continue
                if (lang, name, entry.msgid) in exceptions:
                    used_exceptions.add((lang, name, entry.msgid))
                    continue
                checked += 1
                if entry.msgid_plural:
                    forms = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
                else:
                    forms = [entry.msgstr]
                for form in forms:
                    text = skip.sub(" ", form) if skip else form
                    if not any(p.search(text) for p in wanted):
                        problems.add(f"po/{lang}.po: “{name}” should be "
                                     f"{' / '.join(p.pattern for p in wanted)} in {form!r} "
                                     f"for {describe(entry)}")
                        break
                    bad = [m.group(0) for p in avoided for m in [p.search(text)] if m]
                    if bad:
                        problems.add(f"po/{lang}.po: “{name}” uses {bad[0]!r} instead of "
                                     f"{' / '.join(p.pattern for p in wanted)} in {form!r} "
                                     f"for {describe(entry)}")
                        break
    for k in sorted(set(exceptions) - used_exceptions):
        problems.add(f"glossary.json: the exception {k} matches no message any more: remove it")
    return problems.finish(f"terminology: {checked} translations use their "
                           "language's words")


# --- merged-data -------------------------------------------------------------------

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def merge_again(build_root, path, tmpdir):
    """Runs the build's command for path again, writing into tmpdir."""
    relative = os.path.relpath(path, build_root)
    for outputs, argv in ninja_rules(build_root):
        if relative in outputs:
            fresh = pathlib.Path(tmpdir) / path.name
            argv = [str(fresh) if a == relative else a for a in argv]
            result = subprocess.run(argv, cwd=build_root, capture_output=True, text=True)
            if result.returncode != 0:
                raise SystemExit(f"pocheck: merging {relative} again failed:\n{result.stderr}")
            return fresh
    raise SystemExit(f"pocheck: no rule for {relative} in {build_root / 'build.ninja'}")


def check_desktop(problems, name, text, langs):
    # Each group ([Desktop Entry], [Desktop Action …]) on its own.
    for group in re.split(r"^(?=\[)", text, flags=re.M):
        keys = re.findall(r"^(Name|GenericName|Comment|Keywords)\s*=", group, re.M)
        title = group.split("\n", 1)[0]
        for lang in langs:
            for k in keys:
                if not re.search(rf"^{k}\[{re.escape(lang)}\]\s*=\s*\S", group, re.M):
                    problems.add(f"{name}: {title} has no {k}[{lang}]")


def check_metainfo(problems, name, text, langs):
    root = ElementTree.fromstring(text)
    # msgfmt --xml puts the translations of an element right after it: the
    # same tag, with an xml:lang.
    for parent in root.iter():
        source, found = None, set()
        for child in list(parent) + [None]:
            if child is not None and source is not None and child.tag == source.tag \
                    and child.get(XML_LANG) is not None:
                found.add(child.get(XML_LANG))
                continue
            if source is not None:
                for lang in langs:
                    if lang not in found:
                        problems.add(f"{name}: <{source.tag}> {' '.join(source.text.split())[:60]!r} "
                                     f"has no xml:lang=\"{lang}\" translation")
            source, found = None, set()
            if (child is not None and child.tag in METAINFO_TAGS and child.get(XML_LANG) is None
                    and child.get("translate") != "no" and (child.text or "").strip()):
                source = child


def check_merged_data(source_root, build_root, files):
    problems = Problems("merged-data")
    langs = linguas(source_root)
    if not files:
        problems.add("no merged files given")
    with tempfile.TemporaryDirectory(prefix="pocheck-") as tmpdir:
        for built in files:
            # meson gives the build's files relative to the build directory.
            built = (build_root / built).resolve()
            # i18n.merge_file's rule does not depend on the .po files, so the
            # build's copy can predate a translation: check what its command
            # makes of the translations as they are now.
            path = merge_again(build_root, built, tmpdir)
            if built.is_file() and built.read_bytes() != path.read_bytes():
                print(f"merged-data: the build's {built.name} differs from a merge of the "
                      "translations as they are now: checking the fresh merge")
            text = path.read_text(encoding="utf-8")
            if path.name.endswith(".desktop"):
                check_desktop(problems, path.name, text, langs)
            else:
                check_metainfo(problems, path.name, text, langs)
    return problems.finish(f"merged-data: {', '.join(pathlib.Path(f).name for f in files)} "
                           f"translated into {len(langs)} languages")


CHECKS = {
    "potfiles": check_potfiles,
    "pot-current": check_pot_current,
    "po-complete": check_po_complete,
    "plural-forms": check_plural_forms,
    "terminology": check_terminology,
    "merged-data": check_merged_data,
}

if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in CHECKS:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    source_root = pathlib.Path(sys.argv[2]).resolve()
    build_root = pathlib.Path(sys.argv[3]).resolve()
    sys.exit(CHECKS[sys.argv[1]](source_root, build_root, sys.argv[4:]))
