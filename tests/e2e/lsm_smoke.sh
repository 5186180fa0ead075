#!/usr/bin/env bash
# Smoke test of the local chain: delegate -> tokenize shares -> redeem, by CLI.
# Needs a running chain: scripts/localnet.sh start
set -euo pipefail
eval "$("$(dirname "$0")/../../scripts/localnet.sh" env)"

B="$FARO_BIN"
Q=(--home "$FARO_HOME" --node "tcp://${FARO_RPC#http://}" --output json)
TX=("${Q[@]}" --chain-id "$FARO_CHAIN_ID" --keyring-backend test --gas auto --gas-adjustment 1.5 -y)
AMOUNT=500000000 # 500 ATOM

# send_tx ARGS...: broadcast, wait for the block, fail on a non-zero code; prints the tx result.
send_tx() {
  local hash res
  hash="$("$B" tx "$@" "${TX[@]}" 2>/dev/null | jq -r .txhash)"
  for _ in $(seq 40); do
    if res="$("$B" q tx "$hash" "${Q[@]}" 2>/dev/null)"; then
      [[ "$(jq .code <<<"$res")" == 0 ]] || { echo "FAIL $*: $(jq -r .raw_log <<<"$res")"; exit 1; }
      echo "$res"
      return
    fi
    sleep 0.5
  done
  echo "FAIL $*: tx $hash not found"; exit 1
}

share_balance() {
  "$B" q bank balances "$FARO_ALICE_ADDR" "${Q[@]}" | jq -r --arg p "$FARO_VAL1_VALOPER/" \
    '[.balances[] | select(.denom | startswith($p))] | first // {} | "\(.amount // 0) \(.denom // "")"'
}

send_tx staking delegate "$FARO_VAL1_VALOPER" "$((2 * AMOUNT))$FARO_DENOM" --from alice >/dev/null
echo "delegated $((2 * AMOUNT))$FARO_DENOM from alice to val1"

res="$(send_tx staking tokenize-share "$FARO_VAL1_VALOPER" "$AMOUNT$FARO_DENOM" "$FARO_ALICE_ADDR" --from alice)"
jq -c '[.events[] | select(.type == "tokenize_shares") | .attributes[] | {(.key): .value}] | add' <<<"$res"
read -r shares denom <<<"$(share_balance)"
[[ "$denom" =~ ^${FARO_VAL1_VALOPER}/[0-9]+$ && "$shares" == "$AMOUNT" ]] \
  || { echo "FAIL: expected $AMOUNT of $FARO_VAL1_VALOPER/<id>, got '$shares $denom'"; exit 1; }
echo "alice holds $shares $denom"

# The CLI has no LSM queries (see docs/chain.md); REST has them.
curl -sf "$FARO_REST/cosmos/staking/v1beta1/tokenize_share_record_by_id/${denom##*/}"
echo

send_tx staking redeem-tokens "$shares$denom" --from alice >/dev/null
read -r left _ <<<"$(share_balance)"
[[ "$left" == 0 ]] || { echo "FAIL: $left share tokens left after redeem"; exit 1; }
"$B" q staking delegation "$FARO_ALICE_ADDR" "$FARO_VAL1_VALOPER" "${Q[@]}" | jq -c '.delegation_response.balance'
echo "1 passed, 0 failed"
