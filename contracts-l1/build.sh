#!/usr/bin/env bash
# Compiles RollupL1.sol with solc from the npm registry (installed into target/l1-tools/)
# into target/l1-tools/out/RollupL1.{bin,abi}; does nothing when those are newer.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SOLC_VERSION="0.8.37"
TOOLS="$ROOT/target/l1-tools"
SOLCJS="$TOOLS/node_modules/.bin/solcjs"
OUT="$TOOLS/out"
SRC="$ROOT/contracts-l1/RollupL1.sol"

log() { echo "contracts-l1: $*" >&2; }

command -v npm >/dev/null 2>&1 || { log "error: npm is required (Debian: apt-get install npm)"; exit 1; }

if [[ ! -x "$SOLCJS" ]] || [[ "$("$SOLCJS" --version)" != "$SOLC_VERSION"* ]]; then
  log "installing solc@$SOLC_VERSION into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-save --no-audit --no-fund --silent "solc@$SOLC_VERSION"
fi

if [[ "$OUT/RollupL1.bin" -nt "$SRC" && "$OUT/RollupL1.abi" -nt "$SRC" ]]; then
  log "up to date: $OUT/RollupL1.bin"
  exit 0
fi

mkdir -p "$OUT"
# solcjs names its outputs after the source path; compile from the source's directory.
(cd "$ROOT/contracts-l1" && "$SOLCJS" --bin --abi --optimize -o "$OUT" RollupL1.sol)
mv "$OUT/RollupL1_sol_RollupL1.bin" "$OUT/RollupL1.bin"
mv "$OUT/RollupL1_sol_RollupL1.abi" "$OUT/RollupL1.abi"
log "built $OUT/RollupL1.bin"
