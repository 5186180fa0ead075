use cosmwasm_std::{Deps, Order, StdResult};
use cw_storage_plus::Bound;
use faro_types::oracle::{
    Candidate, CandidatesResponse, Config, FinalReport, Member, MembersResponse, Outstanding,
    OutstandingResponse, Progress, Submission, SubmissionsResponse,
};
use faro_types::pagination::page_size;

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
    let members = MEMBERS
        .range(
            deps.storage,
            start.as_ref().map(Bound::exclusive),
            None,
            Order::Ascending,
        )
        .take(page_size(limit))
        .map(|entry| entry.map(|(addr, weight)| Member { addr, weight }))
        .collect::<StdResult<_>>()?;
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
    let submissions = SUBMISSIONS
        .prefix(epoch)
        .range(
            deps.storage,
            start_after.as_deref().map(Bound::exclusive),
            None,
            Order::Ascending,
        )
        .take(page_size(limit))
        .map(|entry| entry.map(|(voter, hash)| Submission { voter, hash }))
        .collect::<StdResult<_>>()?;
    Ok(SubmissionsResponse { submissions })
}

pub fn candidates(
    deps: Deps,
    epoch: u64,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<CandidatesResponse> {
    let candidates = CANDIDATES
        .prefix(epoch)
        .range(
            deps.storage,
            start_after.as_deref().map(Bound::exclusive),
            None,
            Order::Ascending,
        )
        .take(page_size(limit))
        .map(|entry| {
            let (hash, report) = entry?;
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
        .map(|(epoch, key)| Bound::exclusive((*epoch, key.as_str())));
    let outstanding = OUTSTANDING
        .range(deps.storage, start, None, Order::Ascending)
        .take(page_size(limit))
        .map(|entry| entry.map(|((epoch, _), delivery)| Outstanding { epoch, delivery }))
        .collect::<StdResult<_>>()?;
    Ok(OutstandingResponse { outstanding })
}
