//! Unbonding: heavy LST sent to the hub joins the epoch's batch; the batch unbonds at the
//! next epoch and is paid out once the chain returns the stake, pro rata to each holder.

use cosmwasm_std::{to_json_binary, Uint128};
use cw_multi_test::Executor;
use faro_testing::chain::{account, UNBONDING_TIME};
use faro_testing::Suite;

use crate::common::alice_and_bob_bonded as bonded;
use faro_types::heavy_lst::Cw20ReceiveMsg;
use faro_types::hub::{self, BatchStatus, ReceiveMsg};

/// Epochs until a batch submitted now has matured.
fn until_matured(suite: &mut Suite) {
    let epochs = UNBONDING_TIME.div_ceil(suite.hub_config().unwrap().epoch_period);
    for _ in 0..epochs {
        suite.next_epoch(&account("keeper")).unwrap();
    }
}

#[test]
fn a_batch_unbonds_at_the_epoch_and_pays_each_holder_pro_rata() {
    let mut suite = bonded();
    let (alice, bob, keeper) = (account("alice"), account("bob"), account("keeper"));
    let batch_id = suite.hub_state().unwrap().books.epoch;
    suite.unbond(&alice, 2_000_000).unwrap();
    suite.unbond(&bob, 1_000_000).unwrap();
    assert_eq!(suite.batch(batch_id).unwrap().status, BatchStatus::Open);
    assert_eq!(suite.unbond_requests(&alice).unwrap().requests.len(), 1);

    suite.next_epoch(&keeper).unwrap();
    let batch = suite.batch(batch_id).unwrap();
    assert_eq!(batch.status, BatchStatus::Unbonding);
    // The batch earned the epoch's rewards like every other share, less the fee.
    assert!(batch.expected > Uint128::new(3_000_000), "{batch:?}");
    let err = suite.withdraw(&alice, batch_id).unwrap_err();
    assert!(err
        .root_cause()
        .to_string()
        .contains("not withdrawable yet"));

    until_matured(&mut suite);
    let batch = suite.batch(batch_id).unwrap();
    assert_eq!(batch.status, BatchStatus::Withdrawable);
    assert_eq!(batch.unclaimed_tokens, batch.expected);

    let alice_before = suite.native_balance(&alice).unwrap();
    suite.withdraw(&alice, batch_id).unwrap();
    let alice_got = suite.native_balance(&alice).unwrap() - alice_before;
    let bob_before = suite.native_balance(&bob).unwrap();
    suite.withdraw(&bob, batch_id).unwrap();
    let bob_got = suite.native_balance(&bob).unwrap() - bob_before;
    assert_eq!(alice_got + bob_got, batch.expected.u128());
    // Two to one, within a unit of rounding.
    assert!(
        alice_got.abs_diff(2 * bob_got) <= 2,
        "{alice_got} vs {bob_got}"
    );
    assert_eq!(
        suite.batch(batch_id).unwrap().unclaimed_tokens,
        Uint128::zero()
    );
    assert_eq!(suite.hub_state().unwrap().books.reserved, Uint128::zero());

    let err = suite.withdraw(&alice, batch_id).unwrap_err();
    assert!(err.root_cause().to_string().contains("no unbond request"));
}

#[test]
fn withdraw_refuses_unknown_batches_strangers_and_funds() {
    let mut suite = bonded();
    let (alice, mallory) = (account("alice"), account("mallory"));
    let batch_id = suite.hub_state().unwrap().books.epoch;
    suite.unbond(&alice, 1_000_000).unwrap();
    suite.next_epoch(&account("keeper")).unwrap();
    until_matured(&mut suite);

    let err = suite.withdraw(&alice, batch_id + 50).unwrap_err();
    assert!(err.root_cause().to_string().contains("no batch"));
    let err = suite.withdraw(&mallory, batch_id).unwrap_err();
    assert!(err.root_cause().to_string().contains("no unbond request"));
    suite.fund(&alice, 10).unwrap();
    let hub = suite.contracts.hub.clone();
    suite
        .app
        .execute_contract(
            alice.clone(),
            hub,
            &hub::ExecuteMsg::Withdraw { batch_id },
            &[cosmwasm_std::coin(10, "uatom")],
        )
        .unwrap_err();
    // Still claimable by its owner.
    suite.withdraw(&alice, batch_id).unwrap();
}

#[test]
fn only_the_heavy_lst_can_queue_an_unbond() {
    let mut suite = bonded();
    let mallory = account("mallory");
    let forged = hub::ExecuteMsg::Receive(Cw20ReceiveMsg {
        sender: mallory.to_string(),
        amount: Uint128::new(1_000_000),
        msg: to_json_binary(&ReceiveMsg::Unbond {}).unwrap(),
    });
    let hub = suite.contracts.hub.clone();
    let err = suite
        .app
        .execute_contract(mallory.clone(), hub, &forged, &[])
        .unwrap_err();
    assert!(err.root_cause().to_string().contains("may not call this"));
    assert!(suite.unbond_requests(&mallory).unwrap().requests.is_empty());
}

#[test]
fn an_epoch_comes_once_per_period() {
    let mut suite = bonded();
    let keeper = account("keeper");
    suite.next_epoch(&keeper).unwrap();
    let err = suite.advance_epoch(&keeper).unwrap_err();
    assert!(err.root_cause().to_string().contains("next epoch starts"));
    let hub = suite.contracts.hub.clone();
    suite.fund(&keeper, 5).unwrap();
    suite
        .app
        .execute_contract(
            keeper,
            hub,
            &hub::ExecuteMsg::AdvanceEpoch {},
            &[cosmwasm_std::coin(5, "uatom")],
        )
        .unwrap_err();
}

/// Gas of the epoch does not depend on how many holders queued: the batch is one record,
/// requests are only read by their own holder's withdrawal. Here two hundred requests go
/// through one epoch and one withdrawal each still settles exactly.
#[test]
fn many_requests_settle_as_one_batch() {
    let mut suite = bonded();
    let batch_id = suite.hub_state().unwrap().books.epoch;
    let holders: Vec<_> = (0..200).map(|i| account(&format!("holder{i}"))).collect();
    for holder in &holders {
        suite.fund(holder, 2_000).unwrap();
        suite.bond(holder, 2_000).unwrap();
        suite.unbond(holder, 1_000).unwrap();
    }
    suite.next_epoch(&account("keeper")).unwrap();
    until_matured(&mut suite);
    let batch = suite.batch(batch_id).unwrap();
    let mut paid = 0;
    for holder in &holders {
        let before = suite.native_balance(holder).unwrap();
        suite.withdraw(holder, batch_id).unwrap();
        paid += suite.native_balance(holder).unwrap() - before;
    }
    assert_eq!(paid, batch.expected.u128());
}
