#!/usr/bin/env bash
# Regenerates the status page screenshots in this folder (status-desktop.png, status-phone.png):
# builds a small demo deployment repository with the CLI, commits its history with fixed dates,
# renders 'deployer status --output html' and photographs it with Debian's headless Chromium.
# Needs: Java 17, Maven, git, chromium (apt-get install chromium).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
deployer="$root/bin/deployer"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/shop-deploy"

"$deployer" init "$repo" --service carts --repo-url https://github.com/acme/shop-deploy.git 2>/dev/null
cd "$repo"
for svc in catalog payments search; do cp -r services/carts "services/$svc"; sed -i "s/carts/$svc/g" "services/$svc"/*.yaml; done
rm services/search/stage.yaml services/search/prod.yaml
printf 'promotion:\n  auto: false\n' >> environments/prod.yaml

commit() {  # commit everything at a fixed date, so the page (and the picture) never changes
  export GIT_AUTHOR_DATE="$1" GIT_COMMITTER_DATE="$1"
  git add -A && git -c user.name="Deployer demo" -c user.email=demo@example.com commit -qm "$2"
}
version() { sed -i "s/^version: .*/version: \"$3\"/" "services/$1/$2.yaml"; }

git init -q -b main && git remote add origin https://github.com/acme/shop-deploy.git
for svc in carts catalog payments; do for env in dev stage prod; do version $svc $env 1.0.0; done; done
version search dev 0.9.0
commit "2026-04-01T08:00:00Z" "Initial deployment"
for env in dev stage prod; do version catalog $env 2.7.0; version payments $env 1.4.2; version carts $env 1.3.0; done
commit "2026-04-20T10:30:00Z" "Deploy catalog 2.7.0, payments 1.4.2, carts 1.3.0 everywhere (#31)"
version catalog dev 2.8.1; version catalog stage 2.8.1; version payments dev 1.5.0; version payments stage 1.5.0
commit "2026-05-02T14:05:00Z" "Promote catalog 2.8.1 and payments 1.5.0 to stage (#38)"
version carts dev 1.4.0
printf 'hold:\n  reason: "incident 4711: payments timeouts in prod"\n' >> services/payments/prod.yaml
commit "2026-05-04T09:12:00Z" "Deploy carts 1.4.0 to dev; hold payments in prod (#41)"
# What 'deployer bot watch' would have saved: carts watches its registry (docs/bot.md).
seen='{"services":{"carts":{"image":"ghcr.io/acme/carts","tag":"1.5.0","seenAt":"2026-05-05T08:30:12Z"}}}'
tree=$(printf '100644 blob %s\tregistry.json\n' "$(printf '%s\n' "$seen" | git hash-object -w --stdin)" | git mktree)
git update-ref refs/deployer/registry "$(git -c user.name="Deployer demo" -c user.email=demo@example.com \
  commit-tree "$tree" -m "Registry tags seen by deployer bot watch")"

DEPLOYER_NO_BUILD=1 "$deployer" status --output html > "$work/status.html"
shoot() {  # NAME WIDTH HEIGHT
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile-$1" --hide-scrollbars \
    --force-device-scale-factor=1 --window-size="$2,$3" --screenshot="$here/status-$1.png" \
    "file://$work/status.html" 2>/dev/null
}
shoot desktop 1100 820
shoot phone 390 1400
echo "wrote $here/status-desktop.png and $here/status-phone.png" >&2
