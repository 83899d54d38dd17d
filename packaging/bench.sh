#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# packaging/bench.sh [DATA_SET...]: the benchmark table of BENCHMARKS.md.
# Builds the benchmarks (Release, no GUI) into build-bench/, generates the data
# sets into bench-data/ if they are missing (fixed seed and end date, so every
# machine measures the same data), runs every benchmark on each and prints one
# Markdown table with the date and the machine. Works from any directory.
#
#   packaging/bench.sh                 office and stress
#   packaging/bench.sh office          one data set (office, stress or a number of clients)
#
# Environment:
#   TSUNAGU_BUILD_DIR   build directory (default: build-bench)
#   TSUNAGU_BENCH_DATA  where the data sets live (default: bench-data, gitignored)
#   TSUNAGU_BENCH_RUNS  timed runs per operation; the median is reported (default: 21)
#   TSUNAGU_BENCH_OUT   also write the report to this file
#   SQLITE3             the sqlite3 shell that measures the floors (default: sqlite3)
#   TSUNAGU_SKIP_INSTALL=1  skip the Debian package check (see setup.sh)
#
# To measure again from scratch, delete bench-data/. Generating `stress` takes
# a few minutes of CPU and about 1.5 GB of disk.
set -euo pipefail

# shellcheck source=packaging/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$TSUNAGU_ROOT"

export TSUNAGU_BUILD_DIR="${TSUNAGU_BUILD_DIR:-build-bench}"
build="$(tsunagu_build_dir)"
data="${TSUNAGU_BENCH_DATA:-bench-data}"
runs="${TSUNAGU_BENCH_RUNS:-21}"
sqlite="${SQLITE3:-sqlite3}"
sets=("$@")
((${#sets[@]})) || sets=(office stress)

tsunagu_install_packages
if [[ ! -f $build/CMakeCache.txt ]]; then
    tsunagu_log "Configuring $build"
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTSUNAGU_GUI=ON -DTSUNAGU_BENCHMARKS=ON
else
    cmake -S . -B "$build" -DTSUNAGU_GUI=ON -DTSUNAGU_BENCHMARKS=ON >/dev/null
fi
tsunagu_log "Building the benchmarks"
cmake --build "$build" --target tsunagu-cli tsunagu-bench tsunagu-bench-gui

cli="$build/app/cli/tsunagu-cli"
bench="$build/tests/bench/tsunagu-bench"
command -v "$sqlite" >/dev/null 2>&1 || tsunagu_error "no sqlite3 shell ($sqlite): the floors will read n/a"
mkdir -p "$data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

for set in "${sets[@]}"; do
    db="$data/$set.db"
    timing="$data/$set.generated"
    if [[ ! -f $db ]]; then
        tsunagu_log "Generating the $set data set into $db"
        rm -f "$db.part" "$db.part-wal" "$db.part-shm"
        # Wall-clock and CPU seconds of the generation, kept beside the data set.
        TIMEFORMAT='%R %U %S'
        { time "$cli" demo --db "$db.part" --size "$set" --seed 1 --until 2026-11-20 >&3 2>&3; } 3>&2 2>"$work/time"
        mv "$db.part" "$db"
        read -r wall user system <"$work/time"
        awk -v w="$wall" -v u="$user" -v s="$system" -v d="$(date -u +%Y-%m-%d)" \
            'BEGIN { printf "%s %.1f %s\n", w, u + s, d }' >"$timing"
    fi
    generated=(0 0 unknown)
    [[ -f $timing ]] && read -r -a generated <"$timing"
    tsunagu_log "Benchmarking $set ($runs runs per operation)"
    "$bench" --db "$db" --data-set "$set" --runs "$runs" --sqlite3 "$sqlite" \
        --generated-in "${generated[0]}" --generated-cpu "${generated[1]}" \
        --rows "$work/rows.md" --notes "$work/notes.md" >/dev/null
    tsunagu_log "Benchmarking $set in the GUI (offscreen)"
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/tsunagu-bench-gui" --db "$db" --data-set "$set" --runs "$runs" \
        --rows "$work/rows.md" --notes "$work/notes.md" >/dev/null
done

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
memory="$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
{
    echo "## Benchmarks ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo
    echo "Machine: $(nproc) cores, $cpu, $memory RAM; $(. /etc/os-release && echo "$PRETTY_NAME"), SQLite $("$sqlite" -version 2>/dev/null | cut -d' ' -f1)."
    echo "Load average before / after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Medians of $runs runs in one process; each floor is the same SQL run by the sqlite3 shell in the same run."
    echo
    "$bench" --print-header
    cat "$work/rows.md"
    echo
    echo "Notes:"
    echo
    cat "$work/notes.md"
} | tee "${TSUNAGU_BENCH_OUT:-/dev/null}"
