// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// Stands for the rollup's L1 contracts in the relayer's tests: it emits, in the shape the
/// relayer reads, what the real ones would. Anyone may call it; it only checks what keeps
/// its own event stream meaningful (ids in order, one proof per block, epochs increasing).
contract RollupL1 {
    /// One operator's rollup-side results for an epoch.
    struct OperatorResult {
        /// The operator's Cosmos validator address (`cosmosvaloper1...`).
        string valoper;
        uint128 lightRewards;
        uint128 penalty;
        /// The light-service score in 10^-18 units (a cosmwasm `Decimal`'s atomics), at most 10^18.
        uint64 score;
    }

    /// A rollup block was proposed; ids start at 1 and increase by one.
    event BlockProposed(uint64 indexed blockId, bytes32 parentHash, uint64 gasUsed, address proposer);

    /// `prover`, a Cosmos account address, proved the block at L1 time `provenAt` (seconds).
    event BlockProven(uint64 indexed blockId, string prover, uint64 provenAt);

    /// An epoch is finished: its rewards for the heavy side and each operator's results.
    event EpochReport(uint64 indexed epoch, uint64 epochEnd, uint128 heavyRewards, OperatorResult[] operators);

    error UnknownBlock(uint64 blockId);
    error AlreadyProven(uint64 blockId);
    error EmptyProver();
    error EpochNotAfter(uint64 epoch, uint64 lastEpoch);

    uint64 public lastBlockId;
    uint64 public lastEpoch;
    mapping(uint64 => bool) public proven;

    function proposeBlock(bytes32 parentHash, uint64 gasUsed) external returns (uint64 blockId) {
        blockId = ++lastBlockId;
        emit BlockProposed(blockId, parentHash, gasUsed, msg.sender);
    }

    function proveBlock(uint64 blockId, string calldata prover) external {
        if (blockId == 0 || blockId > lastBlockId) revert UnknownBlock(blockId);
        if (proven[blockId]) revert AlreadyProven(blockId);
        if (bytes(prover).length == 0) revert EmptyProver();
        proven[blockId] = true;
        emit BlockProven(blockId, prover, uint64(block.timestamp));
    }

    function reportEpoch(uint64 epoch, uint64 epochEnd, uint128 heavyRewards, OperatorResult[] calldata operators)
        external
    {
        if (epoch <= lastEpoch) revert EpochNotAfter(epoch, lastEpoch);
        lastEpoch = epoch;
        emit EpochReport(epoch, epochEnd, heavyRewards, operators);
    }
}
