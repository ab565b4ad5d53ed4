#!/usr/bin/env bash
# Creates .venv beside the project (once) and installs SivaDesk into it, editable, with the given
# extras ("" or "dev").
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
if [ -n "$extras" ]; then
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[$extras]"
else
    .venv/bin/python -m pip install -q --disable-pip-version-check -e .
fi
