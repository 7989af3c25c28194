# shellcheck shell=bash
# Shared settings and helpers for lab/up, lab/down, lab/reset and lab/status.
# Sourced, never executed. Everything here is parameterised by LAB_* variables
# (see lab/README.md); nothing refers to a fixed path outside LAB_DIR except the
# system binaries, /run/sshd (sshd's privilege-separation directory), the
# sudoers drop-in and the lab user's home.

# The lab/ directory of the repository this file belongs to.
LAB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Binaries. /usr/bin/docker is named explicitly: a newer client may sit in
# /usr/local/bin, while the lab engine is the docker.io 20.10 one.
DOCKER_BIN=/usr/bin/docker
DOCKERD_BIN=/usr/sbin/dockerd
SSHD_BIN=/usr/sbin/sshd
MARIADBD_BIN=/usr/sbin/mariadbd

# ---------------------------------------------------------------- messages --

lab_log() { printf '[lab %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
lab_warn() { printf '[lab] WARNING: %s\n' "$*" >&2; }
lab_die() {
    printf '[lab] ERROR: %s\n' "$*" >&2
    exit 1
}

lab_require_root() {
    [[ $(id -u) -eq 0 ]] || lab_die "must run as root (it starts sshd, dockerd and mariadbd and creates a user)"
}

# lab_need_bins BIN... : every BIN (absolute path or command name) must exist.
# The message names the binary and the Debian package that provides it, so a
# missing package is obvious (scripts/setup installs them all).
lab_need_bins() {
    local bin missing=()
    for bin in "$@"; do
        if [[ $bin == /* ]]; then
            [[ -x $bin ]] || missing+=("$bin")
        else
            command -v "$bin" >/dev/null 2>&1 || missing+=("$bin")
        fi
    done
    ((${#missing[@]} == 0)) && return 0
    for bin in "${missing[@]}"; do
        printf '[lab] ERROR: missing binary %s (Debian package: %s)\n' "$bin" "$(lab_pkg_of "$bin")" >&2
    done
    lab_die "install the missing package(s) (scripts/setup does it) and retry"
}

lab_pkg_of() {
    case ${1##*/} in
    dockerd | docker) echo docker.io ;;
    containerd) echo containerd ;;
    runc) echo runc ;;
    sshd) echo openssh-server ;;
    ssh | ssh-keygen | ssh-keyscan) echo openssh-client ;;
    mariadbd | mariadb-install-db) echo mariadb-server ;;
    mariadb | mariadb-dump) echo mariadb-client ;;
    busybox) echo busybox-static ;;
    sudo | visudo) echo sudo ;;
    curl) echo curl ;;
    openssl) echo openssl ;;
    chpasswd | useradd | userdel) echo passwd ;;
    setsid | flock | mountpoint) echo util-linux ;;
    ldd) echo libc-bin ;;
    ps | pgrep) echo procps ;;
    ss) echo iproute2 ;;
    bash) echo bash ;;
    tar) echo tar ;;
    *) echo "coreutils (or the package providing $1)" ;;
    esac
}

# ---------------------------------------------------------------- settings --

# Defaults. The passwords are deliberately hostile (single and double quote,
# dollar, space, semicolon, backslash) so that every run exercises quoting.
LAB_DEFAULT_META_PASSWORD='Me'\''ta "pa$s ;wd\1'
LAB_DEFAULT_SSH_PASSWORD='Ss'\''h "pa$s ;wd\2'

# All settings written to lab.env, in order.
LAB_SETTINGS=(LAB_DIR LAB_SSH_PORT LAB_DB_PORT LAB_CONSOLE_PORT LAB_CONTAINER LAB_NEW_CONTAINER
    LAB_RM_DB LAB_CM_DB LAB_CMHB_DB LAB_META_USER LAB_META_PASSWORD LAB_SSH_USER
    LAB_SSH_PASSWORD LAB_KEY_PASSPHRASE LAB_HEARTBEAT_ROWS LAB_HTTPS)

# lab_settings_from_env: fill every LAB_* setting from the environment or its
# default (used by lab/up: the environment describes the wanted lab).
lab_settings_from_env() {
    LAB_DIR=${LAB_DIR:-/var/lib/oms-lab}
    LAB_SSH_PORT=${LAB_SSH_PORT:-2222}
    LAB_DB_PORT=${LAB_DB_PORT:-3307}
    LAB_CONSOLE_PORT=${LAB_CONSOLE_PORT:-8089}
    LAB_CONTAINER=${LAB_CONTAINER:-oms_330}
    if [[ -z ${LAB_NEW_CONTAINER:-} ]]; then
        # oms_330 -> oms_331; any other name gets a _331 suffix.
        if [[ $LAB_CONTAINER == *_330 ]]; then
            LAB_NEW_CONTAINER=${LAB_CONTAINER%_330}_331
        else
            LAB_NEW_CONTAINER=${LAB_CONTAINER}_331
        fi
    fi
    LAB_RM_DB=${LAB_RM_DB:-rm_330}
    LAB_CM_DB=${LAB_CM_DB:-cm_330}
    LAB_CMHB_DB=${LAB_CMHB_DB:-cm_hb_330}
    LAB_META_USER=${LAB_META_USER:-oms_meta}
    LAB_META_PASSWORD=${LAB_META_PASSWORD:-$LAB_DEFAULT_META_PASSWORD}
    LAB_SSH_USER=${LAB_SSH_USER:-omsadmin}
    LAB_SSH_PASSWORD=${LAB_SSH_PASSWORD:-$LAB_DEFAULT_SSH_PASSWORD}
    LAB_KEY_PASSPHRASE=${LAB_KEY_PASSPHRASE:-lab key pass}
    LAB_HEARTBEAT_ROWS=${LAB_HEARTBEAT_ROWS:-1000}
    LAB_HTTPS=${LAB_HTTPS:-0}
    lab_normalise_dir
    lab_validate
    lab_derive
}

# lab_settings_from_file: lab/down, lab/reset and lab/status act on the lab
# that lab/up built in LAB_DIR, so they take every other setting from the
# lab.env that lab/up wrote there (and ignore other LAB_* variables).
lab_settings_from_file() {
    LAB_DIR=${LAB_DIR:-/var/lib/oms-lab}
    lab_normalise_dir
    local env_file=$LAB_DIR/lab.env
    [[ -r $env_file ]] || return 1
    local keep_dir=$LAB_DIR
    # shellcheck disable=SC1090
    . "$env_file"
    [[ $LAB_DIR == "$keep_dir" ]] || lab_die "$env_file describes LAB_DIR=$LAB_DIR, not $keep_dir (was the directory moved?)"
    lab_validate
    lab_derive
}

lab_normalise_dir() {
    while [[ $LAB_DIR == */ && $LAB_DIR != / ]]; do LAB_DIR=${LAB_DIR%/}; done
    [[ $LAB_DIR == /* ]] || lab_die "LAB_DIR must be an absolute path (got '$LAB_DIR')"
    # The directory ends up in sshd_config, dockerd flags, unix socket paths and
    # YAML: keep it to characters that need no quoting anywhere.
    [[ $LAB_DIR =~ ^/[A-Za-z0-9._/-]+$ ]] || lab_die "LAB_DIR may only contain letters, digits and . _ / - (got '$LAB_DIR')"
    case $LAB_DIR in
    / | /bin | /boot | /dev | /etc | /home | /lib | /lib64 | /opt | /proc | /root | /run | /sbin | /srv | /sys | /tmp | /usr | /var | /var/lib | /var/tmp)
        lab_die "LAB_DIR=$LAB_DIR is a system directory; use a dedicated one such as /var/lib/oms-lab" ;;
    esac
    # unix socket paths are limited to 107 bytes; containerd's is the longest.
    ((${#LAB_DIR} <= 60)) || lab_die "LAB_DIR is too long (${#LAB_DIR} > 60 characters): unix socket paths under it would exceed 107 bytes"
}

lab_is_port() { [[ $1 =~ ^[0-9]+$ ]] && (($1 >= 1 && $1 <= 65535)); }

lab_validate() {
    local v
    for v in LAB_SSH_PORT LAB_DB_PORT LAB_CONSOLE_PORT; do
        lab_is_port "${!v}" || lab_die "$v must be a TCP port number (got '${!v}')"
    done
    if [[ $LAB_SSH_PORT == "$LAB_DB_PORT" || $LAB_SSH_PORT == "$LAB_CONSOLE_PORT" || $LAB_DB_PORT == "$LAB_CONSOLE_PORT" ]]; then
        lab_die "LAB_SSH_PORT, LAB_DB_PORT and LAB_CONSOLE_PORT must differ"
    fi
    for v in LAB_CONTAINER LAB_NEW_CONTAINER; do
        [[ ${!v} =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ ]] || lab_die "$v is not a valid container name (got '${!v}')"
    done
    [[ $LAB_CONTAINER != "$LAB_NEW_CONTAINER" ]] || lab_die "LAB_NEW_CONTAINER must differ from LAB_CONTAINER"
    for v in LAB_RM_DB LAB_CM_DB LAB_CMHB_DB; do
        [[ ${!v} =~ ^[A-Za-z0-9_]{1,64}$ ]] || lab_die "$v may only contain letters, digits and _ (got '${!v}')"
    done
    if [[ $LAB_RM_DB == "$LAB_CM_DB" || $LAB_RM_DB == "$LAB_CMHB_DB" || $LAB_CM_DB == "$LAB_CMHB_DB" ]]; then
        lab_die "LAB_RM_DB, LAB_CM_DB and LAB_CMHB_DB must differ"
    fi
    case ${LAB_RM_DB,,} in mysql | information_schema | performance_schema | sys) lab_die "LAB_RM_DB may not be a system schema" ;; esac
    case ${LAB_CM_DB,,} in mysql | information_schema | performance_schema | sys) lab_die "LAB_CM_DB may not be a system schema" ;; esac
    case ${LAB_CMHB_DB,,} in mysql | information_schema | performance_schema | sys) lab_die "LAB_CMHB_DB may not be a system schema" ;; esac
    [[ $LAB_META_USER =~ ^[A-Za-z0-9_.@#-]{1,80}$ ]] || lab_die "LAB_META_USER may only contain letters, digits and _ . @ # - (got '$LAB_META_USER')"
    [[ $LAB_META_USER != root ]] || lab_die "LAB_META_USER may not be root (the lab keeps root for itself)"
    [[ $LAB_SSH_USER =~ ^[a-z_][a-z0-9_-]{0,30}$ ]] || lab_die "LAB_SSH_USER must be a plain lower-case user name (got '$LAB_SSH_USER')"
    case $LAB_SSH_USER in root | mysql | sshd | nobody | daemon | bin | sys) lab_die "LAB_SSH_USER may not be the system user $LAB_SSH_USER" ;; esac
    for v in LAB_META_PASSWORD LAB_SSH_PASSWORD LAB_KEY_PASSPHRASE; do
        [[ -n ${!v} ]] || lab_die "$v may not be empty"
        [[ ${!v} != *[$'\n\r']* ]] || lab_die "$v may not contain a line break"
    done
    ((${#LAB_KEY_PASSPHRASE} >= 5)) || lab_die "LAB_KEY_PASSPHRASE must have at least 5 characters (ssh-keygen refuses shorter ones)"
    [[ $LAB_HEARTBEAT_ROWS =~ ^[0-9]+$ ]] && ((LAB_HEARTBEAT_ROWS <= 100000000)) ||
        lab_die "LAB_HEARTBEAT_ROWS must be a whole number up to 100000000 (got '$LAB_HEARTBEAT_ROWS')"
    [[ $LAB_HTTPS == 0 || $LAB_HTTPS == 1 ]] || lab_die "LAB_HTTPS must be 0 or 1 (got '$LAB_HTTPS')"
}

# Paths and names derived from the settings. Everything lives under LAB_DIR.
lab_derive() {
    LAB_RUN=$LAB_DIR/run
    LAB_LOGS=$LAB_DIR/log
    LAB_STATE=$LAB_DIR/state
    LAB_CONF=$LAB_DIR/conf
    LAB_CLIENT=$LAB_DIR/client
    LAB_SSHD_DIR=$LAB_DIR/sshd
    LAB_SSHD_CONFIG=$LAB_SSHD_DIR/sshd_config
    LAB_SSHD_PIDFILE=$LAB_RUN/sshd.pid
    LAB_DOCKER_SOCK=$LAB_RUN/docker.sock
    LAB_DOCKER_HOST=unix://$LAB_DOCKER_SOCK
    LAB_DOCKERD_PIDFILE=$LAB_RUN/dockerd.pid
    LAB_DOCKER_EXEC=$LAB_DIR/docker-exec
    LAB_DB_DATADIR=$LAB_DIR/mariadb
    LAB_DB_RUNDIR=$LAB_RUN/mariadb
    LAB_DB_SOCK=$LAB_DB_RUNDIR/mariadbd.sock
    LAB_DB_PIDFILE=$LAB_DB_RUNDIR/mariadbd.pid
    LAB_DB_CNF=$LAB_CONF/mariadb.cnf
    LAB_HOST_DATA=$LAB_DIR/host/data
    LAB_CONFIG_YAML=$LAB_HOST_DATA/config.yaml
    LAB_OMS_MOUNTS=$LAB_HOST_DATA/oms
    LAB_PLAN=$LAB_DIR/plan.yaml
    LAB_ENV_FILE=$LAB_DIR/lab.env
    LAB_JSON_FILE=$LAB_DIR/lab.json
    LAB_KNOWN_HOSTS=$LAB_CLIENT/known_hosts
    LAB_SSH_KEY=$LAB_CLIENT/id_ed25519
    LAB_USER_HOME=/home/$LAB_SSH_USER
    LAB_BACKUP_DIR=$LAB_USER_HOME/oms-upgrade-backups
    LAB_SUDOERS=/etc/sudoers.d/oms-lab-$LAB_SSH_USER
    LAB_IMAGE_OLD=oms:feature_3.3.0_ce
    LAB_IMAGE_NEW=oms:feature_3.3.1_ce
    LAB_HEALTH_URL=http://127.0.0.1:$LAB_CONSOLE_PORT/oms/health
    # Tag put in key comments and authorized_keys lines, so that labs sharing
    # a user never remove each other's keys (the trailing colon keeps
    # /x/lab and /x/lab2 apart).
    LAB_KEY_TAG="oms-lab:$LAB_DIR:"
}

# ----------------------------------------------------------------- quoting --

# YAML single-quoted scalar: the only escape is '' for '. Everything else
# ($, ", \, ;, #, spaces) is literal.
lab_yaml_quote() { printf "'%s'" "${1//\'/\'\'}"; }

# SQL string literal for MariaDB (default sql_mode, so backslash escapes).
lab_sql_quote() {
    local s=${1//\\/\\\\}
    printf "'%s'" "${s//\'/\'\'}"
}

# SQL identifier.
lab_sql_ident() { printf '`%s`' "${1//\`/\`\`}"; }

# Value for a MariaDB option file: double-quoted, with \\ and \" escapes
# (mysys unquotes "..." and honours those escapes; # inside quotes is kept).
lab_cnf_quote() {
    local s=${1//\\/\\\\}
    printf '"%s"' "${s//\"/\\\"}"
}

# JSON string.
lab_json_quote() {
    local s=$1
    s=${s//\\/\\\\}
    s=${s//\"/\\\"}
    s=${s//$'\t'/\\t}
    printf '"%s"' "$s"
}

# ---------------------------------------------------------------- processes --

# lab_pid_alive PIDFILE PATTERN: print the pid recorded in PIDFILE if that
# process exists and its command line contains PATTERN (guards against a
# stale pid file whose pid was reused by something else).
lab_pid_alive() {
    local file=$1 pattern=$2 pid cmd
    [[ -s $file ]] || return 1
    pid=$(<"$file")
    pid=${pid//[^0-9]/}
    [[ -n $pid && -r /proc/$pid/cmdline ]] || return 1
    cmd=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || return 1
    [[ $cmd == *"$pattern"* ]] || return 1
    printf '%s\n' "$pid"
}

# lab_descendants PID: PIDs of all descendants of PID (children first).
lab_descendants() {
    local child
    for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
        printf '%s\n' "$child"
        lab_descendants "$child"
    done
}

# lab_wait_gone TIMEOUT_SECONDS PID...: wait until none of the PIDs exists.
lab_wait_gone() {
    local timeout=$1 pid left
    shift
    local deadline=$((SECONDS + timeout))
    while :; do
        left=0
        for pid in "$@"; do
            [[ -d /proc/$pid ]] && [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]] && left=1
        done
        ((left == 0)) && return 0
        ((SECONDS >= deadline)) && return 1
        sleep 0.1
    done
}

# lab_stop_pids NAME TIMEOUT PID...: SIGTERM, wait, then SIGKILL what is left.
lab_stop_pids() {
    local name=$1 timeout=$2
    shift 2
    (($# > 0)) || return 0
    kill -TERM "$@" 2>/dev/null || true
    if ! lab_wait_gone "$timeout" "$@"; then
        lab_warn "$name did not stop within ${timeout}s; sending SIGKILL to $*"
        kill -KILL "$@" 2>/dev/null || true
        lab_wait_gone 5 "$@" || lab_warn "$name: pids $* still present after SIGKILL"
    fi
}

# lab_spawn LOGFILE COMMAND...: start a daemon detached from us: its own
# session (setsid -f), stdin from /dev/null, output appended to LOGFILE, and
# no other inherited descriptor -- in particular not the lab lock (fd 9) nor a
# pipe of whoever runs lab/up (a caller capturing our output would otherwise
# wait for the daemon to exit).
lab_spawn() {
    local log=$1
    shift
    (
        for fd in /proc/self/fd/*; do
            fd=${fd##*/}
            ((fd > 2)) && eval "exec $fd>&-" 2>/dev/null
        done
        exec setsid -f "$@" </dev/null >>"$log" 2>&1
    )
}

# lab_dir_pids: pids of processes whose command line mentions "$LAB_DIR/"
# (every process the lab starts has a path under LAB_DIR in its arguments).
lab_dir_pids() { lab_pids_matching "$LAB_DIR/"; }

# lab_pids_matching TEXT: pids whose command line contains TEXT (one grep over
# /proc instead of a process per pid; the caller itself is excluded).
lab_pids_matching() {
    local f p found
    found=$(grep -lsaF -- "$1" /proc/[0-9]*/cmdline 2>/dev/null) || true
    for f in $found; do
        p=${f#/proc/}
        p=${p%/cmdline}
        [[ $p == "$$" || $p == "$BASHPID" ]] && continue
        # grep matched its own command line; it has exited by now.
        [[ -d /proc/$p ]] || continue
        printf '%s\n' "$p"
    done
    return 0
}

# lab_port_listening PORT: is something accepting TCP connections on 127.0.0.1:PORT?
lab_port_listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# lab_port_owner PORT: describe the process listening on the port (for errors).
lab_port_owner() {
    if command -v ss >/dev/null 2>&1; then
        ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\(.*\)))/\1/p' | head -n1
    elif command -v fuser >/dev/null 2>&1; then
        fuser -n tcp "$1" 2>/dev/null | sed 's/^ */pid /'
    fi
}

# lab_wait_until TIMEOUT DESCRIPTION COMMAND...: poll COMMAND every 0.2s.
lab_wait_until() {
    local timeout=$1 what=$2
    shift 2
    local deadline=$((SECONDS + timeout))
    until "$@"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}

# ------------------------------------------------------------------ clients --

# Docker client for the lab engine (-H wins over any context in ~/.docker).
ldocker() { "$DOCKER_BIN" -H "$LAB_DOCKER_HOST" "$@"; }

# MariaDB as root over the lab's unix socket (root@localhost uses unix_socket
# authentication, so no password is involved). --no-defaults must come first.
lsql() {
    mariadb --no-defaults --protocol=socket --socket="$LAB_DB_SOCK" --user=root \
        --default-character-set=utf8mb4 --batch --skip-column-names "$@"
}

# ssh as the lab user with the lab key and known_hosts only (-F /dev/null: no
# user or system ssh_config can interfere).
lab_ssh() {
    ssh -F /dev/null -i "$LAB_SSH_KEY" -o IdentitiesOnly=yes -o BatchMode=yes \
        -o UserKnownHostsFile="$LAB_KNOWN_HOSTS" -o GlobalKnownHostsFile=/dev/null \
        -o StrictHostKeyChecking=yes -o ConnectTimeout=10 \
        -p "$LAB_SSH_PORT" "$LAB_SSH_USER@127.0.0.1" "$@"
}

# -------------------------------------------------------------------- files --

# lab_write_if_changed FILE MODE OWNER: replace FILE with stdin when the
# content differs. Returns 0 when the file changed, 1 when it was already
# up to date. Writes in place (same inode) so a bind mount of FILE into a
# container keeps seeing it.
lab_write_if_changed() {
    local file=$1 mode=$2 owner=$3 content='' old='' rc=1 have
    # read -d '' slurps stdin (and the file) without forking or dropping
    # trailing newlines; a warm lab/up calls this a dozen times.
    IFS= read -r -d '' content || true
    [[ -f $file ]] && { IFS= read -r -d '' old <"$file" || true; }
    if [[ ! -f $file || $content != "$old" ]]; then
        printf '%s' "$content" >"$file"
        rc=0
    fi
    have=$(stat -c '%a %U:%G' "$file")
    [[ ${have%% *} == "${mode#0}" ]] || chmod "$mode" "$file"
    [[ ${have#* } == "$owner" ]] || chown "$owner" "$file"
    return "$rc"
}

# lab_lock: serialise lab/up, lab/reset and lab/down on one LAB_DIR.
lab_lock() {
    mkdir -p "$LAB_DIR"
    exec 9>"$LAB_DIR/.lock"
    flock -n 9 && return 0
    lab_log "waiting for another lab/up, lab/reset or lab/down on $LAB_DIR"
    flock -w 300 9 || lab_die "another lab/up, lab/reset or lab/down holds $LAB_DIR/.lock"
}
