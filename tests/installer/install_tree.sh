#!/usr/bin/env bash
# `cmake --install` into a scratch root: every file where the desktop, the icon theme and the
# software centre look for it, the metadata valid (appstreamcli, desktop-file-validate), and
# the installed executables run: the CLI prints its versions, the GUI starts offscreen and
# exits cleanly when its window is closed. (scripts/test does the same with the .deb.)
# Usage: install_tree.sh BUILD_DIR PROJECT_VERSION
set -euo pipefail
build=$1
version=$2
. "$(dirname "$0")/../cli/lib.sh"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
app_id=io.github.oms_upgrade_assistant.OmsUpgradeAssistant

run env DESTDIR="$root" cmake --install "$build" --prefix /usr
check "cmake --install succeeds" [ "$rc" -eq 0 ]
usr=$root/usr

mode() { stat -c %a "$1" 2>/dev/null; }
for exe in oms-upgrade oms-upgrade-assistant; do
    check "bin/$exe installed 0755" [ "$(mode "$usr/bin/$exe")" = 755 ]
done
desktop=$usr/share/applications/$app_id.desktop
metainfo=$usr/share/metainfo/$app_id.metainfo.xml
check "desktop entry installed 0644" [ "$(mode "$desktop")" = 644 ]
check "metainfo installed 0644" [ "$(mode "$metainfo")" = 644 ]
check "SVG icon installed" [ -f "$usr/share/icons/hicolor/scalable/apps/oms-upgrade-assistant.svg" ]
for doc in README.md manual.md security.md; do
    check "$doc installed" [ -s "$usr/share/doc/oms-upgrade-assistant/$doc" ]
done

# Each PNG is a real PNG of its directory's size (width and height from the IHDR chunk).
png_size() {
    python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24)
print("%dx%d" % struct.unpack(">II", d[16:24]) if d[:8] == b"\x89PNG\r\n\x1a\n" else "not a PNG")' "$1"
}
for size in 16 22 24 32 48 64 128 256; do
    png=$usr/share/icons/hicolor/${size}x$size/apps/oms-upgrade-assistant.png
    check "PNG icon ${size}x$size" [ "$(png_size "$png" 2>/dev/null)" = "${size}x$size" ]
done

# The desktop entry names what was installed.
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
icon_name=$(sed -n 's/^Icon=//p' "$desktop")
check "Exec= names an installed executable" [ -x "$usr/bin/$exec_name" ]
check "Icon= names an installed icon" [ -f "$usr/share/icons/hicolor/48x48/apps/$icon_name.png" ]
check "metainfo launches the desktop entry" \
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"
check "metainfo lists this version ($version)" grep -q "<release version=\"$version\"" "$metainfo"

run desktop-file-validate "$desktop"
check "desktop-file-validate: no errors, no hints" [ "$rc" -eq 0 -a -z "$out" ]
run appstreamcli validate --no-net "$metainfo"
check "appstreamcli validate --no-net" [ "$rc" -eq 0 ]
run appstreamcli validate-tree --no-net "$usr"
check "appstreamcli validate-tree --no-net (metainfo, desktop entry, icon)" [ "$rc" -eq 0 ]

# The installed executables, with their data and settings in the scratch root.
export OMSUA_DATA_DIR=$root/data XDG_CONFIG_HOME=$root/config HOME=$root/home
run "$usr/bin/oms-upgrade" --version
check "oms-upgrade --version: exit 0" [ "$rc" -eq 0 ]
check "--version names the version" contains "$out" "$version"
for lib in Qt libssh2 spdlog; do
    check "--version names the $lib version" contains "$out" "$lib"
done
run env QT_QPA_PLATFORM=offscreen timeout 60 "$usr/bin/oms-upgrade-assistant" --quit-after 1500
check "GUI offscreen: window closed after 1.5 s, exit 0" [ "$rc" -eq 0 ]
run env QT_QPA_PLATFORM=offscreen timeout 60 "$usr/bin/oms-upgrade-assistant" --quit-after soon
check "GUI: --quit-after without a number exits 2" [ "$rc" -eq 2 ]

finish
