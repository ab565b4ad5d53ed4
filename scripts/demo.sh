#!/usr/bin/env bash
# Installs SivaDesk and opens it on this PC's own SQLite database, filled with demo data and
# logged in as the demo administrator.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
bash scripts/venv.sh
exec .venv/bin/sivadesk demo "$@"
