#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Static checks of our code (models/, widgets/, app/, tests/), never of the
# generated Protobuf, moc or resource code:
#   scripts/static-check.sh [all|clang-tidy|cppcheck]
#
# Configures $MAILHA_STATIC_BUILD_DIR (default build/static) with clang for its
# compile_commands.json and generates only what our sources include (Protobuf
# headers, moc output); nothing is compiled. Then runs clang-tidy with the
# top-level .clang-tidy and cppcheck with scripts/cppcheck-suppressions.txt.
# Exits non-zero on any finding of either.
set -euo pipefail

mode=${1:-all}
case $mode in
    all|clang-tidy|cppcheck) ;;
    *) echo "usage: $0 [all|clang-tidy|cppcheck]" >&2; exit 64 ;;
esac
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${MAILHA_STATIC_BUILD_DIR:-$root/build/static}
jobs=${MAILHA_JOBS:-$(nproc)}
ours="^$root/(models|widgets|app|tests)/.*\\.cpp\$"

say() { printf '==> %s\n' "$*" >&2; }

say "configure $build and generate headers"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DMAILHA_BUILD_BENCH=OFF -DMAILHA_BUILD_TESTS=ON >/dev/null
mapfile -t protos < <(ninja -C "$build" -t targets all | sed -n 's/^\(models\/proto\/[a-z]*\.pb\.h\): .*/\1/p')
ninja -C "$build" "${protos[@]}" >/dev/null
# moc alone, without the build order that would first compile every library
# a target links (CMake's autogen targets wait for them).
# (Resource targets' autogen runs rcc on files not generated yet: skipped,
# no source of ours includes their output.)
find "$build" -name AutogenInfo.json -not -path '*_resources_*' -print0 |
    xargs -0 -P "$jobs" -I{} cmake -E cmake_autogen {} Debug

status=0
if [ "$mode" != cppcheck ]; then
    say "clang-tidy ($(clang-tidy --version | sed -n 's/.*version \([0-9.]*\).*/\1/p'))"
    start=$SECONDS
    run-clang-tidy -quiet -p "$build" -j "$jobs" "$ours" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >"$build/clang-tidy.log" || status=1
    # Only the findings, each once (a header's finding repeats for each includer).
    grep -E '^/.*: (warning|error): ' "$build/clang-tidy.log" | sort -u || true
    say "clang-tidy: $(grep -cE '^/.*: (warning|error): ' "$build/clang-tidy.log" || true) findings in $((SECONDS - start))s (log: $build/clang-tidy.log)"
fi
if [ "$mode" != clang-tidy ]; then
    say "cppcheck ($(cppcheck --version))"
    start=$SECONDS
    # Our translation units only: compile_commands.json filtered to the source tree.
    python3 - "$build/compile_commands.json" "$build/cppcheck-project.json" "$ours" <<'EOF'
import json, re, sys
src, dst, ours = sys.argv[1], sys.argv[2], re.compile(sys.argv[3])
json.dump([c for c in json.load(open(src)) if ours.match(c["file"])], open(dst, "w"), indent=1)
EOF
    mkdir -p "$build/cppcheck-cache"
    cppcheck --project="$build/cppcheck-project.json" --cppcheck-build-dir="$build/cppcheck-cache" \
        --enable=warning,performance,portability --library=qt --inline-suppr \
        --suppressions-list="$root/scripts/cppcheck-suppressions.txt" \
        --error-exitcode=1 --quiet -j "$jobs" \
        --template='{file}:{line}:{column}: {severity}: {message} [{id}]' || status=1
    say "cppcheck: $((SECONDS - start))s"
fi
if [ $status -ne 0 ]; then
    say "static checks found problems (above)"
    exit 1
fi
say "static checks clean"
