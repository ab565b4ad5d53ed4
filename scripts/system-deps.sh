#!/usr/bin/env bash
# Debian/Ubuntu packages SivaDesk needs on a fresh machine: the Python venv module, the libraries
# Qt's widgets load even offscreen, fonts that render Persian, and the PostgreSQL client (pg_dump
# for `sivadesk db backup` of a shared store). Installed only when missing and running as root;
# otherwise the missing names are printed and what needs them skips or fails with the reason.
set -euo pipefail

want=()
python3 -c 'import venv, ensurepip' 2>/dev/null || want+=(python3-venv)
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib libEGL.so.1 || want+=(libegl1)
have_lib libGL.so.1 || want+=(libgl1)
have_lib libxkbcommon.so.0 || want+=(libxkbcommon0)
have_lib libfontconfig.so.1 || want+=(libfontconfig1)
have_lib libdbus-1.so.3 || want+=(libdbus-1-3)
have_lib libglib-2.0.so.0 || want+=(libglib2.0-0)
have_lib libxcb-cursor.so.0 || want+=(libxcb-cursor0)
# grep without -q reads all of fc-list's output: with -q, fc-list may die of SIGPIPE and pipefail
# would count the font as missing.
fonts="$(fc-list 2>/dev/null || true)"
grep -i "Noto Sans Arabic" <<<"$fonts" >/dev/null || want+=(fonts-noto-core)
grep -i "DejaVu Sans" <<<"$fonts" >/dev/null || want+=(fonts-dejavu-core)
command -v fc-list >/dev/null || want+=(fontconfig)  # letters' built-in PDF renderer finds fonts with it
command -v pg_dump >/dev/null || want+=(postgresql-client)
for extra in "$@"; do
    dpkg -s "$extra" >/dev/null 2>&1 || want+=("$extra")
done

if [ ${#want[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing system packages: ${want[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
else
    echo "missing system packages (install them as root): ${want[*]}" >&2
fi
