//! The cw20 marketing rules are the conformance suite's; here, who else may not use them.

use cosmwasm_std::Binary;
use cw20::{EmbeddedLogo, Logo};
use faro_types::light_lst::ExecuteMsg;

use super::{addr, exec, raw, setup};
use crate::error::ContractError;

#[test]
fn neither_the_operator_nor_the_registry_markets_the_token() {
    let mut deps = setup();
    let stored = raw(&deps.storage);
    let update = ExecuteMsg::UpdateMarketing {
        project: Some("https://faro.zone".to_string()),
        description: Some("Bob's light ATOM".to_string()),
        marketing: None,
    };
    let png = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0];
    let upload = ExecuteMsg::UploadLogo(Logo::Embedded(EmbeddedLogo::Png(Binary::new(png))));
    for stranger in ["validator", "registry"] {
        assert_eq!(
            exec(&mut deps, stranger, update.clone()).unwrap_err(),
            ContractError::Unauthorized {
                sender: addr(stranger),
                action: "update the marketing info"
            }
        );
        assert_eq!(
            exec(&mut deps, stranger, upload.clone()).unwrap_err(),
            ContractError::Unauthorized {
                sender: addr(stranger),
                action: "upload a logo"
            }
        );
    }
    assert_eq!(raw(&deps.storage), stored);
}
