#!/usr/bin/env bash
# The render benchmark, in one go, on this machine. Generates N services x 3 environments with
# bench/gen.py (a deployer repository and the equivalent kustomize tree), then measures, cold
# (a new JVM each time, JVM start included):
#   1. deployer render of N=100 and N=1000, against kubectl kustomize once per overlay and one
#      kubectl kustomize of a root kustomization listing every overlay (kustomize's best case);
#   2. render --check on 100 services when nothing changed and when one service changed;
#   3. peak RSS for N=1000;
# and checks that the output is byte-identical with 1 thread and with all cores.
# usage: bench/run.sh            (FULL=1 also runs kustomize's 1,000-service builds, ~5 minutes)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/work"
deployer="$root/bin/deployer"
runs="${RUNS:-3}"
mkdir -p "$work"

"$deployer" --version >/dev/null            # builds the jar and its CDS archive if needed
for n in 100 1000; do
  rm -rf "$work/$n" && python3 "$root/bench/gen.py" "$work/$n" "$n" >/dev/null
  git -C "$work/$n/deployer" init -q         # the render cache lives in .git/deployer
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
secs() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }   # "seconds rss_kb"
timed() { local out=(); for _ in $(seq "$runs"); do out+=("$(secs "$@" | cut -d' ' -f1)"); done; printf '%s\n' "${out[@]}" | median; }
ratio() { python3 -c "print(f'{$1 / $2:.1f}x')"; }

render_cold() {  # a full render each time: remove the output and the cache first
  local dir="$1"; local out=()
  for _ in $(seq "$runs"); do
    rm -rf "$dir/rendered" "$dir/clusters" "$dir/.git/deployer"
    out+=("$(secs "$deployer" render -q --repo "$dir" | cut -d' ' -f1)")
  done
  printf '%s\n' "${out[@]}" | median
}

r100=$(render_cold "$work/100/deployer")
r1000=$(RUNS=1 render_cold "$work/1000/deployer")
rss1000=$(rm -rf "$work/1000/deployer/rendered" "$work/1000/deployer/clusters" "$work/1000/deployer/.git/deployer"; \
  secs "$deployer" render -q --repo "$work/1000/deployer" | cut -d' ' -f2)

k_all100=$(RUNS=1 timed kubectl kustomize "$work/100/kustomize/all")
mapfile -t overlays100 < <(find "$work/100/kustomize/services" -path '*/overlays/*' -name kustomization.yaml -printf '%h\n' | sort)
t0=$(date +%s.%N); for d in "${overlays100[@]}"; do kubectl kustomize "$d" >/dev/null; done; t1=$(date +%s.%N)
k_each100=$(python3 -c "print(round($t1 - $t0, 2))")
if [ "${FULL:-0}" = 1 ]; then
  k_all1000=$(RUNS=1 timed kubectl kustomize "$work/1000/kustomize/all"); note1000="measured"
else
  k_all1000=$(python3 -c "print(round($k_all100 * 10, 2))"); note1000="100's x10, FULL=1 measures it"
fi
k_each1000=$(python3 -c "print(round($k_each100 * 10, 2))")

# render --check: unchanged (after a render), then one service changed (a new version, not rendered)
d="$work/100/deployer"
"$deployer" render -q --repo "$d"; "$deployer" render --check -q --repo "$d"
c_same=$(timed "$deployer" render --check -q --repo "$d")
v="$d/services/svc0007/dev.yaml"; cp "$v" "$v.orig"; sed -i 's/^version: .*/version: "9.9.9"/' "$v"
c_one=$(timed sh -c "'$deployer' render --check -q --repo '$d' >/dev/null || true")
mv "$v.orig" "$v"

# byte-identical: 1 thread vs all cores
"$deployer" render -q --repo "$d" --out-dir "$work/t1" --threads 1
"$deployer" render -q --repo "$d" --out-dir "$work/tn"
diff -r "$work/t1" "$work/tn" >/dev/null && same=identical || same=DIFFERENT
rm -rf "$work/t1" "$work/tn"

cat <<TABLE
machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)
runs per figure: $runs (median); kubectl: $(kubectl version --client 2>/dev/null | head -1)

| measurement | deployer | kubectl kustomize, one process (root of all overlays) | kubectl kustomize, once per overlay |
| --- | --- | --- | --- |
| render, 100 services x 3 envs (300 overlays) | ${r100} s | ${k_all100} s ($(ratio "$k_all100" "$r100") deployer) | ${k_each100} s ($(ratio "$k_each100" "$r100") deployer) |
| render, 1,000 services x 3 envs | ${r1000} s ($(ratio "$r1000" "$r100") the 100 time) | ${k_all1000} s ($note1000) | ${k_each1000} s (100's x10) |
| render --check, 100 services, nothing changed | ${c_same} s | | |
| render --check, 100 services, one service changed | ${c_one} s | | |
| peak RSS, render of 1,000 services | $((rss1000 / 1024)) MB | | |
| output, 1 thread vs $(nproc) threads | $same | | |
TABLE
