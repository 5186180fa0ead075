#!/usr/bin/env bash
# Writes every contract's JSON schema into schema/<contract>/ with its `schema` binary.
# Contracts are found with `cargo metadata`: every package under contracts/ that has a
# `schema` binary. With --check, fails when the committed schema differs.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

contracts() {
  cargo metadata --no-deps --format-version 1 |
    jq -r --arg dir "$root/contracts/" '.packages[]
      | select(.manifest_path | startswith($dir))
      | select(any(.targets[]; .name == "schema" and (.kind | index("bin"))))
      | "\(.name) \(.manifest_path | ltrimstr($dir) | split("/")[0])"'
}

generate_into() {
  local out=$1 package dir scratch
  while read -r package dir; do
    scratch=$(mktemp -d)
    (cd "$scratch" && cargo run --quiet --manifest-path "$root/Cargo.toml" -p "$package" --bin schema >/dev/null)
    mkdir -p "$out/$dir"
    cp -r "$scratch/schema/." "$out/$dir/"
    rm -rf "$scratch"
  done < <(contracts)
}

command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq; }

if [[ "${1:-}" == "--check" ]]; then
  fresh=$(mktemp -d)
  trap 'rm -rf "$fresh"' EXIT
  generate_into "$fresh"
  if ! diff -r "$fresh" schema; then
    echo "schema/ is out of date: run scripts/schema.sh and commit the result" >&2
    exit 1
  fi
  echo "schema: up to date"
else
  rm -rf schema
  generate_into schema
  echo "schema: written to schema/"
fi
