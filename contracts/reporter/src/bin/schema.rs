use faro_types::reporter::{ExecuteMsg, InstantiateMsg, MigrateMsg, QueryMsg};

fn main() {
    cosmwasm_schema::write_api! { instantiate: InstantiateMsg, execute: ExecuteMsg, query: QueryMsg, migrate: MigrateMsg }
}
