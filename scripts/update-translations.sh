#!/usr/bin/env bash
# Refreshes the translation catalogues from the code, then compiles them.
#
#   1. pyside6-lupdate reads every sivadesk/**/*.py (UI and Qt-free core) and merges the strings
#      into resources/i18n/sivadesk_<lang>.ts: existing translations are kept, strings no longer in
#      the code are dropped (-no-obsolete), new ones arrive "unfinished".
#   2. If scripts/translations_table.py exists, it fills in every string it has a translation for
#      (the .ts files stay the source of truth; the table only saves retyping).
#   3. pyside6-lrelease compiles each .ts into the .qm the application loads.
#
# lupdate recognises these spellings in Python (checked with PySide6 6.11):
#   self.tr("text"), QCoreApplication.translate("context", "text") or any callable named
#   translate("context", "text"), QT_TRANSLATE_NOOP("context", "text"), QT_TR_NOOP("text"),
#   plurals as translate("context", "%n text", None, n) / self.tr("%n text", "", n).
# It does NOT recognise: a local helper named tr("context", "text") (read as tr(source, comment)),
# keyword arguments (translate(..., n=3) is not extracted at all), QT_TRANSLATE_NOOP3, f-strings.
# tests/unit/test_translations.py fails when the code has a string the .ts files do not.
#
# Usage: scripts/update-translations.sh [--check]   (--check: only report unfinished entries)
set -euo pipefail
cd "$(dirname "$0")/.."

bin=.venv/bin
lupdate="$bin/pyside6-lupdate"
lrelease="$bin/pyside6-lrelease"
[ -x "$lupdate" ] || lupdate=$(command -v pyside6-lupdate)
[ -x "$lrelease" ] || lrelease=$(command -v pyside6-lrelease)
python="$bin/python"
[ -x "$python" ] || python=python3

languages=(fr fa)
mapfile -t sources < <(find sivadesk -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)

extract() {
    for lang in "${languages[@]}"; do
        "$lupdate" -silent -no-obsolete -locations relative -source-language en -target-language "$lang" \
            "${sources[@]}" -ts "resources/i18n/sivadesk_${lang}.ts"
    done
}

extract
if [ "${1:-}" != "--check" ] && [ -f scripts/translations_table.py ]; then
    for lang in "${languages[@]}"; do
        # Exit status 1 = some new strings have no translation in the table yet: listed, left unfinished.
        "$python" scripts/translations_table.py "resources/i18n/sivadesk_${lang}.ts" || true
    done
    extract  # once more, so the files keep lupdate's own layout
fi

for lang in "${languages[@]}"; do
    ts="resources/i18n/sivadesk_${lang}.ts"
    "$lrelease" -silent "$ts" -qm "resources/i18n/sivadesk_${lang}.qm"
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    total=$(grep -c '<message' "$ts" || true)
    echo "$ts: $total messages, $unfinished unfinished"
done
