# shellcheck shell=bash
# The wasmd CLI against several localnet instances at once (scripts/localnet.sh with
# FARO_LOCALNET_INSTANCE), for tests that span chains. The caller sets ROOT and defines
# fail MESSAGE, which must not return.

# Per instance: chain id, home, node address, RPC URL. ADDR: the test accounts' addresses,
# the same on every instance.
# shellcheck disable=SC2034 # ADDR is for the caller
declare -A CHAIN_ID CHAIN_HOME CHAIN_NODE CHAIN_RPC ADDR

# load_chain N: reads instance N's endpoints and account addresses (the chain must exist).
load_chain() {
  local n="$1" env
  env="$(FARO_LOCALNET_INSTANCE="$n" "$ROOT/scripts/localnet.sh" env)" ||
    fail "no localnet instance $n"
  CHAIN_ID[$n]="$(env_value "$env" FARO_CHAIN_ID)"
  CHAIN_HOME[$n]="$(env_value "$env" FARO_HOME)"
  CHAIN_RPC[$n]="$(env_value "$env" FARO_RPC)"
  CHAIN_NODE[$n]="tcp://${CHAIN_RPC[$n]#http://}"
  WASMD="$(env_value "$env" FARO_BIN)"
  local key
  for key in alice bob carol relayer; do
    ADDR[$key]="$(env_value "$env" "FARO_${key^^}_ADDR")"
  done
}

env_value() { # env_value ENV_TEXT VAR: one variable of `localnet.sh env`'s output
  (
    eval "$1"
    echo "${!2}"
  )
}

chain_running() { FARO_LOCALNET_INSTANCE="$1" "$ROOT/scripts/localnet.sh" status >/dev/null 2>&1; }

height() { curl -sf "${CHAIN_RPC[$1]}/status" | jq -r '.result.sync_info.latest_block_height'; }

query_flags() { echo "--node ${CHAIN_NODE[$1]} --output json"; }

# q N CONTRACT MSG_JSON: a smart query's answer (its `data`), compact.
q() {
  local out
  # shellcheck disable=SC2046 # query_flags is a flag list
  out="$("$WASMD" q wasm contract-state smart "$2" "$3" $(query_flags "$1") 2>&1)" ||
    fail "query $3 on ${CHAIN_ID[$1]}: $out"
  jq -c .data <<<"$out"
}

# contract_port N ADDRESS: the contract's IBC port on chain N, as the chain answers it.
contract_port() {
  # shellcheck disable=SC2046
  "$WASMD" q wasm contract "$2" $(query_flags "$1") | jq -r '.contract_info.ibc_port_id'
}

# tx N FROM ARGS...: broadcasts `wasmd tx ARGS...` signed by FROM on chain N and waits for its
# block; prints the result JSON, fails unless its code is 0. A tx that lost its sequence
# number to another signer of the same key (Hermes signs with `relayer`) is sent again.
tx() {
  local n="$1" from="$2" out hash res
  shift 2
  local flags=(--from "$from" --chain-id "${CHAIN_ID[$n]}" --node "${CHAIN_NODE[$n]}"
    --home "${CHAIN_HOME[$n]}" --keyring-backend test --gas auto --gas-adjustment 1.5
    -y --output json)
  for _ in $(seq 8); do
    out="$("$WASMD" tx "$@" "${flags[@]}" 2>&1 | grep -v '^gas estimate')" || true
    if grep -q "account sequence mismatch" <<<"$out"; then
      sleep 1
      continue
    fi
    jq -e .txhash <<<"$out" >/dev/null 2>&1 || fail "tx $* on ${CHAIN_ID[$n]}: $out"
    if [[ "$(jq -r .code <<<"$out")" != 0 ]]; then
      grep -q "sequence" <<<"$(jq -r .raw_log <<<"$out")" && { sleep 1; continue; }
      fail "tx $* on ${CHAIN_ID[$n]} rejected: $(jq -r .raw_log <<<"$out")"
    fi
    hash="$(jq -r .txhash <<<"$out")"
    for _ in $(seq 60); do
      # shellcheck disable=SC2046
      if res="$("$WASMD" q tx "$hash" $(query_flags "$n") 2>/dev/null)"; then
        [[ "$(jq -r .code <<<"$res")" == 0 ]] ||
          fail "tx $* on ${CHAIN_ID[$n]} failed: $(jq -r .raw_log <<<"$res")"
        echo "$res"
        return
      fi
      sleep 0.5
    done
    fail "tx $hash on ${CHAIN_ID[$n]} not in a block after 30 s"
  done
  fail "tx $* on ${CHAIN_ID[$n]}: account sequence mismatch 8 times"
}

# execute N FROM CONTRACT MSG_JSON: a contract call; prints the result JSON.
execute() { tx "$1" "$2" wasm execute "$3" "$4"; }

# txs_with N EVENT_QUERY: the txs on chain N whose events match, as one JSON.
txs_with() {
  # shellcheck disable=SC2046
  "$WASMD" q txs --query "$2" $(query_flags "$1") 2>/dev/null
}

# event_attr TX_JSON TYPE KEY: the values of KEY in every TYPE event of a tx, one a line.
event_attr() {
  jq -r --arg type "$2" --arg key "$3" \
    '.events[] | select(.type == $type) | .attributes[] | select(.key == $key) | .value' <<<"$1"
}

# wasm_attrs TX_JSON: every wasm event of a tx as `key=value ...`, one event a line.
wasm_attrs() {
  jq -r '.events[] | select(.type == "wasm")
    | [.attributes[] | select(.key != "msg_index") | "\(.key)=\(.value)"] | join(" ")' <<<"$1"
}

# wait_for SECONDS DESCRIPTION COMMAND...: runs COMMAND every half second until it succeeds.
wait_for() {
  local limit="$1" what="$2" deadline=$((SECONDS + $1))
  shift 2
  until "$@"; do
    ((SECONDS < deadline)) || fail "$what: not within $limit s"
    sleep 0.5
  done
}
