#!/usr/bin/env bash
# Two clean builds of one commit give the same bytes: the shaded jar and the container image.
#
# Builds HEAD in a fresh clone (outside this checkout, so paths differ too) and compares its
# cli/target/deployer.jar, and the image digest, with a second build: by default a second fresh
# clone; with --against-checkout, the jar and image this checkout's own build made (CI: after
# 'mvn -B verify -Pcontainer', one extra build instead of two). The image is built from a local
# base (bench/local-base-image.py) unless DEPLOYER_IMAGE_BASE names one, so no registry is needed;
# then, as root, the image is run the way a container runtime would (a chroot with /proc, user
# 65532, no locale) to check that it starts and prints UTF-8.
#
# usage: bench/reproducible.sh [--against-checkout]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/deployer-reproducible.XXXXXX")"
trap 'umount "$work/rootfs/proc" 2>/dev/null || true; rm -rf --one-file-system "$work"' EXIT
DEPLOYER_IMAGE_BASE="${DEPLOYER_IMAGE_BASE:-}"
base="$DEPLOYER_IMAGE_BASE"
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

smoke() {  # the image from $1 runs (as user 65532, no locale set) and prints UTF-8: a chroot as a container
  local rootfs="$work/rootfs" tar="$1/cli/target/deployer-image.tar"
  if [ "$(id -u)" != 0 ] || ! command -v chroot >/dev/null; then echo "image run: skipped (needs root for chroot)"; return; fi
  mkdir -p "$rootfs/unpacked" && tar -xf "$tar" -C "$rootfs/unpacked"
  for layer in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$rootfs/unpacked/manifest.json"); do
    tar -xzf "$rootfs/unpacked/$layer" -C "$rootfs" 2>/dev/null
  done
  mkdir -p "$rootfs/proc" "$rootfs/tmp/k"
  mount -t proc proc "$rootfs/proc" || { echo "image run: skipped (cannot mount /proc)"; return; }
  printf 'configMapGenerator:\n- name: arrows\n  literals:\n  - a=dev → stage\n' >"$rootfs/tmp/k/kustomization.yaml"
  local entry; entry="$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1]+"/manifest.json"))[0]; c=json.load(open(sys.argv[1]+"/"+m["Config"]))["config"]; print(" ".join(c["Entrypoint"]))' "$rootfs/unpacked")"
  local out; out="$(env -i "$(command -v chroot)" --userspec=65532:65532 "$rootfs" /opt/java/bin/$entry kustomize /tmp/k 2>&1 || true)"
  umount "$rootfs/proc"
  case "$out" in *"a: dev → stage"*) echo "image run: kustomize in the image printed UTF-8 as user 65532";;
    *) echo "image run FAILED: $out"; exit 1;; esac
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
[ -n "$DEPLOYER_IMAGE_BASE" ] || smoke "$work/first"   # a registry base may have no /opt/java
echo "reproducible: two builds of $(git -C "$root" rev-parse --short=12 HEAD) give the same jar and image"
