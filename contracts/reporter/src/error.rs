use faro_types::oracle::InvalidChannel;

faro_types::contract_error! {
    #[error("no channel to the oracle is connected")]
    NoChannel,

    #[error("{0}")]
    InvalidChannel(#[from] InvalidChannel),

    #[error("channel {channel_id} is already connected to the oracle")]
    AlreadyConnected { channel_id: String },

    #[error("packets arrive only on the oracle's channel, not {channel_id}")]
    WrongChannel { channel_id: String },

    #[error("the rate of epoch {epoch} is not newer than the one held, of epoch {held}")]
    StaleRate { epoch: u64, held: u64 },

    #[error("the reporter takes no {kind} packets")]
    UnexpectedPacket { kind: &'static str },
}
