#!/usr/bin/env bash
# `oms-upgrade upgrade` and `status` against the lab: usage errors change nothing, a refused
# route exits 3 before any step, --until pauses, status shows the run, --resume finishes it.
# (The end state itself is checked in depth by tests/integration/tst_upgrade.cpp.)
set -euo pipefail
cli=$1
. "$(dirname "$0")/lib.sh"
require_lab
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OMSUA_DATA_DIR=$work/data
lab_root=$(cd "$(dirname "$0")/../../lab" && pwd)
bash "$lab_root/reset" >/dev/null 2>&1
docker_lab() { DOCKER_HOST=$LAB_DOCKER_HOST /usr/bin/docker "$@"; }
containers() { docker_lab ps -a --format '{{.Names}} {{.State}}' | sort; }
before=$(containers)

run "$cli" upgrade
check "missing --plan exits 2" [ "$rc" -eq 2 ]
run "$cli" upgrade --plan "$LAB_PLAN" --password secret
check "an unknown option exits 2" [ "$rc" -eq 2 ]
run "$cli" upgrade --plan "$LAB_PLAN" </dev/null
check "without a terminal and without --yes: exit 2" [ "$rc" -eq 2 ]
check "says to pass --yes" contains "$err" "--yes"
run "$cli" upgrade --plan "$LAB_PLAN" --yes --until no_such_step
check "an unknown --until step exits 2" [ "$rc" -eq 2 ]
check "names the steps" contains "$err" "docker_init"

sed 's/target_image: "oms:feature_3.3.1_ce"/target_image: "oms:feature_4.0.0-ce"/' "$LAB_PLAN" >"$work/route.yaml"
run "$cli" upgrade --plan "$work/route.yaml" --yes
check "unsupported route: exit 3" [ "$rc" -eq 3 ]
check "unsupported route: names the supported path" contains "$err" "3.3.1"
check "nothing changed by the refusals" [ "$(containers)" = "$before" ]

run "$cli" upgrade --plan "$LAB_PLAN" --yes --until backup
check "--until backup: exit 0" [ "$rc" -eq 0 ]
check "prints the run id first" [ "$(printf '%s\n' "$out" | head -1 | cut -c1-5)" = "run: " ]
run_id=$(printf '%s\n' "$out" | head -1 | cut -c6-)
check "paused after the backup" contains "$out" "paused after backup"
run "$cli" status --run "$run_id"
check "status shows the run paused" contains "$out" "state: paused"
check "status shows T1" contains "$out" "T1:"
run "$cli" upgrade --plan "$LAB_PLAN" --yes --resume "$run_id"
check "resume: exit 0" [ "$rc" -eq 0 ]
check "resume: same run id" contains "$out" "run: $run_id"
check "resume: stop_old is not run again" bash -c '! grep -q "^\[stop_old\] Stop" <<<"$1"' _ "$out"
check "resume: done" contains "$out" "upgrade: done"
run "$cli" upgrade --plan "$LAB_PLAN" --yes --resume "$run_id"
check "a finished run cannot be resumed: exit 2" [ "$rc" -eq 2 ]
check "new container running" [ "$(docker_lab inspect -f '{{.State.Running}}' oms_331)" = true ]

bash "$lab_root/reset" >/dev/null 2>&1
finish
