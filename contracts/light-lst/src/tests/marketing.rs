//! The cw20 marketing rules are the conformance suite's; here, who else may not use them.

use cosmwasm_std::Binary;
use cw20::{EmbeddedLogo, Logo};
use faro_types::light_lst::ExecuteMsg;

use super::{raw, refuses_strangers, setup};

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
    let strangers = ["validator", "registry"];
    refuses_strangers(&mut deps, &strangers, update, "update the marketing info");
    refuses_strangers(&mut deps, &strangers, upload, "upload a logo");
    assert_eq!(raw(&deps.storage), stored);
}
