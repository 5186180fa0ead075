#!/usr/bin/env bash
# The protocol on the local chain, through the faro client: deploy every contract (each run
# under fresh instantiate2 salts), then alice bonds, transfers, wraps, unbonds and the
# epoch advances. Each step checks its effect on chain; prints gas per tx and the times.
# Needs a running chain: scripts/localnet.sh start
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
eval "$(scripts/localnet.sh env)"

# cw20-base, the FRO token's code: the published crate, built by our wasm recipe.
if [[ -z "${FARO_CW20_WASM:-}" ]]; then
  scripts/build-wasm.sh --anchors
  export FARO_CW20_WASM="$ROOT/target/wasm/anchors/cw20-base.wasm"
fi

cargo build --locked --quiet -p faro-client --bin faro
FARO="${CARGO_TARGET_DIR:-$ROOT/target}/debug/faro"
DEPLOYMENT="$ROOT/target/faro-deploy.json"

started="$(date +%s.%N)"
"$FARO" deploy --salt-suffix="-$(date +%s%N)" --out "$DEPLOYMENT"
"$FARO" scenario --deployment "$DEPLOYMENT"
awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "\nprotocol smoke: deploy and scenario in %.1f s\n", b - a }'
echo "1 passed, 0 failed"
