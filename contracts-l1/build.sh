#!/usr/bin/env bash
# Compiles RollupL1.sol with solc from the npm registry (installed into target/l1-tools/)
# into target/l1-tools/out/RollupL1.{bin,abi}; does nothing when those are newer.
set -euo pipefail

# shellcheck source=../scripts/lib/prelude.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/prelude.sh" contracts-l1
# shellcheck source=../scripts/lib/l1-tools.sh
source "$ROOT/scripts/lib/l1-tools.sh"

SOLC_VERSION="0.8.37"
SOLCJS="$L1_TOOLS/node_modules/.bin/solcjs"
SRC="$ROOT/contracts-l1/RollupL1.sol"

command -v npm >/dev/null 2>&1 || die "npm is required (Debian: apt-get install npm)"

if [[ ! -x "$SOLCJS" ]] || [[ "$("$SOLCJS" --version)" != "$SOLC_VERSION"* ]]; then
  log "installing solc@$SOLC_VERSION into $L1_TOOLS"
  mkdir -p "$L1_TOOLS"
  npm install --prefix "$L1_TOOLS" --no-save --no-audit --no-fund --silent "solc@$SOLC_VERSION"
fi

if [[ "$ROLLUP_OUT/RollupL1.bin" -nt "$SRC" && "$ROLLUP_OUT/RollupL1.abi" -nt "$SRC" ]]; then
  log "up to date: $ROLLUP_OUT/RollupL1.bin"
  exit 0
fi

mkdir -p "$ROLLUP_OUT"
# solcjs names its outputs after the source path; compile from the source's directory.
(cd "$ROOT/contracts-l1" && "$SOLCJS" --bin --abi --optimize -o "$ROLLUP_OUT" RollupL1.sol)
mv "$ROLLUP_OUT/RollupL1_sol_RollupL1.bin" "$ROLLUP_OUT/RollupL1.bin"
mv "$ROLLUP_OUT/RollupL1_sol_RollupL1.abi" "$ROLLUP_OUT/RollupL1.abi"
log "built $ROLLUP_OUT/RollupL1.bin"
