# shellcheck shell=bash
# Puts `mkdocs` on PATH for the demo's local TechDocs generator
# (app-config.yaml: techdocs.generator.runIn: local). Sourced by
# scripts/toolchain.sh, after AIGOV_ROOT and AIGOV_TOOLCHAIN are set.
#
# First choice is Backstage's own mkdocs-techdocs-core from the Python
# package index into .venv/ (git-ignored), the way the Node bootstrap fills
# .toolchain/. Where that index cannot be reached, Debian's mkdocs and
# mkdocs-material (root and apt-get only) build the same docs without the
# techdocs-core plugin, and the generator is told to leave it out. The index
# is pip's own configuration, never written here. A missing mkdocs only
# warns: everything but TechDocs works without it. Sourcing it a second time
# does no network work.

_aigov_venv="$AIGOV_ROOT/.venv"
# What the last install found, read by every later shell.
_aigov_mkdocs_env="$AIGOV_TOOLCHAIN/mkdocs.env"

if [ -x "$_aigov_venv/bin/mkdocs" ]; then
  case ":$PATH:" in
    *":$_aigov_venv/bin:"*) ;;
    *) export PATH="$_aigov_venv/bin:$PATH" ;;
  esac
fi

if ! command -v mkdocs >/dev/null 2>&1; then
  rm -f "$_aigov_mkdocs_env"
  echo "toolchain: installing mkdocs-techdocs-core into .venv/" >&2
  # A .venv/ that was there before is someone's own: used, never removed.
  _aigov_own_venv=
  [ -e "$_aigov_venv" ] || _aigov_own_venv=1
  if python3 -m venv "$_aigov_venv" >&2 &&
    "$_aigov_venv/bin/pip" install --quiet --disable-pip-version-check \
      --timeout 15 --retries 1 mkdocs-techdocs-core >&2; then
    export PATH="$_aigov_venv/bin:$PATH"
  else
    if [ -n "$_aigov_own_venv" ]; then rm -rf "$_aigov_venv"; fi
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "toolchain: no mkdocs-techdocs-core from the Python package index; installing Debian's mkdocs and mkdocs-material" >&2
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends mkdocs mkdocs-material >/dev/null; } >&2 ||
        echo "toolchain: apt-get could not install mkdocs" >&2
    fi
  fi
  command -v mkdocs >/dev/null 2>&1 ||
    echo "toolchain: no mkdocs, so TechDocs pages will not build (pip install mkdocs-techdocs-core)" >&2
fi

# Whether this mkdocs has the techdocs-core plugin, found once by building a
# one-page site with it; without it the generator must not add the plugin.
if command -v mkdocs >/dev/null 2>&1 && [ ! -f "$_aigov_mkdocs_env" ]; then
  _aigov_probe="$(mktemp -d)"
  mkdir -p "$_aigov_probe/docs" "$AIGOV_TOOLCHAIN"
  printf '# Probe\n' >"$_aigov_probe/docs/index.md"
  printf 'site_name: probe\nplugins:\n  - techdocs-core\n' >"$_aigov_probe/mkdocs.yml"
  if mkdocs build -q -f "$_aigov_probe/mkdocs.yml" -d "$_aigov_probe/site" >/dev/null 2>&1; then
    echo "# mkdocs has techdocs-core (scripts/mkdocs.sh)" >"$_aigov_mkdocs_env"
  else
    {
      echo "# mkdocs lacks techdocs-core (scripts/mkdocs.sh): the TechDocs generator leaves it out"
      echo "export APP_CONFIG_techdocs_generator_mkdocs_omitTechdocsCorePlugin=true"
    } >"$_aigov_mkdocs_env"
  fi
  rm -rf "$_aigov_probe"
fi
# shellcheck source=/dev/null
[ -f "$_aigov_mkdocs_env" ] && source "$_aigov_mkdocs_env"

unset _aigov_venv _aigov_mkdocs_env _aigov_probe _aigov_own_venv
