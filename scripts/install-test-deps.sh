#!/usr/bin/env bash
# System packages the test suite runs: Chromium for the e2e tests, and the real runtimes that execute the
# generated snippets (bash+curl, node, python3 with requests, php with curl). Debian/Ubuntu, as root.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium curl python3 python3-requests php-cli php-curl >/dev/null
echo "installed: $(chromium --version 2>/dev/null | head -1); $(php --version | head -1); $(/usr/bin/python3 -c 'import requests; print("requests", requests.__version__)')"
