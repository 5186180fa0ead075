use cosmwasm_std::Uint128;
use cw3::Status;

faro_types::contract_error! {
    #[error("only the governance token {gov_token} stakes; {sender} sent the hook")]
    NotGovToken { sender: String, gov_token: String },

    #[error("the amount must not be zero")]
    ZeroAmount,

    #[error("staking {amount} would take the total stake above {cap}, the most votes can count")]
    StakeCapExceeded { amount: Uint128, cap: Uint128 },

    #[error("cannot unstake {amount}: {staked} staked")]
    InsufficientStake { amount: Uint128, staked: Uint128 },

    #[error("an address holds at most {max} pending claims; claim the released ones first")]
    TooManyClaims { max: usize },

    #[error("no claim has been released yet")]
    NothingToClaim,

    #[error("{address} had no voting power at height {height}")]
    NoVotingPower { address: String, height: u64 },

    #[error("a proposal needs a title")]
    EmptyTitle,

    #[error("proposals take no earliest execution time: a passed proposal runs at once")]
    EarliestUnsupported,

    #[error("a proposal must end at a time after the current block")]
    InvalidExpiration,

    #[error("a proposal may not grant allowances on the governance token, which holds the stakers' FRO, change its code or admin, nor send it anything but a JSON object")]
    ForbiddenGovTokenMessage,

    #[error("message {index} of the proposal is an Any or Stargate message, which the stake guard cannot read")]
    OpaqueMessage { index: usize },

    #[error("no proposal {proposal_id}")]
    ProposalNotFound { proposal_id: u64 },

    #[error("{voter} already voted on proposal {proposal_id}")]
    AlreadyVoted { proposal_id: u64, voter: String },

    #[error("proposal {proposal_id} is {status:?}; its voting is over")]
    NotOpen { proposal_id: u64, status: Status },

    #[error("proposal {proposal_id} has expired")]
    Expired { proposal_id: u64 },

    #[error("proposal {proposal_id} is {status:?}; only a passed proposal is executed")]
    NotPassed { proposal_id: u64, status: Status },

    #[error("proposal {proposal_id} was already executed")]
    AlreadyExecuted { proposal_id: u64 },

    #[error("proposal {proposal_id} is {status:?}; only an open proposal that failed is closed")]
    CannotClose { proposal_id: u64, status: Status },

    #[error("proposal {proposal_id} is still open for votes")]
    NotExpired { proposal_id: u64 },

    #[error("{sender} may not change the DAO's rules; only the DAO itself, by proposal")]
    NotDao { sender: String },

    #[error("the DAO would hold {balance} FRO, less than the {owed} staked or unstaking")]
    StakeNotCovered { balance: Uint128, owed: Uint128 },

    #[error("unknown reply id {id}")]
    UnknownReply { id: u64 },
}
