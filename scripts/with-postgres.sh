#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL cluster on a free loopback port, then remove it.
# The command sees REFUGE_DATABASE_URL. See scripts/pgcluster.py.
set -euo pipefail
exec python3 "$(dirname "$0")/pgcluster.py" "$@"
