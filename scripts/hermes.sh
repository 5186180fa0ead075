#!/usr/bin/env bash
# The Hermes IBC relayer between two local chains (scripts/localnet.sh instances), on loopback.
#
#   scripts/hermes.sh build     install Hermes with cargo into target/hermes, unless there
#   scripts/hermes.sh channel PORT_A PORT_B
#                               new clients, connection and an ordered faro-1 channel between
#                               port PORT_A on chain A and PORT_B on chain B; prints the ids
#   scripts/hermes.sh start     relay packets and refresh clients in the background
#   scripts/hermes.sh stop      stop relaying (safe when not running)
#   scripts/hermes.sh status    running?, the two chains
#   scripts/hermes.sh env       export lines: binary, config, log
#   scripts/hermes.sh reset     stop and delete the config, keys and log
#
# FARO_HERMES_CHAINS="A B" names the two localnet instances (default "1 2"); both must be
# running for channel and start. Hermes signs with the localnet `relayer` key on both.
set -euo pipefail

# shellcheck source=lib/prelude.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/prelude.sh" hermes

# The newest Hermes without Namada and Penumbra support (docs/chain.md): later versions
# build RocksDB and need libclang and protoc, and 1.13's build downloads Penumbra's proving
# keys from Git LFS, which a machine that reaches only package registries cannot.
VERSION="1.10.5"
INSTALL_ROOT="$ROOT/target/hermes"
BIN="$INSTALL_ROOT/bin/hermes"
NODE_HOME="$ROOT/target/hermes-relay"
CONFIG="$NODE_HOME/config.toml"
LOG="$NODE_HOME/hermes.log"
PIDFILE="$NODE_HOME/hermes.pid"
KEY_NAME="relayer"
CHANNEL_VERSION="faro-1"
# Below the chains' 60 s unbonding time, as light clients require; Hermes refreshes each
# client after a third of it, so an idle channel's clients never expire.
TRUSTING_PERIOD="40s"

read -r CHAIN_A CHAIN_B <<<"${FARO_HERMES_CHAINS:-1 2}"
[[ -n "${CHAIN_B:-}" && "$CHAIN_A" != "$CHAIN_B" ]] ||
  { log "error: FARO_HERMES_CHAINS must name two different instances"; exit 2; }

# shellcheck source=lib/daemon.sh
source "$ROOT/scripts/lib/daemon.sh"
# shellcheck source=lib/toolchain.sh
source "$ROOT/scripts/lib/toolchain.sh"

installed_version() { "$BIN" --version 2>/dev/null | awk '{ print $2 }'; }

cmd_build() {
  if [[ "$(installed_version)" == "$VERSION" ]]; then
    log "binary up to date: $BIN"
    return
  fi
  command -v cargo >/dev/null 2>&1 || die "cargo is required"
  ensure_debian_packages gcc # ring and secp256k1 compile C
  log "installing ibc-relayer-cli $VERSION into $INSTALL_ROOT (takes several minutes)"
  local start=$SECONDS
  # The dev profile without debug info builds in well under half the time of a release
  # build and relays these chains as fast (docs/chain.md has the numbers).
  CARGO_PROFILE_DEV_DEBUG=0 cargo install ibc-relayer-cli --version "$VERSION" --locked --debug \
    --root "$INSTALL_ROOT" --bin hermes --force
  log "built hermes $(installed_version) in $((SECONDS - start)) s"
}

# chain_env N VAR...: the values of localnet instance N's env variables, one a line.
chain_env() {
  local instance="$1"
  shift
  (
    eval "$(FARO_LOCALNET_INSTANCE="$instance" "$ROOT/scripts/localnet.sh" env)"
    for var in "$@"; do echo "${!var}"; done
  )
}

chain_id() { chain_env "$1" FARO_CHAIN_ID; }

# The [[chains]] entry of localnet instance N. Events are pulled from /block_results each
# second: pushed over the websocket, Hermes 1.10 received none from these chains.
chain_config() {
  local id rpc grpc denom
  { read -r id; read -r rpc; read -r grpc; read -r denom; } \
    < <(chain_env "$1" FARO_CHAIN_ID FARO_RPC FARO_GRPC FARO_DENOM)
  cat <<EOF

[[chains]]
id = '$id'
type = 'CosmosSdk'
rpc_addr = '$rpc'
grpc_addr = '$grpc'
event_source = { mode = 'pull', interval = '1s' }
rpc_timeout = '10s'
account_prefix = 'cosmos'
key_name = '$KEY_NAME'
key_store_type = 'Test'
key_store_folder = '$NODE_HOME/keys'
store_prefix = 'ibc'
default_gas = 1000000
max_gas = 20000000
gas_multiplier = 1.3
clock_drift = '5s'
max_block_time = '30s'
trusting_period = '$TRUSTING_PERIOD'
client_refresh_rate = '1/3'
trust_threshold = '1/3'
gas_price = { price = 0.025, denom = '$denom' }
address_type = { derivation = 'cosmos' }
EOF
}

# Writes the config for the two chains and imports the relayer key for each, once.
configure() {
  [[ -x "$BIN" ]] || die "no Hermes binary: run '$0 build'"
  mkdir -p "$NODE_HOME"
  {
    cat <<EOF
[global]
log_level = 'info'

[mode.clients]
enabled = true
refresh = true
misbehaviour = false

[mode.connections]
enabled = false

[mode.channels]
enabled = false

[mode.packets]
enabled = true
clear_interval = 10
clear_on_start = true
tx_confirmation = false

[rest]
enabled = false
host = '127.0.0.1'
port = 3000

[telemetry]
enabled = false
host = '127.0.0.1'
port = 3001
EOF
    chain_config "$CHAIN_A"
    chain_config "$CHAIN_B"
  } >"$CONFIG.tmp"
  mv "$CONFIG.tmp" "$CONFIG"
  local instance id out status=0 mnemonic_file="$NODE_HOME/mnemonic.tmp"
  for instance in "$CHAIN_A" "$CHAIN_B"; do
    id="$(chain_id "$instance")"
    [[ -f "$NODE_HOME/keys/$id/keyring-test/$KEY_NAME.json" ]] && continue
    chain_env "$instance" FARO_RELAYER_MNEMONIC >"$mnemonic_file"
    out="$(hermes keys add --chain "$id" --key-name "$KEY_NAME" \
      --mnemonic-file "$mnemonic_file" --overwrite 2>&1)" || status=$?
    rm -f "$mnemonic_file"
    ((status == 0)) || die "importing key $KEY_NAME for $id: $out"
    log "imported key $KEY_NAME for $id: $(grep -o 'cosmos1[0-9a-z]*' <<<"$out" | head -n 1)"
  done
}

hermes() { "$BIN" --config "$CONFIG" "$@"; }

ensure_chains() {
  local instance
  for instance in "$CHAIN_A" "$CHAIN_B"; do
    FARO_LOCALNET_INSTANCE="$instance" "$ROOT/scripts/localnet.sh" status >/dev/null ||
      die "localnet instance $instance is not running: FARO_LOCALNET_INSTANCE=$instance scripts/localnet.sh start"
  done
}

# channel PORT_A PORT_B: prints one line, "<channel on A> <channel on B> <connection on A>
# <connection on B>"; Hermes's own output is kept in channel.log.
cmd_channel() {
  (($# == 2)) || die "usage: $0 channel PORT_A PORT_B"
  ensure_chains
  configure
  local a b out="$NODE_HOME/channel.log"
  a="$(chain_id "$CHAIN_A")"
  b="$(chain_id "$CHAIN_B")"
  log "creating clients, a connection and an ordered $CHANNEL_VERSION channel $a:$1 <-> $b:$2"
  # --json writes the log and, last, the result as JSON lines on stdout.
  hermes --json create channel --a-chain "$a" --b-chain "$b" --a-port "$1" --b-port "$2" \
    --order ordered --channel-version "$CHANNEL_VERSION" --new-client-connection --yes \
    >"$out" 2>&1 || die "create channel failed; $out ends with: $(tail -n 5 "$out")"
  tail -n 1 "$out" | jq -er 'select(.status == "success") | .result
    | [.a_side.channel_id, .b_side.channel_id, .a_side.connection_id, .b_side.connection_id]
    | join(" ")' || die "no channel in Hermes's answer; $out ends with: $(tail -n 5 "$out")"
}

cmd_start() {
  if daemon_running; then
    log "already running (pid $(cat "$PIDFILE"))"
    return
  fi
  ensure_chains
  configure
  log "starting; log: $LOG"
  setsid "$BIN" --config "$CONFIG" start >>"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
  for _ in $(seq 120); do
    grep -q "Hermes has started" "$LOG" && break
    daemon_running || { tail -n 30 "$LOG" >&2; die "hermes exited; log: $LOG"; }
    sleep 0.5
  done
  grep -q "Hermes has started" "$LOG" || die "not started after 60 s; log: $LOG"
  log "running (pid $(cat "$PIDFILE")) between $(chain_id "$CHAIN_A") and $(chain_id "$CHAIN_B")"
}

cmd_stop() { daemon_stop; }

cmd_status() {
  if daemon_running; then
    echo "running: pid $(cat "$PIDFILE"), chains $(chain_id "$CHAIN_A") and $(chain_id "$CHAIN_B"), log $LOG"
  else
    echo "not running (config: $CONFIG)"
    return 1
  fi
}

cmd_env() {
  cat <<EOF
export FARO_HERMES_BIN=$BIN
export FARO_HERMES_CONFIG=$CONFIG
export FARO_HERMES_LOG=$LOG
EOF
}

daemon_main "${1:-}" 2,15 "${@:2}"
