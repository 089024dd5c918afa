#!/usr/bin/env bash
# The reference against numpy and torch on the same machine, in the same run (issue 2's speed goals):
#   adam       one Adam step over 10^7 float64 parameters, and its achieved memory bandwidth
#              (56 bytes per parameter: x, g, m, v read; x, m, v written);
#   softmax    softmax cross-entropy loss and dW at N=500, D=3073, C=10 (CS231n shapes);
#   gradcheck  the full centered-difference gradient of that loss (all 30730 weights), against
#              CS231n's eval_numerical_gradient in numpy.
# Descent's side is `DescentBenchmarks peers-adam peers-softmax peers-gradcheck` (release build,
# one thread); the peers are tools/bench/peers.py at each thread count given (numpy's BLAS, OpenMP
# and torch all set to it). Every figure is a median of repeated runs; the table gives the ratio
# Descent time / peer time (below 1: Descent is faster) and each side's check value (the same data on
# both sides, so the values agree to rounding).
#
# Usage: scripts/bench-peers.sh [THREADS ...]        (default: 1 2)
# Environment:
#   BENCH_SCRATCH          SwiftPM scratch path (default .build-bench-release)
#   BENCH_PYTHON           a python3 with numpy (and torch, optional) to use as is; otherwise a venv is
#                          made in BENCH_VENV (default ~/.cache/descent-bench-venv) with numpy, threadpoolctl
#                          and, unless BENCH_TORCH=0, torch's CPU wheel (about 200 MB; skipped with a note
#                          when it cannot be installed)
#   BENCH_REPETITIONS      timed runs of adam and softmax on each side (default 11)
#   BENCH_GRADCHECK_REPETITIONS  Descent's full checks (default 3; numpy's takes minutes, so it runs once)
#   BENCH_GENERIC_STRIDE   Descent's from-scratch numeric gradient (numpy's algorithm) is timed on every
#                          STRIDE-th coordinate and scaled (default 10; 1 times all of them)
#   BENCH_ONLY             comma-separated subset of adam,softmax,gradcheck
set -euo pipefail
cd "$(dirname "$0")/.."
threads=("$@")
[[ ${#threads[@]} -gt 0 ]] || threads=(1 2)
scratch=${BENCH_SCRATCH:-.build-bench-release}
only=${BENCH_ONLY:-adam,softmax,gradcheck}

python=${BENCH_PYTHON:-}
if [[ -z "$python" ]]; then
  venv=${BENCH_VENV:-$HOME/.cache/descent-bench-venv}
  if [[ ! -x "$venv/bin/python" ]]; then
    echo "bench-peers: making a Python venv in $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip >&2
    "$venv/bin/pip" install --quiet numpy threadpoolctl >&2
    if [[ "${BENCH_TORCH:-1}" != 0 ]]; then
      "$venv/bin/pip" install --quiet torch --index-url https://download.pytorch.org/whl/cpu >&2 ||
        echo "bench-peers: torch could not be installed; its figures are skipped" >&2
    fi
  fi
  python=$venv/bin/python
fi

echo "bench-peers: building DescentBenchmarks (release)" >&2
swift build -c release --scratch-path "$scratch" --product DescentBenchmarks >&2
benchmarks="$scratch/release/DescentBenchmarks"

results=$(mktemp)
trap 'rm -f "$results"' EXIT
names=()
for name in ${only//,/ }; do names+=("peers-$name"); done

load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "bench-peers: Descent (1 thread)" >&2
# collect THREADS: echo the figures read from stdin to stderr and append them to the results.
collect() {
  local line
  while IFS= read -r line; do
    echo "$line" >&2
    [[ "$line" == figure* ]] && echo "$line" | awk -v t="$1" '{ print $2, $3, t, $4, $5, $6 }' >>"$results"
  done
  return 0
}
"$benchmarks" "${names[@]}" | collect 1
for count in "${threads[@]}"; do
  echo "bench-peers: numpy and torch, $count thread(s)" >&2
  "$python" tools/bench/peers.py --threads "$count" --repetitions "${BENCH_REPETITIONS:-11}" --only "$only" |
    collect "$count"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

printf '\npeers: %s, %d cores (%s), load average %s before, %s after; Descent single-threaded\n' \
  "$(date -u +%Y-%m-%d)" "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | xargs)" \
  "$load" "$load_after"
awk '
  { bench[NR] = $1; peer[NR] = $2; threads[NR] = $3; seconds[NR] = $4; check[NR] = $5; reps[NR] = $6
    if ($2 == "descent") descent[$1] = $4
    if ($2 == "descent-generic") generic[$1] = $4 }
  END {
    printf "%-10s %-16s %7s %12s %6s %24s %14s %s\n", "benchmark", "peer", "threads", "median s", "runs", "check", "descent/peer", "note"
    for (i = 1; i <= NR; i++) {
      b = bench[i]; ratio = "";
      if (peer[i] !~ /^descent/ && descent[b] > 0) {
        ratio = sprintf("%.3f", descent[b] / seconds[i])
        if (generic[b] > 0) ratio = ratio sprintf(" (%.2f)", generic[b] / seconds[i])
      }
      note = ""
      if (b == "adam") note = sprintf("%.1f GB/s at 56 B/parameter", 56e7 / seconds[i] / 1e9)
      if (b == "softmax") note = sprintf("%.2f GFLOP/s in the two products", 2 * 2 * 500 * 3073 * 10 / seconds[i] / 1e9)
      if (b == "gradcheck") note = sprintf("%.1f us per loss evaluation", seconds[i] / 61460 * 1e6)
      printf "%-10s %-16s %7s %12.5f %6s %24.15e %14s %s\n", b, peer[i], threads[i], seconds[i], reps[i], check[i], ratio, note
    }
    print "descent/peer: Descent time / peer time (below 1: Descent faster); for gradcheck, in parentheses,"
    print "Descent recomputing the whole loss per evaluation as numpy does (descent-generic)."
  }' "$results"
