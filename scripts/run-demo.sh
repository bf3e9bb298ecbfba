#!/usr/bin/env bash
# Starts CampusSec Ledger on a demo school database (created on first use).
# The demo passphrase is "demo-passphrase"; never use it for real data.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${BUILD:-build/ci}"
DATA="${CAMPUSLEDGER_DEMO_DIR:-$HOME/.local/share/campusledger-demo}"
mkdir -p "$DATA"
DB="$DATA/demo-school.cldb"
export CAMPUSLEDGER_PASSPHRASE="demo-passphrase"
if [ ! -f "$DB" ]; then
    "$BUILD/app/cli/campusledger-cli" demo --db "$DB" --devices "${DEMO_DEVICES:-300}"
fi
unset CAMPUSLEDGER_PASSPHRASE
echo "Opening $DB (passphrase: demo-passphrase)"
exec "$BUILD/app/gui/campusledger" --db "$DB" "$@"
