#!/bin/bash
# OMS lab image 3.3.0: /root/docker_init.sh. The 3.3.0 lab image has nothing to
# initialise (its metadata is seeded by lab/up); this stub only checks that
# config.yaml is readable and reports completion, touching nothing.
set -uo pipefail
# shellcheck source=oms-common.sh
. /usr/local/lib/oms/oms-common.sh
mkdir -p "$OMS_LOG_DIR"
say() {
    local line
    printf -v line '[%(%Y-%m-%d %H:%M:%S)T] %s' -1 "$*"
    printf '%s\n' "$line"
    printf '%s\n' "$line" >>"$OMS_LOG_DIR/docker_init.log" 2>/dev/null || true
}
say "OMS Community Edition 3.3.0 metadata initialization (docker_init.sh, lab stub)"
if ! oms_read_meta; then
    say "ERROR: $META_ERROR"
    exit 1
fi
say "MetaDB ${META_HOST}:${META_PORT}; nothing to migrate for 3.3.0"
touch "$OMS_INIT_MARKER"
say "[Completed] All initialization steps are executed"
