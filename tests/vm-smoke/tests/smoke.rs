//! One test per contract artifact, plus one that every artifact has a case and every case
//! an artifact. Run with `-- --show-output` to see each call's gas.

use std::collections::BTreeSet;

use faro_vm_smoke::case::{run, SmokeCase};
use faro_vm_smoke::{artifacts, cases};

/// Declares one test per smoke case and `CASES`, the artifacts they cover.
macro_rules! smoke_tests {
    ($($test:ident => $case:ty),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                run::<$case>();
            }
        )*

        const CASES: &[&str] = &[$(<$case as SmokeCase>::ARTIFACT),*];
    };
}

smoke_tests! {
    dao => cases::Dao,
    heavy_lst => cases::HeavyLst,
    hub => cases::Hub,
    light_lst => cases::LightLst,
    lsm_tokenizer => cases::LsmTokenizer,
    operator_registry => cases::OperatorRegistry,
    oracle => cases::Oracle,
    oracle_gateway => cases::OracleGateway,
    prover_pool => cases::ProverPool,
    reporter => cases::Reporter,
    wrapped_lst => cases::WrappedLst,
}

#[test]
fn every_artifact_has_a_case_and_every_case_an_artifact() {
    let built = artifacts::names();
    let covered: BTreeSet<String> = CASES.iter().map(|name| name.to_string()).collect();
    let untested: Vec<_> = built.difference(&covered).collect();
    let unbuilt: Vec<_> = covered.difference(&built).collect();
    assert!(
        untested.is_empty() && unbuilt.is_empty(),
        "artifacts without a smoke case (add one in tests/vm-smoke/src/cases.rs): {untested:?}; \
         smoke cases without an artifact (run scripts/build-wasm.sh): {unbuilt:?}"
    );
}
