#!/usr/bin/env bash
# Helpers shared by the benchmark scripts (sourced). Every figure is wall time of whole commands,
# measured with /usr/bin/time, the median of $RUNS runs; compare figures of one run only.

runs="${RUNS:-3}"

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

# "wall_seconds peak_rss_kb cpu_seconds" of one run of a command (CPU: user + system, which a
# loaded machine disturbs less than wall time); its output goes to $OUT (default: nowhere)
measure() { /usr/bin/time -f "%e %M %U %S" "$@" 2>&1 >"${OUT:-/dev/null}" | tail -1 | awk '{print $1, $2, $3 + $4}'; }

# median wall seconds of $TIMES (default $RUNS) runs of a command; PREPARE (a shell snippet)
# runs before each
timed() {
  local out=()
  for _ in $(seq "${TIMES:-$runs}"); do
    if [ -n "${PREPARE:-}" ]; then eval "$PREPARE"; fi
    out+=("$(measure "$@" | cut -d' ' -f1)")
  done
  printf '%s\n' "${out[@]}" | median
}

# a / b with one decimal, e.g. "3.4"
ratio() { python3 -c "print(f'{$1 / max($2, 0.005):.1f}')"; }

machine() {
  echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  echo "kubectl: $(kubectl version --client 2>/dev/null | tr '\n' ' ')"
  echo "runs per figure: $runs (median of wall times, JVM start included)"
}
