# Where the L1 tools live, outside git: solc and the contract it compiles
# (contracts-l1/build.sh), and geth (scripts/l1node.sh). The caller sets ROOT.

L1_TOOLS="$ROOT/target/l1-tools"
ROLLUP_OUT="$L1_TOOLS/out"
