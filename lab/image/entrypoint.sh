#!/bin/bash
# OMS lab image entrypoint (PID 1 of the container), installed as
# /usr/local/bin/oms-entrypoint. It imitates an OMS CE all-in-one container:
# serves the console's /oms/health on nginx_server_port (from config.yaml,
# default 8089) with busybox httpd, logs to /home/admin/logs and prints
# "OMS service start successfully" once serving.
#
# 3.3.0: always healthy. 3.3.1: healthy only after /root/docker_init.sh has
# completed in this container AND the MetaDB schema version is 3.3.1.
#
# PID 1 gets no default signal handling from the kernel, so SIGTERM/SIGINT
# are trapped explicitly; otherwise `docker stop` would wait its full timeout.
set -u
# shellcheck source=oms-common.sh
. /usr/local/lib/oms/oms-common.sh

VERSION=${OMS_VERSION:-unknown}
WWW=/www
HEALTH=$WWW/oms/health
ENTRY_LOG=$OMS_LOG_DIR/oms-entrypoint.log
HTTPD_PID=''
CHECKER_PID=''

log() {
    local line
    printf -v line '%(%Y-%m-%d %H:%M:%S)T [oms %s] %s' -1 "$VERSION" "$*"
    printf '%s\n' "$line"
    printf '%s\n' "$line" >>"$ENTRY_LOG" 2>/dev/null || true
}

shutdown() {
    log "received SIG$1, stopping OMS services"
    [[ -n $CHECKER_PID ]] && kill "$CHECKER_PID" 2>/dev/null
    [[ -n $HTTPD_PID ]] && kill "$HTTPD_PID" 2>/dev/null
    wait 2>/dev/null
    log "OMS services stopped"
    exit 0
}
trap 'shutdown TERM' TERM
trap 'shutdown INT' INT

# write_health HEALTHY MESSAGE [SCHEMA_VERSION]: atomically replace the
# static health document (httpd never serves a half-written file).
write_health() {
    local healthy=$1 message=$2 schema=${3:-} status=RUNNING comps='' c
    [[ $healthy == true ]] || status=STARTING
    for c in nginx oms_console oms_drc_cm oms_drc_supervisor sshd; do
        [[ $c == nginx || $c == sshd ]] && s=RUNNING || s=$status
        comps+="${comps:+,}{\"name\":\"$c\",\"status\":\"$s\"}"
    done
    message=${message//\\/\\\\}
    message=${message//\"/\\\"}
    [[ -n $schema ]] && schema="\"${schema//\"/}\"" || schema=null
    printf '{"success":true,"code":"OK","message":"%s","data":{"healthy":%s,"version":"%s","metaSchemaVersion":%s,"https":%s,"components":[%s]}}\n' \
        "$message" "$healthy" "$VERSION" "$schema" "$HTTPS" "$comps" >"$HEALTH.tmp"
    mv -f "$HEALTH.tmp" "$HEALTH"
}

# check_health: compute the current health (3.3.1 consults the MetaDB).
check_health() {
    if [[ $VERSION != 3.3.1 ]]; then
        write_health true "OMS is running"
        return
    fi
    if [[ ! -f $OMS_INIT_MARKER ]]; then
        write_health false "metadata not initialized: run /root/docker_init.sh in this container"
        return
    fi
    local ver optfile=/run/oms/health.cnf
    if ! oms_read_meta; then
        write_health false "config.yaml: $META_ERROR"
        return
    fi
    oms_write_optfile "$optfile"
    if ! ver=$(oms_schema_version "$optfile"); then
        write_health false "MetaDB check failed: ${ver//$'\n'/ }"
        return
    fi
    if [[ $ver != 3.3.1 ]]; then
        write_health false "MetaDB schema version is ${ver:-unknown}, expected 3.3.1" "$ver"
        return
    fi
    write_health true "OMS is running" "$ver"
}

mkdir -p "$OMS_LOG_DIR" "$WWW/oms" /run/oms
chmod 700 /run/oms

PORT=$(yaml_get nginx_server_port 2>/dev/null) || PORT=''
[[ $PORT =~ ^[0-9]+$ ]] || PORT=8089
HTTPS=false
[[ -s /etc/pki/nginx/oms_server.crt && -s /etc/pki/nginx/oms_server.key ]] && HTTPS=true

log "starting OMS Community Edition $VERSION (lab image) on $(hostname), OMS_HOST_IP=${OMS_HOST_IP:-unset}, IS_UPGRADE=${IS_UPGRADE:-unset}"
log "config: $OMS_CONFIG, console port $PORT"
if [[ $HTTPS == true ]]; then
    log "HTTPS certificate mounted at /etc/pki/nginx/oms_server.crt (the lab console still answers plain HTTP)"
fi

check_health
cat >"$WWW/index.html" <<EOF
<html><head><title>OMS Community Edition $VERSION (lab)</title></head>
<body><h1>OMS Community Edition $VERSION</h1><p>OMS lab console imitation. See <a href="/oms/health">/oms/health</a>.</p></body></html>
EOF

busybox httpd -f -p "127.0.0.1:$PORT" -h "$WWW" &
HTTPD_PID=$!

# Wait until the console port accepts connections (or httpd died).
for _ in $(seq 1 100); do
    if ! kill -0 "$HTTPD_PID" 2>/dev/null; then
        log "ERROR: console httpd on 127.0.0.1:$PORT exited (port in use?)"
        exit 1
    fi
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
    sleep 0.1
done

if [[ $VERSION == 3.3.1 ]]; then
    # Re-evaluate health every 2 s: after docker_init.sh, after a MetaDB change.
    (
        trap 'exit 0' TERM
        while :; do
            sleep 2 &
            wait $!
            check_health
        done
    ) &
    CHECKER_PID=$!
fi

# The exact, unprefixed line OBD and operators wait for in `docker logs`.
printf '%(%Y-%m-%d %H:%M:%S)T [oms %s] console ready on 127.0.0.1:%s\n' -1 "$VERSION" "$PORT" >>"$ENTRY_LOG" 2>/dev/null
echo "OMS service start successfully"

# Stay alive while httpd runs; `sleep & wait` keeps the TERM trap responsive.
while kill -0 "$HTTPD_PID" 2>/dev/null; do
    sleep 1 &
    wait $!
done
log "ERROR: console httpd exited unexpectedly"
exit 1
