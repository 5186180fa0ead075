//! The rollup's L1 contract as Rust types, generated from its Solidity source so the two
//! cannot drift apart.

alloy::sol!("../../contracts-l1/RollupL1.sol");
