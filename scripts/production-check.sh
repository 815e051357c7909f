#!/usr/bin/env bash
# Boots the demo backend's production bundle the way packages/backend/Dockerfile
# does, without Docker: the skeleton, a production-only install
# (`yarn workspaces focus --all --production`), the bundle, and
# `node packages/backend --config app-config.yaml --config app-config.production.yaml`
# on PostgreSQL. Checks that it becomes ready, serves the app at / and
# refuses the API without a token, then stops it and drops its databases.
# Where a Docker daemon answers, it then builds packages/backend/Dockerfile
# and runs the same checks against the image.
# Run after `yarn build:backend` (or `yarn build:all`); CI does.
#
#   POSTGRES_URL=...   the server (default postgresql://postgres@127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
postgres_url="${POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432}"
port="${AIGOV_PRODUCTION_CHECK_PORT:-7099}"
prefix="aigov_production_check_$$_"
work=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  for db in $(psql "$postgres_url/postgres" -tAc \
    "SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'"); do
    psql "$postgres_url/postgres" -qc "DROP DATABASE \"$db\"" >/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

for file in packages/backend/dist/skeleton.tar.gz packages/backend/dist/bundle.tar.gz; do
  [ -f "$file" ] || { echo "production-check: $file is missing; run yarn build:backend" >&2; exit 1; }
done

# As the Dockerfile's stages: skeleton and lockfile, production install, bundle.
cp package.json yarn.lock .yarnrc.yml app-config.yaml app-config.production.yaml "$work/"
tar xzf packages/backend/dist/skeleton.tar.gz -C "$work"
(cd "$work" && yarn workspaces focus --all --production >"$work/install.log" 2>&1) ||
  { tail -20 "$work/install.log" >&2; exit 1; }
tar xzf packages/backend/dist/bundle.tar.gz -C "$work"

# Its own port and database names, so a running portal or test is not touched.
cat >"$work/app-config.check.yaml" <<YAML
backend:
  baseUrl: http://localhost:$port
  listen: ':$port'
  database:
    prefix: $prefix
app:
  baseUrl: http://localhost:$port
YAML
host=$(node -e 'console.log(new URL(process.argv[1]).hostname)' "$postgres_url")
pgport=$(node -e 'console.log(new URL(process.argv[1]).port || 5432)' "$postgres_url")
pguser=$(node -e 'console.log(new URL(process.argv[1]).username || "postgres")' "$postgres_url")
(
  cd "$work"
  NODE_ENV=production POSTGRES_HOST="$host" POSTGRES_PORT="$pgport" \
    POSTGRES_USER="$pguser" POSTGRES_PASSWORD="${PGPASSWORD:-unused}" \
    exec node packages/backend --config app-config.yaml \
    --config app-config.production.yaml --config app-config.check.yaml
) >"$work/backend.log" 2>&1 &
pid=$!

# Waits for the portal on $port, then checks readiness, the app at / and a
# 401 from the API without a token. $1 names it; $2 is a command that fails
# once it has exited, $3 one that prints its log.
check_portal() {
  local name=$1 alive=$2 logs=$3 started ready= app api
  started=$(date +%s)
  for _ in $(seq 1 120); do
    if ! eval "$alive"; then
      eval "$logs" | tail -30 >&2
      echo "production-check: $name exited before it was ready" >&2
      return 1
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/.backstage/health/v1/readiness")" = 200 ]; then
      ready=$(($(date +%s) - started))
      break
    fi
    sleep 1
  done
  [ -n "$ready" ] || { eval "$logs" | tail -30 >&2; echo "production-check: $name not ready after 120 s" >&2; return 1; }
  app=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")
  api=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/ai-governance/controls")
  echo "production-check: $name ready in ${ready} s; / answered $app; /api/ai-governance/controls without a token answered $api"
  [ "$app" = 200 ] && [ "$api" = 401 ] || { eval "$logs" | tail -30 >&2; return 1; }
}

check_portal "the bundle" 'kill -0 "$pid" 2>/dev/null' 'cat "$work/backend.log"'
kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
pid=

# Where a Docker daemon answers, the image itself, with the same checks.
if docker info >/dev/null 2>&1; then
  image="aigov-portal-check:$$"
  container="aigov-portal-check-$$"
  trap 'docker rm -f "$container" >/dev/null 2>&1 || true; docker rmi "$image" >/dev/null 2>&1 || true; cleanup' EXIT
  docker build -q -f packages/backend/Dockerfile -t "$image" . >/dev/null
  docker run -d --name "$container" --network host \
    -e POSTGRES_HOST="$host" -e POSTGRES_PORT="$pgport" \
    -e POSTGRES_USER="$pguser" -e POSTGRES_PASSWORD="${PGPASSWORD:-unused}" \
    -v "$work/app-config.check.yaml:/app/app-config.check.yaml:ro" \
    "$image" node packages/backend --config app-config.yaml \
    --config app-config.production.yaml --config app-config.check.yaml >/dev/null
  check_portal "the image" \
    '[ "$(docker inspect -f "{{.State.Running}}" "$container" 2>/dev/null)" = true ]' \
    'docker logs "$container" 2>&1'
else
  echo "production-check: no Docker daemon here; the image build was not run"
fi
