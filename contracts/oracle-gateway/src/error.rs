use faro_types::oracle::InvalidChannel;

faro_types::contract_error! {
    #[error("only the oracle may {action}, not {sender}")]
    NotOracle { sender: String, action: &'static str },

    #[error("{0}")]
    InvalidChannel(#[from] InvalidChannel),

    #[error("already {max} channels are connected")]
    TooManyChannels { max: usize },

    #[error("channel {channel_id} is not connected")]
    UnknownChannel { channel_id: String },

    #[error("channel {channel_id} is not the reporter's")]
    NotReporterChannel { channel_id: String },

    #[error("the gateway takes no {kind} packets")]
    UnexpectedPacket { kind: &'static str },

    #[error("epoch {epoch} is not after the oracle's last final epoch {last_final}")]
    EpochNotNewer { epoch: u64, last_final: u64 },

    #[error("the gateway already submitted a report for epoch {epoch}")]
    AlreadySubmitted { epoch: u64 },

    #[error("unknown reply id {id}")]
    UnknownReply { id: u64 },
}
