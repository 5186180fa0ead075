faro_types::contract_error! {}
