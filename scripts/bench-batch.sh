#!/usr/bin/env bash
# Benchmark of `descent batch`: grades COUNT submissions (default 100) with --jobs JOBS
# (default 2) from a release build, and compares the wall-clock time with the
# compile-bound limit, COUNT × (one submission's compile time) ÷ JOBS, the compile time
# measured in the same run (median of 5 submissions compiled one at a time).
#
# The submissions are copies of the instructor's solution and of the sample submissions
# with classic mistakes, each with a unique comment appended so nothing can be cached.
#
# Then it regrades the class after a rubric change, reusing the compiled programs, and
# compares that with the first grading.
#
# Usage: scripts/bench-batch.sh [COUNT] [JOBS]     (needs the Swift toolchain and jq)
# Environment: BENCH_SCRATCH, the SwiftPM scratch path (default .build-bench);
#              BENCH_KEEP=1 keeps the work folder and prints where it is.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100}
jobs=${2:-2}
scratch=${BENCH_SCRATCH:-.build-bench}
command -v jq >/dev/null || { echo "bench-batch: needs jq" >&2; exit 2; }

echo "bench-batch: building descent and the student runtime (release)" >&2
swift build -c release --scratch-path "$scratch" --product descent >&2
swift build -c release --scratch-path "$scratch" --product DescentStudentRuntime >&2
descent="$scratch/release/descent"

work=$(mktemp -d)
if [[ "${BENCH_KEEP:-0}" == 1 ]]; then echo "bench-batch: work folder $work" >&2; else trap 'rm -rf "$work"' EXIT; fi

samples=Tests/DescentEndToEndTests/Submissions
sources=(assignments/optimizers/solution)
for mistake in adagrad-sum-of-gradients adam-eps-inside-sqrt adam-no-bias-correction adam-step-from-zero \
  adam-wrong-beta dampening-first-step momentum-sign-flipped nesterov-current-point rmsprop-decay-on-gradient \
  solution-velocity-form; do
  sources+=("$samples/optimizers-$mistake")
done

# materialize SOURCE TARGET: a course folder as it is, or a sample submission written out whole
# (samples hold only their changes to the solution: see $samples/README.md).
materialize() {
  if [[ $1 != "$samples"/* ]]; then
    cp -R "$1" "$2"
    return
  fi
  cp -R assignments/optimizers/solution "$2"
  if [[ -f $1/removed.txt ]]; then
    grep -v -e '^#' -e '^[[:space:]]*$' "$1/removed.txt" | while IFS= read -r path; do rm -rf "${2:?}/$path"; done
  fi
  cp -R "$1/." "$2/"
  rm -f "$2/expected.yaml" "$2/rubric.yaml" "$2/removed.txt"
}

# make_copies FOLDER N TAG: N student folders, each a source with a unique comment.
make_copies() {
  mkdir -p "$1"
  for ((i = 0; i < $2; i++)); do
    local source=${sources[$((i % ${#sources[@]}))]}
    local target
    target=$(printf '%s/student-%03d' "$1" "$i")
    materialize "$source" "$target"
    printf '\n// benchmark %s copy %d, nonce %s\n' "$3" "$i" "$RANDOM$RANDOM$RANDOM" >>"$target/Submission.swift"
  done
}

seconds_now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

# One submission's compile time, uncontended: 5 submissions graded one at a time.
make_copies "$work/probe" 5 probe
"$descent" batch --assignment optimizers --submissions "$work/probe" --out "$work/probe-out" --jobs 1 --course . >/dev/null
compile=$(jq -s '[.[].report.build.seconds] | sort | .[2]' "$work"/probe-out/students/*/grade.json)

# The batch itself.
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
make_copies "$work/submissions" "$count" batch
start=$(seconds_now)
"$descent" batch --assignment optimizers --submissions "$work/submissions" --out "$work/out" --jobs "$jobs" \
  --course . >/dev/null
end=$(seconds_now)

batch=$(calc "$end - $start")
limit=$(calc "$count * $compile / $jobs")
ratio=$(calc "$batch / $limit")
records=("$work"/out/students/*/grade.json)
build_mean=$(jq -s '[.[].report.build.seconds] | add / length' "${records[@]}")
build_total=$(jq -s '[.[].report.build.seconds] | add' "${records[@]}")
items_mean=$(jq -s "[.[].report.items[].seconds] | add / $count" "${records[@]}")
busy=$(calc "$build_total / ($jobs * $batch)")
graded=$(jq -s '[.[] | select(.report != null)] | length' "${records[@]}")

printf 'descent batch: %d submissions, --jobs %d, %d cores (%s), load average before: %s\n' "$count" "$jobs" \
  "$(nproc)" "$(uname -sm)" "$load"
printf '  graded                         %d of %d\n' "$graded" "$count"
printf '  batch wall clock               %8.1f s\n' "$batch"
printf '  one compile (median of 5)      %8.2f s\n' "$compile"
printf '  compile-bound limit            %8.1f s  (%d x %.2f s / %d)\n' "$limit" "$count" "$compile" "$jobs"
printf '  ratio batch / limit            %8.2f   (goal: at most 1.20)\n' "$ratio"
printf '  during the batch: compile %.2f s and run %.2f s per student; compile slots busy %.0f%% of the time\n' \
  "$build_mean" "$items_mean" "$(calc "100 * $busy")"

# A rubric fixed mid-semester (item points changed): every student is graded again, in the
# same output folder, so the programs compiled above are reused from <out>/.program-cache.
sed 's/points: 5$/points: 7/' rubrics/optimizers.yaml >"$work/optimizers-fixed.yaml"
start=$(seconds_now)
"$descent" batch --assignment optimizers --submissions "$work/submissions" --out "$work/out" --jobs "$jobs" \
  --course . --rubric "$work/optimizers-fixed.yaml" >/dev/null
end=$(seconds_now)
regrade=$(calc "$end - $start")
printf '  regrade after a rubric change  %8.1f s  (%.1fx faster than the first grading; goal: at least 5x)\n' \
  "$regrade" "$(calc "$batch / $regrade")"
