#!/bin/bash
# Lifecycle test of the OMS lab (lab/up, lab/reset, lab/status, lab/down).
# Builds a second, fully independent lab in a temporary LAB_DIR on its own
# ports (ssh 2232, MetaDB 3317, console 8099), container oms_lc and user
# omslc, so a main lab running on the default ports is not disturbed (checked).
# Needs root. Exit 0 when every check passes; prints
# "lab lifecycle: N passed, M failed". Exit 77 (skip) when not root.
#
# Override the ports with LC_SSH_PORT, LC_DB_PORT, LC_CONSOLE_PORT if needed.
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LAB=$REPO/lab

if [[ $(id -u) -ne 0 ]]; then
    echo "lab lifecycle: SKIP (needs root)"
    exit 77
fi

LAB_DIR=$(mktemp -d /tmp/oms-lab-lc.XXXXXX)
export LAB_DIR
export LAB_SSH_PORT=${LC_SSH_PORT:-2232}
export LAB_DB_PORT=${LC_DB_PORT:-3317}
export LAB_CONSOLE_PORT=${LC_CONSOLE_PORT:-8099}
export LAB_CONTAINER=oms_lc
export LAB_SSH_USER=omslc
export LAB_HEARTBEAT_ROWS=500
# Hostile on purpose (the defaults are too, these differ from them).
export LAB_META_PASSWORD='lc'\''M "x$y ;z\9'
export LAB_SSH_PASSWORD='lc'\''S "x$y ;z\8'
unset LAB_NEW_CONTAINER LAB_RM_DB LAB_CM_DB LAB_CMHB_DB LAB_META_USER LAB_KEY_PASSPHRASE LAB_HTTPS

WORK=$(mktemp -d /tmp/oms-lab-lc-work.XXXXXX)
PASSED=0
FAILED=0

ok() {
    PASSED=$((PASSED + 1))
    echo "ok - $1"
}
not_ok() {
    FAILED=$((FAILED + 1))
    echo "not ok - $1"
    [[ -n ${2:-} ]] && printf '    %s\n' "$2"
    return 0
}
# check DESCRIPTION COMMAND...: run COMMAND, record the result.
check() {
    local desc=$1 out
    shift
    if out=$("$@" 2>&1); then
        ok "$desc"
    else
        not_ok "$desc" "$(printf '%s' "$out" | tail -n 5 | tr '\n' '|')"
    fi
}
summary() {
    echo "lab lifecycle: $PASSED passed, $FAILED failed"
    ((FAILED == 0))
}
bail() {
    not_ok "$1" "${2:-}"
    summary
    exit 1
}

cleanup() {
    # Always leave nothing behind: processes, LAB_DIR, sudoers drop-in, user.
    bash "$LAB/down" --purge --remove-user >"$WORK/cleanup.log" 2>&1 ||
        { echo "cleanup: lab/down --purge failed:"; tail -n 20 "$WORK/cleanup.log"; }
    [[ -d $LAB_DIR ]] && rm -rf "$LAB_DIR"
    rm -rf "$WORK"
}
trap cleanup EXIT
# A signal must still run the cleanup (exit triggers the EXIT trap); a closed
# stdout (| head) must not kill the test before it cleans up.
trap 'echo "lab lifecycle: interrupted, cleaning up"; exit 1' INT TERM HUP
trap '' PIPE

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_closed() { ! port_open "$1"; }
pids_of_lab() {
    local f p
    for f in $(grep -lsaF -- "$LAB_DIR/" /proc/[0-9]*/cmdline 2>/dev/null); do
        p=${f#/proc/}
        p=${p%/cmdline}
        [[ $p == "$$" || $p == "$BASHPID" ]] && continue
        [[ -d /proc/$p ]] && printf '%s ' "$p"
    done
}

# ---------------------------------------------------------------- before --
# A run killed with SIGKILL leaves its lab behind: purge such leftovers first
# (they hold our ports and our user).
for stale in /tmp/oms-lab-lc.*; do
    [[ $stale != "$LAB_DIR" && -d $stale ]] || continue
    if [[ ! -e $stale/.oms-lab ]]; then
        rmdir "$stale" 2>/dev/null # killed before lab/up started
        continue
    fi
    echo "# purging a lab left by an earlier run: $stale"
    LAB_DIR=$stale bash "$LAB/down" --purge --remove-user >/dev/null 2>&1 || echo "# could not purge $stale"
done
for stale in /tmp/oms-lab-lc-work.*; do
    [[ $stale != "$WORK" && -d $stale ]] && rm -rf "$stale"
done
# The user omslc belongs to this test alone; a run killed before writing
# lab.env leaves it behind.
if id -u "$LAB_SSH_USER" >/dev/null 2>&1; then
    echo "# removing user $LAB_SSH_USER left by an earlier run"
    rm -f "/etc/sudoers.d/oms-lab-$LAB_SSH_USER"
    userdel --remove "$LAB_SSH_USER" >/dev/null 2>&1 || true
fi
for port in "$LAB_SSH_PORT" "$LAB_DB_PORT" "$LAB_CONSOLE_PORT"; do
    port_open "$port" && bail "port $port is free before the test" "something listens on 127.0.0.1:$port"
done
id -u "$LAB_SSH_USER" >/dev/null 2>&1 && bail "user $LAB_SSH_USER does not exist before the test" "userdel failed; remove it by hand"
MAIN_HEALTH_BEFORE=0
curl -fsS --max-time 2 http://127.0.0.1:8089/oms/health >/dev/null 2>&1 && MAIN_HEALTH_BEFORE=1

# ------------------------------------------------------------------- up x2 --
plan=$LAB_DIR/plan.yaml
t0=$SECONDS
bash "$LAB/up" >"$WORK/up1.out" 2>"$WORK/up1.err"
rc=$?
cold=$((SECONDS - t0))
if ((rc != 0)); then
    bail "cold lab/up succeeds" "rc=$rc: $(tail -n 5 "$WORK/up1.err" | tr '\n' '|')"
fi
ok "cold lab/up succeeds (${cold}s)"
check "cold lab/up took less than 180s (${cold}s)" test "$cold" -lt 180
check "cold lab/up prints the plan path last" test "$(tail -n 1 "$WORK/up1.out")" = "$plan"

t0=$SECONDS
bash "$LAB/up" >"$WORK/up2.out" 2>"$WORK/up2.err"
rc=$?
warm=$((SECONDS - t0))
check "second lab/up succeeds (rc=$rc)" test "$rc" -eq 0
check "second lab/up is fast (${warm}s < 30s)" test "$warm" -lt 30
check "second lab/up prints the plan path last" test "$(tail -n 1 "$WORK/up2.out")" = "$plan"
check "plan file exists" test -s "$plan"
check "plan names the lab's port, user and key" grep -qF "ssh: {host: 127.0.0.1, port: $LAB_SSH_PORT, user: $LAB_SSH_USER, identity_file: $LAB_DIR/client/id_ed25519, known_hosts: $LAB_DIR/client/known_hosts, docker: auto}" "$plan"
check "plan names old and new container" grep -qF 'oms: {container: oms_lc, target_image: "oms:feature_3.3.1_ce", new_container: oms_lc_331,' "$plan"
check "lab.env is mode 0600" test "$(stat -c %a "$LAB_DIR/lab.env")" = 600
check "lab.env gives back the hostile MetaDB password" \
    test "$(env -i bash -c '. "$1"; printf %s "$LAB_META_PASSWORD"' _ "$LAB_DIR/lab.env")" = "$LAB_META_PASSWORD"
check "known_hosts has the three host keys" test "$(grep -c "^\[127.0.0.1\]:$LAB_SSH_PORT " "$LAB_DIR/client/known_hosts")" -eq 3

# --------------------------------------------------------------- services --
ssh_common=(-F /dev/null -o UserKnownHostsFile="$LAB_DIR/client/known_hosts" -o GlobalKnownHostsFile=/dev/null
    -o StrictHostKeyChecking=yes -o ConnectTimeout=10 -p "$LAB_SSH_PORT")
ssh_key() { ssh "${ssh_common[@]}" -i "$LAB_DIR/client/id_ed25519" -o IdentitiesOnly=yes -o BatchMode=yes "$LAB_SSH_USER@127.0.0.1" "$@"; }
ssh_pw() {
    OMS_LAB_ASKPASS_SECRET=$LAB_SSH_PASSWORD SSH_ASKPASS="$LAB/lib/askpass" SSH_ASKPASS_REQUIRE=force DISPLAY=none \
        setsid -w ssh "${ssh_common[@]}" -o PubkeyAuthentication=no -o PreferredAuthentications=password \
        -o NumberOfPasswordPrompts=1 "$LAB_SSH_USER@127.0.0.1" "$@" </dev/null
}
check "ssh with the ed25519 key works" ssh_key true
sudo_docker_ps_shows_container() { ssh_key 'sudo -n docker ps --format "{{.Names}}"' | grep -qx oms_lc; }
check "sudo -n docker ps over ssh shows oms_lc" sudo_docker_ps_shows_container
check "ssh password login with the hostile password works" ssh_pw true
check "the lab user can read config.yaml" ssh_key "test -r $LAB_DIR/host/data/config.yaml"

health=$(curl -fsS --max-time 5 "http://127.0.0.1:$LAB_CONSOLE_PORT/oms/health" 2>&1)
check "health answers healthy 3.3.0" grep -q '"healthy":true,"version":"3.3.0"' <<<"$health"

# MariaDB with the hostile password, through an option file (never -p).
optfile=$WORK/meta.cnf
(
    umask 077
    pw=${LAB_META_PASSWORD//\\/\\\\}
    pw=${pw//\"/\\\"}
    printf '[client]\nhost=127.0.0.1\nport=%s\nuser=oms_meta\npassword="%s"\n' "$LAB_DB_PORT" "$pw" >"$optfile"
)
meta() { mariadb --defaults-extra-file="$optfile" --batch --skip-column-names "$@"; }
check "MetaDB login with the hostile password works" test "$(meta -e 'SELECT CURRENT_USER()' 2>&1)" = "oms_meta@127.0.0.1"
check "heatbeat_sequence has LAB_HEARTBEAT_ROWS rows" test "$(meta -e 'SELECT COUNT(*) FROM cm_hb_330.heatbeat_sequence' 2>&1)" = 500
ha_enabled() { meta -e "SELECT cfg_value FROM rm_330.oms_normal_config WHERE cfg_name='ha.config'" | grep -q '"enable":true'; }
check "ha.config is seeded with enable true" ha_enabled
check "lab/status exits 0 while up" bash "$LAB/status"

# ----------------------------------------------- the 3.3.1 image contract --
D=(/usr/bin/docker -H "unix://$LAB_DIR/run/docker.sock")
H=$LAB_DIR/host/data
"${D[@]}" stop oms_lc >/dev/null 2>&1
"${D[@]}" run -d --net host --name oms_lc_331 -v "$H/config.yaml:/home/admin/conf/config.yaml" \
    -v "$H/oms/oms_logs:/home/admin/logs" -v "$H/oms/oms_store:/home/ds/store" -v "$H/oms/oms_run:/home/ds/run" \
    -e OMS_HOST_IP=127.0.0.1 -e IS_UPGRADE=true --pids-limit -1 --ulimit nproc=65535:65535 \
    oms:feature_3.3.1_ce >/dev/null 2>&1
sleep 1
health_has() { curl -fsS --max-time 2 "http://127.0.0.1:$LAB_CONSOLE_PORT/oms/health" | grep -qF "$1"; }
check "3.3.1 reports unhealthy before docker_init.sh" health_has '"healthy":false,"version":"3.3.1"' 
"${D[@]}" exec oms_lc_331 sh -c "sed 's/^oms_meta_port: .*/oms_meta_port: 1/' /home/admin/conf/config.yaml > /tmp/bad.yaml"
"${D[@]}" exec -e OMS_CONFIG=/tmp/bad.yaml oms_lc_331 bash /root/docker_init.sh >"$WORK/init_bad.out" 2>&1
rc=$?
init_failed_clearly() { [[ $rc -ne 0 ]] && grep -q 'ERROR' "$WORK/init_bad.out"; }
check "docker_init.sh fails with an ERROR line when the MetaDB is unreachable (rc=$rc)" init_failed_clearly
"${D[@]}" exec oms_lc_331 bash /root/docker_init.sh >"$WORK/init.out" 2>&1
rc=$?
check "docker_init.sh with IS_UPGRADE=true completes (rc=$rc)" test "$(tail -n 1 "$WORK/init.out" | sed 's/^\[[^]]*\] //')" = "[Completed] All initialization steps are executed"
check "the upgrade kept the projects" test "$(meta -e 'SELECT COUNT(*) FROM rm_330.oms_project' 2>&1)" = 120
check "the upgrade set schema version 3.3.1" test "$(meta -e 'SELECT version FROM rm_330.oms_schema_version ORDER BY id DESC LIMIT 1' 2>&1)" = 3.3.1
ok_331=1
for _ in $(seq 1 20); do health_has '"healthy":true,"version":"3.3.1"' && ok_331=0 && break; sleep 0.5; done
check "3.3.1 reports healthy after docker_init.sh" test "$ok_331" -eq 0
"${D[@]}" exec -e IS_UPGRADE=false oms_lc_331 bash /root/docker_init.sh >"$WORK/init_fresh.out" 2>&1
check "docker_init.sh without IS_UPGRADE wipes the projects (the trap)" test "$(meta -e 'SELECT COUNT(*) FROM rm_330.oms_project' 2>&1)" = 0

# ------------------------------------------------------------------- reset --
t0=$SECONDS
bash "$LAB/reset" >"$WORK/reset.out" 2>"$WORK/reset.err"
rc=$?
check "lab/reset succeeds (rc=$rc, $((SECONDS - t0))s)" test "$rc" -eq 0
check "lab/reset prints the plan path last" test "$(tail -n 1 "$WORK/reset.out")" = "$plan"
check "lab/reset restores the projects" test "$(meta -e 'SELECT COUNT(*) FROM rm_330.oms_project' 2>&1)" = 120
check "lab/reset restores schema version 3.3.0" test "$(meta -e 'SELECT version FROM rm_330.oms_schema_version ORDER BY id DESC LIMIT 1' 2>&1)" = 3.3.0
check "lab/reset leaves exactly the old container" test "$("${D[@]}" ps -a --format '{{.Names}}' 2>&1)" = oms_lc
check "health is 3.3.0 again after reset" health_has '"healthy":true,"version":"3.3.0"' 

# -------------------------------------------------------------------- down --
t0=$SECONDS
bash "$LAB/down" >"$WORK/down.out" 2>"$WORK/down.err"
rc=$?
check "lab/down succeeds (rc=$rc, $((SECONDS - t0))s)" test "$rc" -eq 0
left=$(pids_of_lab)
check "no process mentions $LAB_DIR/ after lab/down${left:+ (left: $left)}" test -z "$left"
for port in "$LAB_SSH_PORT" "$LAB_DB_PORT" "$LAB_CONSOLE_PORT"; do
    check "port $port is closed after lab/down" port_closed "$port"
done
bash "$LAB/status" >/dev/null 2>&1
check "lab/status exits non-zero when down" test $? -ne 0
check "lab/down keeps the data" test -d "$LAB_DIR/mariadb/rm_330"
if ((MAIN_HEALTH_BEFORE)); then
    check "the main lab on port 8089 still answers" curl -fsS --max-time 5 -o /dev/null http://127.0.0.1:8089/oms/health
fi

bash "$LAB/down" --purge --remove-user >"$WORK/purge.out" 2>"$WORK/purge.err"
rc=$?
check "lab/down --purge --remove-user succeeds (rc=$rc)" test "$rc" -eq 0
check "LAB_DIR is gone after --purge" test ! -e "$LAB_DIR"
check "the sudoers drop-in is gone after --purge" test ! -e "/etc/sudoers.d/oms-lab-$LAB_SSH_USER"
user_gone() { ! id -u "$LAB_SSH_USER" >/dev/null 2>&1; }
check "the user is gone after --remove-user" user_gone

summary
