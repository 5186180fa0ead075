# The start of a script that logs under a name, sourced right after `set -euo pipefail`:
# `source .../lib/prelude.sh NAME` sets ROOT to the repository and defines log and die,
# which write to stderr, each line prefixed with LOG_NAME (NAME; the script may change it).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOG_NAME="$1"

log() { echo "$LOG_NAME: $*" >&2; }
die() { log "error: $*"; exit 1; }
