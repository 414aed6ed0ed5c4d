#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the screenshots in docs/ from the real program, on the lab,
# under a virtual X server. Usage: scripts/screenshots.sh [build-dir]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
console="$build/app/console/mailha-console"
[ -x "$console" ] || { echo "no $console: build the mailha-console target first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (apt-get install xvfb)" >&2; exit 1; }

# Settings (remembered node positions) must not leak in from the user's
# session, and the lab's journal must not land in the user's.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run" XDG_STATE_HOME="$tmp/state"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

shot() {
    out=$1
    screen=$2
    shift 2
    xvfb-run -a -s "-screen 0 ${screen}x24" "$console" --lab-history 900 --screenshot-delay 2 \
        --screenshot "$here/docs/$out" "$@"
    echo "docs/$out"
}

mkdir -p "$here/docs"
shot screenshot-main.png 1700x1100 --window-size 1680x1050
shot screenshot-dark.png 1700x1100 --window-size 1680x1050 --color-scheme dark
shot screenshot-split-brain.png 1700x1100 --window-size 1680x1050 --lab-fault drbd-split-brain \
    --lab-fault node-crash:db-b --select store-b
shot screenshot-1366x768.png 1366x768 --window-size 1366x768
# A 4K screen at 200 %: the same layout, every pixel doubled.
QT_SCALE_FACTOR=2 shot screenshot-4k.png 3840x2160 --window-size 1920x1080

# For docs/user-guide.md. The wizard is a window of its own: the whole screen.
screen_shot() {
    out=$1
    screen=$2
    shift 2
    xvfb-run -a -s "-screen 0 ${screen}x24" "$console" --lab-history 900 --screenshot-delay 3 \
        --screenshot-screen "$here/docs/$out" "$@"
    echo "docs/$out"
}
screen_shot screenshot-wizard.png 1400x900 --window-size 1400x900 --open wizard:plan:maildb
# db-primary-crash: db-a dies 45 s in; two minutes later the trainee's screen
# shows maildb down and the instructor sees the briefing, the faults and the score.
xvfb-run -a -s "-screen 0 1700x1100x24" "$console" --lab-history 120 --screenshot-delay 3 \
    --window-size 1680x1050 --lab-scenario db-primary-crash --open instructor \
    --screenshot "$here/docs/screenshot-instructor.png"
echo docs/screenshot-instructor.png
