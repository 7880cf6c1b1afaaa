#!/usr/bin/env bash
# The benchmark of docs/performance.md, in one go, on this machine: every figure against its
# reference in the same run (compare ratios, not absolute times, on a shared machine).
#   1. bench/kustomize/run.sh: deployer kustomize against kubectl kustomize, one overlay and roots
#      of 30/100/300 services x 3 overlays;
#   2. deployer render, cold (no output, no cache), of bench/gen.py's repositories: 100 services
#      against kubectl kustomize building the equivalent tree in one process, 1,000 services
#      against `cp -r` of its own output, and one worker thread against all cores;
#   3. render --check on 100 services when nothing changed and when one service changed, and the
#      peak RSS of a full check of 1,000 services;
#   4. the output with 1 thread and with 7 is the same, byte for byte.
# usage: bench/run.sh     RUNS=3 (median of); KUSTOMIZE=0 skips part 1; FULL=1 also has kubectl
#                         build the 1,000-service tree (~5 minutes); SERVICES="100 1000" the sizes
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib.sh
. "$root/bench/lib.sh"
work="$root/bench/work"
deployer="$root/bin/deployer"
read -r small large <<<"${SERVICES:-100 1000}"
mkdir -p "$work"

if [ "${KUSTOMIZE:-1}" = 1 ]; then
  "$root/bench/kustomize/run.sh"
  echo
fi
"$deployer" --version >/dev/null            # builds the jar and its CDS archive if needed
for n in "$small" "$large"; do
  rm -rf "${work:?}/$n" && python3 "$root/bench/gen.py" "$work/$n" "$n" >/dev/null
  git -C "$work/$n/deployer" init -q         # the render cache lives in .git/deployer
done
s="$work/$small/deployer"
l="$work/$large/deployer"
fresh() { echo "rm -rf '$1/rendered' '$1/clusters' '$1/.git/deployer'"; }

# 2. cold renders
r_small=$(PREPARE=$(fresh "$s") timed "$deployer" render -q --repo "$s")
r_small_1=$(PREPARE=$(fresh "$s") timed "$deployer" render -q --threads 1 --repo "$s")
k_small=$(timed kubectl kustomize "$work/$small/kustomize/all")
r_large=$(PREPARE=$(fresh "$l") timed "$deployer" render -q --repo "$l")
r_large_1=$(PREPARE=$(fresh "$l") timed "$deployer" render -q --threads 1 --repo "$l")
files_large=$(find "$l/rendered" "$l/clusters" -type f | wc -l)
cp_large=$(PREPARE="rm -rf '$work/copy'; mkdir '$work/copy'" timed cp -r "$l/rendered" "$l/clusters" "$work/copy")
rm -rf "$work/copy"
if [ "${FULL:-0}" = 1 ]; then
  k_large="$(timed kubectl kustomize "$work/$large/kustomize/all") s"
else
  k_large="(FULL=1 measures it)"
fi

# 3. render --check: unchanged (after a render), one service changed (a new version, not rendered)
"$deployer" render -q --repo "$s"; "$deployer" render --check -q --repo "$s"
c_same=$(TIMES=$((runs * 2 + 1)) timed "$deployer" render --check -q --repo "$s")
v="$s/services/$(printf "svc%04d" $((small / 2)))/dev.yaml"; cp "$v" "$v.orig"; sed -i 's/^version: .*/version: "9.9.9"/' "$v"
c_one=$(TIMES=$((runs * 2 + 1)) timed sh -c "'$deployer' render --check -q --repo '$s' >/dev/null || true")
mv "$v.orig" "$v"
"$deployer" render -q --repo "$l"
rss_check=$(measure "$deployer" render --check --full -q --repo "$l" | cut -d' ' -f2)

# 4. byte-identical at any thread count
"$deployer" render -q --repo "$s" --out-dir "$work/t1" --threads 1
"$deployer" render -q --repo "$s" --out-dir "$work/t7" --threads 7
diff -r "$work/t1" "$work/t7" >/dev/null && same=identical || same=DIFFERENT
rm -rf "$work/t1" "$work/t7"

cat <<TABLE
$(machine)

| work | deployer | reference | ratio | goal |
| --- | --- | --- | --- | --- |
| \`render\` cold, $small services, vs kubectl kustomize of the same tree in one process | $r_small s | $k_small s | $(ratio "$k_small" "$r_small")× faster | ≥ 10× |
| \`render\` cold, $large services ($files_large files), vs \`cp -r\` of its output | $r_large s | $cp_large s | $(ratio "$r_large" "$cp_large")× the copy | ≤ 3× |
| \`render\` cold, $large services, vs kubectl kustomize in one process | $r_large s | $k_large | | |
| \`render\` cold, $small services, 1 thread vs $(nproc) | $r_small_1 s vs $r_small s | | $(ratio "$r_small_1" "$r_small")× faster | ≥ 1.6× |
| \`render\` cold, $large services, 1 thread vs $(nproc) | $r_large_1 s vs $r_large s | | $(ratio "$r_large_1" "$r_large")× faster | |
| \`render --check\`, $small services, nothing changed | $c_same s | | | ≤ 0.25 s |
| \`render --check\`, $small services, one service changed | $c_one s | | | ≤ 0.4 s |
| peak RSS, \`render --check --full\`, $large services | $((rss_check / 1024)) MB | | | ≤ 256 MB |
| output, 1 thread vs 7 threads | $same | | | identical |
TABLE
[ "$same" = identical ]
