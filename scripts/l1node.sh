#!/usr/bin/env bash
# A single geth --dev node standing for the rollup's L1, on loopback only, for the relayer.
#
#   scripts/l1node.sh build    build geth from the Go module proxy (version pinned in tests/l1/go.mod)
#   scripts/l1node.sh start    start the node (safe when running), wait for its RPC
#   scripts/l1node.sh stop     stop the node (safe when not running)
#   scripts/l1node.sh status   running?, block period, head
#   scripts/l1node.sh env      export lines: RPC URL, the prefunded dev account, contract paths
#   scripts/l1node.sh reset    stop and delete the node's data (next start makes a new chain)
#
# FARO_L1_PERIOD sets the block period in seconds (default 1). 0 seals a block for each
# transaction and each dev_addWithdrawal call, which lets the relayer's tests make blocks on
# demand (tests/l1/run.sh uses it).
set -euo pipefail

# shellcheck source=lib/prelude.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/prelude.sh" l1node
# shellcheck source=lib/l1-tools.sh
source "$ROOT/scripts/lib/l1-tools.sh"

MODULE="$ROOT/tests/l1"
BIN="$L1_TOOLS/geth"
NODE_HOME="$ROOT/target/l1node"
LOG="$NODE_HOME/geth.log"
PIDFILE="$NODE_HOME/geth.pid"
PERIODFILE="$NODE_HOME/period"

HOST="127.0.0.1"
HTTP_PORT=38545
AUTH_PORT=38551
PERIOD="${FARO_L1_PERIOD:-1}"
RPC="http://$HOST:$HTTP_PORT"

# shellcheck source=lib/daemon.sh
source "$ROOT/scripts/lib/daemon.sh"
# shellcheck source=lib/toolchain.sh
source "$ROOT/scripts/lib/toolchain.sh"

cmd_build() {
  command -v go >/dev/null 2>&1 || die "Go >= 1.25 is required"
  command -v gcc >/dev/null 2>&1 || die "gcc is required (geth links its secp256k1 through cgo)"
  local f stale=""
  [[ -x "$BIN" ]] || stale=1
  for f in go.mod go.sum; do [[ "$MODULE/$f" -nt "$BIN" ]] && stale=1; done
  if [[ -z "$stale" ]]; then
    log "binary up to date: $BIN"
    return
  fi
  log "building $BIN (first build takes a minute or two)"
  mkdir -p "$(dirname "$BIN")"
  local start=$SECONDS
  go_build "$MODULE" -o "$BIN" github.com/ethereum/go-ethereum/cmd/geth
  log "built $("$BIN" version | sed -n 's/^Version: //p') in $((SECONDS - start)) s"
}

running() { daemon_running; }

rpc() { # rpc METHOD [PARAMS_JSON]: prints the result, fails on no answer or an error
  local out
  out="$(curl -sf -H 'Content-Type: application/json' \
    -d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$1\",\"params\":${2:-[]}}" "$RPC")" || return 1
  jq -e 'has("result")' <<<"$out" >/dev/null || return 1
  jq -r '.result' <<<"$out"
}

head_number() { printf '%d\n' "$(rpc eth_blockNumber)"; }

cmd_start() {
  command -v curl >/dev/null 2>&1 || die "curl is required"
  command -v jq >/dev/null 2>&1 || die "jq is required"
  if running; then
    local current
    current="$(cat "$PERIODFILE")"
    [[ "$current" == "$PERIOD" ]] ||
      die "running with a block period of $current s, not $PERIOD: run '$0 stop' first"
    log "already running (pid $(cat "$PIDFILE")), head $(head_number)"
    return
  fi
  cmd_build
  mkdir -p "$NODE_HOME"
  log "starting geth --dev (block period $PERIOD s); log: $LOG"
  # --cache 64: geth's default sizes its database's write-ahead logs for mainnet, about
  # 2 GB on disk for a dev chain of a few hundred blocks.
  setsid "$BIN" --dev --dev.period "$PERIOD" --datadir "$NODE_HOME/data" --cache 64 \
    --http --http.addr "$HOST" --http.port "$HTTP_PORT" --http.api eth,debug,net,web3,dev,txpool \
    --http.vhosts localhost,127.0.0.1 \
    --authrpc.addr "$HOST" --authrpc.port "$AUTH_PORT" \
    --ipcdisable --nodiscover --maxpeers 0 --verbosity 2 \
    >>"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
  echo "$PERIOD" >"$PERIODFILE"
  for _ in $(seq 60); do
    rpc eth_blockNumber >/dev/null 2>&1 && break
    running || { tail -n 30 "$LOG" >&2; die "geth exited; log: $LOG"; }
    sleep 0.5
  done
  rpc eth_blockNumber >/dev/null || die "no RPC answer on $RPC after 30 s; log: $LOG"
  log "running: head $(head_number), RPC $RPC"
}

cmd_stop() { daemon_stop; }

cmd_status() {
  if running; then
    echo "running: pid $(cat "$PIDFILE"), block period $(cat "$PERIODFILE") s, head $(head_number), RPC $RPC"
  else
    echo "not running (data: $NODE_HOME)"
    return 1
  fi
}

cmd_env() {
  running || die "not running: run '$0 start'"
  cat <<EOF2
export FARO_L1_RPC=$RPC
export FARO_L1_DEV_ACCOUNT=$(rpc eth_accounts | jq -r '.[0]')
export FARO_L1_PERIOD=$(cat "$PERIODFILE")
export FARO_L1_ROLLUP_BIN=$ROLLUP_OUT/RollupL1.bin
EOF2
}

daemon_main "${1:-}" 2,13
