#!/usr/bin/env bash
# Installs everything and starts the demo portal on the embedded SQLite
# database with the demo data: the app on http://localhost:3000, the backend
# on http://localhost:7007. Sign in as guest (a governance officer).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=toolchain.sh
source scripts/toolchain.sh
yarn install --immutable
exec yarn start "$@"
