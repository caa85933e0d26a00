#!/usr/bin/env bash
# Fetch axe-core (the accessibility engine the browser tests inject) from the npm registry into
# the git-ignored .cache/, pinned by version and checked against the registry's SHA-512.
# Usage: fetch-axe.sh  → prints the path of axe.min.js
set -euo pipefail
VERSION=4.10.3
INTEGRITY="sha512-Xm7bpRXnDSX2YE2YFfBk2FnF0ep6tmG7xPh8iHee8MIcrgq762Nkce856dYtJYLkuIoYZvGfTs/PbZhideTcEg=="
cd "$(dirname "$0")/.."
dest=".cache/axe-core-$VERSION"
if [ ! -f "$dest/axe.min.js" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  curl -fsSL --retry 3 -o "$tmp/axe.tgz" "https://registry.npmjs.org/axe-core/-/axe-core-$VERSION.tgz"
  got="sha512-$(openssl dgst -sha512 -binary "$tmp/axe.tgz" | base64 -w0)"
  if [ "$got" != "$INTEGRITY" ]; then
    echo "axe-core-$VERSION.tgz: integrity mismatch (got $got)" >&2
    exit 1
  fi
  tar -xzf "$tmp/axe.tgz" -C "$tmp" package/axe.min.js package/LICENSE
  mkdir -p "$dest"
  mv "$tmp/package/axe.min.js" "$tmp/package/LICENSE" "$dest/"
  touch "$dest/axe.min.js"
fi
echo "$dest/axe.min.js"
