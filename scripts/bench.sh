#!/usr/bin/env bash
# Gas per Faro operation on the real chain: starts a fresh local chain, deploys the
# protocol with the faro client, measures every operation, the chain's floors beside them
# and the scaling in holders, operators and provers, and writes the samples to
# target/bench/samples.jsonl (one JSON object a line), and the report: BENCHMARKS.md and
# benchmarks/ (gas.csv, plots) at the repository root. Fails on the report's checks: bond,
# unbond or transfer growing by more than 5% from 1 to 10,000 heavy LST holders, an epoch
# not linear in the operators or beyond a block at 100. Stops the chain.
#
#   scripts/bench.sh                  everything (about 10 minutes)
#   scripts/bench.sh --parts holders  some parts: operations, holders, operators; other
#                                     flags go to faro-bench (--help)
#
# The chain is reset first, so every run measures on the same fresh state; any localnet
# already running is stopped. The operator scaling creates 98 validators on it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/lib/toolchain.sh
ensure_rust
ensure_debian_packages jq fonts-dejavu-core
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

started="$(date +%s)"
cargo build --locked --quiet -p faro-bench --bin faro-bench

scripts/localnet.sh reset
trap 'scripts/localnet.sh stop' EXIT
scripts/localnet.sh start
eval "$(scripts/localnet.sh env)"

# cw20-base, the FRO token's code: the published crate, built by our wasm recipe.
if [[ -z "${FARO_CW20_WASM:-}" ]]; then
  scripts/build-wasm.sh --anchors
  export FARO_CW20_WASM="$ROOT/target/wasm/anchors/cw20-base.wasm"
fi

"$TARGET_DIR/debug/faro-bench" --artifacts artifacts --out target/bench/samples.jsonl \
  --report-dir . "$@"
echo "bench: done in $(($(date +%s) - started)) s"
