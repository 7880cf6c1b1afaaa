#!/usr/bin/env bash
# Runs the differential tester (renderer's dev.deployer.difftest.DifferentialTest) for as long as
# you like: generated kustomize trees built by `kubectl kustomize` and by deployer's engine, and
# generated repositories rendered by deployer whose rendered/<env> folders both build. Every
# disagreement is shrunk and printed (and kept in renderer/target/difftest-<what>.txt).
#
# usage: bench/difftest/run.sh [kustomize|render] [--minutes M] [--seed S] [--trees N]
#                              [--findings N] [--tree SEED [--write]]
#   kustomize|render  run only one of the two (default: both)
#   --minutes M       time budget of each of the two (default 60)
#   --seed S          base seed (default: the fixed seed and today's date, as CI runs them);
#                     tree i of base seed S has seed S*1000000+i
#   --trees N         trees per base seed (default: as many as the time allows)
#   --findings N      stop after N disagreements (default 20)
#   --tree SEED       replay one tree (the seed a finding printed); with --write, add its shrunk
#                     form to the own kustomize corpus with kubectl's output as the expected file
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
props=(-Ddifftest.minutes=60 -Ddifftest.trees=1000000000 -Ddifftest.maxFindings=20 -Ddifftest.strict=true)
while [ $# -gt 0 ]; do
  case "$1" in
    kustomize|render) props+=("-Ddifftest.only=$1") ;;
    --minutes) props+=("-Ddifftest.minutes=$2"); shift ;;
    --seed) props+=("-Ddifftest.seed=$2"); shift ;;
    --trees) props+=("-Ddifftest.trees=$2"); shift ;;
    --findings) props+=("-Ddifftest.maxFindings=$2"); shift ;;
    --tree) props+=("-Ddifftest.tree=$2"); shift ;;
    --write) props+=("-Ddifftest.write=true") ;;
    *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
  shift
done
cd "$root"
out=renderer/target/surefire-reports/dev.deployer.difftest.DifferentialTest-output.txt
mkdir -p "$(dirname "$out")" && rm -f "$out"
# surefire keeps the test's output in a file: follow it while the test runs.
mvn -B -o -pl renderer test -Dtest=DifferentialTest "${props[@]}" >renderer/target/difftest-mvn.log 2>&1 &
mvn_pid=$!
tail -n +1 -F --pid="$mvn_pid" "$out" 2>/dev/null &
status=0; wait "$mvn_pid" || status=$?
sleep 1
grep -E 'Tests run:|BUILD' renderer/target/difftest-mvn.log | tail -3
exit "$status"
