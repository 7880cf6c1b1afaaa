#!/usr/bin/env bash
# Compares `deployer kustomize` with `kubectl kustomize` on a generated workload (gen.py):
#   1. one overlay            kubectl kustomize DIR       vs  deployer kustomize DIR
#   2. every overlay          kubectl once per overlay    vs  deployer kustomize DIR1 DIR2 ... (one JVM)
# and checks that both print the same bytes. Prints wall times and ratios.
# usage: bench/kustomize/run.sh [SERVICES]      (default 50 services -> 150 overlays)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
n="${1:-50}"
work="$root/bench/work/kustomize-$n"
deployer="$root/bin/deployer"

rm -rf "$work" && mkdir -p "$work"
python3 "$here/gen.py" "$work/repo" "$n"
mapfile -t overlays < <(find "$work/repo/services" -path '*/overlays/*' -name kustomization.yaml -printf '%h\n' | sort)
one="${overlays[0]}"
echo "workload: $n services, ${#overlays[@]} overlays in $work/repo"

"$deployer" kustomize "$one" >/dev/null   # builds the jar if needed, warms the page cache

now() { date +%s.%N; }
secs() { python3 -c "print(round($2 - $1, 3))"; }
ratio() { python3 -c "print(round($1 / $2, 1))"; }

t0=$(now); kubectl kustomize "$one" >"$work/one.kubectl.yaml" 2>/dev/null; t1=$(now)
"$deployer" kustomize "$one" >"$work/one.deployer.yaml"; t2=$(now)
k_one=$(secs "$t0" "$t1"); d_one=$(secs "$t1" "$t2")

t0=$(now)
first=1
for d in "${overlays[@]}"; do
  if [ $first = 0 ]; then printf -- '---\n'; fi
  kubectl kustomize "$d" 2>/dev/null; first=0
done >"$work/all.kubectl.yaml"
t1=$(now)
"$deployer" kustomize "${overlays[@]}" >"$work/all.deployer.yaml"
t2=$(now)
k_all=$(secs "$t0" "$t1"); d_all=$(secs "$t1" "$t2")

cmp -s "$work/one.kubectl.yaml" "$work/one.deployer.yaml" && same_one=identical || same_one=DIFFERENT
cmp -s "$work/all.kubectl.yaml" "$work/all.deployer.yaml" && same_all=identical || same_all=DIFFERENT

printf '%-28s %10s %10s %8s  %s\n' case kubectl deployer ratio output
printf '%-28s %9.2fs %9.2fs %7.1fx  %s\n' "one overlay" "$k_one" "$d_one" "$(ratio "$k_one" "$d_one")" "$same_one"
printf '%-28s %9.2fs %9.2fs %7.1fx  %s\n' "all ${#overlays[@]} overlays" "$k_all" "$d_all" \
  "$(ratio "$k_all" "$d_all")" "$same_all"
echo "(ratio = kubectl time / deployer time; deployer builds every overlay in one JVM)"
[ "$same_one" = identical ] && [ "$same_all" = identical ]
