#!/usr/bin/env bash
# Regenerates the expected files of the project's own kustomize cases (cases/NNN-name/, same
# layout as the shared corpus) from the real `kubectl kustomize` (kustomize v5.5).
# usage: regen-own.sh [CASE...]     (default: every case)
set -u
export LC_ALL=C
cd "$(dirname "$0")/cases"
status=0
for c in ${@:-*}; do
  c=${c%/}
  entry=$(cat "$c/entry")
  if (cd "$c" && kubectl kustomize "input/$entry" >../.out 2>../.err); then
    if [ -e "$c/error" ]; then echo "$c: expected an error but the build succeeded" >&2; status=1; continue; fi
    mv .out "$c/expected.yaml"
  else
    if [ ! -e "$c/error" ]; then echo "$c: build failed: $(head -c 300 .err)" >&2; status=1; continue; fi
    # the first line of the error, past kubectl's deprecation warnings
    awk '/^# Warning:/ {next} /err=<$/ {getline; sub(/^\t/, ""); print; exit} {print; exit}' .err \
      | sed -E 's/^[EWIF][0-9]{4} [0-9:.]+ +[0-9]+ [^]]+\] "[^"]*" err="?//; s/^error: //; s/"$//; s/0xc[0-9a-f]{6,}/0xPTR/g' \
      | sed "s#$(pwd -P)/$c/input#{INPUT}#g" >"$c/expected-error.txt"
  fi
done
rm -f .out .err
exit $status
