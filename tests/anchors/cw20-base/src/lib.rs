//! The published cw20-base contract, its four entry points exported unchanged.

use cosmwasm_std::{entry_point, Binary, Deps, DepsMut, Env, MessageInfo, Response, StdResult};
use cw20_base::msg::{ExecuteMsg, InstantiateMsg, MigrateMsg, QueryMsg};
use cw20_base::ContractError;

/// Exports cw20-base's entry point `$name` as this contract's own.
macro_rules! export {
    ($name:ident($($arg:ident: $ty:ty),*) -> $result:ty) => {
        #[entry_point]
        pub fn $name($($arg: $ty),*) -> $result {
            cw20_base::contract::$name($($arg),*)
        }
    };
}

export!(
    instantiate(deps: DepsMut, env: Env, info: MessageInfo, msg: InstantiateMsg)
        -> Result<Response, ContractError>
);
export!(
    execute(deps: DepsMut, env: Env, info: MessageInfo, msg: ExecuteMsg)
        -> Result<Response, ContractError>
);
export!(query(deps: Deps, env: Env, msg: QueryMsg) -> StdResult<Binary>);
export!(migrate(deps: DepsMut, env: Env, msg: MigrateMsg) -> Result<Response, ContractError>);
