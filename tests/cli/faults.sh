#!/usr/bin/env bash
# Faults in the middle of an upgrade, against the lab: the backup directory fills up during the
# dump, the MetaDB stops between steps, the SSH server drops the session during the dump. Each
# gives a clear error, leaves the journal consistent and the containers as they were, and a
# --resume after the fault is gone finishes the upgrade.
set -euo pipefail
cli=$1
. "$(dirname "$0")/lib.sh"
require_lab
work=$(mktemp -d)
chmod 755 "$work"
small=""
cleanup() {
    [ -n "$small" ] && umount "$small" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export OMSUA_DATA_DIR=$work/data
lab_root=$(cd "$(dirname "$0")/../../lab" && pwd)
docker_lab() { DOCKER_HOST=$LAB_DOCKER_HOST /usr/bin/docker "$@"; }
containers() { docker_lab ps -a --format '{{.Names}} {{.State}}' | sort | tr '\n' ' '; }
run_id_of() { printf '%s\n' "$1" | sed -n 's/^run: //p' | head -1; }
journal_state() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["state"])' "$OMSUA_DATA_DIR/runs/$1.json"; }
step_state() {
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print([s["state"] for s in d["steps"] if s["id"]==sys.argv[2]][0])' \
        "$OMSUA_DATA_DIR/runs/$1.json" "$2"
}

# --- 1. disk full in the backup directory during the dump ---------------------------------
bash "$lab_root/reset" >/dev/null 2>&1
small=$work/small
mkdir -p "$small"
mount -t tmpfs -o size=2m tmpfs "$small"
chmod 777 "$small"
sed "s|directory: [^}]*}|directory: $small}|" "$LAB_PLAN" >"$work/disk.yaml"
run "$cli" upgrade --plan "$work/disk.yaml" --yes --until trim_heartbeat
check "disk: up to the trim" [ "$rc" -eq 0 ]
run_id=$(run_id_of "$out")
# Fill the file system between preflight and the dump, as another process might, leaving
# 48 KiB: room for the option file and the start of the first dump (rm_330 is about 90 KB).
avail=$(df --output=avail -B4096 "$small" | tail -1)
dd if=/dev/zero of="$small/filler" bs=4096 count=$((avail - 12)) 2>/dev/null
before=$(containers)
run "$cli" upgrade --plan "$work/disk.yaml" --yes --resume "$run_id"
check "disk full: exit 1" [ "$rc" -eq 1 ]
check "disk full: says which database" contains "$err" "rm_330"
check "disk full: journal says failed at backup" [ "$(step_state "$run_id" backup)" = failed ]
check "disk full: no new container" [ "$(containers)" = "$before" ]
check "disk full: the partial dump is flagged" bash -c 'ls "$1"/*/ | grep -q "\.failed$"' _ "$small"
rm -f "$small/filler"
run "$cli" upgrade --plan "$work/disk.yaml" --yes --resume "$run_id"
check "disk full: resume after freeing space finishes" [ "$rc" -eq 0 ]
check "disk full: journal done" [ "$(journal_state "$run_id")" = done ]
umount "$small" && small=""

# --- 2. the MetaDB stops between two steps --------------------------------------------------
bash "$lab_root/reset" >/dev/null 2>&1
run "$cli" upgrade --plan "$LAB_PLAN" --yes --until stop_old
check "metadb: up to the stop" [ "$rc" -eq 0 ]
run_id=$(run_id_of "$out")
# Frozen rather than killed: the lab's own start script would also restart the old container.
db_pid=$(cat "$LAB_DIR/run/mariadb/mariadbd.pid")
kill -STOP "$db_pid"
before=$(containers)
run "$cli" upgrade --plan "$LAB_PLAN" --yes --resume "$run_id"
check "metadb down: not done (exit 3)" [ "$rc" -eq 3 ]
check "metadb down: a clear error" contains "$err" "MetaDB"
check "metadb down: nothing else changed" [ "$(containers)" = "$before" ]
check "metadb down: journal not done" [ "$(journal_state "$run_id")" != done ]
kill -CONT "$db_pid"
run "$cli" upgrade --plan "$LAB_PLAN" --yes --resume "$run_id"
check "metadb back: resume finishes" [ "$rc" -eq 0 ]
check "metadb back: journal done" [ "$(journal_state "$run_id")" = done ]

# --- 3. the SSH session is cut during the dump ----------------------------------------------
bash "$lab_root/reset" >/dev/null 2>&1
run "$cli" upgrade --plan "$LAB_PLAN" --yes --until trim_heartbeat
run_id=$(run_id_of "$out")
# A dump that takes a while, then the lab user's sshd session processes are killed mid-dump.
sql_root() { mariadb --socket="$LAB_DB_SOCK" -uroot "$@"; }
sql_root "$LAB_CM_DB" -e "CREATE TABLE fault_pad (id INT PRIMARY KEY, pad TEXT); INSERT INTO fault_pad SELECT seq, REPEAT('x', 2000) FROM seq_1_to_150000;"
before=$(containers)
(
    for _ in $(seq 1 200); do
        if pgrep -u "$LAB_SSH_USER" -f 'dump' >/dev/null; then
            pkill -KILL -u "$LAB_SSH_USER" -f 'sshd:' || true
            break
        fi
        sleep 0.05
    done
) &
killer=$!
run "$cli" upgrade --plan "$LAB_PLAN" --yes --resume "$run_id"
wait "$killer" || true
check "ssh cut: the upgrade stops (exit 1)" [ "$rc" -eq 1 ]
check "ssh cut: stopped at the backup" [ "$(step_state "$run_id" backup)" = failed ]
check "ssh cut: no new container" [ "$(containers)" = "$before" ]
run "$cli" upgrade --plan "$LAB_PLAN" --yes --resume "$run_id"
check "ssh cut: retry finishes" [ "$rc" -eq 0 ]
check "ssh cut: one backup set" [ "$(ls "$(eval echo ~"$LAB_SSH_USER")/oms-upgrade-backups" | grep -vc '^\.')" -eq 1 ]

bash "$lab_root/reset" >/dev/null 2>&1
finish
