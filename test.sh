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
ctest --preset dev -j "$jobs" --timeout 600 "$@"
