#!/usr/bin/env bash
# The relayer end to end: a fresh geth --dev with the rollup contract, Faro deployed on the
# local chain, and the faro-relayer binary between them (packages/relayer/tests/e2e_chain.rs).
# Needs a running chain: scripts/localnet.sh start. The L1 node is started afresh and
# stopped afterwards: proofs carry L1 block times, which a reused dev chain has pushed
# ahead of the clock.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
eval "$(scripts/localnet.sh env)"

contracts-l1/build.sh
scripts/l1node.sh build
scripts/l1node.sh reset
trap 'scripts/l1node.sh stop' EXIT
FARO_L1_PERIOD=0 scripts/l1node.sh start
eval "$(scripts/l1node.sh env)"

if [[ -z "${FARO_CW20_WASM:-}" ]]; then
  scripts/build-wasm.sh --anchors
  export FARO_CW20_WASM="$ROOT/target/wasm/anchors/cw20-base.wasm"
fi
cargo build --locked --quiet -p faro-client --bin faro
export FARO_DEPLOYMENT="$ROOT/target/relayer-e2e-deployment.json"
"${CARGO_TARGET_DIR:-$ROOT/target}/debug/faro" deploy --salt-suffix="-relayer-$(date +%s%N)" --out "$FARO_DEPLOYMENT" >/dev/null

cargo test -p faro-relayer --locked --test e2e_chain -- --ignored --nocapture
