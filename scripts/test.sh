#!/usr/bin/env bash
# Installs everything and runs the whole test suite: lint, format, types, layer contract, then
# pytest on SQLite and PostgreSQL (PostgreSQL from SIVADESK_TEST_PG_URL, default
# postgresql://postgres@127.0.0.1:5432/test; its tests skip with the reason when none answers).
set -euo pipefail
cd "$(dirname "$0")/.."
# The test-only tools: LibreOffice (DOCX -> PDF for letters), poppler (pdftotext/pdftoppm to check
# what we render), libtiff tools (fax pages), and the independent fax peer: Debian's iaxmodem
# (a Class 1 software modem) with efax, run in private mount namespaces (util-linux's unshare).
bash scripts/system-deps.sh libreoffice-writer-nogui poppler-utils libtiff-tools iaxmodem efax util-linux
bash scripts/venv.sh dev
export QT_QPA_PLATFORM=offscreen
# Tests never touch the real user's settings, data or logs.
SIVADESK_HOME="$(mktemp -d)"
export SIVADESK_HOME
trap 'rm -rf "$SIVADESK_HOME"' EXIT

# Every check runs (so one run shows everything that is wrong); the script fails if any failed.
failed=()
check() {
    local name="$1"
    shift
    echo "== $name"
    if ! "$@"; then
        failed+=("$name")
    fi
}
check "ruff check" .venv/bin/ruff check .
check "ruff format" .venv/bin/ruff format --check .
check "mypy" .venv/bin/mypy
check "import-linter" .venv/bin/lint-imports
workers=$(python3 -c 'import os; print(max(1, min(4, os.cpu_count() or 1)))')
check "pytest" .venv/bin/pytest -n "$workers" -p no:cacheprovider -m "not realtime" "$@"
# Real-time peers (Class 1 fax calls through iaxmodem + efax) on a quiet machine, after the rest.
check "pytest (real-time fax calls, alone)" .venv/bin/pytest -p no:cacheprovider -m realtime "$@"
if [ ${#failed[@]} -gt 0 ]; then
    echo "FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "all checks passed"
