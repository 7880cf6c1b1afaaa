#!/usr/bin/env bash
# Start-up, the JVMs side by side: `kustomize` of one overlay (kustomize's own small case) and
# `render --check` with nothing changed (the pre-commit hook), each a new process, against
# kubectl kustomize, with
#   - Java 17 as bin/deployer runs it (C1 only, serial GC, the AppCDS archive of the build),
#   - Java 17 without the archive (DEPLOYER_CDS=0),
#   - Java 25 (when $JAVA25 is there: Temurin 25 under /usr/lib/jvm) without and with the
#     ahead-of-time cache of JEP 483/514 (-XX:AOTCache), trained on the same run as the AppCDS
#     archive (dev.deployer.cli.CdsTraining).
# Java 17 stays what CI and users run; this only measures the option (docs/performance.md).
# usage: bench/startup.sh      RUNS=5 (median of); JAVA25=/path/to/jdk-25
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib.sh
. "$root/bench/lib.sh"
runs="${RUNS:-5}"
work="$root/bench/work/startup"
jar="$root/cli/target/deployer.jar"
java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn32m -Xss4m)   # bin/deployer's
"$root/bin/deployer" --version >/dev/null                          # builds the jar and its archive
rm -rf "$work" && mkdir -p "$work"
python3 "$root/bench/kustomize/gen.py" "$work/k" 1 >/dev/null
overlay="$work/k/services/svc0000/overlays/prod"
python3 "$root/bench/gen.py" "$work/r" 100 >/dev/null && git -C "$work/r/deployer" init -q
repo="$work/r/deployer"
"$root/bin/deployer" render -q --repo "$repo"

# the variants: a label and a command line prefix each ("kustomize DIR" or "render --check" follows)
labels=("kubectl kustomize" "Java 17, AppCDS (bin/deployer)" "Java 17, no archive")
cmds=("kubectl" "$root/bin/deployer" "env DEPLOYER_CDS=0 $root/bin/deployer")
if [ -x "$java25" ]; then
  aot="$work/deployer.aot"
  "$java25" "${opts[@]}" -XX:AOTCacheOutput="$aot" -Xlog:aot=off -Xlog:cds=off -cp "$jar" \
    dev.deployer.cli.CdsTraining "$root/examples/carts" "$root/cli/src/cds/kustomize/overlay" >/dev/null 2>&1
  labels+=("Java 25, its default CDS only" "Java 25, AOT cache ($(du -m "$aot" | cut -f1) MB)")
  cmds+=("$java25 ${opts[*]} -jar $jar" "$java25 ${opts[*]} -XX:AOTCache=$aot -Xlog:aot=off -Xlog:cds=off -jar $jar")
fi

# Round robin: run i of every variant follows run i-1 of every variant, so the machine's load
# drifts over all of them alike; each figure is the median of its $RUNS runs.
declare -A times
for _ in $(seq "$runs"); do
  for i in "${!cmds[@]}"; do
    read -r wall _ cpu < <(OUT="$work/out$i.yaml" measure ${cmds[$i]} kustomize "$overlay")
    times[k$i]+="$wall "; times[K$i]+="$cpu "
    [ "$i" = 0 ] && continue
    read -r wall _ cpu < <(measure ${cmds[$i]} render --check -q --repo "$repo")
    times[c$i]+="$wall "; times[C$i]+="$cpu "
  done
done
med() { tr ' ' '\n' <<<"${times[$1]}" | grep . | median; }

machine
echo
kubectl=$(med k0)
echo "Wall time, and CPU time (user + system) in brackets, medians; kubectl kustomize of the overlay: $kubectl s ($(med K0) s CPU)."
echo
echo "| JVM | \`kustomize\` one overlay | deployer ÷ kubectl, wall | output | \`render --check\`, 100 services, unchanged |"
echo "| --- | --- | --- | --- | --- |"
for i in "${!cmds[@]}"; do
  [ "$i" = 0 ] && continue
  cmp -s "$work/out0.yaml" "$work/out$i.yaml" && same=identical || { same=DIFFERENT; differs=1; }
  echo "| ${labels[$i]} | $(med k$i) s ($(med K$i) s) | $(ratio "$(med k$i)" "$kubectl") | $same | $(med c$i) s ($(med C$i) s) |"
done
[ -x "$java25" ] || echo "(no Java 25 at $java25: set JAVA25 to measure the AOT cache)"
[ -z "${differs:-}" ]   # exit 1 when an output differed from kubectl's
