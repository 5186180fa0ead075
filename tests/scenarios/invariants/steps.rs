use super::*;

/// Who acts: a holder by name, or one of the holders that have what the step needs —
/// heavy LST, or a request in the batch to withdraw from — so that most steps meet a
/// state they can act on (any holder if none has).
#[derive(Debug, Clone, Copy)]
pub(super) enum Who {
    Named(usize),
    Having(usize),
}

/// How much of a balance a step moves, resolved against the balance it meets.
#[derive(Debug, Clone)]
pub(super) enum Amount {
    /// Per mille of the balance, rounded down (possibly to zero).
    Part(u128),
    All,
    /// The balance and this much more.
    Over(u128),
    /// A fixed amount, whatever the balance.
    Raw(u128),
}

impl Amount {
    pub(super) fn of(&self, balance: u128) -> u128 {
        match self {
            Amount::Part(permille) => balance * permille / 1_000,
            Amount::All => balance,
            Amount::Over(extra) => balance + extra,
            Amount::Raw(amount) => *amount,
        }
    }
}

#[derive(Debug, Clone)]
pub(super) enum Step {
    /// Bonds native coins, minted to the holder first unless `funded` is false: then the
    /// holder bonds from what it has, or fails.
    Bond {
        holder: usize,
        amount: u128,
        funded: bool,
    },
    /// The holder delegates to the operator itself, tokenizes the delegation and bonds
    /// the LSM shares.
    BondShares {
        holder: usize,
        operator: usize,
        amount: u128,
    },
    Transfer {
        from: Who,
        to: usize,
        amount: Amount,
    },
    Unbond {
        holder: Who,
        amount: Amount,
    },
    InstantExit {
        holder: Who,
        operator: usize,
        amount: Amount,
    },
    /// `batch` picks among the withdrawable batches, or among all batches unbonded into
    /// so far if none is; `None`, a batch that never existed.
    Withdraw {
        holder: Who,
        batch: Option<usize>,
    },
    Wait {
        seconds: u64,
    },
    /// Waits out the epoch period, then advances the epoch.
    NextEpoch,
    /// Waits out the unbonding period, then advances the epoch: every batch in flight
    /// matures.
    Mature,
    /// Advances the epoch without waiting: fails unless it is due.
    AdvanceEpoch,
    /// The chain slashes the operator by `ppm` millionths (at most 5%).
    Slash {
        operator: usize,
        ppm: u64,
    },
    /// Jails the operator's validator on the chain, or unjails it if jailed.
    ToggleJail {
        operator: usize,
    },
    /// Deposits with the operator's light LST, minted to the holder first.
    LightDeposit {
        holder: usize,
        operator: usize,
        amount: u128,
    },
    /// Withdraws part of the holder's light balance with the operator.
    LightWithdraw {
        holder: usize,
        operator: usize,
        amount: Amount,
    },
    /// Governance penalises the operator's light service, from its bond.
    LightPenalty {
        operator: usize,
        amount: u128,
    },
}

pub(super) fn bond_amount() -> impl Strategy<Value = u128> {
    prop_oneof![
        1 => 0u128..=3,
        // Around the dead shares the first bond must exceed.
        2 => 990u128..=1_010,
        3 => 1u128..=100_000,
        6 => 100_000u128..=100_000_000,
        2 => 100_000_000u128..=50_000_000_000,
        // Near the chain's liquid staking caps.
        1 => 100_000_000_000u128..=400_000_000_000,
    ]
}

pub(super) fn amount() -> impl Strategy<Value = Amount> {
    prop_oneof![
        5 => (0u128..=1_000).prop_map(Amount::Part),
        1 => Just(Amount::All),
        1 => (1u128..=1_000).prop_map(Amount::Over),
        1 => (0u128..=5).prop_map(Amount::Raw),
    ]
}

pub(super) fn step() -> impl Strategy<Value = Step> {
    let holder = || 0..HOLDERS.len();
    let who = || {
        prop_oneof![
            1 => holder().prop_map(Who::Named),
            3 => holder().prop_map(Who::Having),
        ]
    };
    let operator = || 0..OPERATORS;
    prop_oneof![
        8 => (holder(), bond_amount(), prop::bool::weighted(0.9))
            .prop_map(|(holder, amount, funded)| Step::Bond { holder, amount, funded }),
        3 => (holder(), operator(), bond_amount())
            .prop_map(|(holder, operator, amount)| Step::BondShares { holder, operator, amount }),
        2 => (who(), holder(), amount())
            .prop_map(|(from, to, amount)| Step::Transfer { from, to, amount }),
        5 => (who(), amount()).prop_map(|(holder, amount)| Step::Unbond { holder, amount }),
        3 => (who(), operator(), amount())
            .prop_map(|(holder, operator, amount)| Step::InstantExit { holder, operator, amount }),
        4 => (who(), prop::option::weighted(0.9, 0usize..8))
            .prop_map(|(holder, batch)| Step::Withdraw { holder, batch }),
        2 => (0u64..=2 * EPOCH).prop_map(|seconds| Step::Wait { seconds }),
        // Long enough for every batch in flight to mature.
        1 => (UNBONDING_TIME..=UNBONDING_TIME + EPOCH).prop_map(|seconds| Step::Wait { seconds }),
        6 => Just(Step::NextEpoch),
        2 => Just(Step::Mature),
        1 => Just(Step::AdvanceEpoch),
        2 => (operator(), prop_oneof![1u64..=100, 100u64..=50_000])
            .prop_map(|(operator, ppm)| Step::Slash { operator, ppm }),
        1 => operator().prop_map(|operator| Step::ToggleJail { operator }),
        3 => (holder(), operator(), bond_amount())
            .prop_map(|(holder, operator, amount)| Step::LightDeposit { holder, operator, amount }),
        2 => (holder(), operator(), amount())
            .prop_map(|(holder, operator, amount)| Step::LightWithdraw { holder, operator, amount }),
        1 => (operator(), prop_oneof![0u128..=10, 1u128..=2 * BOND])
            .prop_map(|(operator, amount)| Step::LightPenalty { operator, amount }),
    ]
}

#[derive(Debug, Clone)]
pub(super) struct Case {
    /// Half the protocol fee goes to the insurance fund, so that slashes meet it.
    pub(super) insured: bool,
    pub(super) steps: Vec<Step>,
}

/// One unbonding's whole life, in order: the request, the batch's submission, its
/// maturity and the withdrawal. Half of them also see a validator slashed while the
/// batch unbonds, and stake move there (an exit or an LSM bond) before an epoch finds
/// the slash.
pub(super) fn lifecycle() -> impl Strategy<Value = Vec<Step>> {
    let slash = (0..OPERATORS, 100u64..=50_000).prop_flat_map(|(operator, ppm)| {
        let exit = (0..HOLDERS.len(), 100u128..=300).prop_map(move |(holder, permille)| {
            Step::InstantExit {
                holder: Who::Having(holder),
                operator,
                amount: Amount::Part(permille),
            }
        });
        let bond =
            (0..HOLDERS.len(), bond_amount()).prop_map(move |(holder, amount)| Step::BondShares {
                holder,
                operator,
                amount,
            });
        prop_oneof![exit, bond].prop_map(move |moved| [Step::Slash { operator, ppm }, moved])
    });
    prop::option::of(slash).prop_map(|slash| {
        let mut steps = vec![
            Step::Unbond {
                holder: Who::Having(0),
                amount: Amount::Part(400),
            },
            Step::NextEpoch,
        ];
        steps.extend(slash.into_iter().flatten());
        steps.push(Step::Mature);
        steps.push(Step::Withdraw {
            holder: Who::Having(0),
            batch: Some(0),
        });
        steps
    })
}

/// Random steps. Most cases open with a bond past the dead shares, so that they meet a
/// protocol with stake, and half of them weave a [`lifecycle`] in among the random
/// steps, which alone would seldom line its steps up.
pub(super) fn case() -> impl Strategy<Value = Case> {
    let opening =
        (0..HOLDERS.len(), 1_001u128..=1_000_000_000).prop_map(|(holder, amount)| Step::Bond {
            holder,
            amount,
            funded: true,
        });
    let woven = (lifecycle(), prop::collection::vec(0..MAX_STEPS, 6));
    (
        prop::bool::weighted(0.3),
        prop::option::weighted(0.8, opening),
        prop::collection::vec(step(), 1..MAX_STEPS),
        prop::option::of(woven),
    )
        .prop_map(|(insured, opening, mut steps, woven)| {
            if let Some((lifecycle, mut at)) = woven {
                steps.truncate(MAX_STEPS - 1 - lifecycle.len());
                at.truncate(lifecycle.len());
                at.sort_unstable();
                for (step, at) in lifecycle.into_iter().zip(at).rev() {
                    steps.insert(at.min(steps.len()), step);
                }
            }
            Case {
                insured,
                steps: opening.into_iter().chain(steps).collect(),
            }
        })
}
