//! Governance on the real contracts: the phase-1 multisig (cw3-flex-multisig on a
//! cw4-group of founders and operators, as published) owns every Faro contract and acts
//! by proposal; later it hands everything to the FRO token DAO. The everyday changes
//! (operators, pauses, migrations) run under both governors. Every change is also tried
//! by someone who does not own the contract, and refused.

/// For each `scenario(phase: Phase)`, a module of that name with two tests, `multisig` and
/// `token_dao`, that run it under that governor.
macro_rules! under_each_governor {
    ($($scenario:ident),+ $(,)?) => {$(
        mod $scenario {
            use crate::governance::Phase;

            #[test]
            fn multisig() {
                super::$scenario(Phase::Multisig);
            }

            #[test]
            fn token_dao() {
                super::$scenario(Phase::TokenDao);
            }
        }
    )+};
}

mod fee;
mod handover;
mod migration;
mod multisig;
mod operators;
mod pause;

use cosmwasm_std::Addr;
use faro_testing::chain::account;
use faro_testing::governance::{Governor, Multisig, TokenDao};
use faro_testing::Suite;

pub(crate) use crate::common::{refusal, NOT_OWNER};

/// Holders of 60%, 25% and 15% of the staked FRO.
pub(crate) const STAKES: [(&str, u128); 3] = [
    ("holder0", 600_000_000_000),
    ("holder1", 250_000_000_000),
    ("holder2", 150_000_000_000),
];

/// Three operators, every contract owned and administered by the multisig.
pub(crate) fn multisig_suite() -> (Suite, Multisig) {
    let mut suite = Suite::builder().operators(3).build().unwrap();
    let multisig = suite.install_multisig().unwrap();
    (suite, multisig)
}

/// Who governs a scenario.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Phase {
    /// The phase-1 multisig.
    Multisig,
    /// The FRO token DAO, once the multisig handed it every contract.
    TokenDao,
}

/// The multisig, and the token DAO once it has taken over.
pub(crate) struct Governors {
    pub multisig: Multisig,
    pub dao: Option<TokenDao>,
}

impl Governors {
    /// Makes the multisig owner and wasm admin of every contract and, in
    /// [`Phase::TokenDao`], has it hand them all to the token DAO.
    pub fn install(suite: &mut Suite, phase: Phase) -> Self {
        let multisig = suite.install_multisig().unwrap();
        let dao = match phase {
            Phase::Multisig => None,
            Phase::TokenDao => {
                let dao = suite.token_dao(&STAKES).unwrap();
                let contracts = suite.governed();
                let (from, to) = (Governor::Multisig(&multisig), Governor::TokenDao(&dao));
                suite.transfer_governance(from, to, &contracts).unwrap();
                Some(dao)
            }
        };
        Governors { multisig, dao }
    }

    /// The governor in charge.
    pub fn current(&self) -> Governor<'_> {
        match &self.dao {
            Some(dao) => Governor::TokenDao(dao),
            None => Governor::Multisig(&self.multisig),
        }
    }

    /// Accounts that must not govern: the deployment's governance account, a multisig
    /// member acting alone and a stranger; under the token DAO also the multisig and a
    /// FRO voter acting alone.
    pub fn outsiders(&self, suite: &Suite) -> Vec<Addr> {
        let mut outsiders = vec![
            suite.roles.governance.clone(),
            self.multisig.members[0].clone(),
            account("mallory"),
        ];
        if let Some(dao) = &self.dao {
            outsiders.extend([self.multisig.address.clone(), dao.voters[0].clone()]);
        }
        outsiders
    }
}

/// Three operators, every contract governed in `phase`.
pub(crate) fn governed_suite(phase: Phase) -> (Suite, Governors) {
    let mut suite = Suite::builder().operators(3).build().unwrap();
    let governors = Governors::install(&mut suite, phase);
    (suite, governors)
}
