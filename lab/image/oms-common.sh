# shellcheck shell=bash
# shellcheck disable=SC2034  # the variables are used by the scripts that source this file
# OMS lab image: helpers shared by the entrypoint and docker_init.sh.
# Installed in the image as /usr/local/lib/oms/oms-common.sh (bash).

OMS_CONFIG=${OMS_CONFIG:-/home/admin/conf/config.yaml}
OMS_LOG_DIR=/home/admin/logs
OMS_SQL_DIR=/usr/local/lib/oms/sql
# Written by docker_init.sh when it completes; lives in the container's own
# file system (not in a mount), so a new container never inherits it.
OMS_INIT_MARKER=/root/.oms_docker_init_completed

# yaml_unquote RAW: value of a YAML scalar as written after "key:".
# Handles 'single' ('' is a quote), "double" (\\ \" \n \t escapes) and plain
# scalars (a trailing " # comment" is dropped). Returns 1 when a quote is
# not closed.
yaml_unquote() {
    local raw=$1 out='' c
    if [[ $raw == "'"* ]]; then
        raw=${raw:1}
        while :; do
            [[ -n $raw ]] || return 1
            c=${raw:0:1}
            if [[ $c == "'" ]]; then
                if [[ ${raw:1:1} == "'" ]]; then
                    out+="'"
                    raw=${raw:2}
                    continue
                fi
                break
            fi
            out+=$c
            raw=${raw:1}
        done
    elif [[ $raw == '"'* ]]; then
        raw=${raw:1}
        while :; do
            [[ -n $raw ]] || return 1
            c=${raw:0:1}
            if [[ $c == '"' ]]; then
                break
            elif [[ $c == '\' ]]; then
                case ${raw:1:1} in
                n) out+=$'\n' ;;
                t) out+=$'\t' ;;
                *) out+=${raw:1:1} ;;
                esac
                raw=${raw:2}
                continue
            fi
            out+=$c
            raw=${raw:1}
        done
    else
        out=${raw%%[[:space:]]#*}
        out=${out%"${out##*[![:space:]]}"}
    fi
    printf '%s' "$out"
}

# yaml_get KEY [FILE]: print the value of top-level KEY of config.yaml.
# Returns 1 when the key is absent, 2 when its value is malformed.
yaml_get() {
    local key=$1 file=${2:-$OMS_CONFIG} line
    [[ -r $file ]] || return 1
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line%$'\r'}
        [[ $line == "$key:"* ]] || continue
        line=${line#"$key:"}
        line=${line#"${line%%[![:space:]]*}"}
        yaml_unquote "$line" || return 2
        return 0
    done <"$file"
    return 1
}

# cnf_quote VALUE: MariaDB option-file value: "..." with \\ and \" escapes.
cnf_quote() {
    local s=${1//\\/\\\\}
    printf '"%s"' "${s//\"/\\\"}"
}

# oms_read_meta: set META_HOST META_PORT META_USER META_PASSWORD RM_DB CM_DB
# CMHB_DB from config.yaml. On error sets META_ERROR and returns 1.
oms_read_meta() {
    local key var value
    local -A want=([oms_meta_host]=META_HOST [oms_meta_port]=META_PORT [oms_meta_user]=META_USER
        [oms_meta_password]=META_PASSWORD [drc_rm_db]=RM_DB [drc_cm_db]=CM_DB
        [drc_cm_heartbeat_db]=CMHB_DB)
    META_ERROR=''
    if [[ ! -r $OMS_CONFIG ]]; then
        META_ERROR="config file $OMS_CONFIG is missing or unreadable"
        return 1
    fi
    for key in oms_meta_host oms_meta_port oms_meta_user oms_meta_password drc_rm_db drc_cm_db drc_cm_heartbeat_db; do
        var=${want[$key]}
        if value=$(yaml_get "$key"); then
            printf -v "$var" '%s' "$value"
        else
            META_ERROR+="${META_ERROR:+; }key $key is missing or malformed in $OMS_CONFIG"
        fi
    done
    [[ -z $META_ERROR ]] || return 1
    if ! [[ $META_PORT =~ ^[0-9]+$ ]]; then
        META_ERROR="oms_meta_port is not a number: $META_PORT"
        return 1
    fi
    for var in RM_DB CM_DB CMHB_DB; do
        if ! [[ ${!var} =~ ^[A-Za-z0-9_]+$ ]]; then
            META_ERROR="database name ${!var} is not supported by this lab image (letters, digits, _)"
            return 1
        fi
    done
}

# oms_write_optfile FILE: MariaDB client option file (mode 0600) with the
# MetaDB credentials, so no password ever appears on a command line.
# Needs oms_read_meta first.
oms_write_optfile() {
    local file=$1
    (
        umask 077
        {
            printf '[client]\n'
            printf 'host=%s\n' "$(cnf_quote "$META_HOST")"
            printf 'port=%s\n' "$META_PORT"
            printf 'user=%s\n' "$(cnf_quote "$META_USER")"
            printf 'password=%s\n' "$(cnf_quote "$META_PASSWORD")"
            printf 'protocol=tcp\n'
            printf 'default-character-set=utf8mb4\n'
            printf 'connect-timeout=5\n'
        } >"$file"
    )
}

# meta_sql OPTFILE [mariadb options...]: run the MariaDB client against the
# MetaDB; --defaults-extra-file must be the first option.
meta_sql() {
    local optfile=$1
    shift
    mariadb --defaults-extra-file="$optfile" --batch --skip-column-names "$@"
}

# oms_schema_version OPTFILE: newest version recorded in the rm database.
oms_schema_version() {
    meta_sql "$1" -D "$RM_DB" -e 'SELECT version FROM oms_schema_version ORDER BY id DESC LIMIT 1' 2>&1
}
