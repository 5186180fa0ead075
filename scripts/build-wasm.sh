#!/usr/bin/env bash
# Builds every contract under contracts/ to artifacts/<dir>.wasm, the way the chain gets them.
#
#   scripts/build-wasm.sh           build, optimize, checksum, cosmwasm-check, size table
#   scripts/build-wasm.sh --check   the same, then fail if artifacts/ differs from what is
#                                   committed (the artifacts must be reproducible and fresh)
#   scripts/build-wasm.sh --anchors the published contracts Faro runs beside its own
#                                   (tests/anchors/*: cw20-base), by the same recipe, to
#                                   target/wasm/anchors/<name>.wasm; cosmwasm-check'd
#
# Recipe: shared/WASM.md — Debian's rustc 1.96 rebuilds std for the wasm MVP feature set
# (-Z build-std, target-cpu=mvp), then `wasm-opt -Oz`. Contracts are discovered from
# `cargo metadata` (packages under contracts/ with a cdylib target), never from a list.
# Installs what it needs when missing: Debian's rust and binaryen packages, jq, cosmwasm-check.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
ARTIFACTS="$ROOT/artifacts"
TARGET_DIR="$ROOT/target/wasm"
STAGING="$TARGET_DIR/artifacts" # optimized and checked here; copied to artifacts/ when all pass
CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"

DEBIAN_RUSTC=/usr/bin/rustc
DEBIAN_CARGO=/usr/bin/cargo
RUST_SRC=/usr/lib/rustlib/src/rust
MIN_RUSTC_MINOR=96 # rustc 1.96: what rustc-web ships, and what cosmwasm-check 2.2 needs
DEBIAN_PACKAGES=(rustc-web cargo-web rust-web-src lld-22 binaryen)

MAX_BYTES=409600 # 400 KB, well under the chain's 800 KB upload limit
# Gaia v25 (wasmvm 2.2): the capabilities its chain offers to contracts.
CAPABILITIES="iterator,staking,stargate,cosmwasm_1_1,cosmwasm_1_2,cosmwasm_1_3,cosmwasm_1_4,cosmwasm_2_0,cosmwasm_2_1,cosmwasm_2_2"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# ---------------------------------------------------------------- tools

rustc_is_recent() {
  local version minor
  [[ -x $DEBIAN_RUSTC ]] || return 1
  version="$("$DEBIAN_RUSTC" --version | awk '{print $2}')" # e.g. 1.96.0
  minor="$(cut -d. -f2 <<<"$version")"
  [[ $version == 1.* && $minor -ge $MIN_RUSTC_MINOR ]]
}

toolchain_ready() {
  rustc_is_recent &&
    [[ -x $DEBIAN_CARGO && -d $RUST_SRC/library ]] &&
    command -v rust-lld >/dev/null &&
    command -v wasm-opt >/dev/null
}

ensure_toolchain() {
  toolchain_ready && return
  log "installing Debian's wasm toolchain: ${DEBIAN_PACKAGES[*]}"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${DEBIAN_PACKAGES[@]}"
  toolchain_ready || die "Debian's rustc ≥ 1.$MIN_RUSTC_MINOR, rust-lld or wasm-opt still missing"
}

ensure_jq() {
  command -v jq >/dev/null && return
  log "installing jq"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y jq
}

# cosmwasm-check 2.2 matches the chain's wasmvm 2.2 and builds with Debian's rustc (3.x does not).
ensure_cosmwasm_check() {
  command -v cosmwasm-check >/dev/null && return
  log "installing cosmwasm-check 2.2 (compiles wasmer: about 8 minutes on 2 cores)"
  RUSTC="$DEBIAN_RUSTC" "$DEBIAN_CARGO" install cosmwasm-check --version '~2.2' --locked
}

# ---------------------------------------------------------------- contracts

# One line per contract: "<package> <lib crate name> <dir under contracts/>".
discover_contracts() {
  "$DEBIAN_CARGO" metadata --no-deps --format-version 1 --manifest-path "$ROOT/Cargo.toml" |
    jq -r --arg contracts "$ROOT/contracts/" '
      .packages[]
      | select(.manifest_path | startswith($contracts))
      | (.targets[] | select(.kind | index("cdylib"))) as $lib
      | [.name, ($lib.name | gsub("-"; "_")), (.manifest_path | ltrimstr($contracts) | rtrimstr("/Cargo.toml"))]
      | join(" ")' |
    LC_ALL=C sort
}

# One cargo invocation unifies features across the packages it builds: a contract that
# depends on another with `library` would strip that one's entry points. Refuse it.
refuse_contract_dependencies() {
  local offenders
  offenders="$("$DEBIAN_CARGO" metadata --no-deps --format-version 1 --manifest-path "$ROOT/Cargo.toml" |
    jq -r --arg contracts "$ROOT/contracts/" '
      [.packages[] | select(.manifest_path | startswith($contracts)) | .name] as $names
      | .packages[]
      | select(.manifest_path | startswith($contracts))
      | .name as $from
      | .dependencies[]
      | select(.kind == null and (.name as $n | $names | index($n)))
      | "\($from) -> \(.name)"')"
  [[ -z $offenders ]] || die "contracts must not depend on contracts (use faro-types): $offenders"
}

# ---------------------------------------------------------------- build

# Target flags. The remaps keep machine paths (checkout, cargo home) out of the wasm, so
# every machine produces the same bytes. A panic (an overflow check, a bug) traps at once
# instead of formatting a message: the transaction fails and reverts all the same, and
# each contract sheds the panic machinery (about 40 KB; std's symbol demangler alone is
# 22 KB). Contracts report their failures as typed errors, never as panics.
rustflags() {
  local flags=(
    -C target-cpu=mvp
    -C link-arg=-s
    -C link-arg=--allow-undefined
    -Z unstable-options
    -C panic=immediate-abort
    "--remap-path-prefix=$ROOT=/faro"
    "--remap-path-prefix=$CARGO_HOME=/cargo"
    "--remap-path-prefix=$RUST_SRC=/rust"
  )
  local IFS=$'\x1f'
  printf '%s' "${flags[*]}"
}

build_contracts() {
  local packages=("$@") args=()
  local package
  for package in "${packages[@]}"; do args+=(-p "$package"); done
  log "building ${#packages[@]} contracts: ${packages[*]}"
  (
    cd "$ROOT"
    env -u RUSTFLAGS \
      RUSTC="$DEBIAN_RUSTC" RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$TARGET_DIR" \
      CARGO_ENCODED_RUSTFLAGS="$(rustflags)" \
      "$DEBIAN_CARGO" build --release --lib --locked \
      --target wasm32-unknown-unknown -Z build-std=std,panic_abort "${args[@]}"
  )
}

optimize() {
  local crate="$1" dir="$2"
  local input="$TARGET_DIR/wasm32-unknown-unknown/release/$crate.wasm"
  [[ -f $input ]] || die "cargo produced no $input"
  wasm-opt -Oz "$input" -o "$STAGING/${dir//\//-}.wasm"
}

write_checksums() {
  (cd "$STAGING" && sha256sum -- *.wasm | LC_ALL=C sort -k2) >"$STAGING/checksums.txt"
}

cosmwasm_check_all() {
  log "cosmwasm-check (capabilities: $CAPABILITIES)"
  cosmwasm-check --available-capabilities "$CAPABILITIES" "$STAGING"/*.wasm
}

# Prints the size table; fails if any artifact is over MAX_BYTES.
check_sizes() {
  local file name bytes over=()
  printf '\n%-24s %10s %8s\n' contract bytes KB
  for file in "$STAGING"/*.wasm; do
    name="$(basename "$file" .wasm)"
    bytes="$(stat -c %s "$file")"
    awk -v n="$name" -v b="$bytes" 'BEGIN { printf "%-24s %10d %8.1f\n", n, b, b / 1024 }'
    ((bytes <= MAX_BYTES)) || over+=("$name")
  done
  echo
  ((${#over[@]} == 0)) || die "over the $((MAX_BYTES / 1024)) KB limit: ${over[*]}"
}

# Each tests/anchors/<name> crate is standalone, with its own lock file, so that no Faro
# crate's features reach it; its wasm goes to target/wasm/anchors/<name>.wasm.
build_anchors() {
  local out="$TARGET_DIR/anchors" manifest name crate
  mkdir -p "$out"
  for manifest in "$ROOT"/tests/anchors/*/Cargo.toml; do
    name="$(basename "$(dirname "$manifest")")"
    crate="$(sed -n 's/^name = "\(.*\)"/\1/p' "$manifest" | head -1 | tr - _)"
    log "building the anchor $name"
    env -u RUSTFLAGS \
      RUSTC="$DEBIAN_RUSTC" RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$TARGET_DIR/anchors-build" \
      CARGO_ENCODED_RUSTFLAGS="$(rustflags)" \
      "$DEBIAN_CARGO" build --release --lib --locked --manifest-path "$manifest" \
      --target wasm32-unknown-unknown -Z build-std=std,panic_abort
    wasm-opt -Oz "$TARGET_DIR/anchors-build/wasm32-unknown-unknown/release/$crate.wasm" \
      -o "$out/$name.wasm"
    cosmwasm-check --available-capabilities "$CAPABILITIES" "$out/$name.wasm"
  done
}

# Replaces artifacts/ with the staged set only once every check has passed.
publish() {
  mkdir -p "$ARTIFACTS"
  rm -f "$ARTIFACTS"/*.wasm "$ARTIFACTS/checksums.txt"
  cp "$STAGING"/*.wasm "$STAGING/checksums.txt" "$ARTIFACTS/"
  log "artifacts/: $(cd "$ARTIFACTS" && echo *.wasm) checksums.txt"
}

# --check: the fresh build must equal the committed artifacts, byte for byte.
compare_with_committed() {
  local changes
  changes="$(git -C "$ROOT" status --porcelain --untracked-files=all -- artifacts/)"
  if [[ -n $changes ]]; then
    echo "$changes" >&2
    git -C "$ROOT" --no-pager diff --stat -- artifacts/ >&2 || true
    die "artifacts/ differs from the committed files: run scripts/build-wasm.sh and commit artifacts/"
  fi
  log "artifacts/ matches the committed files"
}

main() {
  local check=false anchors=false
  case "${1:-}" in
    "") ;;
    --check) check=true ;;
    --anchors) anchors=true ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac

  export PATH="$PATH:$CARGO_HOME/bin" # cosmwasm-check; cargo and rustc are called by full path
  ensure_toolchain
  ensure_jq
  ensure_cosmwasm_check
  if $anchors; then
    build_anchors
    return
  fi

  refuse_contract_dependencies
  local contracts packages=() package crate dir
  contracts="$(discover_contracts)"
  [[ -n $contracts ]] || die "no contract (cdylib package) under contracts/"
  while read -r package crate dir; do packages+=("$package"); done <<<"$contracts"

  build_contracts "${packages[@]}"
  rm -rf "$STAGING" && mkdir -p "$STAGING"
  while read -r package crate dir; do optimize "$crate" "$dir"; done <<<"$contracts"
  write_checksums
  cosmwasm_check_all
  check_sizes
  publish
  if $check; then compare_with_committed; fi
}

main "$@"
