#!/usr/bin/env bash
# `oms-upgrade probe` against the running OMS lab: what it discovers, how it reaches the MetaDB,
# and how it refuses (host key) or rejects (bad plan) with the contracted exit codes.
set -euo pipefail
cli=$1
. "$(dirname "$0")/lib.sh"
require_lab
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OMSUA_DATA_DIR=$work/data

run "$cli" probe --plan "$LAB_PLAN"
check "probe exits 0" [ "$rc" -eq 0 ]
check "container found" contains "$out" "container: $LAB_CONTAINER"
check "image found" contains "$out" "image: oms:feature_3.3.0_ce"
check "state running" contains "$out" "state: running"
for mount in "$LAB_DIR/host/data/config.yaml -> /home/admin/conf/config.yaml" \
             "$LAB_DIR/host/data/oms/oms_logs -> /home/admin/logs" \
             "$LAB_DIR/host/data/oms/oms_store -> /home/ds/store" \
             "$LAB_DIR/host/data/oms/oms_run -> /home/ds/run"; do
    check "mount $mount" contains "$out" "mount: $mount"
done
check "databases from config.yaml" contains "$out" "databases: rm=$LAB_RM_DB cm=$LAB_CM_DB cm_hb=$LAB_CMHB_DB"
check "route supported" contains "$out" "route: 3.3.0 -> 3.3.1 (supported)"
check "docker through sudo" contains "$out" "docker: sudo -n docker"
check "heartbeat rows" contains "$out" "heartbeat rows: $LAB_HEARTBEAT_ROWS"
check "HA state read" contains "$out" "ha.config: enable=true"
check "metadb direct" contains "$out" "metadb route: direct 127.0.0.1:$LAB_DB_PORT"
check "no password in the output" bash -c '! grep -qF -- "$1" <<<"$2$3"' _ "$LAB_META_PASSWORD" "$out" "$err"

# The MetaDB through an SSH tunnel.
sed 's/tunnel: auto/tunnel: always/' "$LAB_PLAN" > "$work/tunnel.yaml"
run "$cli" probe --plan "$work/tunnel.yaml"
check "tunnel probe exits 0" [ "$rc" -eq 0 ]
check "metadb through the host" contains "$out" "metadb route: through the SSH host to 127.0.0.1:$LAB_DB_PORT"
check "tunnel reads databases" contains "$out" "database $LAB_RM_DB:"

# Password login with the hostile password from the environment, no key.
sed "s|identity_file: [^,]*,|identity_file: null,|" "$LAB_PLAN" > "$work/password.yaml"
OMS_SSH_PASSWORD=$LAB_SSH_PASSWORD run "$cli" probe --plan "$work/password.yaml"
check "password login exits 0" [ "$rc" -eq 0 ]
check "password login discovers" contains "$out" "container: $LAB_CONTAINER"
OMS_SSH_PASSWORD="wrong $LAB_SSH_PASSWORD" run "$cli" probe --plan "$work/password.yaml"
check "wrong password exits 1" [ "$rc" -eq 1 ]
check "wrong password is not echoed" bash -c '! grep -qF -- "$1" <<<"$2$3"' _ "$LAB_SSH_PASSWORD" "$out" "$err"

# A MetaDB password from the environment overrides config.yaml; a wrong one is a clear failure.
OMS_META_PASSWORD="not it" run "$cli" probe --plan "$LAB_PLAN"
check "wrong MetaDB password exits 1" [ "$rc" -eq 1 ]
check "wrong MetaDB password named as a problem" contains "$out" "problem: MetaDB"

# Unknown host key: refused (3), fingerprint shown, known_hosts untouched.
: > "$work/empty_known_hosts"
sed "s|known_hosts: [^,]*,|known_hosts: $work/empty_known_hosts,|" "$LAB_PLAN" > "$work/unknown.yaml"
run "$cli" probe --plan "$work/unknown.yaml" </dev/null
check "unknown host key exits 3" [ "$rc" -eq 3 ]
# Without a recorded key libssh2 picks the algorithm; the fingerprint must be one of the host's.
shows_a_lab_fingerprint() {
    local pub
    for pub in "$LAB_DIR"/sshd/ssh_host_*_key.pub; do
        [[ "$1" == *"$(ssh-keygen -lf "$pub" | awk '{print $2}')"* ]] && return 0
    done
    return 1
}
check "unknown host key shows the fingerprint" shows_a_lab_fingerprint "$err"
check "known_hosts left empty" [ ! -s "$work/empty_known_hosts" ]
run "$cli" probe --plan "$work/unknown.yaml" --accept-new-host-key
check "accepted host key exits 0" [ "$rc" -eq 0 ]
check "accepted host key remembered" grep -q "^\[127.0.0.1\]:$LAB_SSH_PORT " "$work/empty_known_hosts"

# Changed host key: refused (3) with both fingerprints.
other_key=$(ssh-keygen -q -t ed25519 -N '' -f "$work/other" <<<y >/dev/null 2>&1; cut -d' ' -f1,2 "$work/other.pub")
echo "[127.0.0.1]:$LAB_SSH_PORT $other_key" > "$work/wrong_known_hosts"
sed "s|known_hosts: [^,]*,|known_hosts: $work/wrong_known_hosts,|" "$LAB_PLAN" > "$work/mismatch.yaml"
run "$cli" probe --plan "$work/mismatch.yaml" --accept-new-host-key
check "changed host key exits 3" [ "$rc" -eq 3 ]
check "changed host key names the new fingerprint" contains "$err" "$(ssh-keygen -lf "$LAB_DIR/sshd/ssh_host_ed25519_key.pub" | awk '{print $2}')"
check "changed host key names the old fingerprint" contains "$err" "$(ssh-keygen -lf "$work/other.pub" | awk '{print $2}')"

# Bad input: exit 2, nothing contacted.
run "$cli" probe
check "missing --plan exits 2" [ "$rc" -eq 2 ]
run "$cli" probe --plan "$work/nope.yaml"
check "missing plan file exits 2" [ "$rc" -eq 2 ]
printf 'ssh: {host: 127.0.0.1, user: u, colour: blue}\noms: {container: x}\n' > "$work/typo.yaml"
run "$cli" probe --plan "$work/typo.yaml"
check "unknown plan key exits 2" [ "$rc" -eq 2 ]
check "unknown plan key named" contains "$err" "ssh.colour"
sed "s/container: $LAB_CONTAINER/container: no_such_container/" "$LAB_PLAN" > "$work/nocontainer.yaml"
run "$cli" probe --plan "$work/nocontainer.yaml"
check "missing container exits 1" [ "$rc" -eq 1 ]
check "missing container named" contains "$err" "no_such_container"

finish
