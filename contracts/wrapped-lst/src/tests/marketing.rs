//! Marketing is cw20-base's, checked by the conformance suite; what is cw20-base's own
//! here is that only the marketing address updates, and the owner starts as it.

use cosmwasm_std::Binary;
use cw20::{EmbeddedLogo, Logo};
use faro_types::wrapped_lst::ExecuteMsg;

use super::{addr, Wrapper};
use crate::error::ContractError;

#[test]
fn once_the_owner_names_a_marketing_address_it_alone_updates() {
    let mut wrapper = Wrapper::new();
    let named = ExecuteMsg::UpdateMarketing {
        project: None,
        description: None,
        marketing: Some(addr("marketer").to_string()),
    };
    wrapper.exec("dao", named).unwrap();
    let update = ExecuteMsg::UpdateMarketing {
        project: Some("x".to_string()),
        description: None,
        marketing: None,
    };
    let png = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    let upload = ExecuteMsg::UploadLogo(Logo::Embedded(EmbeddedLogo::Png(Binary::new(png))));
    for msg in [update, upload] {
        assert_eq!(
            wrapper.exec("dao", msg).unwrap_err(),
            ContractError::Cw20(cw20_base::ContractError::Unauthorized {}),
            "the owner handed the role over"
        );
    }
}
