#!/usr/bin/env bash
# `oms-upgrade preflight` against the lab: passes on the lab as set up, and refuses (exit 3,
# nothing changed) for each reason the engine must not start.
set -euo pipefail
cli=$1
. "$(dirname "$0")/lib.sh"
require_lab
work=$(mktemp -d)
chmod 755 "$work" # the lab user must reach the small backup directory inside
small=""
cleanup() {
    [ -n "$small" ] && umount "$small" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export OMSUA_DATA_DIR=$work/data
docker_lab() { DOCKER_HOST=$LAB_DOCKER_HOST /usr/bin/docker "$@"; }
containers() { docker_lab ps -a --format '{{.Names}} {{.State}}' | sort; }
before=$(containers)

run "$cli" preflight --plan "$LAB_PLAN"
check "preflight passes on the lab" [ "$rc" -eq 0 ]
check "route checked" contains "$out" "3.3.0 -> 3.3.1 (supported)"
check "mounts checked" contains "$out" "identical for the new container"
check "backup space checked" contains "$out" "needed (1.5 x"

refused() { # refused DESCRIPTION PLAN EXPECTED_TEXT
    run "$cli" preflight --plan "$2"
    check "$1: exit 3" [ "$rc" -eq 3 ]
    check "$1: reason shown" contains "$out$err" "$3"
    check "$1: says nothing changed" contains "$err" "nothing was changed"
}

sed 's/target_image: "oms:feature_3.3.1_ce"/target_image: "oms:feature_4.0.0-ce"/' "$LAB_PLAN" > "$work/route.yaml"
refused "unsupported route" "$work/route.yaml" "upgrade 3.3.0 -> 3.3.1 first"

sed 's/target_image: "oms:feature_3.3.1_ce"/target_image: "oms:feature_3.3.1_nothere"/' "$LAB_PLAN" > "$work/image.yaml"
refused "image missing" "$work/image.yaml" "oms:feature_3.3.1_nothere not present"

sed "s/new_container: oms_331/new_container: $LAB_CONTAINER/" "$LAB_PLAN" > "$work/name.yaml"
refused "name taken" "$work/name.yaml" "$LAB_CONTAINER is taken"

sed "s/metadb: {host: null, port: null, user: null, tunnel: auto}/metadb: {host: null, port: 1, user: null, tunnel: never}/" "$LAB_PLAN" > "$work/metadb.yaml"
refused "MetaDB unreachable" "$work/metadb.yaml" "MetaDB"

# Not enough disk: a 64 KiB tmpfs as the backup directory.
small=$work/small
mkdir -p "$small"
mount -t tmpfs -o size=64k tmpfs "$small"
chmod 777 "$small"
sed "s|directory: [^}]*}|directory: $small}|" "$LAB_PLAN" > "$work/disk.yaml"
refused "not enough disk" "$work/disk.yaml" "needed (1.5 x"

check "no container was created, started or stopped" [ "$(containers)" = "$before" ]

run "$cli" preflight
check "missing --plan exits 2" [ "$rc" -eq 2 ]

finish
