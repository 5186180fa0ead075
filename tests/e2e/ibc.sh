#!/usr/bin/env bash
# The faro-1 IBC channel between two local chains, relayed by Hermes: the oracle and its
# gateway on chain A (a fresh `faro deploy`), the reporter on chain B. Checks that
#   1. the reporter owner's SubmitReport arrives as the gateway's vote in the oracle;
#   2. its ack comes back: the reporter's acked_epoch moves to the report's epoch;
#   3. the same report again gets an error ack and changes nothing on either side;
#   4. a report applying sends no rate (it moves no index); the hub's next settlement
#      carries its heavy index, with the settled epoch, to the reporter, once;
#   5. an idle channel's light clients outlive their trusting period: Hermes refreshes them.
# FARO_IBC_CHAINS="A B" picks the localnet instances (default "1 2"). A chain that is not
# running is started here (B on a new chain) and stopped at the end; so is Hermes, built
# first if needed. Prints each step's txs and packets, and how long each phase took.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
read -r A B <<<"${FARO_IBC_CHAINS:-1 2}"
[[ -n "${B:-}" && "$A" != "$B" ]] || { echo "FAIL: FARO_IBC_CHAINS must name two instances"; exit 2; }
export FARO_HERMES_CHAINS="$A $B"
DEPLOYMENT="$ROOT/target/ibc-e2e-deployment.json"
DEPLOY_LOG="$ROOT/target/ibc-e2e-deploy.log"
EPOCH=1
PACKET_WAIT=90
# Longer than the clients' 40 s trusting period (scripts/hermes.sh).
IDLE_WAIT=45

STARTED_CHAINS=()
HERMES_STARTED=""
TIMES=()
PASSED=0

fail() {
  {
    echo "FAIL: $*"
    show_logs
  } >&2
  exit 1
}

show_logs() {
  local log n
  log="$(scripts/hermes.sh env | sed -n 's/^export FARO_HERMES_LOG=//p')"
  if [[ -f "$log" ]]; then
    echo "--- hermes log (last 40 lines): $log"
    tail -n 40 "$log"
  fi
  for n in "$A" "$B"; do
    [[ -n "${CHAIN_HOME[$n]:-}" && -f "${CHAIN_HOME[$n]}/node.log" ]] || continue
    echo "--- chain ${CHAIN_ID[$n]} (last 15 lines): ${CHAIN_HOME[$n]}/node.log"
    tail -n 15 "${CHAIN_HOME[$n]}/node.log"
  done
}

cleanup() {
  [[ -n "$HERMES_STARTED" ]] && scripts/hermes.sh stop
  local n
  for n in "${STARTED_CHAINS[@]}"; do
    FARO_LOCALNET_INSTANCE="$n" scripts/localnet.sh stop
  done
}
trap cleanup EXIT

# shellcheck source=lib/chains.sh
source "$ROOT/tests/e2e/lib/chains.sh"

step() { printf '\n== %s\n' "$*"; }
ok() {
  echo "ok: $*"
  PASSED=$((PASSED + 1))
}
now() { date +%s.%N; }
timed() { # timed LABEL START: records how long since START
  TIMES+=("$(awk -v label="$1" -v a="$2" -v b="$(now)" 'BEGIN { printf "%-56s %6.1f s", label, b - a }')")
}

# find_packet_tx N EVENT PORT_KEY PORT SEQUENCE: the tx on chain N with that packet event.
find_packet_tx() {
  local found
  found="$(txs_with "$1" "$2.$3='$4' AND $2.packet_sequence='$5'")" || return 1
  [[ "$(jq -r '.txs | length' <<<"$found")" -ge 1 ]] || return 1
  jq -c '.txs[0]' <<<"$found"
}
has_packet_tx() { find_packet_tx "$@" >/dev/null; }
tx_at() { jq -r '"tx \(.txhash) at height \(.height)"' <<<"$1"; }
packet_tx() { find_packet_tx "$@" || fail "no $2 tx for packet $5 ($3 $4) on ${CHAIN_ID[$1]}"; }

step "tools: the chain binary, Hermes, the faro CLI"
scripts/localnet.sh build
started="$(now)"
scripts/hermes.sh build || fail "hermes build"
timed "hermes build (0 when installed)" "$started"
if [[ -z "${FARO_CW20_WASM:-}" ]]; then
  scripts/build-wasm.sh --anchors
  export FARO_CW20_WASM="$ROOT/target/wasm/anchors/cw20-base.wasm"
fi
cargo build --locked --quiet -p faro-client --bin faro
FARO="${CARGO_TARGET_DIR:-$ROOT/target}/debug/faro"

step "chains: instance $A (oracle side) and instance $B (reporter side)"
if scripts/hermes.sh status >/dev/null 2>&1; then
  echo "FAIL: Hermes is already running (scripts/hermes.sh stop)"
  exit 1
fi
for n in "$A" "$B"; do
  if chain_running "$n"; then
    echo "instance $n already running: left running"
    continue
  fi
  started="$(now)"
  # The reporter's chain starts afresh: nothing of an earlier run's channels is left on it.
  [[ "$n" == "$B" ]] && FARO_LOCALNET_INSTANCE="$n" scripts/localnet.sh reset
  STARTED_CHAINS+=("$n")
  FARO_LOCALNET_INSTANCE="$n" scripts/localnet.sh start || fail "starting instance $n"
  timed "chain $n start" "$started"
done
load_chain "$A"
load_chain "$B"
echo "${CHAIN_ID[$A]} at height $(height "$A"), ${CHAIN_ID[$B]} at height $(height "$B")"

step "deploy Faro on ${CHAIN_ID[$A]}; bond and advance an epoch so the heavy index moves off 1"
started="$(now)"
(
  eval "$(FARO_LOCALNET_INSTANCE="$A" scripts/localnet.sh env)"
  "$FARO" deploy --salt-suffix="-ibc-$(date +%s%N)" --out "$DEPLOYMENT"
  "$FARO" scenario --deployment "$DEPLOYMENT"
) >"$DEPLOY_LOG" 2>&1 || fail "faro deploy / scenario: $(tail -n 20 "$DEPLOY_LOG")"
grep -E '^(deploy|scenario):' "$DEPLOY_LOG"
timed "faro deploy and scenario on chain $A" "$started"
ORACLE="$(jq -r .contracts.oracle "$DEPLOYMENT")"
GATEWAY="$(jq -r .contracts.oracle_gateway "$DEPLOYMENT")"
HUB="$(jq -r .contracts.hub "$DEPLOYMENT")"
GATEWAY_PORT="$(contract_port "$A" "$GATEWAY")"
echo "oracle $ORACLE"
echo "gateway $GATEWAY, port $GATEWAY_PORT"
[[ "$GATEWAY_PORT" == "wasm.$GATEWAY" ]] || fail "the gateway has no IBC port: '$GATEWAY_PORT'"

step "the reporter on ${CHAIN_ID[$B]}, owned by the relayer key"
res="$(tx "$B" carol wasm store artifacts/reporter.wasm)"
code_id="$(event_attr "$res" store_code code_id)"
res="$(tx "$B" carol wasm instantiate "$code_id" "{\"owner\":\"${ADDR[relayer]}\"}" \
  --label faro-reporter --admin "${ADDR[carol]}")"
REPORTER="$(event_attr "$res" instantiate _contract_address)"
REPORTER_PORT="$(contract_port "$B" "$REPORTER")"
echo "code $code_id, reporter $REPORTER, port $REPORTER_PORT"
[[ "$REPORTER_PORT" == "wasm.$REPORTER" ]] || fail "the reporter has no IBC port: '$REPORTER_PORT'"

step "the oracle (owner: governance, carol): the gateway joins the members"
members="$(q "$A" "$ORACLE" '{"members":{}}')"
echo "deployed: members $members, threshold $(q "$A" "$ORACLE" '{"config":{}}' | jq .threshold)"
members="$(jq -c --arg gw "$GATEWAY" '.members | map({addr, weight}) + [{addr: $gw, weight: 1}]' \
  <<<"$members")"
# Every member must agree, so the report is final only once the relayer submits it too.
threshold="$(jq '[.[].weight] | add' <<<"$members")"
execute "$A" carol "$ORACLE" \
  "{\"set_members\":{\"members\":$members,\"threshold\":$threshold}}" >/dev/null
config="$(q "$A" "$ORACLE" '{"config":{}}')"
echo "now: members $members, threshold $(jq .threshold <<<"$config"), gateway $(jq .gateway <<<"$config")"

step "the faro-1 channel: clients, connection and channel by Hermes; then relaying"
started="$(now)"
ids="$(scripts/hermes.sh channel "$GATEWAY_PORT" "$REPORTER_PORT")" || fail "hermes create channel"
read -r CHANNEL_A CHANNEL_B CONNECTION_A CONNECTION_B <<<"$ids"
timed "channel open (2 clients, connection, channel)" "$started"
started="$(now)"
HERMES_STARTED=1
scripts/hermes.sh start || fail "hermes start"
timed "hermes start" "$started"
echo "channel $CHANNEL_A ($CONNECTION_A) on ${CHAIN_ID[$A]} <-> $CHANNEL_B ($CONNECTION_B) on ${CHAIN_ID[$B]}"
reporter_channel="$(q "$B" "$REPORTER" '{"channel":{}}')"
gateway_channels="$(q "$A" "$GATEWAY" '{"channels":{}}')"
echo "reporter's channel: $reporter_channel"
echo "gateway's channels: $gateway_channels"
jq -e --arg c "$CHANNEL_B" --arg p "$GATEWAY_PORT" \
  '.channel_id == $c and .counterparty_port == $p and .acked_epoch == null' \
  <<<"$reporter_channel" >/dev/null || fail "the reporter did not record the channel"
jq -e --arg c "$CHANNEL_A" --arg p "$REPORTER_PORT" \
  '.channels | any(.channel_id == $c and .counterparty_port == $p)' \
  <<<"$gateway_channels" >/dev/null || fail "the gateway did not record the channel"
ok "ordered faro-1 channel open, recorded by both contracts"
reporter="$(jq -nc --arg c "$CONNECTION_A" --arg p "$REPORTER_PORT" '{connection_id: $c, port_id: $p}')"
execute "$A" carol "$GATEWAY" "{\"set_reporter\":{\"reporter\":$reporter}}" >/dev/null
echo "gateway's reporter: $(q "$A" "$GATEWAY" '{"config":{}}' | jq -c .reporter)"

step "1. the reporter's report becomes the gateway's vote in the oracle"
epoch_end=$((($(date +%s) - 5) * 1000000000))
REPORT="{\"epoch\":$EPOCH,\"epoch_end\":\"$epoch_end\",\"heavy_rewards\":\"0\",\"operators\":[]}"
echo "report: $REPORT"
submissions() { q "$A" "$ORACLE" "{\"submissions\":{\"epoch\":$EPOCH}}"; }
gateway_voted() {
  [[ "$(submissions | jq --arg gw "$GATEWAY" '[.submissions[] | select(.voter == $gw)] | length')" == 1 ]]
}
started="$(now)"
res="$(execute "$B" relayer "$REPORTER" "{\"submit_report\":{\"report\":$REPORT}}")"
seq="$(event_attr "$res" send_packet packet_sequence)"
echo "SubmitReport: $(tx_at "$res") on ${CHAIN_ID[$B]}, packet $seq on $CHANNEL_B"
wait_for "$PACKET_WAIT" "the gateway's vote in the oracle" gateway_voted
recv="$(packet_tx "$A" write_acknowledgement packet_dst_port "$GATEWAY_PORT" "$seq")"
echo "received: $(tx_at "$recv") on ${CHAIN_ID[$A]}"
wasm_attrs "$recv" | sed 's/^/  wasm /'
echo "vote: $(submissions | jq -c .submissions)"
candidates="$(q "$A" "$ORACLE" "{\"candidates\":{\"epoch\":$EPOCH}}")"
echo "candidates: $(jq -c '[.candidates[] | {hash, weight}]' <<<"$candidates"), threshold $threshold"
echo "progress: $(q "$A" "$ORACLE" '{"progress":{}}')"
timed "report packet: B -> vote on A" "$started"
ok "the report arrived as the gateway's vote for epoch $EPOCH (weight 1 of $threshold: open)"

step "2. the ack returns to the reporter"
acked_epoch() { q "$B" "$REPORTER" '{"channel":{}}' | jq -r .acked_epoch; }
epoch_acked() { [[ "$(acked_epoch)" == "$EPOCH" ]]; }
wait_for "$PACKET_WAIT" "acked_epoch $EPOCH on the reporter" epoch_acked
timed "report round trip: B -> A -> ack on B" "$started"
ack="$(event_attr "$recv" write_acknowledgement packet_ack)"
echo "ack written on ${CHAIN_ID[$A]}: $ack"
acked="$(packet_tx "$B" acknowledge_packet packet_src_port "$REPORTER_PORT" "$seq")"
echo "ack delivered: $(tx_at "$acked") on ${CHAIN_ID[$B]}"
wasm_attrs "$acked" | sed 's/^/  wasm /'
[[ "$ack" == '{"ok":{}}' ]] || fail "the ack is not ok: $ack"
ok "ack {\"ok\":{}} returned; the reporter's acked_epoch is $(acked_epoch)"

step "3. the same report again: an error ack, nothing changes"
oracle_state() {
  echo "$(submissions) $(q "$A" "$ORACLE" "{\"candidates\":{\"epoch\":$EPOCH}}") $(q "$A" "$ORACLE" '{"progress":{}}')"
}
oracle_before="$(oracle_state)"
channel_before="$(q "$B" "$REPORTER" '{"channel":{}}')"
started="$(now)"
res="$(execute "$B" relayer "$REPORTER" "{\"submit_report\":{\"report\":$REPORT}}")"
seq="$(event_attr "$res" send_packet packet_sequence)"
echo "SubmitReport again: $(tx_at "$res"), packet $seq"
wait_for "$PACKET_WAIT" "the ack of packet $seq on ${CHAIN_ID[$B]}" \
  has_packet_tx "$B" acknowledge_packet packet_src_port "$REPORTER_PORT" "$seq"
timed "refused report round trip: B -> A -> error ack on B" "$started"
recv="$(packet_tx "$A" write_acknowledgement packet_dst_port "$GATEWAY_PORT" "$seq")"
ack="$(event_attr "$recv" write_acknowledgement packet_ack)"
echo "received: $(tx_at "$recv") on ${CHAIN_ID[$A]}"
wasm_attrs "$recv" | sed 's/^/  wasm /'
echo "error ack written on ${CHAIN_ID[$A]}: $ack"
acked="$(packet_tx "$B" acknowledge_packet packet_src_port "$REPORTER_PORT" "$seq")"
echo "ack delivered: $(tx_at "$acked") on ${CHAIN_ID[$B]}"
wasm_attrs "$acked" | sed 's/^/  wasm /'
expected="the gateway already submitted a report for epoch $EPOCH"
[[ "$(jq -r '.error.error // empty' <<<"$ack")" == "$expected" ]] ||
  fail "expected the error ack '$expected', got $ack"
ok "error ack: $expected"
[[ "$(q "$B" "$REPORTER" '{"channel":{}}')" == "$channel_before" ]] ||
  fail "the reporter's channel changed: $(q "$B" "$REPORTER" '{"channel":{}}')"
[[ "$(oracle_state)" == "$oracle_before" ]] || fail "the oracle changed: $(oracle_state)"
ok "acked_epoch still $(acked_epoch); the oracle's submissions, candidates and progress unchanged"

step "4. the report applies and sends nothing; the hub's next settlement sends the rate"
res="$(execute "$A" relayer "$ORACLE" "{\"submit\":{\"report\":$REPORT}}")"
echo "relayer's Submit: $(tx_at "$res")"
wasm_attrs "$res" | sed 's/^/  wasm /'
final="$(q "$A" "$ORACLE" "{\"final\":{\"epoch\":$EPOCH}}")"
echo "final: $(jq -c '{epoch, hash, status}' <<<"$final"); progress $(q "$A" "$ORACLE" '{"progress":{}}')"
[[ "$(jq -r .status <<<"$final")" == applied ]] || fail "the report of epoch $EPOCH did not apply"
[[ -z "$(event_attr "$res" send_packet packet_sequence)" ]] || fail "an applied report sent a rate"
[[ "$(q "$B" "$REPORTER" '{"rate":{}}')" == null ]] || fail "a rate arrived before any settlement"
ok "final and applied with both votes; it moves no index, so no rate went out"
next_epoch_at="$(q "$A" "$HUB" '{"state":{}}' | jq -r .books.next_epoch_at)"
epoch_due() { (($(date +%s) > ${next_epoch_at:0:-9} + 1)); }
wait_for 120 "the hub's next epoch" epoch_due
started="$(now)"
res="$(execute "$A" bob "$HUB" '{"advance_epoch":{}}')"
seq="$(event_attr "$res" send_packet packet_sequence)"
echo "AdvanceEpoch by bob: $(tx_at "$res"), packet $seq on $CHANNEL_A"
wasm_attrs "$res" | grep -E 'action=(settle_epoch|broadcast_rate|rate_broadcast_failed)' | sed 's/^/  wasm /'
[[ -n "$seq" ]] || fail "the hub's settlement sent no rate"
state="$(q "$A" "$HUB" '{"state":{}}')"
SETTLED=$(($(jq -r .books.epoch <<<"$state") - 1))
hub_index="$(jq -r .books.index <<<"$state")"
rate_arrived() { [[ "$(q "$B" "$REPORTER" '{"rate":{}}' | jq -r .epoch)" == "$SETTLED" ]]; }
wait_for "$PACKET_WAIT" "the rate on the reporter" rate_arrived
timed "rate packet: A -> reporter on B" "$started"
recv="$(packet_tx "$B" write_acknowledgement packet_dst_port "$REPORTER_PORT" "$seq")"
echo "received: $(tx_at "$recv") on ${CHAIN_ID[$B]}," \
  "ack $(event_attr "$recv" write_acknowledgement packet_ack)"
wasm_attrs "$recv" | sed 's/^/  wasm /'
rate="$(q "$B" "$REPORTER" '{"rate":{}}')"
echo "reporter's rate: $rate"
echo "hub on ${CHAIN_ID[$A]}: index $hub_index, settled epoch $SETTLED"
[[ "$(jq -r .index <<<"$rate")" == "$hub_index" ]] || fail "rate $rate is not the hub's index $hub_index"
ok "the reporter holds the hub's heavy index $hub_index for settled epoch $SETTLED"
delivered() {
  [[ "$(q "$A" "$GATEWAY" '{"channels":{}}' | jq -r --arg c "$CHANNEL_A" \
    '.channels[] | select(.channel_id == $c) | .delivered_epoch')" == "$SETTLED" ]]
}
wait_for "$PACKET_WAIT" "the rate's ack on the gateway" delivered
timed "rate round trip: A -> B -> ack on A" "$started"
acked="$(packet_tx "$A" acknowledge_packet packet_src_port "$GATEWAY_PORT" "$seq")"
echo "ack delivered: $(tx_at "$acked") on ${CHAIN_ID[$A]}"
wasm_attrs "$acked" | sed 's/^/  wasm /'
res="$(execute "$A" bob "$ORACLE" '{"broadcast_rate":{}}')"
[[ -z "$(event_attr "$res" send_packet packet_sequence)" ]] || fail "the rate was sent twice"
sent="$(wasm_attrs "$res" | grep -o 'channels=[0-9]*')"
ok "rate acked (delivered_epoch $SETTLED); anyone's BroadcastRate again sends nothing: $sent"

step "5. an idle channel: Hermes refreshes both light clients"
client_of() { # client_of N CONNECTION: the connection's client on chain N
  # shellcheck disable=SC2046
  "$WASMD" q ibc connection end "$2" $(query_flags "$1") | jq -r .connection.client_id
}
client_height() { # client_height N CLIENT: the latest height the client on chain N trusts
  # shellcheck disable=SC2046
  "$WASMD" q ibc client state "$2" $(query_flags "$1") | jq -r .client_state.latest_height.revision_height
}
client_status() {
  # shellcheck disable=SC2046
  "$WASMD" q ibc client status "$2" $(query_flags "$1") | jq -r .status
}
CLIENT_A="$(client_of "$A" "$CONNECTION_A")"
CLIENT_B="$(client_of "$B" "$CONNECTION_B")"
before_a="$(client_height "$A" "$CLIENT_A")"
before_b="$(client_height "$B" "$CLIENT_B")"
echo "$CLIENT_A on ${CHAIN_ID[$A]} trusts height $before_a, $CLIENT_B on ${CHAIN_ID[$B]}" \
  "$before_b; $IDLE_WAIT s without packets"
sleep "$IDLE_WAIT"
after_a="$(client_height "$A" "$CLIENT_A")"
after_b="$(client_height "$B" "$CLIENT_B")"
status_a="$(client_status "$A" "$CLIENT_A")"
status_b="$(client_status "$B" "$CLIENT_B")"
echo "then: $CLIENT_A $status_a at height $after_a, $CLIENT_B $status_b at height $after_b"
[[ "$status_a" == Active && "$status_b" == Active ]] || fail "a client expired: $status_a, $status_b"
((after_a > before_a && after_b > before_b)) || fail "Hermes did not refresh the clients"
ok "both clients refreshed while idle and still Active"

step "timings"
printf '%s\n' "${TIMES[@]}"
echo
echo "$PASSED passed, 0 failed"
