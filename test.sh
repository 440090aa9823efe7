#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")"

bash packaging/deps/debian.sh

# ccache hits across checkouts and build folders: paths relative to the source tree.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset dev -DSG_BUILD_TESTS=ON >/dev/null
cmake --build --preset dev -j "$jobs"

# One throwaway PostgreSQL cluster for the whole run (tests/support/pgcluster.h uses it; a
# test run without it starts its own). Stopped and removed on exit; a watchdog does it if
# this script is killed.
if pg_url=$(bash packaging/tools/pgcluster.sh start --owner-pid $$); then
  export SHARDGATE_TEST_PG_URL="$pg_url"
  trap 'bash packaging/tools/pgcluster.sh stop "$SHARDGATE_TEST_PG_URL"' EXIT
else
  echo "test.sh: no throwaway PostgreSQL cluster (see above); the PostgreSQL tests start their own or skip" >&2
fi

ctest --preset dev -j "$jobs" --timeout 600 "$@"
