//! The cw20 moves every Faro token's random call sequences share: generated with amounts
//! relative to the state they will meet, resolved against that state, then sent as the
//! cw20 messages a client would send. Accounts are numbered; each test names its own.

use cosmwasm_std::Uint128;
use cw20::Cw20ExecuteMsg;
use proptest::prelude::*;

/// An amount to move as generated, before the step meets the state.
#[derive(Debug, Clone, Copy)]
pub enum Portion {
    /// Thousandths of what the sender can move.
    Permille(u128),
    /// This many base units, whatever the sender can move.
    Raw(u128),
}

impl Portion {
    pub fn of(self, available: u128) -> u128 {
        match self {
            Portion::Permille(permille) => {
                available / 1_000 * permille + available % 1_000 * permille / 1_000
            }
            Portion::Raw(amount) => amount,
        }
    }
}

pub fn amount() -> impl Strategy<Value = u128> {
    prop_oneof![0u128..50, 0u128..1_000_000, 0u128..1_000_000_000_000]
}

/// Mostly a share of what the sender can move (in ‰, up to 110% to hit the refusals),
/// sometimes any amount.
pub fn portion() -> impl Strategy<Value = Portion> {
    prop_oneof![
        4 => (0u128..=1_100).prop_map(Portion::Permille),
        1 => amount().prop_map(Portion::Raw),
    ]
}

/// One cw20 call. `A` is how the amounts to move are given: a `Portion` as generated,
/// then concrete.
#[derive(Debug, Clone, PartialEq)]
pub enum TokenMove<A> {
    Transfer {
        from: usize,
        to: usize,
        amount: A,
    },
    Approve {
        owner: usize,
        spender: usize,
        amount: u128,
    },
    TransferFrom {
        spender: usize,
        owner: usize,
        to: usize,
        amount: A,
    },
    Burn {
        from: usize,
        amount: A,
    },
}

/// Moves among `accounts` accounts, one strategy a kind so that each test weighs them.
impl TokenMove<Portion> {
    pub fn transfer(accounts: usize) -> impl Strategy<Value = Self> {
        (0..accounts, 0..accounts, portion()).prop_map(|(from, to, amount)| TokenMove::Transfer {
            from,
            to,
            amount,
        })
    }

    pub fn approve(accounts: usize) -> impl Strategy<Value = Self> {
        (0..accounts, 0..accounts, amount()).prop_map(|(owner, spender, amount)| {
            TokenMove::Approve {
                owner,
                spender,
                amount,
            }
        })
    }

    pub fn transfer_from(accounts: usize) -> impl Strategy<Value = Self> {
        (0..accounts, 0..accounts, 0..accounts, portion()).prop_map(
            |(spender, owner, to, amount)| TokenMove::TransferFrom {
                spender,
                owner,
                to,
                amount,
            },
        )
    }

    pub fn burn(accounts: usize) -> impl Strategy<Value = Self> {
        (0..accounts, portion()).prop_map(|(from, amount)| TokenMove::Burn { from, amount })
    }

    /// The move with concrete amounts, given what each account `held` and what an owner
    /// lets a spender move (`spendable(owner, spender)`).
    pub fn resolve(
        &self,
        held: impl Fn(usize) -> u128,
        spendable: impl Fn(usize, usize) -> u128,
    ) -> TokenMove<u128> {
        match *self {
            TokenMove::Transfer { from, to, amount } => TokenMove::Transfer {
                from,
                to,
                amount: amount.of(held(from)),
            },
            TokenMove::Approve {
                owner,
                spender,
                amount,
            } => TokenMove::Approve {
                owner,
                spender,
                amount,
            },
            TokenMove::TransferFrom {
                spender,
                owner,
                to,
                amount,
            } => TokenMove::TransferFrom {
                spender,
                owner,
                to,
                amount: amount.of(spendable(owner, spender)),
            },
            TokenMove::Burn { from, amount } => TokenMove::Burn {
                from,
                amount: amount.of(held(from)),
            },
        }
    }
}

impl TokenMove<u128> {
    /// An allowance of some `amount()` from every one of `accounts` accounts to every one,
    /// itself included.
    pub fn approvals(accounts: usize) -> impl Strategy<Value = Vec<Self>> {
        prop::collection::vec(amount(), accounts * accounts).prop_map(move |amounts| {
            let pairs =
                (0..accounts).flat_map(|owner| (0..accounts).map(move |spender| (owner, spender)));
            pairs
                .zip(amounts)
                .map(|((owner, spender), amount)| TokenMove::Approve {
                    owner,
                    spender,
                    amount,
                })
                .collect()
        })
    }

    /// The account debited, the one credited and the amount, if the move is a transfer.
    pub fn movement(&self) -> Option<(usize, usize, u128)> {
        match *self {
            TokenMove::Transfer { from, to, amount }
            | TokenMove::TransferFrom {
                owner: from,
                to,
                amount,
                ..
            } => Some((from, to, amount)),
            _ => None,
        }
    }

    /// The account that sends the move, and its message; `address(i)` is account `i`'s.
    pub fn message(&self, address: impl Fn(usize) -> String) -> (usize, Cw20ExecuteMsg) {
        let amt = |a: u128| Uint128::new(a);
        match *self {
            TokenMove::Transfer { from, to, amount } => (
                from,
                Cw20ExecuteMsg::Transfer {
                    recipient: address(to),
                    amount: amt(amount),
                },
            ),
            TokenMove::Approve {
                owner,
                spender,
                amount,
            } => (
                owner,
                Cw20ExecuteMsg::IncreaseAllowance {
                    spender: address(spender),
                    amount: amt(amount),
                    expires: None,
                },
            ),
            TokenMove::TransferFrom {
                spender,
                owner,
                to,
                amount,
            } => (
                spender,
                Cw20ExecuteMsg::TransferFrom {
                    owner: address(owner),
                    recipient: address(to),
                    amount: amt(amount),
                },
            ),
            TokenMove::Burn { from, amount } => (
                from,
                Cw20ExecuteMsg::Burn {
                    amount: amt(amount),
                },
            ),
        }
    }
}
