#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from a configured build tree, unpacks it into a scratch root
# and checks what a user would get: the programs, desktop entry, icon,
# AppStream metadata and man pages; programs that run from the unpacked tree;
# and package dependencies that resolve on this system (apt simulation: no
# change is made to the machine).
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_DIR}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

(cd "$build" && cpack -G DEB -B "$scratch/out" >/dev/null)
deb=$(ls "$scratch"/out/*.deb)
echo "package: $(basename "$deb")"

dpkg-deb -x "$deb" "$scratch/root"
for f in usr/bin/mailha-console usr/bin/mailhactl \
         usr/share/applications/mailha-console.desktop \
         usr/share/icons/hicolor/scalable/apps/mailha-console.svg \
         usr/share/metainfo/org.mailha.console.metainfo.xml \
         usr/share/man/man1/mailhactl.1 usr/share/man/man1/mailha-console.1; do
    [ -e "$scratch/root/$f" ] || { echo "missing from the package: /$f" >&2; exit 1; }
done

# The unpacked programs run against the system's libraries.
"$scratch/root/usr/bin/mailhactl" --version
"$scratch/root/usr/bin/mailhactl" status --seconds 5 >/dev/null
QT_QPA_PLATFORM=offscreen timeout 20 "$scratch/root/usr/bin/mailha-console" --version

depends=$(dpkg-deb -f "$deb" Depends)
echo "depends: $depends"
for lib in libqt6charts6 libssh-4 libprotobuf32 libqt6widgets6; do
    grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib" >&2; exit 1; }
done
# Every dependency resolves (simulation only).
apt-get install -s -qq "$deb" >/dev/null
man -l "$scratch/root/usr/share/man/man1/mailhactl.1" >/dev/null 2>&1 || man --warnings -l "$scratch/root/usr/share/man/man1/mailhactl.1" >/dev/null
echo "package ok"
