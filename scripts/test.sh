#!/usr/bin/env bash
# Installs everything and runs every test once: unit, component and
# integration tests of all packages, with the database tests on SQLite and,
# when a server answers on 127.0.0.1:5432 (user postgres), on PostgreSQL too.
#
#   AIGOV_REQUIRE_POSTGRES=1   fail instead of skipping PostgreSQL
#   POSTGRES_URL=...           another server (default postgresql://postgres@127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=toolchain.sh
source scripts/toolchain.sh
yarn install --immutable

postgres_url="${POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432}"
if major=$(psql "$postgres_url/postgres" -tAc 'SHOW server_version_num' 2>/dev/null); then
  major=$((major / 10000))
  # Backstage's TestDatabases reads one variable per PostgreSQL major version.
  export "BACKSTAGE_TEST_DATABASE_POSTGRES${major}_CONNECTION_STRING=$postgres_url"
  echo "test: database tests run on SQLite and PostgreSQL $major"
elif [ "${AIGOV_REQUIRE_POSTGRES:-0}" = 1 ]; then
  echo "test: PostgreSQL does not answer at $postgres_url" >&2
  exit 1
else
  echo "test: PostgreSQL does not answer at $postgres_url; database tests run on SQLite only" >&2
fi

# The browser tests drive Debian's Chromium against the demo portal, whose
# backend serves the production build of the app.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test: the browser tests need Debian's chromium (sudo apt-get install chromium)" >&2
    exit 1
  fi
fi
yarn workspace app build

# One pass (no watch mode), and never Docker: databases come from the above.
export CI=true BACKSTAGE_TEST_DISABLE_DOCKER=1
mkdir -p test/artifacts
status=0
yarn test --json --outputFile=test/artifacts/jest-results.json "$@" || status=$?
node -e '
  const r = require("./test/artifacts/jest-results.json");
  console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' 2>/dev/null || true
exit "$status"
