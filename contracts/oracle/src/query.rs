use cosmwasm_std::{Deps, StdResult};
use faro_types::oracle::{
    Candidate, CandidatesResponse, Config, FinalReport, Member, MembersResponse, Outstanding,
    OutstandingResponse, Progress, Submission, SubmissionsResponse,
};
use faro_types::pagination::page;

use crate::state::{CANDIDATES, CONFIG, FINALS, MEMBERS, OUTSTANDING, PROGRESS, SUBMISSIONS};
use crate::vote::tally;

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}

pub fn members(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<MembersResponse> {
    let start = start_after
        .map(|addr| deps.api.addr_validate(&addr))
        .transpose()?;
    let members = page(deps.storage, &MEMBERS, start.as_ref(), limit)?
        .into_iter()
        .map(|(addr, weight)| Member { addr, weight })
        .collect();
    Ok(MembersResponse { members })
}

pub fn progress(deps: Deps) -> StdResult<Progress> {
    PROGRESS.load(deps.storage)
}

pub fn submissions(
    deps: Deps,
    epoch: u64,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<SubmissionsResponse> {
    let prefix = SUBMISSIONS.prefix(epoch);
    let submissions = page(deps.storage, &prefix, start_after.as_deref(), limit)?
        .into_iter()
        .map(|(voter, hash)| Submission { voter, hash })
        .collect();
    Ok(SubmissionsResponse { submissions })
}

pub fn candidates(
    deps: Deps,
    epoch: u64,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<CandidatesResponse> {
    let prefix = CANDIDATES.prefix(epoch);
    let candidates = page(deps.storage, &prefix, start_after.as_deref(), limit)?
        .into_iter()
        .map(|(hash, report)| {
            let weight = tally(deps.storage, epoch, &hash)?;
            Ok(Candidate {
                hash,
                weight,
                report,
            })
        })
        .collect::<StdResult<_>>()?;
    Ok(CandidatesResponse { candidates })
}

pub fn final_report(deps: Deps, epoch: u64) -> StdResult<Option<FinalReport>> {
    FINALS.may_load(deps.storage, epoch)
}

pub fn outstanding(
    deps: Deps,
    start_after: Option<(u64, String)>,
    limit: Option<u32>,
) -> StdResult<OutstandingResponse> {
    let start = start_after
        .as_ref()
        .map(|(epoch, key)| (*epoch, key.as_str()));
    let outstanding = page(deps.storage, &OUTSTANDING, start, limit)?
        .into_iter()
        .map(|((epoch, _), delivery)| Outstanding { epoch, delivery })
        .collect();
    Ok(OutstandingResponse { outstanding })
}
