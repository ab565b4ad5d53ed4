#!/usr/bin/env bash
# Installs everything and runs the whole test suite: lint, format, types, layer contract, then
# pytest on SQLite and PostgreSQL (PostgreSQL from SIVADESK_TEST_PG_URL, default
# postgresql://postgres@127.0.0.1:5432/test; its tests skip with the reason when none answers).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
bash scripts/venv.sh dev
export QT_QPA_PLATFORM=offscreen
# Tests never touch the real user's settings, data or logs.
SIVADESK_HOME="$(mktemp -d)"
export SIVADESK_HOME
trap 'rm -rf "$SIVADESK_HOME"' EXIT

echo "== ruff"; .venv/bin/ruff check . && .venv/bin/ruff format --check .
echo "== mypy"; .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports
echo "== pytest"
workers=$(python3 -c 'import os; print(max(1, min(4, os.cpu_count() or 1)))')
.venv/bin/pytest -n "$workers" -p no:cacheprovider "$@"
