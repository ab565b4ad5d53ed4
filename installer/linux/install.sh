#!/usr/bin/env bash
# Installs SivaDesk for the current user from this checkout: a private virtual environment under
# ~/.local/share/SivaDesk/app, the `sivadesk` command in ~/.local/bin and a menu entry.
# Usage: bash installer/linux/install.sh            (uninstall: bash installer/linux/install.sh --remove)
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}/SivaDesk/app"
bin="$HOME/.local/bin/sivadesk"
desktop="${XDG_DATA_HOME:-$HOME/.local/share}/applications/sivadesk.desktop"

if [ "${1:-}" = "--remove" ]; then
    rm -rf "$prefix" "$bin" "$desktop"
    echo "SivaDesk removed (your data and settings are kept)."
    exit 0
fi
bash "$src/scripts/system-deps.sh"
python3 -m venv "$prefix"
"$prefix/bin/pip" install -q --disable-pip-version-check "$src"
mkdir -p "$(dirname "$bin")" "$(dirname "$desktop")"
ln -sf "$prefix/bin/sivadesk" "$bin"
sed -e "s|@BIN@|$prefix/bin/sivadesk|" -e "s|@ICON@|$src/resources/icons/sivadesk.svg|" \
    "$src/installer/linux/sivadesk.desktop.in" > "$desktop"
echo "SivaDesk installed: run 'sivadesk' or open it from the Office menu."
