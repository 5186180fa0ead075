use cosmwasm_std::Timestamp;

faro_types::contract_error! {
    #[error("member {addr} is listed twice")]
    DuplicateMember { addr: String },

    #[error("member weights add up to more than u64")]
    WeightOverflow,

    #[error("{sender} is not a member")]
    NotMember { sender: String },

    #[error("{sender} may not {action}")]
    Unauthorized { sender: String, action: &'static str },

    #[error("operator {valoper} is reported twice")]
    DuplicateOperator { valoper: String },

    #[error("operator {valoper} has no light LST in the registry")]
    UnknownOperator { valoper: String },

    #[error("epoch {epoch} is not after the last final epoch {last_final}")]
    EpochNotNewer { epoch: u64, last_final: u64 },

    #[error("the report of epoch {epoch} ended at {epoch_end}, more than the staleness limit ago")]
    StaleReport { epoch: u64, epoch_end: Timestamp },

    #[error("the report of epoch {epoch} ends at {epoch_end}, in the future")]
    EpochNotEnded { epoch: u64, epoch_end: Timestamp },

    #[error("{voter} already submitted a report for epoch {epoch}")]
    AlreadySubmitted { epoch: u64, voter: String },

    #[error("no report of epoch {epoch} waits for approval")]
    NotPending { epoch: u64 },

    #[error("no delivery {key} of epoch {epoch} is outstanding")]
    NotOutstanding { epoch: u64, key: String },

    #[error("no gateway is set to broadcast the rate to")]
    NoGateway,

    #[error("the hub has settled no epoch yet: there is no rate to broadcast")]
    NoSettledEpoch,

    #[error("unknown reply id {id}")]
    UnknownReply { id: u64 },
}
