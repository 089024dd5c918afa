#!/usr/bin/env bash
# Benchmark of the HTML report: grades one submission with a named mistake RUNS times
# (default 7) with --html and RUNS times without, alternating, from a release build, and
# prints the median wall-clock times, their ratio, and the page's size. Figures are drawn
# only for --html, so the difference is the whole cost of the figures and the page.
#
# Usage: scripts/bench-html.sh [RUNS]
# Environment: BENCH_SCRATCH, the SwiftPM scratch path (default .build-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
scratch=${BENCH_SCRATCH:-.build-bench}

echo "bench-html: building descent and the student runtime (release)" >&2
swift build -c release --scratch-path "$scratch" --product descent >&2
swift build -c release --scratch-path "$scratch" --product DescentStudentRuntime >&2
descent="$scratch/release/descent"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
submission="$work/submission"
cp -R assignments/optimizers/solution "$submission"
cp -R Tests/DescentEndToEndTests/Submissions/optimizers-adam-no-bias-correction/Optimizers/. "$submission/Optimizers/"

seconds() { # runs "$@" and prints its wall-clock seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

plain=()
html=()
"$descent" grade --assignment optimizers --submission "$submission" --feedback /dev/null # warm caches
for _ in $(seq "$runs"); do
  plain+=("$(seconds "$descent" grade --assignment optimizers --submission "$submission" --feedback /dev/null)")
  html+=("$(seconds "$descent" grade --assignment optimizers --submission "$submission" --feedback /dev/null \
    --html "$work/report.html")")
done
plain_median=$(printf '%s\n' "${plain[@]}" | median)
html_median=$(printf '%s\n' "${html[@]}" | median)
bytes=$(wc -c <"$work/report.html")
svgs=$(grep -o '<svg ' "$work/report.html" | wc -l)
printf 'grade without --html: median %.3f s of %d runs\n' "$plain_median" "$runs"
printf 'grade with --html:    median %.3f s (ratio %.3f)\n' "$html_median" "$(echo "$html_median / $plain_median" | bc -l)"
printf 'report.html: %d bytes, %d figures (student audience, 24-item rubric)\n' "$bytes" "$svgs"
printf 'load average: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
