#!/usr/bin/env bash
# Runs every artifact in artifacts/ in the real CosmWasm VM (tests/vm-smoke): instantiate,
# transfer ownership, query ownership and config; prints the gas of each call.
# Build the artifacts first with scripts/build-wasm.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/toolchain.sh
# cosmwasm-vm's wasmer needs rustc 1.96: Debian's (tests/vm-smoke/.cargo/config.toml uses it).
ensure_debian_packages rustc-web cargo-web
cd tests/vm-smoke
/usr/bin/cargo test --release --locked -- --show-output
