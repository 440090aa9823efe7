#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Shardgate console with a demo workspace
# (a generated dataset packed and signed, a buyer with credits, the embedded edge running).
# Without a display it runs the headless tour, `shardgate-cli demo`, instead.
set -euo pipefail
cd "$(dirname "$0")"

bash packaging/deps/debian.sh

# ccache hits across checkouts and build folders: paths relative to the source tree.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs" --target shardgate shardgate-cli

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec build/dev/app/gui/shardgate --demo "$@"
fi
echo "run.sh: no display found (DISPLAY and WAYLAND_DISPLAY are unset): running the headless demo, shardgate-cli demo, instead."
exec build/dev/app/cli/shardgate-cli demo "$@"
