#!/usr/bin/env bash
# The relayer's L1 follower against a real L1 node: builds the rollup contract (solc from
# npm) and geth (Go module proxy), starts geth --dev sealing a block per transaction, runs
# packages/relayer/tests/l1_geth.rs and stops the node again if it started it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source scripts/lib/toolchain.sh
ensure_debian_packages curl jq

contracts-l1/build.sh
scripts/l1node.sh build
if ! scripts/l1node.sh status >/dev/null 2>&1; then
  # A fresh chain for each run: the tests rewind it, and a node rewound over many runs
  # has answered log queries with errors about receipts it no longer has.
  scripts/l1node.sh reset
  trap 'scripts/l1node.sh stop' EXIT
fi
FARO_L1_PERIOD=0 scripts/l1node.sh start
eval "$(scripts/l1node.sh env)"
# One test at a time: they share the dev account's nonce and one of them rewinds the chain.
cargo test -p faro-relayer --locked --test l1_geth -- --ignored --test-threads=1 --nocapture
