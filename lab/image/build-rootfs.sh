#!/bin/bash
# Assemble the root file system of an OMS lab image in a directory.
#   build-rootfs.sh VERSION ROOTFS_DIR      (VERSION: 3.3.0 or 3.3.1)
# Contents: busybox-static with its applet links (sh, httpd, sed, awk, ...),
# bash, the MariaDB client `mariadb`, the shared libraries ldd lists for those
# and the dynamic loader, minimal /etc files, the entrypoint, the helpers and
# (3.3.1) docker_init.sh with its SQL. About 20 MB. lab/up hashes this
# directory (lab/image/) to decide whether an image must be rebuilt.
set -euo pipefail

version=${1:?usage: build-rootfs.sh VERSION ROOTFS_DIR}
rootfs=${2:?usage: build-rootfs.sh VERSION ROOTFS_DIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

case $version in 3.3.0 | 3.3.1) ;; *)
    echo "build-rootfs.sh: unknown version $version" >&2
    exit 2
    ;;
esac

busybox=$(command -v busybox)
bash_bin=$(readlink -f /bin/bash)
mariadb_bin=$(command -v mariadb)

rm -rf "$rootfs"
mkdir -p "$rootfs"
cd "$rootfs"

# Merged /usr layout like Debian 12, so library paths printed by ldd
# (/lib/x86_64-linux-gnu/..., /lib64/ld-linux-x86-64.so.2) resolve as-is.
mkdir -p usr/bin usr/sbin usr/lib usr/lib64 usr/local/bin usr/local/lib/oms/sql
ln -s usr/bin bin
ln -s usr/sbin sbin
ln -s usr/lib lib
ln -s usr/lib64 lib64
mkdir -p etc tmp root proc sys dev run var/log var/tmp www/oms \
    home/admin/conf home/admin/logs home/ds/store home/ds/run etc/pki/nginx
chmod 1777 tmp var/tmp
chmod 700 root

# Binaries.
cp "$busybox" usr/bin/busybox
cp "$bash_bin" usr/bin/bash
cp "$mariadb_bin" usr/bin/mariadb

# busybox applet links (bin/sh, usr/bin/awk, ...), never over a real binary.
while IFS= read -r applet; do
    [[ -n $applet ]] || continue
    [[ -e $applet || -L $applet ]] && continue
    [[ $applet == */* && ! -d ${applet%/*} ]] && mkdir -p "${applet%/*}"
    ln -s /usr/bin/busybox "$applet"
done < <(usr/bin/busybox --list-full)

# Shared libraries of the dynamic binaries, plus the loader, copied to the
# same paths (dereferenced).
for lib in $(ldd "$bash_bin" "$mariadb_bin" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// && $1 !~ /:$/ {print $1}' | sort -u); do
    mkdir -p "./${lib%/*}"
    cp -L "$lib" "./$lib"
done

# /etc
cat >etc/passwd <<'EOF'
root:x:0:0:root:/root:/bin/bash
admin:x:500:500:OMS admin:/home/admin:/bin/bash
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
cat >etc/group <<'EOF'
root:x:0:
admin:x:500:
nogroup:x:65534:
EOF
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >etc/nsswitch.conf
printf 'OMS Community Edition %s-CE (OMS lab image)\n' "$version" >etc/oms-release

# OMS imitation.
install -m 0755 "$here/entrypoint.sh" usr/local/bin/oms-entrypoint
install -m 0644 "$here/oms-common.sh" usr/local/lib/oms/oms-common.sh
if [[ $version == 3.3.1 ]]; then
    install -m 0755 "$here/docker_init_331.sh" root/docker_init.sh
    install -m 0644 "$here"/sql/*.sql usr/local/lib/oms/sql/
else
    install -m 0755 "$here/docker_init_330.sh" root/docker_init.sh
fi

# Smoke test: the binaries run inside the new root (chroot needs no daemon).
if ! out=$(chroot . /usr/bin/bash -c 'echo ok; mariadb --version >/dev/null && busybox true && echo ok' 2>&1) ||
    [[ $out != $'ok\nok' ]]; then
    echo "build-rootfs.sh: the assembled root file system does not work: $out" >&2
    exit 1
fi
