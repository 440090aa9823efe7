#!/usr/bin/env bash
# Installs every build, test and run dependency of Shardgate on Debian 12 with apt-get.
# A no-op when everything is present; uses sudo only when not root.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build ccache pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev
  libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libgl-dev
  libssl-dev openssl libsqlite3-dev
  # run (GUI) and test
  xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 qt6-qpa-plugins fonts-dejavu-core
  sqlite3 curl wget nginx-light wrk util-linux time aria2
  # the shared store (PostgreSQL through QPSQL) and its throwaway test clusters
  postgresql
  # packaging: .rpm, and the checks on the packages (lintian, desktop files, AppStream, clean root)
  rpm lintian desktop-file-utils appstream debootstrap groff-base
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "debian.sh: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "Installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
