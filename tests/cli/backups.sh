#!/usr/bin/env bash
# `oms-upgrade backups` against the lab, in a scratch backup directory of the lab user: list
# (unknown folders shown, JSON), verify naming the bad file, download (resumed from a .part,
# a bad .part caught), upload back, preview, delete with its refusals; exit codes throughout.
set -euo pipefail
cli=$1
. "$(dirname "$0")/lib.sh"
require_lab
work=$(mktemp -d)
owner=$LAB_SSH_USER
group=$(id -gn "$owner")
dir=$(getent passwd "$owner" | cut -d: -f6)/oms-upgrade-backups-cli-$$
cleanup() { rm -rf "$work" "$dir"; }
trap cleanup EXIT
export OMSUA_DATA_DIR=$work/data
plan=$work/plan.yaml
sed "s|directory: [^}]*}|directory: $dir}|" "$LAB_PLAN" >"$plan"
grep -q "directory: $dir}" "$plan"

sha() { sha256sum "$1" | cut -d' ' -f1; }
size() { stat -c %s "$1"; }
trailer="-- Dump completed on 2026-11-25 16:15:02"

# A set as the engine leaves it (the lab host is this machine): three dumps with their
# trailers, owned by the lab user, and manifest.json describing them.
make_set() { # make_set NAME
    local src=$work/src/$1 set=$dir/$1
    mkdir -p "$src"
    printf -- '-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB\n-- Host: 127.0.0.1    Database: rm_330\nCREATE TABLE `oms_normal_config` (id int);\n%s\n' "$trailer" >"$src/rm_330.sql"
    printf -- '-- MariaDB dump 10.19\nCREATE TABLE `t` (id int);\n%s\n' "$trailer" >"$src/cm_330.sql"
    { printf -- '-- MariaDB dump 10.19\nCREATE TABLE `heatbeat_sequence` (id bigint);\n'
      seq 1 ${ROWS:-120000} | sed 's/.*/INSERT INTO `heatbeat_sequence` VALUES (&,"2026-11-25 16:00:00","padding padding padding");/'
      printf '%s\n' "$trailer"; } >"$src/cm_hb_330.sql"
    local dbs="[]" role name
    for pair in rm:rm_330 cm:cm_330 cm_hb:cm_hb_330; do
        role=${pair%%:*} name=${pair#*:}
        dbs=$(jq --arg role "$role" --arg name "$name" --arg file "$name.sql" \
            --argjson bytes "$(size "$src/$name.sql")" --arg sha "$(sha "$src/$name.sql")" \
            --arg trailer "$trailer" \
            '. + [{role: $role, name: $name, file: $file, bytes: $bytes, sha256: $sha,
                   trailer: $trailer, completed: true}]' <<<"$dbs")
    done
    jq -n --arg run "$1" --argjson dbs "$dbs" \
        '{format: 1, runId: $run, createdAt: "2026-11-25T16:15:02.000Z", container: "oms_330",
          sourceImage: "oms:feature_3.3.0_ce", sourceVersion: "3.3.0",
          targetImage: "oms:feature_3.3.1_ce", T1: "2026-11-25T16:14:58.000Z", databases: $dbs}' \
        >"$src/manifest.json"
    install -d -o "$owner" -g "$group" -m 0700 "$dir" "$set"
    install -o "$owner" -g "$group" -m 0600 "$src"/* "$set/"
}
copy_set() { cp -a "$dir/$1" "$dir/$2"; }
host_journal() { # host_journal SET RUN_ID STATE: journal.json beside the set
    jq -n --arg run "$2" --arg state "$3" \
        '{format: 1, runId: $run, kind: "upgrade", state: $state, facts: {}, steps: []}' \
        >"$dir/$1/journal.json"
    chown "$owner:$group" "$dir/$1/journal.json"
}

# --- list ---
run "$cli" backups list --plan "$plan"
check "list of a directory not there yet: exit 0" [ "$rc" -eq 0 ]
check "list says there are no sets" contains "$out" "no backup sets"

make_set set-a
install -d -o "$owner" -g "$group" -m 0700 "$dir/stray"
printf 'partial' >"$dir/stray/rm_330.sql"
chown "$owner:$group" "$dir/stray/rm_330.sql"

run "$cli" backups list --plan "$plan"
check "list: exit 0" [ "$rc" -eq 0 ]
check "list shows the set" contains "$out" "set-a"
check "list shows versions" contains "$out" "3.3.0 -> 3.3.1"
check "list shows the set checked" contains "$out" "checked"
check "list shows the sha256" contains "$out" "$(sha "$dir/set-a/cm_hb_330.sql")"
check "list shows the folder without a manifest" contains "$out" "stray"
check "list calls it unknown" contains "$out" "unknown: no manifest.json"

run "$cli" backups list --plan "$plan" --json
check "list --json: exit 0" [ "$rc" -eq 0 ]
check "list --json: two folders" [ "$(jq '.sets | length' <<<"$out")" = 2 ]
check "list --json: stray is unknown" \
    [ "$(jq -r '.sets[] | select(.name == "stray") | .state' <<<"$out")" = unknown ]
check "list --json: file sizes" \
    [ "$(jq -r '.sets[] | select(.name == "set-a") | .databases[2].bytes' <<<"$out")" = "$(size "$dir/set-a/cm_hb_330.sql")" ]
check "list --json: not in use" \
    [ "$(jq -r '.sets[] | select(.name == "set-a") | .in_use' <<<"$out")" = false ]

# --- verify ---
run "$cli" backups verify --plan "$plan" --set set-a
check "verify a good set: exit 0" [ "$rc" -eq 0 ]
check "verify says verified" contains "$out" "verified: rm_330.sql, cm_330.sql, cm_hb_330.sql"

copy_set set-a set-cut
truncate -s $(($(size "$dir/set-cut/rm_330.sql") - ${#trailer} - 1)) "$dir/set-cut/rm_330.sql"
run "$cli" backups verify --plan "$plan" --set set-cut
check "verify a cut dump: exit 1" [ "$rc" -eq 1 ]
check "verify names the cut file" contains "$out$err" "rm_330.sql: trailer missing"

copy_set set-a set-flip
middle=$(($(size "$dir/set-flip/cm_hb_330.sql") / 2))
printf '#' | dd of="$dir/set-flip/cm_hb_330.sql" bs=1 seek="$middle" count=1 conv=notrunc status=none
run "$cli" backups verify --plan "$plan" --set set-flip
check "verify one changed byte: exit 1" [ "$rc" -eq 1 ]
check "verify names the changed file" contains "$out$err" "cm_hb_330.sql: checksum differs"

run "$cli" backups list --plan "$plan" --verify --json
check "list --verify sees the changed byte" \
    [ "$(jq -r '.sets[] | select(.name == "set-flip") | .state' <<<"$out")" = damaged ]
check "list --verify: the good set verified" \
    [ "$(jq -r '.sets[] | select(.name == "set-a") | .state' <<<"$out")" = verified ]

run "$cli" backups verify --plan "$plan" --set stray
check "verify an unknown folder: exit 1" [ "$rc" -eq 1 ]
run "$cli" backups verify --plan "$plan" --set no-such-set
check "verify a set that is not there: exit 2" [ "$rc" -eq 2 ]

# --- download ---
run "$cli" backups download --plan "$plan" --set set-a --to "$work/dl"
check "download: exit 0" [ "$rc" -eq 0 ]
check "download says where" contains "$out" "downloaded: $work/dl/set-a"
for f in rm_330.sql cm_330.sql cm_hb_330.sql manifest.json; do
    check "download: $f identical" [ "$(sha "$work/dl/set-a/$f")" = "$(sha "$dir/set-a/$f")" ]
done
check "download: folder for the owner only" [ "$(stat -c %a "$work/dl/set-a")" = 700 ]

# An interrupted download leaves <file>.part: the next one continues from it.
mkdir -p "$work/resume/set-a"
half=$(($(size "$dir/set-a/cm_hb_330.sql") / 2))
head -c "$half" "$dir/set-a/cm_hb_330.sql" >"$work/resume/set-a/cm_hb_330.sql.part"
run "$cli" backups download --plan "$plan" --set set-a --to "$work/resume"
check "resumed download: exit 0" [ "$rc" -eq 0 ]
check "resumed download says so" contains "$out" "resumed, $half bytes were already here"
check "resumed download: identical sha256" \
    [ "$(sha "$work/resume/set-a/cm_hb_330.sql")" = "$(sha "$dir/set-a/cm_hb_330.sql")" ]

# Ctrl-C half-way through a big dump: the partial file stays, the next download continues.
ROWS=1500000 make_set big
"$cli" backups download --plan "$plan" --set big --to "$work/int" >"$work/int.out" 2>"$work/int.err" &
pid=$!
part=$work/int/big/cm_hb_330.sql.part
for _ in $(seq 1 1000); do [ -s "$part" ] && break; sleep 0.01; done
kill -INT "$pid" 2>/dev/null || true
set +e
wait "$pid"
rc=$?
set -e
out=$(cat "$work/int.out") err=$(cat "$work/int.err")
stopped=$(stat -c %s "$part" 2>/dev/null || echo 0)
echo "Ctrl-C stopped the download at $stopped of $(size "$dir/big/cm_hb_330.sql") bytes"
check "Ctrl-C stops the download: exit 1" [ "$rc" -eq 1 ]
check "Ctrl-C: the operator is told it continues" contains "$err" "continues where it stopped"
check "Ctrl-C: a partial file is kept" [ "$stopped" -gt 0 ] && [ "$stopped" -lt "$(size "$dir/big/cm_hb_330.sql")" ]
run "$cli" backups download --plan "$plan" --set big --to "$work/int"
check "download after Ctrl-C: exit 0" [ "$rc" -eq 0 ]
check "download after Ctrl-C resumed" contains "$out" "resumed, $stopped bytes were already here"
check "download after Ctrl-C: identical sha256" \
    [ "$(sha "$work/int/big/cm_hb_330.sql")" = "$(jq -r '.databases[2].sha256' "$dir/big/manifest.json")" ]
rm -rf "$dir/big" "$work/int" "$work/src/big"

# A .part that is not a prefix of the dump: caught by the local sha256, named, removed.
mkdir -p "$work/bad/set-a"
head -c "$half" "$dir/set-a/cm_hb_330.sql" | tr '0-9' '9876543210' >"$work/bad/set-a/cm_hb_330.sql.part"
run "$cli" backups download --plan "$plan" --set set-a --to "$work/bad"
check "bad .part: exit 1" [ "$rc" -eq 1 ]
check "bad .part: the file is named" contains "$err" "cm_hb_330.sql: checksum differs"
check "bad .part: no manifest, so no complete-looking copy" [ ! -e "$work/bad/set-a/manifest.json" ]
run "$cli" backups download --plan "$plan" --set set-a --to "$work/bad"
check "download after a bad .part: exit 0" [ "$rc" -eq 0 ]

run "$cli" backups download --plan "$plan" --set set-cut --to "$work/dl"
check "download of a damaged set: refused, exit 3" [ "$rc" -eq 3 ]
check "download of a damaged set names the file" contains "$err" "rm_330.sql"
run "$cli" backups download --plan "$plan" --set stray --to "$work/dl"
check "download of an unknown folder: refused, exit 3" [ "$rc" -eq 3 ]

# --- upload ---
run "$cli" backups upload --plan "$plan" --from "$work/dl/set-a"
check "upload of the identical set: exit 0" [ "$rc" -eq 0 ]
check "upload of the identical set sends nothing" contains "$out" "nothing was sent"

printf 'Z' | dd of="$dir/set-a/cm_330.sql" bs=1 seek=5 count=1 conv=notrunc status=none
run "$cli" backups upload --plan "$plan" --from "$work/dl/set-a"
check "upload over a different set: refused, exit 3" [ "$rc" -eq 3 ]
check "upload over a different set says so" contains "$err" "different backup set set-a"

run "$cli" backups delete --plan "$plan" --set set-a --yes
check "delete set-a: exit 0" [ "$rc" -eq 0 ]
check "delete set-a: gone" [ ! -e "$dir/set-a" ]
run "$cli" backups upload --plan "$plan" --from "$work/dl/set-a"
check "upload: exit 0" [ "$rc" -eq 0 ]
check "upload: verified on the host" contains "$out" "uploaded: $dir/set-a (verified on the host)"
for f in rm_330.sql cm_330.sql cm_hb_330.sql manifest.json; do
    check "upload: $f identical" [ "$(sha "$dir/set-a/$f")" = "$(sha "$work/dl/set-a/$f")" ]
done
check "upload: no staging folder left" [ -z "$(find "$dir" -maxdepth 1 -name '.omsua-upload-*')" ]

run "$cli" backups upload --plan "$plan" --from "$work/nothing-here"
check "upload from a folder that is not there: exit 2" [ "$rc" -eq 2 ]
mkdir -p "$work/empty"
run "$cli" backups upload --plan "$plan" --from "$work/empty"
check "upload from a folder without a manifest: exit 3" [ "$rc" -eq 3 ]

# --- preview ---
run "$cli" backups preview --plan "$plan" --set set-a --file cm_hb_330.sql --bytes 64
check "preview: exit 0" [ "$rc" -eq 0 ]
check "preview shows the head" contains "$out" "-- MariaDB dump 10.19"
check "preview shows the tail" contains "$out" "$trailer"
check "preview does not show the middle" [ "$(wc -c <<<"$out")" -lt 1000 ]
run "$cli" backups preview --plan "$plan" --set set-a
check "preview of every dump: exit 0" [ "$rc" -eq 0 ]
check "preview of every dump: rm" contains "$out" "==> rm_330.sql"
check "preview of every dump: cm_hb" contains "$out" "==> cm_hb_330.sql"
run "$cli" backups preview --plan "$plan" --set set-a --file nope.sql
check "preview of a missing file: exit 2" [ "$rc" -eq 2 ]
run "$cli" backups preview --plan "$plan" --set set-a --file ../stray/rm_330.sql
check "preview outside the set: exit 2" [ "$rc" -eq 2 ]

# --- delete and the "in use" rule ---
host_journal set-cut 20261125T161500Z-oms_330-beef running
run "$cli" backups list --plan "$plan"
check "list shows the run of the set" contains "$out" "run 20261125T161500Z-oms_330-beef (upgrade) is running"
run "$cli" backups delete --plan "$plan" --set set-cut --yes
check "delete while journal.json says running: exit 3" [ "$rc" -eq 3 ]
check "delete refusal names the run and its state" contains "$err" "20261125T161500Z-oms_330-beef (upgrade) is running"
check "the set in use is still there" [ -e "$dir/set-cut/manifest.json" ]
host_journal set-cut 20261125T161500Z-oms_330-beef done
run "$cli" backups delete --plan "$plan" --set set-cut --yes
check "delete once the run is done: exit 0" [ "$rc" -eq 0 ]
check "deleted" [ ! -e "$dir/set-cut" ]

run "$cli" backups delete --plan "$plan" --set set-flip </dev/null
check "delete without --yes and no terminal: exit 3" [ "$rc" -eq 3 ]
check "delete without --yes says how" contains "$err" "--yes"
check "nothing deleted without --yes" [ -e "$dir/set-flip" ]

# A run on this workstation whose journal names the set.
mkdir -p "$OMSUA_DATA_DIR/runs"
local_run=20261125T170000Z-oms_330-cafe
local_journal() {
    jq -n --arg run "$local_run" --arg state "$1" --arg path "$dir/set-flip" \
        '{format: 1, runId: $run, kind: "rollback", state: $state,
          facts: {backup_set: {path: $path}}, steps: []}' >"$OMSUA_DATA_DIR/runs/$local_run.json"
}
local_journal waiting
run "$cli" backups list --plan "$plan" --json
check "list: in use by the local run" \
    [ "$(jq -r '.sets[] | select(.name == "set-flip") | .in_use' <<<"$out")" = true ]
run "$cli" backups delete --plan "$plan" --set set-flip --yes
check "delete while a local run is waiting: exit 3" [ "$rc" -eq 3 ]
check "refusal names the local run" contains "$err" "$local_run (rollback) is waiting"
local_journal done
run "$cli" backups delete --plan "$plan" --set set-flip --yes
check "delete once the local run is done: exit 0" [ "$rc" -eq 0 ]

run "$cli" backups delete --plan "$plan" --set stray --yes
check "an unknown folder can be deleted: exit 0" [ "$rc" -eq 0 ]
run "$cli" backups delete --plan "$plan" --set stray --yes
check "delete of a set that is not there: exit 2" [ "$rc" -eq 2 ]

# --- usage ---
run "$cli" backups verify --plan "$plan"
check "verify without --set: exit 2" [ "$rc" -eq 2 ]
run "$cli" backups frobnicate --plan "$plan"
check "unknown action: exit 2" [ "$rc" -eq 2 ]
run "$cli" backups list
check "list without --plan: exit 2" [ "$rc" -eq 2 ]
run "$cli" backups download --plan "$plan" --set set-a
check "download without --to: exit 2" [ "$rc" -eq 2 ]
run "$cli" backups delete --plan "$plan" --set ../etc --yes
check "a set name with a path in it: exit 2" [ "$rc" -eq 2 ]

finish
