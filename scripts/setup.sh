#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The two README commands, and a few more for developers:
#   scripts/setup.sh run   [-- console args]  install what is missing, build (release), start the console
#   scripts/setup.sh test                     install what is missing (with the test servers), build, run every test
#   scripts/setup.sh bench                    build and run the benchmarks
#   scripts/setup.sh deps [--test]            only install the Debian packages
#
# The package list is installer/debian-packages.txt; nothing else names packages.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
[ -t 2 ] || say() { printf '==> %s\n' "$*" >&2; }

packages() {
    # $1 = "all" to include the [test] packages
    sed -e 's/#.*//' "$root/installer/debian-packages.txt" | while read -r name tag; do
        [ -n "$name" ] || continue
        if [ "$tag" = "[test]" ] && [ "$1" != all ]; then continue; fi
        echo "$name"
    done
}

install_deps() {
    local missing=()
    for p in $(packages "$1"); do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${#missing[@]} Debian package(s): ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    say "configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    say "building ($preset) with $(nproc) jobs"
    cmake --build --preset "$preset" -j "$(nproc)"
}

cmd=${1:-run}
shift || true
case "$cmd" in
    deps)
        if [ "${1:-}" = --test ]; then install_deps all; else install_deps app; fi ;;
    run)
        install_deps app
        build release
        [ "${1:-}" = -- ] && shift
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            say "no display here: start it from a desktop session, or under xvfb-run"
            exit 2
        fi
        say "starting mailha-console on the built-in lab cluster"
        exec "$root/build/release/app/console/mailha-console" "$@" ;;
    test)
        install_deps all
        build ci
        say "running the test suite (headless)"
        export QT_QPA_PLATFORM=offscreen
        ctest --preset ci ;;
    bench)
        install_deps all
        build release
        cmake --build --preset release --target bench ;;
    *)
        echo "usage: scripts/setup.sh run|test|bench|deps [--test]" >&2
        exit 64 ;;
esac
