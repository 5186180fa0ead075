faro_types::contract_error! {
    #[error("member {addr} is listed twice")]
    DuplicateMember { addr: String },

    #[error("member weights add up to more than u64")]
    WeightOverflow,
}
