#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang in build-fuzz and runs each for a
# bounded time on its seed corpus (tests/fuzz/corpus/<target>), printing the
# executions per target. Exits non-zero if a target finds a crash, a sanitizer
# report or a broken invariant; the input that did it is left in build-fuzz/.
#
#   packaging/fuzz.sh [SECONDS_PER_TARGET]     (default 60; or $FUZZ_SECONDS)
#
# Needs clang 16 or later and its libFuzzer (Debian 12: clang-16, libclang-rt-16-dev):
# clang 14 cannot compile std::expected from libstdc++ 12. $FUZZ_CXX overrides the compiler.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-${FUZZ_SECONDS:-60}}"
targets=(fuzz_csv_import fuzz_search_key)

cxx="${FUZZ_CXX:-}"
if [[ -z "$cxx" ]]; then
    for candidate in clang++-19 clang++-18 clang++-17 clang++-16 clang++; do
        if command -v "$candidate" >/dev/null; then
            cxx="$(command -v "$candidate")"
            break
        fi
    done
fi
if [[ -z "$cxx" ]]; then
    echo "fuzz.sh: no clang++ found; on Debian 12: apt-get install clang-16 libclang-rt-16-dev" >&2
    exit 2
fi

cmake -S . -B build-fuzz -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" \
    -DTSUNAGU_GUI=OFF -DTSUNAGU_WERROR=OFF -DTSUNAGU_FUZZ=ON -DBUILD_TESTING=ON >/dev/null
ninja -C build-fuzz "${targets[@]}"

status=0
summary=()
for target in "${targets[@]}"; do
    seeds="tests/fuzz/corpus/$target"
    work="build-fuzz/fuzz-corpus/$target"      # new inputs go here, not into the source tree
    artifacts="build-fuzz/fuzz-artifacts/$target/"
    log="build-fuzz/fuzz-$target.log"
    mkdir -p "$work" "$artifacts"
    echo "== $target: ${seconds}s on $seeds"
    set +e
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        "build-fuzz/tests/fuzz/$target" "$work" "$seeds" \
        -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len=1200000 \
        -print_final_stats=1 -artifact_prefix="$artifacts" >"$log" 2>&1
    rc=$?
    set -e
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
    if [[ $rc -ne 0 ]]; then
        status=1
        echo "$target: FAILED (exit $rc) after ${execs:-?} executions; see $log and $artifacts" >&2
        tail -40 "$log" >&2
    fi
    summary+=("$target: ${execs:-0} executions in ${seconds}s (${rate:-0}/s), exit $rc")
done
echo
printf '%s\n' "${summary[@]}"
exit $status
