#!/usr/bin/env bash
# Install the Debian packages Refuge needs, only those missing. Usage: system-deps.sh run|test
set -euo pipefail
want=()
have() { command -v "$1" >/dev/null 2>&1; }
have msgfmt || want+=(gettext)
have mat2 || want+=(mat2)
have gpg || want+=(gpg)  # OpenPGP-encrypted notifications
if [ "${1:-run}" = test ]; then
  have chromium || [ -x /usr/bin/chromium ] || want+=(chromium)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || want+=(postgresql)
  have pg_dump || want+=(postgresql-client)
  have java || want+=(default-jre-headless)  # the Spark linkage test
  have nginx || [ -x /usr/sbin/nginx ] || want+=(nginx-light)  # the production-shaped test
  have bwrap || want+=(bubblewrap)  # mat2's sandbox
  have openssl || want+=(openssl)  # the local time-stamp authority
fi
[ ${#want[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${want[*]}"
sudo=""
if [ "$(id -u)" != 0 ]; then
  have sudo || { echo "Need root (or sudo) to install: ${want[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
