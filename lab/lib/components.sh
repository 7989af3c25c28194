# shellcheck shell=bash
# The lab's components: user and keys, sshd, MariaDB (MetaDB), Docker engine,
# images, host-side files and the old OMS container. Each ensure_* function is
# idempotent: it checks the current state first and only does what is missing
# or out of date, which is what makes a warm lab/up take seconds.
# Sourced after common.sh.

# ------------------------------------------------------------ directories --

lab_make_layout() {
    mkdir -p "$LAB_DIR"
    # Other users must traverse LAB_DIR: mysql (datadir, socket) and the lab
    # user (config.yaml over SFTP). mktemp -d creates 0700 directories.
    chmod 0755 "$LAB_DIR"
    touch "$LAB_DIR/.oms-lab" # marker: lab/down --purge only deletes a directory carrying it
    install -d -m 0755 "$LAB_RUN" "$LAB_LOGS" "$LAB_CONF" "$LAB_DIR/host"
    install -d -m 0700 "$LAB_STATE" "$LAB_CLIENT" "$LAB_SSHD_DIR" "$LAB_DIR/image"
    # Every parent of LAB_DIR must be traversable by mysql and the lab user.
    local d=$LAB_DIR parents=() mode name
    while [[ $d != / ]]; do
        d=${d%/*}
        d=${d:-/}
        parents+=("$d")
    done
    while read -r mode name; do
        ((8#$mode & 1)) ||
            lab_die "parent directory $name of LAB_DIR is not traversable by other users (mode $mode); choose another LAB_DIR"
    done < <(stat -c '%a %n' "${parents[@]}")
}

# lab_check_port NAME PORT PIDFILE PATTERN: the port must be free, or held by
# our own process (recorded in PIDFILE).
lab_check_port() {
    local name=$1 port=$2 pidfile=$3 pattern=$4
    lab_port_listening "$port" || return 0
    lab_pid_alive "$pidfile" "$pattern" >/dev/null && return 0
    lab_die "$name: port 127.0.0.1:$port is already in use by $(lab_port_owner "$port" || echo 'another process'); set another port (see lab/README.md)"
}

# ------------------------------------------------------- changed settings --

# lab_previous NAME: the value NAME had in the lab.env of the previous lab/up
# in this LAB_DIR (empty when there was none).
lab_previous() {
    [[ -r $LAB_ENV_FILE ]] || return 0
    env -i bash -c '. "$1" >/dev/null 2>&1 && printf %s "${!2-}"' _ "$LAB_ENV_FILE" "$1"
}

# Settings changed since the previous lab/up are applied, not refused. Most
# follow from comparing generated files; these three leave something behind
# that must be removed explicitly. Call before lab.env is rewritten.
lab_note_previous_settings() {
    LAB_PREV_SSH_USER=$(lab_previous LAB_SSH_USER)
    LAB_PREV_META_USER=$(lab_previous LAB_META_USER)
    LAB_PREV_CONTAINER=$(lab_previous LAB_CONTAINER)
}

lab_forget_previous_ssh_user() {
    local prev=$LAB_PREV_SSH_USER
    [[ -n $prev && $prev != "$LAB_SSH_USER" ]] || return 0
    lab_log "LAB_SSH_USER changed from $prev: removing its sudoers drop-in and this lab's keys (the user itself stays)"
    rm -f "/etc/sudoers.d/oms-lab-$prev"
    local ak=/home/$prev/.ssh/authorized_keys
    if [[ -f $ak ]]; then
        grep -vF " $LAB_KEY_TAG" "$ak" | lab_write_if_changed "$ak" 0600 "$(stat -c '%U:%G' "$ak")" || true
    fi
}

lab_forget_previous_meta_user() {
    local prev=$LAB_PREV_META_USER
    [[ -n $prev && $prev != "$LAB_META_USER" ]] || return 0
    lab_log "LAB_META_USER changed from $prev: dropping that MetaDB account"
    printf "DROP USER IF EXISTS %s@'127.0.0.1', %s@'localhost';\n" "$(lab_sql_quote "$prev")" "$(lab_sql_quote "$prev")" | lsql ||
        lab_warn "could not drop the MetaDB user $prev"
}

lab_forget_previous_container() {
    local prev=$LAB_PREV_CONTAINER
    [[ -n $prev && $prev != "$LAB_CONTAINER" ]] || return 0
    if ldocker container inspect "$prev" >/dev/null 2>&1; then
        lab_log "LAB_CONTAINER changed from $prev: removing that container"
        ldocker rm -f "$prev" >/dev/null || lab_warn "could not remove container $prev"
    fi
}

# ------------------------------------------------------------ user & keys --

ensure_user() {
    if ! id -u "$LAB_SSH_USER" >/dev/null 2>&1; then
        lab_log "creating user $LAB_SSH_USER"
        useradd --create-home --home-dir "$LAB_USER_HOME" --shell /bin/bash \
            --comment "OMS lab host user" "$LAB_SSH_USER"
    fi
    local home
    home=$(getent passwd "$LAB_SSH_USER" | cut -d: -f6)
    [[ $home == "$LAB_USER_HOME" ]] || lab_die "user $LAB_SSH_USER exists with home $home, expected $LAB_USER_HOME"
    # The password goes through chpasswd's stdin, never a command line.
    printf '%s:%s\n' "$LAB_SSH_USER" "$LAB_SSH_PASSWORD" | chpasswd
    install -d -m 0700 -o "$LAB_SSH_USER" -g "$(id -gn "$LAB_SSH_USER")" "$LAB_USER_HOME/.ssh"
}

# ssh-keygen reads passphrases from SSH_ASKPASS when SSH_ASKPASS_REQUIRE=force:
# the passphrase travels in the environment of our own child, not in argv.
lab_keygen_askpass() {
    local secret=$1
    shift
    OMS_LAB_ASKPASS_SECRET=$secret SSH_ASKPASS="$LAB_ROOT/lib/askpass" SSH_ASKPASS_REQUIRE=force \
        DISPLAY=none setsid -w ssh-keygen "$@" </dev/null
}

ensure_client_keys() {
    local spec name type bits
    for spec in id_ed25519:ed25519:0 id_ecdsa:ecdsa:256 id_rsa:rsa:3072; do
        IFS=: read -r name type bits <<<"$spec"
        if [[ ! -s $LAB_CLIENT/$name || ! -s $LAB_CLIENT/$name.pub ]]; then
            lab_log "generating client key $name"
            rm -f "$LAB_CLIENT/$name" "$LAB_CLIENT/$name.pub"
            if ((bits > 0)); then
                ssh-keygen -q -t "$type" -b "$bits" -N '' -C "${LAB_KEY_TAG}$name" -f "$LAB_CLIENT/$name" </dev/null
            else
                ssh-keygen -q -t "$type" -N '' -C "${LAB_KEY_TAG}$name" -f "$LAB_CLIENT/$name" </dev/null
            fi
        fi
    done
    # The passphrase-protected key: regenerate it when LAB_KEY_PASSPHRASE no
    # longer opens it (the setting changed).
    # A fingerprint of passphrase and public key avoids re-deriving the key
    # (bcrypt KDF) on every warm run.
    local pp=$LAB_CLIENT/id_ed25519_pp ppfp=''
    [[ -s $pp.pub ]] && ppfp=$(printf '%s\n' "$LAB_KEY_PASSPHRASE" "$(<"$pp.pub")" | sha256sum)
    if [[ -s $pp && -n $ppfp && -s $LAB_STATE/pp.fingerprint && $(<"$LAB_STATE/pp.fingerprint") == "$ppfp" ]]; then
        :
    elif [[ ! -s $pp || ! -s $pp.pub ]] || ! lab_keygen_askpass "$LAB_KEY_PASSPHRASE" -y -f "$pp" >/dev/null 2>&1; then
        lab_log "generating client key id_ed25519_pp (with passphrase)"
        rm -f "$pp" "$pp.pub"
        lab_keygen_askpass "$LAB_KEY_PASSPHRASE" -q -t ed25519 -C "${LAB_KEY_TAG}id_ed25519_pp" -f "$pp" >/dev/null
        lab_keygen_askpass "$LAB_KEY_PASSPHRASE" -y -f "$pp" >/dev/null 2>&1 ||
            lab_die "could not create $pp with the passphrase"
    fi
    printf '%s\n' "$LAB_KEY_PASSPHRASE" "$(<"$pp.pub")" | sha256sum >"$LAB_STATE/pp.fingerprint"
    chown root:root "$LAB_CLIENT"/id_*
    chmod 0600 "$LAB_CLIENT"/id_*
}

ensure_authorized_keys() {
    local ak=$LAB_USER_HOME/.ssh/authorized_keys group
    group=$(id -gn "$LAB_SSH_USER")
    # Keep every line not tagged with this LAB_DIR (other labs, manual keys).
    {
        [[ -f $ak ]] && grep -vF " $LAB_KEY_TAG" "$ak"
        cat "$LAB_CLIENT"/id_ed25519.pub "$LAB_CLIENT"/id_ed25519_pp.pub "$LAB_CLIENT"/id_ecdsa.pub "$LAB_CLIENT"/id_rsa.pub
    } | lab_write_if_changed "$ak" 0600 "$LAB_SSH_USER:$group" && lab_log "updated $ak"
    return 0
}

ensure_sudoers() {
    local tmp
    tmp=$(mktemp "$LAB_DIR/.sudoers.XXXXXX")
    cat >"$tmp" <<EOF
# OMS lab (lab/up): $LAB_SSH_USER runs docker through sudo, as on real OMS hosts.
# DOCKER_HOST (set by the lab sshd) is kept so sudo docker reaches the lab engine;
# secure_path finds /usr/bin/docker, the client matching the lab's 20.10 engine.
Defaults:$LAB_SSH_USER env_keep += "DOCKER_HOST"
Defaults:$LAB_SSH_USER secure_path="/usr/sbin:/usr/bin:/sbin:/bin"
$LAB_SSH_USER ALL=(root) NOPASSWD: $DOCKER_BIN
EOF
    visudo -c -q -f "$tmp" >/dev/null || {
        rm -f "$tmp"
        lab_die "generated sudoers drop-in failed visudo -c"
    }
    lab_write_if_changed "$LAB_SUDOERS" 0440 root:root <"$tmp" && lab_log "installed $LAB_SUDOERS"
    rm -f "$tmp"
    return 0
}

# -------------------------------------------------------------------- sshd --

ensure_sshd() {
    local t f
    for t in ed25519 ecdsa rsa; do
        f=$LAB_SSHD_DIR/ssh_host_${t}_key
        if [[ ! -s $f || ! -s $f.pub ]]; then
            lab_log "generating sshd host key $t"
            rm -f "$f" "$f.pub"
            ssh-keygen -q -t "$t" -N '' -C "oms-lab-host" -f "$f" </dev/null
        fi
        chmod 0600 "$f"
    done
    # known_hosts for the clients: "[127.0.0.1]:PORT type base64" per host key.
    for t in ed25519 ecdsa rsa; do
        awk -v h="[127.0.0.1]:$LAB_SSH_PORT" '{print h, $1, $2}' "$LAB_SSHD_DIR/ssh_host_${t}_key.pub"
    done | lab_write_if_changed "$LAB_KNOWN_HOSTS" 0644 root:root || true

    # Absolute paths everywhere: sshd re-executes itself for every connection.
    local changed=1
    lab_write_if_changed "$LAB_SSHD_CONFIG" 0600 root:root <<EOF && changed=0
# OMS lab sshd (generated by lab/up; do not edit)
Port $LAB_SSH_PORT
ListenAddress 127.0.0.1
HostKey $LAB_SSHD_DIR/ssh_host_ed25519_key
HostKey $LAB_SSHD_DIR/ssh_host_ecdsa_key
HostKey $LAB_SSHD_DIR/ssh_host_rsa_key
PidFile $LAB_SSHD_PIDFILE
AuthorizedKeysFile .ssh/authorized_keys
AllowUsers $LAB_SSH_USER
PermitRootLogin no
PubkeyAuthentication yes
PasswordAuthentication yes
KbdInteractiveAuthentication yes
UsePAM yes
# Port forwarding stays on: a client may tunnel to the MetaDB (metadb.tunnel).
AllowTcpForwarding yes
X11Forwarding no
PrintMotd no
UseDNS no
LogLevel VERBOSE
# Tests open many connections in parallel.
MaxStartups 64:30:128
MaxSessions 32
ClientAliveInterval 30
ClientAliveCountMax 4
Subsystem sftp internal-sftp
# Sessions reach the lab engine (and sudo keeps it, see the sudoers drop-in).
SetEnv DOCKER_HOST=$LAB_DOCKER_HOST
EOF
    install -d -m 0755 /run/sshd # privilege separation directory (sshd -t checks it too)
    "$SSHD_BIN" -t -f "$LAB_SSHD_CONFIG" || lab_die "sshd rejects $LAB_SSHD_CONFIG"

    local pid
    if pid=$(lab_pid_alive "$LAB_SSHD_PIDFILE" "$LAB_SSHD_CONFIG"); then
        if ((changed == 0)); then
            lab_log "sshd config changed: restarting sshd (pid $pid)"
            lab_stop_pids sshd 10 "$pid"
        else
            return 0
        fi
    fi
    lab_check_port sshd "$LAB_SSH_PORT" "$LAB_SSHD_PIDFILE" "$LAB_SSHD_CONFIG"
    lab_log "starting sshd on 127.0.0.1:$LAB_SSH_PORT"
    rm -f "$LAB_SSHD_PIDFILE"
    # sshd daemonises itself and writes PidFile.
    lab_spawn "$LAB_LOGS/sshd.out" "$SSHD_BIN" -f "$LAB_SSHD_CONFIG" -E "$LAB_LOGS/sshd.log" ||
        lab_die "sshd failed to start; see $LAB_LOGS/sshd.log"
    lab_wait_until 20 sshd lab_pid_alive "$LAB_SSHD_PIDFILE" "$LAB_SSHD_CONFIG" >/dev/null ||
        lab_die "sshd did not write $LAB_SSHD_PIDFILE; see $LAB_LOGS/sshd.log"
    lab_wait_until 20 sshd lab_port_listening "$LAB_SSH_PORT" ||
        lab_die "sshd does not listen on 127.0.0.1:$LAB_SSH_PORT; see $LAB_LOGS/sshd.log"
}

# ----------------------------------------------------------------- MariaDB --

lab_mariadb_cnf() {
    cat <<EOF
# OMS lab MetaDB (generated by lab/up; do not edit)
[mariadbd]
user = mysql
datadir = $LAB_DB_DATADIR
socket = $LAB_DB_SOCK
pid-file = $LAB_DB_PIDFILE
port = $LAB_DB_PORT
bind-address = 127.0.0.1
log-error = $LAB_LOGS/mariadb/mariadbd.err
skip-name-resolve
skip-log-bin
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
max_connections = 200
innodb_buffer_pool_size = 256M
innodb_log_file_size = 128M
# The lab trades durability for speed (seeding millions of heartbeat rows).
innodb_flush_log_at_trx_commit = 2
sync_binlog = 0
EOF
}

ensure_mariadb() {
    install -d -m 0750 -o mysql -g mysql "$LAB_DB_DATADIR"
    install -d -m 0755 -o mysql -g mysql "$LAB_DB_RUNDIR" "$LAB_LOGS/mariadb"
    local changed=1
    lab_mariadb_cnf | lab_write_if_changed "$LAB_DB_CNF" 0644 root:root && changed=0

    if [[ ! -d $LAB_DB_DATADIR/mysql ]]; then
        lab_log "initialising the MariaDB data directory $LAB_DB_DATADIR"
        # root@localhost authenticates by unix socket: the lab administers the
        # server as OS root without any password.
        mariadb-install-db --defaults-file="$LAB_DB_CNF" --user=mysql --skip-test-db \
            --auth-root-authentication-method=socket >"$LAB_LOGS/mariadb-install-db.log" 2>&1 ||
            lab_die "mariadb-install-db failed; see $LAB_LOGS/mariadb-install-db.log"
    fi

    local pid
    if pid=$(lab_pid_alive "$LAB_DB_PIDFILE" "$LAB_DB_CNF"); then
        if ((changed == 0)); then
            lab_log "MariaDB config changed: restarting mariadbd (pid $pid)"
            lab_stop_pids mariadbd 60 "$pid"
        else
            return 0
        fi
    fi
    lab_check_port mariadbd "$LAB_DB_PORT" "$LAB_DB_PIDFILE" "$LAB_DB_CNF"
    lab_log "starting mariadbd on 127.0.0.1:$LAB_DB_PORT"
    rm -f "$LAB_DB_PIDFILE"
    lab_spawn "$LAB_LOGS/mariadbd.out" "$MARIADBD_BIN" --defaults-file="$LAB_DB_CNF"
    lab_wait_until 60 mariadbd lsql -e 'SELECT 1' >/dev/null 2>&1 ||
        lab_die "mariadbd did not come up; see $LAB_LOGS/mariadb/mariadbd.err"
    lab_wait_until 10 mariadbd lab_pid_alive "$LAB_DB_PIDFILE" "$LAB_DB_CNF" >/dev/null ||
        lab_die "mariadbd did not write $LAB_DB_PIDFILE"
}

# The MetaDB account: passwords reach the server in SQL on stdin only.
ensure_meta_user() {
    local u p host db sql=''
    u=$(lab_sql_quote "$LAB_META_USER")
    p=$(lab_sql_quote "$LAB_META_PASSWORD")
    for host in 127.0.0.1 localhost; do
        sql+="CREATE USER IF NOT EXISTS $u@'$host' IDENTIFIED BY $p;"$'\n'
        sql+="ALTER USER $u@'$host' IDENTIFIED BY $p;"$'\n'
        for db in "$LAB_RM_DB" "$LAB_CM_DB" "$LAB_CMHB_DB"; do
            sql+="GRANT ALL PRIVILEGES ON $(lab_sql_ident "$db").* TO $u@'$host';"$'\n'
        done
        # mariadb-dump/mysqldump may need PROCESS (tablespaces) and RELOAD (flush).
        sql+="GRANT PROCESS, RELOAD, SHOW DATABASES ON *.* TO $u@'$host';"$'\n'
    done
    printf '%s' "$sql" | lsql || lab_die "could not create the MetaDB user $LAB_META_USER"
}

# lab_seed_databases: drop, recreate and seed the three databases.
lab_seed_databases() {
    local img=$LAB_ROOT/image/sql sql=$LAB_ROOT/sql start=$SECONDS
    lab_log "seeding $LAB_RM_DB, $LAB_CM_DB, $LAB_CMHB_DB ($LAB_HEARTBEAT_ROWS heartbeat rows)"
    {
        local db
        for db in "$LAB_RM_DB" "$LAB_CM_DB" "$LAB_CMHB_DB"; do
            printf 'DROP DATABASE IF EXISTS %s;\n' "$(lab_sql_ident "$db")"
            printf 'CREATE DATABASE %s DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;\n' "$(lab_sql_ident "$db")"
        done
        printf 'USE %s;\n' "$(lab_sql_ident "$LAB_RM_DB")"
        cat "$img/rm_schema_330.sql" "$sql/rm_seed.sql"
        printf 'USE %s;\n' "$(lab_sql_ident "$LAB_CM_DB")"
        cat "$img/cm_schema_330.sql" "$sql/cm_seed.sql"
        printf 'USE %s;\n' "$(lab_sql_ident "$LAB_CMHB_DB")"
        printf 'SET @lab_heartbeat_rows = %d;\n' "$LAB_HEARTBEAT_ROWS"
        printf 'SET SESSION max_recursive_iterations = %d;\n' "$((LAB_HEARTBEAT_ROWS + 10))"
        cat "$img/cm_hb_schema_330.sql" "$sql/cm_hb_seed.sql"
    } | lsql || lab_die "seeding the MetaDB failed"
    lab_seed_fingerprint >"$LAB_STATE/seed.fingerprint"
    lab_log "seeded in $((SECONDS - start))s"
}

# What the seeded data depends on: names, row count and the SQL itself.
lab_seed_fingerprint() {
    {
        printf '%s\n' "$LAB_RM_DB" "$LAB_CM_DB" "$LAB_CMHB_DB" "$LAB_HEARTBEAT_ROWS"
        cat "$LAB_ROOT"/image/sql/*_schema_330.sql "$LAB_ROOT"/sql/*.sql
    } | sha256sum | cut -c1-64
}

# Seed when never seeded, when a setting or the SQL changed, or when the
# databases are missing. Otherwise leave the data alone (tests may have
# changed it on purpose; lab/reset restores it).
ensure_seed() {
    local present
    present=$(lsql -e "SELECT COUNT(*) FROM information_schema.tables WHERE
        (table_schema = $(lab_sql_quote "$LAB_RM_DB") AND table_name = 'oms_normal_config') OR
        (table_schema = $(lab_sql_quote "$LAB_CM_DB") AND table_name = 'host') OR
        (table_schema = $(lab_sql_quote "$LAB_CMHB_DB") AND table_name = 'heatbeat_sequence')") ||
        lab_die "cannot query the MetaDB"
    if [[ $present != 3 ]]; then
        lab_seed_databases
    elif [[ ! -s $LAB_STATE/seed.fingerprint || $(<"$LAB_STATE/seed.fingerprint") != "$(lab_seed_fingerprint)" ]]; then
        lab_log "seed settings or SQL changed since the last seed"
        lab_seed_databases
    fi
}

# -------------------------------------------------------- host-side files --

lab_config_yaml() {
    cat <<EOF
# OMS Community Edition configuration (OMS lab, generated by lab/up)
oms_meta_host: 127.0.0.1
oms_meta_port: $LAB_DB_PORT
oms_meta_user: $(lab_yaml_quote "$LAB_META_USER")
oms_meta_password: $(lab_yaml_quote "$LAB_META_PASSWORD")
drc_rm_db: $LAB_RM_DB
drc_cm_db: $LAB_CM_DB
drc_cm_heartbeat_db: $LAB_CMHB_DB
cm_url: http://127.0.0.1:8088
cm_location: 100
cm_region: cn-anhui
cm_region_cn: cn-anhui
cm_is_default: true
cm_nodes:
  - 127.0.0.1
tsdb_service: 'INFLUXDB'
tsdb_enabled: false
tsdb_url: '127.0.0.1:8086'
tsdb_username: ''
tsdb_password: ''
drc_user: 'drc_lab'
drc_password: 'Drc lab pass'
nginx_server_port: $LAB_CONSOLE_PORT
EOF
}

# ensure_host_files [restore]: config.yaml and the mount directories, owned by
# the lab user. With "restore", also empty the mount directories.
ensure_host_files() {
    local mode=${1:-} group
    group=$(id -gn "$LAB_SSH_USER")
    install -d -m 0755 -o "$LAB_SSH_USER" -g "$group" "$LAB_HOST_DATA" "$LAB_OMS_MOUNTS" \
        "$LAB_OMS_MOUNTS/oms_logs" "$LAB_OMS_MOUNTS/oms_store" "$LAB_OMS_MOUNTS/oms_run"
    if [[ $mode == restore ]]; then
        find "$LAB_OMS_MOUNTS/oms_logs" "$LAB_OMS_MOUNTS/oms_store" "$LAB_OMS_MOUNTS/oms_run" -mindepth 1 -delete
    fi
    lab_config_yaml | lab_write_if_changed "$LAB_CONFIG_YAML" 0640 "$LAB_SSH_USER:$group" &&
        lab_log "wrote $LAB_CONFIG_YAML"
    local crt=$LAB_OMS_MOUNTS/https_crt key=$LAB_OMS_MOUNTS/https_key
    if [[ $LAB_HTTPS == 1 ]]; then
        # Files, not directories: docker would create missing bind sources as directories.
        [[ -d $crt ]] && rm -rf "$crt"
        [[ -d $key ]] && rm -rf "$key"
        if [[ ! -s $crt || ! -s $key ]]; then
            command -v openssl >/dev/null 2>&1 || lab_die "LAB_HTTPS=1 needs openssl (Debian package: openssl) to create the self-signed certificate"
            lab_log "creating a self-signed HTTPS certificate"
            openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=127.0.0.1/O=OMS lab" \
                -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
                -keyout "$key" -out "$crt" >"$LAB_LOGS/openssl.log" 2>&1 ||
                lab_die "openssl failed; see $LAB_LOGS/openssl.log"
        fi
        chown "$LAB_SSH_USER:$group" "$crt" "$key"
        chmod 0644 "$crt"
        chmod 0600 "$key"
    else
        rm -rf "$crt" "$key"
    fi
}

# ------------------------------------------------------------------ dockerd --

# Start dockerd without waiting (lab_wait_dockerd waits); it initialises while
# the rest of lab/up runs.
lab_start_dockerd() {
    install -d -m 0711 "$LAB_DIR/docker" "$LAB_DOCKER_EXEC"
    # Own daemon.json: /etc/docker/daemon.json must not leak into the lab.
    printf '{}\n' | lab_write_if_changed "$LAB_CONF/dockerd.json" 0644 root:root || true
    if lab_pid_alive "$LAB_DOCKERD_PIDFILE" "$LAB_DOCKER_EXEC" >/dev/null; then
        return 0
    fi
    [[ -S $LAB_DOCKER_SOCK ]] && rm -f "$LAB_DOCKER_SOCK"
    lab_log "starting dockerd on $LAB_DOCKER_HOST"
    # --bridge none / --iptables=false / --ip-masq=false: no network set-up
    # (the sandbox has no iptables; containers use --net host).
    lab_spawn "$LAB_LOGS/dockerd.log" "$DOCKERD_BIN" \
        --config-file "$LAB_CONF/dockerd.json" \
        --data-root "$LAB_DIR/docker" \
        --exec-root "$LAB_DOCKER_EXEC" \
        --pidfile "$LAB_DOCKERD_PIDFILE" \
        -H "$LAB_DOCKER_HOST" \
        --storage-driver vfs \
        --bridge none \
        --iptables=false \
        --ip-masq=false \
        --ip-forward=false \
        --userland-proxy=false \
        --log-driver json-file
}

lab_docker_ready() { ldocker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

lab_wait_dockerd() {
    lab_wait_until 90 dockerd lab_docker_ready ||
        lab_die "dockerd did not answer on $LAB_DOCKER_HOST; see $LAB_LOGS/dockerd.log"
}

# ------------------------------------------------------------------- images --

# Hash of everything an image is built from: lab/image/ and the host binaries.
lab_image_hash() {
    {
        (cd "$LAB_ROOT/image" && find . -type f | LC_ALL=C sort | xargs sha256sum)
        sha256sum "$(command -v busybox)" "$(readlink -f /bin/bash)" "$(command -v mariadb)"
    } | sha256sum | cut -c1-64
}

# ensure_images: build oms:feature_3.3.0_ce and oms:feature_3.3.1_ce with
# docker import, unless they exist with the current source hash (label).
ensure_images() {
    local hash version tag have rootfs built=0
    hash=$(lab_image_hash)
    # One inspect for both tags ("<tag> <hash>" per existing image).
    have=$(ldocker image inspect --format '{{index .RepoTags 0}} {{index .Config.Labels "oms-lab.src-hash"}}' \
        "$LAB_IMAGE_OLD" "$LAB_IMAGE_NEW" 2>/dev/null || true)
    for version in 3.3.0 3.3.1; do
        tag=oms:feature_${version}_ce
        grep -qxF "$tag $hash" <<<"$have" && continue
        lab_log "building image $tag"
        rootfs=$LAB_DIR/image/rootfs-$version
        bash "$LAB_ROOT/image/build-rootfs.sh" "$version" "$rootfs" >"$LAB_LOGS/image-$version.log" 2>&1 ||
            lab_die "building the $version root file system failed; see $LAB_LOGS/image-$version.log"
        tar -C "$rootfs" --numeric-owner --owner=0 --group=0 -cf - . |
            ldocker import \
                --change 'ENTRYPOINT ["/usr/local/bin/oms-entrypoint"]' \
                --change "ENV OMS_VERSION=$version" \
                --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin' \
                --change 'WORKDIR /root' \
                --change "LABEL oms-lab.src-hash=$hash" \
                --change "LABEL org.opencontainers.image.version=$version" \
                --change 'LABEL org.opencontainers.image.title="OMS Community Edition (OMS lab imitation)"' \
                --message "OMS lab image $version" \
                - "$tag" >>"$LAB_LOGS/image-$version.log" 2>&1 ||
            lab_die "docker import of $tag failed; see $LAB_LOGS/image-$version.log"
        rm -rf "$rootfs"
        built=1
    done
    # Superseded builds are dangling now; drop those no container uses.
    if ((built)); then
        ldocker image prune -f >/dev/null 2>&1 || true
    fi
}

# ---------------------------------------------------------------- container --

# The documented docker run of the old (3.3.0) container, without --privileged.
lab_old_container_args() {
    LAB_RUN_ARGS=(--net host --name "$LAB_CONTAINER"
        -v "$LAB_CONFIG_YAML:/home/admin/conf/config.yaml"
        -v "$LAB_OMS_MOUNTS/oms_logs:/home/admin/logs"
        -v "$LAB_OMS_MOUNTS/oms_store:/home/ds/store"
        -v "$LAB_OMS_MOUNTS/oms_run:/home/ds/run")
    if [[ $LAB_HTTPS == 1 ]]; then
        LAB_RUN_ARGS+=(-v "$LAB_OMS_MOUNTS/https_crt:/etc/pki/nginx/oms_server.crt"
            -v "$LAB_OMS_MOUNTS/https_key:/etc/pki/nginx/oms_server.key")
    fi
    LAB_RUN_ARGS+=(-e OMS_HOST_IP=127.0.0.1 --pids-limit -1 --ulimit nproc=65535:65535)
}

lab_container_fingerprint() {
    local image_id
    image_id=$(ldocker image inspect --format '{{.Id}}' "$LAB_IMAGE_OLD")
    lab_old_container_args
    printf '%s\n' "$image_id" "$LAB_CONSOLE_PORT" "${LAB_RUN_ARGS[@]}" | sha256sum | cut -c1-64
}

lab_create_old_container() {
    local fp=$1
    lab_old_container_args
    lab_log "starting container $LAB_CONTAINER ($LAB_IMAGE_OLD)"
    ldocker run -d "${LAB_RUN_ARGS[@]}" --label "oms-lab.fingerprint=$fp" "$LAB_IMAGE_OLD" >/dev/null ||
        lab_die "docker run of $LAB_CONTAINER failed"
}

# ensure_old_container: the 3.3.0 container exists with the current image and
# settings, and runs -- unless another container of the lab runs (a test left
# the lab upgraded: starting the old one would clash on the console port).
ensure_old_container() {
    local fp have=missing state='' others='' name st label
    fp=$(lab_container_fingerprint)
    # One docker ps for everything: "<name> <state> <fingerprint label>".
    while read -r name st label; do
        if [[ $name == "$LAB_CONTAINER" ]]; then
            have=${label:-none}
            state=$st
        elif [[ $st == running ]]; then
            others+="${others:+ }$name"
        fi
    done < <(ldocker ps -a --format '{{.Names}} {{.State}} {{.Label "oms-lab.fingerprint"}}')
    if [[ $have == none ]]; then
        # Not created by the lab (no fingerprint label): a test or the product
        # made it. Never destroy it from lab/up; lab/reset does that.
        lab_warn "container $LAB_CONTAINER was not created by the lab; leaving it (run lab/reset for the initial state)"
        return 0
    elif [[ $have == missing ]]; then
        if [[ -n $others ]]; then
            lab_warn "container $LAB_CONTAINER is missing but other containers run ($others); not recreating it (run lab/reset for the initial state)"
            return 0
        fi
        lab_create_old_container "$fp"
    elif [[ $have != "$fp" ]]; then
        lab_log "image or settings of $LAB_CONTAINER changed: recreating it"
        ldocker rm -f "$LAB_CONTAINER" >/dev/null
        lab_create_old_container "$fp"
    elif [[ $state != running ]]; then
        if [[ -n $others ]]; then
            lab_warn "container $LAB_CONTAINER is $state and other containers run ($others); leaving it (run lab/reset for the initial state)"
            return 0
        fi
        lab_log "starting $state container $LAB_CONTAINER"
        ldocker start "$LAB_CONTAINER" >/dev/null || lab_die "docker start $LAB_CONTAINER failed"
    fi
}

lab_health_answers() { curl -fsS --max-time 2 "$LAB_HEALTH_URL" >/dev/null 2>&1; }
lab_health_healthy() { curl -fsS --max-time 2 "$LAB_HEALTH_URL" 2>/dev/null | grep -q '"healthy":true'; }

# lab_wait_health answers|healthy
lab_wait_health() {
    local check=lab_health_answers
    [[ ${1:-answers} == healthy ]] && check=lab_health_healthy
    lab_wait_until 60 health "$check" || {
        ldocker logs --tail 20 "$LAB_CONTAINER" >&2 2>&1 || true
        lab_die "$LAB_HEALTH_URL did not answer${1:+ ($1)} within 60s"
    }
}

# ------------------------------------------------------------------ outputs --

lab_write_outputs() {
    local cert=null key=null
    if [[ $LAB_HTTPS == 1 ]]; then
        cert=$LAB_OMS_MOUNTS/https_crt
        key=$LAB_OMS_MOUNTS/https_key
    fi
    lab_write_if_changed "$LAB_PLAN" 0644 root:root <<EOF || true
ssh: {host: 127.0.0.1, port: $LAB_SSH_PORT, user: $LAB_SSH_USER, identity_file: $LAB_SSH_KEY, known_hosts: $LAB_KNOWN_HOSTS, docker: auto}
oms: {container: $LAB_CONTAINER, target_image: "$LAB_IMAGE_NEW", new_container: $LAB_NEW_CONTAINER, host_ip: 127.0.0.1, https_cert: $cert, https_key: $key, image_tarball: null, run_flags: [--pids-limit, "-1", --ulimit, "nproc=65535:65535"]}
metadb: {host: null, port: null, user: null, tunnel: auto}
backup: {directory: $LAB_BACKUP_DIR}
ha: {apply: metadb, perceive_store_client_checkpoint: false, refetch_margin_min: 30}
EOF

    # lab.env: sourceable by bash; values quoted with printf %q.
    local v
    {
        printf '# OMS lab settings (written by lab/up). Source it: . %s\n' "$LAB_ENV_FILE"
        for v in "${LAB_SETTINGS[@]}"; do
            printf '%s=%q\n' "$v" "${!v}"
        done
        for v in LAB_PLAN LAB_DOCKER_HOST LAB_SSH_KEY LAB_KNOWN_HOSTS LAB_CONFIG_YAML LAB_HEALTH_URL LAB_BACKUP_DIR LAB_DB_SOCK; do
            printf '%s=%q\n' "$v" "${!v}"
        done
    } | lab_write_if_changed "$LAB_ENV_FILE" 0600 root:root || true

    # lab.json: the same values for programs that are not shells (C++ tests).
    {
        printf '{\n'
        local first=1
        for v in "${LAB_SETTINGS[@]}" LAB_PLAN LAB_DOCKER_HOST LAB_SSH_KEY LAB_KNOWN_HOSTS LAB_CONFIG_YAML LAB_HEALTH_URL LAB_BACKUP_DIR LAB_DB_SOCK; do
            ((first)) || printf ',\n'
            first=0
            printf '  "%s": %s' "$v" "$(lab_json_quote "${!v}")"
        done
        printf '\n}\n'
    } | lab_write_if_changed "$LAB_JSON_FILE" 0600 root:root || true
}

# lab_verify_ssh: the path a client takes -- key login to the lab sshd, then
# sudo -n docker reaching the lab engine through DOCKER_HOST.
lab_verify_ssh() {
    local out
    out=$(lab_ssh 'sudo -n docker ps --format "{{.Names}}"' 2>&1) ||
        lab_die "ssh check failed (ssh -p $LAB_SSH_PORT $LAB_SSH_USER@127.0.0.1 sudo -n docker ps): $out"
    printf '%s\n' "$out"
}
