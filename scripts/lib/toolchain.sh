# Shared by the scripts: make sure the tools they need are installed.

ensure_rust() {
  if ! command -v cargo >/dev/null; then
    echo "cargo not found: install Rust with rustup (https://rustup.rs) first" >&2
    exit 1
  fi
  local component
  for component in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$component" ||
      rustup component add "$component"
  done
}

# Installs Debian packages that are missing; `apt-get update` only when needed.
ensure_debian_packages() {
  local missing=()
  local package
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  ((${#missing[@]} == 0)) && return 0
  echo "installing from Debian: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# go_build DIR ARGS...: `go build -mod=readonly ARGS` in DIR with a build cache of its own,
# removed afterwards. The scripts keep only the binaries; the cache would hold gigabytes.
go_build() {
  local dir="$1" cache status=0
  shift
  cache="$(mktemp -d "${TMPDIR:-/tmp}/faro-go-build.XXXXXX")"
  (cd "$dir" && GOCACHE="$cache" go build -mod=readonly "$@") || status=$?
  chmod -R u+w "$cache" && rm -rf "$cache"
  return "$status"
}
