use cosmwasm_std::{Binary, Reply, SubMsgResult};

use super::{answer, run_reply, setup};
use crate::error::ContractError;
use crate::execute::{REDEEM_REPLY_ID, TOKENIZE_REPLY_ID};

fn failed(id: u64) -> Reply {
    Reply {
        id,
        payload: Binary::default(),
        gas_used: 0,
        result: SubMsgResult::Err("out of gas".to_string()),
    }
}

#[test]
fn refuses_replies_it_never_asked_for() {
    let mut deps = setup();
    let err = run_reply(&mut deps, failed(99)).unwrap_err();
    assert_eq!(err, ContractError::UnknownReply { id: 99 });
    // Unknown whatever the result.
    let mut ok = failed(0);
    ok.result = SubMsgResult::Ok(answer("/x", Binary::default()));
    assert_eq!(
        run_reply(&mut deps, ok).unwrap_err(),
        ContractError::UnknownReply { id: 0 }
    );
}

#[test]
fn a_failure_is_never_taken_for_an_answer() {
    let mut deps = setup();
    for id in [REDEEM_REPLY_ID, TOKENIZE_REPLY_ID] {
        assert_eq!(
            run_reply(&mut deps, failed(id)).unwrap_err(),
            ContractError::SubMessageFailed {
                id,
                error: "out of gas".to_string()
            }
        );
    }
}
