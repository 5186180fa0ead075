#!/usr/bin/env bash
# Every check and test, as CI runs them: formatting, lints, the Rust test suite, the
# committed schema, the wasm artifacts (rebuilt, checked, compared with the commit) and
# those artifacts executed in the real CosmWasm VM.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/toolchain.sh
ensure_rust
ensure_debian_packages jq fonts-dejavu-core
# One full build: incremental caches would only double the target directory's size.
export CARGO_INCREMENTAL=0

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all --check

step "lints"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "tests"
cargo test --workspace --locked

step "relayer against an L1 node: geth --dev, the rollup contract, the follower"
tests/l1/run.sh

step "schema"
scripts/schema.sh --check

step "wasm artifacts"
scripts/build-wasm.sh --check

step "artifacts in the CosmWasm VM"
scripts/vm-smoke.sh

step "end-to-end chain: LSM and CosmWasm on loopback"
trap 'scripts/localnet.sh stop' EXIT
scripts/localnet.sh start
tests/e2e/lsm_smoke.sh

step "end-to-end protocol: deploy, bond, transfer, wrap, unbond, epoch on the chain"
tests/e2e/protocol_smoke.sh

step "end-to-end relayer: geth, the rollup contract, the chain and faro-relayer between them"
tests/e2e/relayer.sh

step "end-to-end IBC: a second chain, Hermes, the faro-1 channel from the oracle's gateway to the reporter"
tests/e2e/ibc.sh
