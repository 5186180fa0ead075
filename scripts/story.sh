#!/usr/bin/env bash
# The main job: deploys Faro on the embedded chain and tells what happens.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/toolchain.sh
ensure_rust
cargo run --quiet -p faro-testing --bin faro-story
