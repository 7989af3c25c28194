#!/bin/bash
# OMS lab image 3.3.1: /root/docker_init.sh (an imitation of OMS CE's metadata
# initialisation). Reads the MetaDB settings from config.yaml and then
#   IS_UPGRADE=true : migrates the rm/cm/cm_hb schema 3.3.0 -> 3.3.1 in place
#                     (idempotent; refuses an unknown schema version);
#   otherwise       : re-initialises the metadata from scratch (drops every
#                     table of the three databases and creates an empty 3.3.1
#                     schema), as a careless fresh install would. This is the
#                     trap the upgrade must avoid.
# Ends with "[Completed] All initialization steps are executed"; exits
# non-zero with an ERROR line when something fails (e.g. MetaDB unreachable).
# Logs to /home/admin/logs/docker_init.log as well as to stdout.
set -uo pipefail
# shellcheck source=oms-common.sh
. /usr/local/lib/oms/oms-common.sh

LOG=$OMS_LOG_DIR/docker_init.log
OPTFILE=''
mkdir -p "$OMS_LOG_DIR"

say() {
    local line
    printf -v line '[%(%Y-%m-%d %H:%M:%S)T] %s' -1 "$*"
    printf '%s\n' "$line"
    printf '%s\n' "$line" >>"$LOG" 2>/dev/null || true
}
fail() {
    say "ERROR: $*"
    say "[Failed] docker_init.sh stopped; metadata initialization is NOT complete"
    exit 1
}
cleanup() { [[ -n $OPTFILE ]] && rm -f "$OPTFILE"; }
trap cleanup EXIT

# sql_in DB FILE...: run SQL files inside DB, stopping at the first error.
sql_in() {
    local db=$1 out
    shift
    if ! out=$(cat "$@" | meta_sql "$OPTFILE" -D "$db" 2>&1); then
        fail "SQL on database $db failed: ${out//$'\n'/ }"
    fi
}

say "OMS Community Edition 3.3.1 metadata initialization (docker_init.sh)"
rm -f "$OMS_INIT_MARKER"

say "[1/6] Checking configuration file $OMS_CONFIG"
oms_read_meta || fail "$META_ERROR"
say "      MetaDB ${META_HOST}:${META_PORT} user ${META_USER}; databases rm=${RM_DB} cm=${CM_DB} cm_hb=${CMHB_DB}"

OPTFILE=$(mktemp /tmp/oms-meta.XXXXXX) || fail "cannot create a temporary option file"
oms_write_optfile "$OPTFILE"

say "[2/6] Checking MetaDB connection"
if ! out=$(meta_sql "$OPTFILE" -e 'SELECT VERSION()' 2>&1); then
    fail "cannot connect to MetaDB ${META_HOST}:${META_PORT} as ${META_USER}: ${out//$'\n'/ }"
fi
say "      connected, server version $out"
sleep 0.2

if [[ ${IS_UPGRADE:-} == true ]]; then
    say "[3/6] IS_UPGRADE=true: upgrading metadata schema 3.3.0 -> 3.3.1"
    for db in "$RM_DB" "$CM_DB" "$CMHB_DB"; do
        exists=$(meta_sql "$OPTFILE" -e "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '$db'" 2>&1) ||
            fail "cannot list databases: $exists"
        [[ $exists == 1 ]] || fail "database $db does not exist; restore it from the backup before upgrading"
    done
    current=$(oms_schema_version "$OPTFILE") || fail "cannot read the schema version from $RM_DB.oms_schema_version: ${current//$'\n'/ }"
    case $current in
    3.3.0) say "      current schema version 3.3.0" ;;
    3.3.1) say "      schema version is already 3.3.1; re-applying the idempotent migration steps" ;;
    *) fail "unsupported metadata schema version '${current}' in $RM_DB (expected 3.3.0)" ;;
    esac
    say "      migrating $RM_DB"
    sql_in "$RM_DB" "$OMS_SQL_DIR/rm_upgrade_331.sql"
    say "      migrating $CM_DB"
    sql_in "$CM_DB" "$OMS_SQL_DIR/cm_upgrade_331.sql"
    say "      checking $CMHB_DB"
    sql_in "$CMHB_DB" <(printf 'SELECT id FROM heatbeat_sequence LIMIT 1;\n')
    sql_in "$RM_DB" <(printf "INSERT IGNORE INTO oms_schema_version (version, description) VALUES ('3.3.1', 'upgrade from 3.3.0');\n")
else
    say "[3/6] IS_UPGRADE is not true: initializing metadata for a FRESH install"
    say "      WARNING: every existing table in $RM_DB, $CM_DB and $CMHB_DB is dropped"
    for db in "$RM_DB" "$CM_DB" "$CMHB_DB"; do
        meta_sql "$OPTFILE" -e "CREATE DATABASE IF NOT EXISTS \`$db\` DEFAULT CHARACTER SET utf8mb4" >/dev/null 2>&1 ||
            fail "cannot create database $db"
        tables=$(meta_sql "$OPTFILE" -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$db'" 2>&1) ||
            fail "cannot list tables of $db: $tables"
        drops='SET FOREIGN_KEY_CHECKS = 0;'
        while IFS= read -r t; do
            [[ -n $t ]] && drops+=" DROP TABLE IF EXISTS \`${t//\`/\`\`}\`;"
        done <<<"$tables"
        sql_in "$db" <(printf '%s\n' "$drops")
        say "      dropped all tables of $db"
    done
    sql_in "$RM_DB" "$OMS_SQL_DIR/rm_schema_330.sql" "$OMS_SQL_DIR/rm_upgrade_331.sql" "$OMS_SQL_DIR/rm_fresh_331.sql"
    sql_in "$CM_DB" "$OMS_SQL_DIR/cm_schema_330.sql" "$OMS_SQL_DIR/cm_upgrade_331.sql"
    sql_in "$CMHB_DB" "$OMS_SQL_DIR/cm_hb_schema_330.sql"
    say "      created an empty 3.3.1 schema"
fi
now=$(oms_schema_version "$OPTFILE") || fail "cannot read back the schema version: $now"
[[ $now == 3.3.1 ]] || fail "schema version after initialization is '$now', expected 3.3.1"
say "      metadata schema version is now 3.3.1"
sleep 0.2

say "[4/6] Generating component configurations"
mkdir -p /home/admin/conf/generated
printf 'cm.url=%s\nmeta.host=%s\nmeta.port=%s\n' "$(yaml_get cm_url || true)" "$META_HOST" "$META_PORT" >/home/admin/conf/generated/oms_console.properties
sleep 0.2

say "[5/6] Restarting OMS services"
for s in oms_console oms_drc_cm oms_drc_supervisor; do
    say "      $s: restarted"
done
sleep 0.2

say "[6/6] Recording initialization state"
touch "$OMS_INIT_MARKER"
say "[Completed] All initialization steps are executed"
exit 0
