#!/usr/bin/env bash
# How `descent batch` scales: grades COUNT submissions (default 40) with --jobs 1, 2, … up to
# twice the machine's cores, then as 4 slices graded one after another by separate processes
# and merged, and prints each wall-clock time, the speed-up over --jobs 1, and the overhead of
# slicing against one batch with the same --jobs. Release build; unique submissions (no cache).
#
# Usage: scripts/bench-scaling.sh [COUNT]     (needs the Swift toolchain)
# Environment: BENCH_SCRATCH, the SwiftPM scratch path (default .build-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-40}
scratch=${BENCH_SCRATCH:-.build-bench}
swift build -c release --scratch-path "$scratch" --product descent >&2
swift build -c release --scratch-path "$scratch" --product DescentStudentRuntime >&2
descent="$scratch/release/descent"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# COUNT copies of the solution, each with a unique comment so that nothing is reused.
make_class() {
  mkdir -p "$1"
  for ((i = 0; i < count; i++)); do
    cp -R assignments/optimizers/solution "$1/student-$i"
    printf '\n// %s %d %s\n' "$1" "$i" "$RANDOM$RANDOM" >>"$1/student-$i/Submission.swift"
  done
}
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }

cores=$(nproc)
printf 'descent batch scaling: %d submissions, %d cores, load average %s\n' "$count" "$cores" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
single=""
declare -A times
for ((jobs = 1; jobs <= 2 * cores; jobs *= 2)); do
  make_class "$work/class-$jobs"
  start=$(now)
  "$descent" batch --assignment optimizers --submissions "$work/class-$jobs" --out "$work/out-$jobs" \
    --jobs "$jobs" --course . --no-compile-cache >/dev/null 2>&1
  times[$jobs]=$(calc "$(now) - $start")
  [[ -z $single ]] && single=${times[$jobs]}
  printf '  --jobs %-2d  %7.1f s  %5.2f s per student  speed-up %.2f\n' "$jobs" "${times[$jobs]}" \
    "$(calc "${times[$jobs]} / $count")" "$(calc "$single / ${times[$jobs]}")"
done

jobs=$cores
make_class "$work/class-sliced"
start=$(now)
for slice in 0 1 2 3; do
  "$descent" batch --assignment optimizers --submissions "$work/class-sliced" --out "$work/sliced/slice-$slice" \
    --slice "$slice/4" --jobs "$jobs" --course . --no-compile-cache >/dev/null 2>&1
done
sliced=$(calc "$(now) - $start")
start=$(now)
"$descent" batch --merge "$work"/sliced/slice-* --out "$work/sliced/merged" >/dev/null
merge=$(calc "$(now) - $start")
printf '  4 slices, --jobs %d, one after another: %.1f s, merge %.2f s: overhead %.0f%% against one batch\n' \
  "$jobs" "$sliced" "$merge" "$(calc "100 * ($sliced + $merge - ${times[$jobs]}) / ${times[$jobs]}")"
