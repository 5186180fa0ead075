//! Gas of user operations does not grow with the number of holders (DESIGN.md, invariant
//! 5): measured in the VM with its gas meter, not timed.

use cosmwasm_std::{to_json_binary, Uint128};
use faro_types::heavy_lst::Cw20ReceiveMsg;
use faro_types::hub::{ExecuteMsg, ReceiveMsg};
use faro_vm_smoke::case::SmokeCase;
use faro_vm_smoke::chain::{addr, owner};
use faro_vm_smoke::vm::Contract;
use faro_vm_smoke::{artifacts, cases};

fn unbond(holder: &str) -> ExecuteMsg {
    ExecuteMsg::Receive(Cw20ReceiveMsg {
        sender: addr(holder),
        amount: Uint128::new(1_000),
        msg: to_json_binary(&ReceiveMsg::Unbond {}).unwrap(),
    })
}

/// An unbond request costs the same with one request queued as with five hundred: the
/// batch keeps a total and each request is its own record.
#[test]
fn an_unbond_request_costs_the_same_however_many_are_queued() {
    let mut hub = Contract::new("hub", &artifacts::load("hub"));
    hub.instantiate(&owner(), &cases::Hub::instantiate_msg());
    let heavy_lst = addr("heavy-lst");
    // The first request opens the batch; the second is the first ordinary one.
    hub.execute_measured(&heavy_lst, &unbond("holder0"));
    let (_, early) = hub.execute_measured(&heavy_lst, &unbond("holder1"));
    for i in 2..500 {
        hub.execute_measured(&heavy_lst, &unbond(&format!("holder{i}")));
    }
    let (_, late) = hub.execute_measured(&heavy_lst, &unbond("holder500"));
    println!("unbond gas: 2nd request {early}, 501st request {late}");
    // Same code path and key sizes; only the VM's storage bookkeeping may differ.
    let growth = late.abs_diff(early) as f64 / early as f64;
    assert!(
        growth < 0.01,
        "unbond gas grew {:.2}%: {early} → {late}",
        growth * 100.0
    );
}
