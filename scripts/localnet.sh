#!/usr/bin/env bash
# Single-node LSM + CosmWasm chain for Faro's end-to-end tests, on loopback only.
#
#   scripts/localnet.sh build    build the chain binary if missing or stale
#   scripts/localnet.sh start    init (first time), start, wait for blocks and the 2nd validator
#   scripts/localnet.sh stop     stop the node (safe when not running)
#   scripts/localnet.sh status   running?, height, validators
#   scripts/localnet.sh env      export lines: endpoints, addresses, test mnemonics
#   scripts/localnet.sh reset    stop and delete the chain's home (next start makes a new chain)
#
# FARO_LOCALNET_INSTANCE=N (1 to 50, default 1) picks one of several chains that run side by
# side from the one binary, e.g. both ends of an IBC channel. Instance 1 is faro-local-1 in
# target/localnet on the ports below; instance N is faro-local-N in target/localnet-N, every
# port raised by (N-1)*100, with the same accounts and mnemonics.
#
# The binary is wasmd built against the Cosmos SDK LSM fork (see docs/chain.md for why not gaiad).
set -euo pipefail

# shellcheck source=lib/prelude.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/prelude.sh" localnet

CHAIN_SRC="$ROOT/tests/e2e/wasmd-lsm"
BIN="$ROOT/target/wasmd-lsm/wasmd"

INSTANCE="${FARO_LOCALNET_INSTANCE:-1}"
if ! [[ "$INSTANCE" =~ ^[1-9][0-9]?$ ]] || ((INSTANCE > 50)); then
  log "error: FARO_LOCALNET_INSTANCE must be 1 to 50, not '$INSTANCE'"
  exit 2
fi
# The ports' last two digits differ between kinds, so no two instances' ports collide.
PORT_OFFSET=$(((INSTANCE - 1) * 100))
if ((INSTANCE == 1)); then
  NAME="localnet"
else
  NAME="localnet-$INSTANCE"
fi
LOG_NAME="$NAME"
NODE_HOME="$ROOT/target/$NAME"
VAL2_HOME="$NODE_HOME/val2-consensus" # only val2's consensus key lives here; no second node runs
LOG="$NODE_HOME/node.log"
PIDFILE="$NODE_HOME/node.pid"

CHAIN_ID="faro-local-$INSTANCE"
DENOM="uatom"
HOST="127.0.0.1"
RPC_PORT=$((36657 + PORT_OFFSET))
P2P_PORT=$((36656 + PORT_OFFSET))
GRPC_PORT=$((39090 + PORT_OFFSET))
REST_PORT=$((31317 + PORT_OFFSET))
ABCI_PORT=$((36658 + PORT_OFFSET))
BLOCK_TIME="1s"
UNBONDING_TIME="60s"
GLOBAL_LIQUID_STAKING_CAP="0.25"
VALIDATOR_LIQUID_STAKING_CAP="0.50"
# Room for the benchmark's operator scaling (scripts/bench.sh): up to 100 operators, most
# of them validators no node runs for; the slashing window below never jails them.
MAX_VALIDATORS=128
# val2 never signs (no node runs for it), so it must stay well under 1/3 of the voting power
# or the chain halts; keep test delegations to val2 small compared with VAL1_STAKE.
VAL1_STAKE=1000000000000   # 1,000,000 ATOM
VAL2_STAKE=100000000000    # 100,000 ATOM
ACCOUNT_FUNDS=10000000000000

# TEST-ONLY keys (keyring-backend test). Public: never hold real value with them.
KEY_NAMES=(val1 val2 alice bob carol relayer)
declare -A MNEMONIC=(
  [val1]="hat nurse step north cherry lawn bike rotate suggest bracket ethics baby power tooth found sibling economy chapter lunch hurdle frozen filter genre verify"
  [val2]="media kick result nurse mobile glove crime grape marble girl admit tree green elite gap canvas crush avocado avocado travel diesel jeans hour print"
  [alice]="route subway depth credit powder sweet common unknown blue bird click pull inspire sunset evidence degree ask common cream decorate cattle balance together assault"
  [bob]="behave essay mystery trade year three profit physical soap amateur ancient donkey online picnic ozone assault violin course brave drastic yard body bike brave"
  [carol]="during view divorce credit until cat top merge repair eight dignity now nuclear ski tilt ball gauge rotate despair quality pride syrup mystery peace"
  [relayer]="tomorrow scan clap culture spider afraid brief couch blossom wing merge few resist help method rapid sustain suspect brand wave coconut labor cup net"
)

RPC="http://$HOST:$RPC_PORT"
KR=(--keyring-backend test --home "$NODE_HOME")
TXFLAGS=(--chain-id "$CHAIN_ID" --node "tcp://$HOST:$RPC_PORT" "${KR[@]}" --gas auto --gas-adjustment 1.5 -y --output json)

# shellcheck source=lib/daemon.sh
source "$ROOT/scripts/lib/daemon.sh"
# shellcheck source=lib/toolchain.sh
source "$ROOT/scripts/lib/toolchain.sh"

apt_install() { # apt_install CMD PACKAGE
  command -v "$1" >/dev/null 2>&1 && return
  log "installing $2 from Debian"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

cmd_build() {
  command -v go >/dev/null 2>&1 || die "Go >= 1.24 is required (Debian's golang-go is too old)"
  apt_install gcc gcc # wasmvm links libwasmvm through cgo
  local f stale=""
  [[ -x "$BIN" ]] || stale=1
  for f in go.mod go.sum main.go; do [[ "$CHAIN_SRC/$f" -nt "$BIN" ]] && stale=1; done
  # the binary loads libwasmvm from the Go module cache, which may have been cleaned
  [[ -z "$stale" ]] && ldd "$BIN" | grep -q "not found" && stale=1
  if [[ -z "$stale" ]]; then
    log "binary up to date: $BIN"
    return
  fi
  log "building $BIN (first build takes several minutes)"
  mkdir -p "$(dirname "$BIN")"
  go_build "$CHAIN_SRC" -o "$BIN" .
  log "built $BIN"
}

# toml_set FILE SECTION KEY VALUE: replace KEY in [SECTION] ("" = top level); VALUE is raw TOML.
toml_set() {
  awk -v sec="$2" -v key="$3" -v val="$4" '
    /^\[/ { cur = substr($0, 2, index($0, "]") - 2) }
    !done && cur == sec && index($0, key " =") == 1 { print key " = " val; done = 1; next }
    { print }
    END { if (!done) { print "toml_set: " key " not in [" sec "]" > "/dev/stderr"; exit 1 } }
  ' "$1" >"$1.tmp" && mv "$1.tmp" "$1"
}

addr() { "$BIN" keys show "$1" -a "${KR[@]}"; }
valoper() { "$BIN" keys show "$1" -a --bech val "${KR[@]}"; }

init_chain() {
  rm -rf "$NODE_HOME"
  log "initialising $CHAIN_ID in $NODE_HOME"
  "$BIN" init val1 --chain-id "$CHAIN_ID" --default-denom "$DENOM" --home "$NODE_HOME" >/dev/null 2>&1
  for name in "${KEY_NAMES[@]}"; do
    echo "${MNEMONIC[$name]}" | "$BIN" keys add "$name" --recover "${KR[@]}" >/dev/null 2>&1
    "$BIN" genesis add-genesis-account "$(addr "$name")" "$ACCOUNT_FUNDS$DENOM" --home "$NODE_HOME"
  done

  local g="$NODE_HOME/config/genesis.json"
  jq --arg ut "$UNBONDING_TIME" --arg gcap "$GLOBAL_LIQUID_STAKING_CAP" \
    --arg vcap "$VALIDATOR_LIQUID_STAKING_CAP" --argjson maxval "$MAX_VALIDATORS" '
      .app_state.staking.params.unbonding_time = $ut
    | .app_state.staking.params.global_liquid_staking_cap = $gcap
    | .app_state.staking.params.validator_liquid_staking_cap = $vcap
    | .app_state.staking.params.max_validators = $maxval
    | .app_state.slashing.params.signed_blocks_window = "10000000"
    | .app_state.slashing.params.min_signed_per_window = "0.000000000000000000"
    | .app_state.wasm.params.code_upload_access = {permission: "Everybody", addresses: []}
    | .app_state.wasm.params.instantiate_default_permission = "Everybody"
    | .app_state.gov.params.voting_period = "20s"
    | .app_state.gov.params.expedited_voting_period = "10s"
    ' "$g" >"$g.tmp" && mv "$g.tmp" "$g"

  # --ip only fills the gentx memo; keep it on loopback too.
  "$BIN" genesis gentx val1 "$VAL1_STAKE$DENOM" --chain-id "$CHAIN_ID" --moniker val1 \
    --ip "$HOST" "${KR[@]}" >/dev/null 2>&1
  "$BIN" genesis collect-gentxs --home "$NODE_HOME" >/dev/null 2>&1
  "$BIN" genesis validate-genesis --home "$NODE_HOME" >/dev/null

  local c="$NODE_HOME/config/config.toml" a="$NODE_HOME/config/app.toml"
  toml_set "$c" "" proxy_app "\"tcp://$HOST:$ABCI_PORT\""
  toml_set "$c" rpc laddr "\"tcp://$HOST:$RPC_PORT\""
  toml_set "$c" rpc pprof_laddr '""'
  toml_set "$c" p2p laddr "\"tcp://$HOST:$P2P_PORT\""
  toml_set "$c" p2p external_address '""'
  toml_set "$c" p2p seeds '""'
  toml_set "$c" p2p persistent_peers '""'
  toml_set "$c" p2p pex false
  toml_set "$c" p2p addr_book_strict false
  toml_set "$c" consensus timeout_commit "\"$BLOCK_TIME\""
  toml_set "$a" "" minimum-gas-prices "\"0$DENOM\""
  toml_set "$a" api enable true
  toml_set "$a" api address "\"tcp://$HOST:$REST_PORT\""
  toml_set "$a" grpc enable true
  toml_set "$a" grpc address "\"$HOST:$GRPC_PORT\""
  local cl="$NODE_HOME/config/client.toml"
  toml_set "$cl" "" chain-id "\"$CHAIN_ID\""
  toml_set "$cl" "" keyring-backend '"test"'
  toml_set "$cl" "" node "\"tcp://$HOST:$RPC_PORT\""

  "$BIN" init val2 --chain-id "$CHAIN_ID" --home "$VAL2_HOME" >/dev/null 2>&1
  touch "$NODE_HOME/.initialized"
}

running() { daemon_running; }

height() { curl -sf "$RPC/status" | jq -r '.result.sync_info.latest_block_height' 2>/dev/null || echo 0; }

wait_height() { # wait_height MIN TIMEOUT_SECONDS
  local deadline=$((SECONDS + $2))
  while (($(height) < $1)); do
    running || { tail -n 30 "$LOG" >&2; die "node exited; log: $LOG"; }
    ((SECONDS < deadline)) || die "no block $1 after $2 s; log: $LOG"
    sleep 0.5
  done
}

# tx ARGS...: broadcast a tx and wait until it is in a block with code 0; prints the tx JSON.
tx() {
  local out hash res
  out="$("$BIN" tx "$@" "${TXFLAGS[@]}" 2> >(grep -v '^gas estimate' >&2))" || die "tx $*: $out"
  [[ "$(jq -r .code <<<"$out")" == 0 ]] || die "tx $* rejected: $(jq -r .raw_log <<<"$out")"
  hash="$(jq -r .txhash <<<"$out")"
  for _ in $(seq 60); do
    if res="$("$BIN" q tx "$hash" --node "tcp://$HOST:$RPC_PORT" --output json 2>/dev/null)"; then
      [[ "$(jq -r .code <<<"$res")" == 0 ]] || die "tx $* failed: $(jq -r .raw_log <<<"$res")"
      echo "$res"
      return
    fi
    sleep 0.5
  done
  die "tx $hash not included after 30 s"
}

has_validator() {
  "$BIN" q staking validator "$(valoper "$1")" --node "tcp://$HOST:$RPC_PORT" >/dev/null 2>&1
}

create_val2() {
  has_validator val2 && return
  log "creating the second validator (val2)"
  local f="$NODE_HOME/val2-validator.json"
  jq -n --argjson pk "$("$BIN" comet show-validator --home "$VAL2_HOME")" \
    --arg amt "$VAL2_STAKE$DENOM" '{pubkey: $pk, amount: $amt, moniker: "val2",
      "commission-rate": "0.05", "commission-max-rate": "0.2", "commission-max-change-rate": "0.01"}' >"$f"
  tx staking create-validator "$f" --from val2 >/dev/null
  has_validator val2 || die "val2 missing after create-validator"
}

cmd_start() {
  apt_install jq jq
  apt_install curl curl
  if running; then
    log "already running (pid $(cat "$PIDFILE")), height $(height)"
    return
  fi
  cmd_build
  [[ -f "$NODE_HOME/.initialized" ]] || init_chain
  log "starting node; log: $LOG"
  setsid "$BIN" start --home "$NODE_HOME" >>"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
  wait_height 1 90
  wait_height $(($(height) + 1)) 30 # a resumed chain reports its old height before it moves
  create_val2
  log "running: height $(height), $(validator_count) validators, RPC $RPC"
}

cmd_stop() { daemon_stop; }

validator_count() {
  "$BIN" q staking validators --node "tcp://$HOST:$RPC_PORT" --output json | jq '.validators | length'
}

cmd_status() {
  if running; then
    echo "running: pid $(cat "$PIDFILE"), chain $CHAIN_ID, height $(height), $(validator_count) validators"
  else
    echo "not running (home: $NODE_HOME)"
    return 1
  fi
}

cmd_env() {
  [[ -f "$NODE_HOME/.initialized" ]] || die "no chain yet: run '$0 start'"
  cat <<EOF
export FARO_LOCALNET_INSTANCE=$INSTANCE
export FARO_CHAIN_ID=$CHAIN_ID
export FARO_DENOM=$DENOM
export FARO_BIN=$BIN
export FARO_HOME=$NODE_HOME
export FARO_RPC=$RPC
export FARO_GRPC=http://$HOST:$GRPC_PORT
export FARO_REST=http://$HOST:$REST_PORT
export FARO_VAL1_VALOPER=$(valoper val1)
export FARO_VAL2_VALOPER=$(valoper val2)
EOF
  for name in "${KEY_NAMES[@]}"; do
    local up="${name^^}"
    echo "export FARO_${up}_ADDR=$(addr "$name")"
    echo "export FARO_${up}_MNEMONIC=\"${MNEMONIC[$name]}\""
  done
}

daemon_main "${1:-}" 2,16
