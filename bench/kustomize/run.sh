#!/usr/bin/env bash
# deployer kustomize against kubectl kustomize (one process each, JVM start included), on the
# workload of gen.py:
#   - one overlay (a base, a strategic merge patch and a JSON 6902 patch, generators, labels, ...);
#   - a root listing every overlay of N services x 3 environments, for N in $SIZES: kustomize's
#     large-root case, where a quadratic engine shows (3x the services, 9x the time);
# and checks that both print the same bytes.
# usage: bench/kustomize/run.sh        (SIZES="30 100 300" RUNS=3 by default)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../lib.sh
. "$root/bench/lib.sh"
sizes="${SIZES:-30 100 300}"
work="$root/bench/work/kustomize"
deployer="$root/bin/deployer"
mkdir -p "$work"
rm -f "$work/differs"
"$deployer" --version >/dev/null   # builds the jar and its class-data archive if needed

row() {  # label dir
  local k d same
  k=$(OUT="$work/kubectl.yaml" timed kubectl kustomize "$2")
  d=$(OUT="$work/deployer.yaml" timed "$deployer" kustomize "$2")
  cmp -s "$work/kubectl.yaml" "$work/deployer.yaml" && same=identical || { same=DIFFERENT; echo 1 >"$work/differs"; }
  echo "| $1 | $d s | $k s | $(ratio "$k" "$d") | $same |"
  echo "$d $k" >"$work/last"
}

machine
echo
echo "| work | deployer | kubectl kustomize | kubectl ÷ deployer | output |"
echo "| --- | --- | --- | --- | --- |"
declare -A dep kub
for n in $sizes; do
  rm -rf "$work/$n" && python3 "$here/gen.py" "$work/$n" "$n"
done
first=$(echo "$sizes" | cut -d' ' -f1)
row '`kustomize` one overlay (base + SMP + JSON 6902 patch)' "$work/$first/services/svc0000/overlays/prod"
for n in $sizes; do
  row "\`kustomize\` root listing $n services × 3 overlays" "$work/$n/all"
  read -r dep[$n] kub[$n] <"$work/last"
done
echo
prev=""
for n in $sizes; do
  if [ -n "$prev" ]; then
    echo "scaling $prev → $n services: deployer $(ratio "${dep[$n]}" "${dep[$prev]}")× the time," \
      "kubectl $(ratio "${kub[$n]}" "${kub[$prev]}")× (linear: $(ratio "$n" "$prev")×)"
  fi
  prev=$n
done
[ ! -f "$work/differs" ]   # exit 1 when an output differed from kubectl's
