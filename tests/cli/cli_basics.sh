#!/usr/bin/env bash
# The CLI contract that needs no host: help, version, exit codes, refetch-interval.
set -euo pipefail
cli=$1
. "$(dirname "$0")/lib.sh"

run "$cli" --help
check "--help exits 0" [ "$rc" -eq 0 ]
check "--help lists probe" contains "$out" "probe --plan"

run "$cli"
check "no command is a usage error" [ "$rc" -eq 2 ]

run "$cli" --version
check "--version exits 0" [ "$rc" -eq 0 ]
check "--version names libssh2" contains "$out" "libssh2 1."
check "--version names Qt" contains "$out" "Qt 6."
check "--version names spdlog" contains "$out" "spdlog"

run "$cli" frobnicate
check "unknown command exits 2" [ "$rc" -eq 2 ]
check "unknown command is named" contains "$err" "frobnicate"

# The FAQ: stopped 16:00, done 17:00, 30-minute buffer -> 90.
run "$cli" refetch-interval --t1 2026-11-25T16:00:00Z --t2 2026-11-25T17:00:00Z --margin 30
check "FAQ example exits 0" [ "$rc" -eq 0 ]
check "FAQ example gives 90" contains "$out" "refetchStoreIntervalMin: 90"
run "$cli" refetch-interval --t1 2026-11-25T16:00:00+08:00 --t2 2026-11-25T08:00:01Z --margin 0
check "zones are compared as instants (1 s -> 1 min)" contains "$out" "refetchStoreIntervalMin: 1"
run "$cli" refetch-interval --t1 2026-11-25T18:00:00Z --t2 2026-11-25T17:00:00Z
check "T2 before T1 exits 2" [ "$rc" -eq 2 ]
check "T2 before T1 is explained" contains "$err" "before T1"
run "$cli" refetch-interval --t1 yesterday
check "bad time exits 2" [ "$rc" -eq 2 ]
check "bad time names the input" contains "$err" "'yesterday'"
run "$cli" refetch-interval --t2 2026-11-25T17:00:00Z
check "missing --t1 exits 2" [ "$rc" -eq 2 ]
run "$cli" refetch-interval --t1 2026-11-25T16:00:00Z --margin ten
check "bad margin exits 2" [ "$rc" -eq 2 ]

export OMSUA_DATA_DIR
OMSUA_DATA_DIR=$(mktemp -d)
run "$cli" status
check "status with no runs exits 0" [ "$rc" -eq 0 ]
run "$cli" status --run ../../etc/passwd
check "status refuses a path as run id" [ "$rc" -eq 2 ]
rm -rf "$OMSUA_DATA_DIR"

finish
