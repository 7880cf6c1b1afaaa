#!/usr/bin/env bash
# Two clean builds of one commit give the same bytes: the shaded jar and the container image.
#
# Builds HEAD in a fresh clone (outside this checkout, so paths differ too) and compares its
# cli/target/deployer.jar, and the image digest, with a second build: by default a second fresh
# clone; with --against-checkout, the jar and image this checkout's own build made (CI: after
# 'mvn -B verify -Pcontainer', one extra build instead of two). The image is built from a local
# base (bench/local-base-image.py) unless DEPLOYER_IMAGE_BASE names one, so no registry is needed.
#
# usage: bench/reproducible.sh [--against-checkout]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/deployer-reproducible.XXXXXX")"
trap 'rm -rf "$work"' EXIT
base="${DEPLOYER_IMAGE_BASE:-}"
if [ -z "$base" ]; then
  python3 "$root/bench/local-base-image.py" "$work/base.tar" >/dev/null
  base="tar://$work/base.tar"
fi
[ -z "$(git -C "$root" status --porcelain)" ] || echo "note: the checkout has uncommitted changes; the clones build HEAD"

build() {  # build HEAD in a fresh clone at $1; prints "jar-sha256 image-digest"
  git clone -q "$root" "$1"
  # The image's source label is the origin's URL: give the clone the checkout's own.
  if origin="$(git -C "$root" remote get-url origin 2>/dev/null)"; then
    git -C "$1" remote set-url origin "$origin"
  else
    git -C "$1" remote remove origin
  fi
  (cd "$1" && mvn -B -q -Pcontainer -DskipTests -Ddeployer.image.base="$base" package >"$1.log" 2>&1) \
    || { cat "$1.log"; exit 1; }
  echo "$(sha256sum <"$1/cli/target/deployer.jar" | cut -d' ' -f1) $(cat "$1/cli/target/deployer-image.digest")"
}

first="$(build "$work/first")"
if [ "${1:-}" = "--against-checkout" ]; then
  second="$(sha256sum <"$root/cli/target/deployer.jar" | cut -d' ' -f1) $(cat "$root/cli/target/deployer-image.digest")"
else
  second="$(build "$work/second")"
fi
echo "jar sha256:   ${first%% *} / ${second%% *}"
echo "image digest: ${first##* } / ${second##* }"
[ "$first" = "$second" ] || { echo "NOT reproducible: two builds of $(git -C "$root" rev-parse --short=12 HEAD) differ"; exit 1; }
echo "reproducible: two builds of $(git -C "$root" rev-parse --short=12 HEAD) give the same jar and image"
