#!/usr/bin/env bash
# System packages the test suite runs: Chromium for the e2e tests, and the real runtimes that execute the
# generated snippets (bash+curl, node, python3 with requests, php with curl), openssl for the e2e test's self-signed
# https copy of the build. Debian/Ubuntu: as root, or as a user
# who may use sudo.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo --preserve-env=DEBIAN_FRONTEND)
else
  echo "install-test-deps: needs root to apt-get install chromium curl openssl python3 python3-requests php-cli php-curl;" >&2
  echo "run it as root, or install sudo, or install those packages yourself and run npm ci && npm test." >&2
  exit 1
fi
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium curl openssl python3 python3-requests php-cli php-curl >/dev/null
echo "installed: $(chromium --version 2>/dev/null | head -1); $(php --version | head -1); $(/usr/bin/python3 -c 'import requests; print("requests", requests.__version__)')"
