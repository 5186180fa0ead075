//! Governance on the embedded chain. Phase 1: a cw4-group of founders and operators and
//! a cw3-flex-multisig on it (the published cw-plus contracts, used as they are) take
//! ownership and wasm admin of every Faro contract from the deployment's governance
//! account; later the multisig hands both to the FRO token DAO. Ownership always moves
//! in cw-ownable's two steps, each run by the governor that holds it: an account sends
//! its messages, a multisig or the DAO passes a proposal and executes it.
//!
//! Votes, executions and proposal queries go through the plain cw3 interface
//! (`cw3::Cw3ExecuteMsg`, `cw3::Cw3QueryMsg`) for the multisig and the DAO alike.

use anyhow::{anyhow, bail, Result};
use cosmwasm_std::{to_json_binary, Addr, CosmosMsg, Decimal, Empty, Uint128, WasmMsg};
use cw20::Cw20ExecuteMsg;
use cw3::{Cw3ExecuteMsg, Cw3QueryMsg, ProposalResponse, Status, Vote};
use cw4::Member;
use cw_multi_test::{AppResponse, ContractWrapper, Executor};
use cw_ownable::Action;
use cw_utils::{Duration, Threshold};
use faro_types::dao;
use serde::Serialize;

use crate::chain::account;
use crate::lsm::LsmChain;
use crate::ownable::OwnableExecuteMsg;
use crate::response::attribute;
use crate::suite::{validator_name, Suite};

/// The founders sitting in the phase-1 multisig beside the operators.
pub const FOUNDERS: [&str; 2] = ["founder0", "founder1"];
/// The longest a multisig proposal stays open, in seconds.
pub const MULTISIG_VOTING_PERIOD: u64 = 3 * 24 * 3600;
/// The share of the members' weight a multisig proposal needs.
pub const MULTISIG_THRESHOLD: Decimal = Decimal::percent(51);

/// The phase-1 multisig: the cw3-flex-multisig and its cw4-group.
#[derive(Debug, Clone)]
pub struct Multisig {
    pub address: Addr,
    pub group: Addr,
    /// Founders first, then the operators' accounts; weight 1 each.
    pub members: Vec<Addr>,
}

/// The FRO token DAO and the accounts that staked FRO in it.
#[derive(Debug, Clone)]
pub struct TokenDao {
    pub address: Addr,
    pub voters: Vec<Addr>,
}

/// Who governs: an account acts directly, the multisig and the DAO by proposal.
#[derive(Debug, Clone, Copy)]
pub enum Governor<'a> {
    Account(&'a Addr),
    Multisig(&'a Multisig),
    TokenDao(&'a TokenDao),
}

impl Governor<'_> {
    /// The address the governor's messages are sent from.
    pub fn address(&self) -> &Addr {
        match self {
            Governor::Account(address) => address,
            Governor::Multisig(multisig) => &multisig.address,
            Governor::TokenDao(dao) => &dao.address,
        }
    }
}

/// `msg` sent to `contract` as a message a governor can carry.
pub fn call(contract: &Addr, msg: &impl Serialize) -> Result<CosmosMsg> {
    Ok(WasmMsg::Execute {
        contract_addr: contract.to_string(),
        msg: to_json_binary(msg)?,
        funds: vec![],
    }
    .into())
}

fn update_ownership(contract: &Addr, action: Action) -> Result<CosmosMsg> {
    call(contract, &OwnableExecuteMsg::UpdateOwnership(action))
}

impl Suite {
    /// Every contract governance holds: the Faro contracts and every light LST. FRO is
    /// not among them: it has no owner and no wasm admin, so no governor can change it.
    pub fn governed(&self) -> Vec<Addr> {
        let faro = self.contracts.faro().into_iter();
        let mut governed: Vec<Addr> = faro
            .filter(|(name, _)| *name != "light-lst")
            .map(|(_, contract)| contract)
            .collect();
        governed.extend(self.contracts.light_lsts.iter().cloned());
        governed
    }

    /// Stores the cw-plus codes and instantiates the group (founders and operators,
    /// weight 1 each) and the multisig on it. The multisig becomes the group's admin and
    /// the wasm admin of both, so that its membership changes only by its own proposals.
    pub fn deploy_multisig(&mut self) -> Result<Multisig> {
        let group_code = self.app.store_code(Box::new(ContractWrapper::new(
            cw4_group::contract::execute,
            cw4_group::contract::instantiate,
            cw4_group::contract::query,
        )));
        let multisig_code = self.app.store_code(Box::new(ContractWrapper::new(
            cw3_flex_multisig::contract::execute,
            cw3_flex_multisig::contract::instantiate,
            cw3_flex_multisig::contract::query,
        )));
        let founders = FOUNDERS.iter().map(|name| account(name));
        let operators = (0..self.operators.len()).map(|i| account(&validator_name(i)));
        let members: Vec<Addr> = founders.chain(operators).collect();
        let deployer = self.roles.deployer.clone();
        let governance = self.roles.governance.clone();
        let group = self.app.instantiate_contract(
            group_code,
            deployer.clone(),
            &cw4_group::msg::InstantiateMsg {
                admin: Some(governance.to_string()),
                members: members
                    .iter()
                    .map(|addr| Member {
                        addr: addr.to_string(),
                        weight: 1,
                    })
                    .collect(),
            },
            &[],
            "faro founders and operators",
            Some(governance.to_string()),
        )?;
        let address = self.app.instantiate_contract(
            multisig_code,
            deployer,
            &cw3_flex_multisig::msg::InstantiateMsg {
                group_addr: group.to_string(),
                threshold: Threshold::AbsolutePercentage {
                    percentage: MULTISIG_THRESHOLD,
                },
                max_voting_period: Duration::Time(MULTISIG_VOTING_PERIOD),
                executor: None,
                proposal_deposit: None,
            },
            &[],
            "faro multisig",
            Some(governance.to_string()),
        )?;
        let group_admin = cw4_group::msg::ExecuteMsg::UpdateAdmin {
            admin: Some(address.to_string()),
        };
        let handover = vec![
            call(&group, &group_admin)?,
            update_admin(&group, &address),
            update_admin(&address, &address),
        ];
        self.app.execute_multi(governance, handover)?;
        // Members vote with their weight at a proposal's start, as of the block before.
        self.app.advance(5);
        Ok(Multisig {
            address,
            group,
            members,
        })
    }

    /// Deploys the multisig and makes it owner and wasm admin of every governed contract.
    pub fn install_multisig(&mut self) -> Result<Multisig> {
        let multisig = self.deploy_multisig()?;
        let governance = self.roles.governance.clone();
        let contracts = self.governed();
        self.transfer_governance(
            Governor::Account(&governance),
            Governor::Multisig(&multisig),
            &contracts,
        )?;
        Ok(multisig)
    }

    /// Moves ownership and wasm admin of `contracts` from one governor to another: `from`
    /// proposes the new owner and sets the new admin, then `to` accepts ownership.
    pub fn transfer_governance(
        &mut self,
        from: Governor,
        to: Governor,
        contracts: &[Addr],
    ) -> Result<()> {
        let new_owner = to.address().to_string();
        let mut handover = vec![];
        for contract in contracts {
            let transfer = Action::TransferOwnership {
                new_owner: new_owner.clone(),
                expiry: None,
            };
            handover.push(update_ownership(contract, transfer)?);
            handover.push(update_admin(contract, to.address()));
        }
        self.govern(from, handover)?;
        let accept = contracts
            .iter()
            .map(|contract| update_ownership(contract, Action::AcceptOwnership))
            .collect::<Result<_>>()?;
        self.govern(to, accept)?;
        Ok(())
    }

    /// Runs `msgs` as `governor`: sent at once by an account, or proposed, voted through
    /// and executed by the multisig or the DAO.
    pub fn govern(&mut self, governor: Governor, msgs: Vec<CosmosMsg>) -> Result<AppResponse> {
        match governor {
            Governor::Account(account) => {
                let responses = self.app.execute_multi(account.clone(), msgs)?;
                Ok(merged(responses))
            }
            Governor::Multisig(multisig) => {
                let id = self.multisig_pass(multisig, msgs)?;
                self.cw3_execute(&multisig.address, &multisig.members[0], id)
            }
            Governor::TokenDao(dao) => {
                let id = self.dao_pass(dao, msgs)?;
                self.cw3_execute(&dao.address, &dao.voters[0], id)
            }
        }
    }

    /// The first member proposes `msgs` to the multisig.
    pub fn multisig_propose(&mut self, multisig: &Multisig, msgs: Vec<CosmosMsg>) -> Result<u64> {
        let msg = cw3_flex_multisig::msg::ExecuteMsg::Propose {
            title: "Faro governance".to_string(),
            description: "Phase-1 multisig proposal".to_string(),
            msgs,
            latest: None,
        };
        self.submit_proposal(&multisig.address, &multisig.members[0], &msg)
    }

    /// Proposes `msgs` and lets members vote yes, one after another, until it passes.
    pub fn multisig_pass(&mut self, multisig: &Multisig, msgs: Vec<CosmosMsg>) -> Result<u64> {
        let id = self.multisig_propose(multisig, msgs)?;
        match self.cw3_vote_yes(&multisig.address, &multisig.members[1..], id)? {
            Status::Passed => Ok(id),
            status => bail!("multisig proposal {id} is {status:?} after every vote"),
        }
    }

    /// Hands `stakes` of FRO from the governance account, which holds the supply, to new
    /// voters who stake it in the DAO; one block later their power counts.
    pub fn token_dao(&mut self, stakes: &[(&str, u128)]) -> Result<TokenDao> {
        let governance = self.roles.governance.clone();
        let fro = self.contracts.fro.clone();
        let address = self.contracts.dao.clone();
        let mut voters = vec![];
        for (name, amount) in stakes {
            let voter = account(name);
            let amount = Uint128::new(*amount);
            let grant = Cw20ExecuteMsg::Transfer {
                recipient: voter.to_string(),
                amount,
            };
            self.app
                .execute_contract(governance.clone(), fro.clone(), &grant, &[])?;
            let stake = Cw20ExecuteMsg::Send {
                contract: address.to_string(),
                amount,
                msg: to_json_binary(&dao::ReceiveMsg::Stake {})?,
            };
            self.app
                .execute_contract(voter.clone(), fro.clone(), &stake, &[])?;
            voters.push(voter);
        }
        self.app.advance(5);
        Ok(TokenDao { address, voters })
    }

    /// The first voter proposes `msgs` to the DAO.
    pub fn dao_propose(&mut self, dao: &TokenDao, msgs: Vec<CosmosMsg>) -> Result<u64> {
        let msg = dao::ExecuteMsg::Propose {
            title: "Faro governance".to_string(),
            description: "Token DAO proposal".to_string(),
            msgs,
            earliest: None,
            latest: None,
        };
        self.submit_proposal(&dao.address, &dao.voters[0], &msg)
    }

    /// Proposes `msgs`; the voters vote yes until it passes, or else the vote runs to
    /// its end, when the votes cast decide.
    pub fn dao_pass(&mut self, dao: &TokenDao, msgs: Vec<CosmosMsg>) -> Result<u64> {
        let id = self.dao_propose(dao, msgs)?;
        if self.cw3_vote_yes(&dao.address, &dao.voters[1..], id)? != Status::Passed {
            let config: dao::Config = self.query(&dao.address, &dao::QueryMsg::Config {})?;
            self.app.advance(config.voting_period + 5);
        }
        match self.cw3_status(&dao.address, id)? {
            Status::Passed => Ok(id),
            status => bail!("DAO proposal {id} is {status:?}"),
        }
    }

    /// `voters` vote yes on proposal `id` of a cw3 contract, one after another, until it
    /// has passed; answers its status then.
    pub fn cw3_vote_yes(&mut self, contract: &Addr, voters: &[Addr], id: u64) -> Result<Status> {
        for voter in voters {
            if self.cw3_status(contract, id)? == Status::Passed {
                break;
            }
            self.cw3_vote(contract, voter, id, Vote::Yes)?;
        }
        self.cw3_status(contract, id)
    }

    pub fn cw3_vote(
        &mut self,
        contract: &Addr,
        voter: &Addr,
        proposal_id: u64,
        vote: Vote,
    ) -> Result<AppResponse> {
        let msg = Cw3ExecuteMsg::<Empty>::Vote { proposal_id, vote };
        self.app
            .execute_contract(voter.clone(), contract.clone(), &msg, &[])
    }

    /// `sender` executes passed proposal `proposal_id`.
    pub fn cw3_execute(
        &mut self,
        contract: &Addr,
        sender: &Addr,
        proposal_id: u64,
    ) -> Result<AppResponse> {
        let msg = Cw3ExecuteMsg::<Empty>::Execute { proposal_id };
        self.app
            .execute_contract(sender.clone(), contract.clone(), &msg, &[])
    }

    /// `proposer` sends the contract's own `Propose` message; returns the new proposal's id.
    fn submit_proposal(
        &mut self,
        contract: &Addr,
        proposer: &Addr,
        propose: &(impl Serialize + std::fmt::Debug),
    ) -> Result<u64> {
        let res = self
            .app
            .execute_contract(proposer.clone(), contract.clone(), propose, &[])?;
        let id = attribute(&res, "proposal_id").ok_or_else(|| anyhow!("no proposal_id"))?;
        Ok(id.parse()?)
    }

    pub fn cw3_proposal(&self, contract: &Addr, proposal_id: u64) -> Result<ProposalResponse> {
        Ok(self.query(contract, &Cw3QueryMsg::Proposal { proposal_id })?)
    }

    pub fn cw3_status(&self, contract: &Addr, proposal_id: u64) -> Result<Status> {
        Ok(self.cw3_proposal(contract, proposal_id)?.status)
    }
}

fn update_admin(contract: &Addr, admin: &Addr) -> CosmosMsg {
    WasmMsg::UpdateAdmin {
        contract_addr: contract.to_string(),
        admin: admin.to_string(),
    }
    .into()
}

/// The responses of one transaction's messages as one response.
fn merged(responses: Vec<AppResponse>) -> AppResponse {
    responses
        .into_iter()
        .fold(AppResponse::default(), |mut all, response| {
            all.events.extend(response.events);
            all.msg_responses.extend(response.msg_responses);
            all.data = response.data.or(all.data);
            all
        })
}
