#!/usr/bin/env bash
# Builds the .deb with CPack (in a folder of its own) and runs lintian on it:
# no errors allowed; warnings are printed.
#   check_lintian.sh BUILD_DIR
set -euo pipefail
build=$1
command -v lintian >/dev/null || { echo "missing lintian (packaging/deps/debian.sh installs it)" >&2; exit 1; }
out=$(mktemp -d "${TMPDIR:-/tmp}/sg-lintian.XXXXXX")
trap 'rm -rf "$out"' EXIT

(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/shardgate_*.deb)
version=$("$build/app/cli/shardgate-cli" --version | awk '{ print $2 }')
case "$(dpkg-deb -f "$deb" Version)" in
  "$version"-*) ;;
  *) echo "FAIL: package version $(dpkg-deb -f "$deb" Version) is not the CMake project version $version" >&2; exit 1 ;;
esac
for dep in libqt6core6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6httpserver6 libssl3; do
  dpkg-deb -f "$deb" Depends | grep -q -E "(^|, )$dep( |,|$)" || { echo "FAIL: Depends lacks $dep" >&2; exit 1; }
done

# lintian refuses nothing as root but says so on stderr; keep its findings only.
rc=0
report=$(lintian --tag-display-limit 0 "$deb" 2>/dev/null) || rc=$?
printf '%s\n' "$report"
if [ $rc -gt 1 ]; then
  echo "FAIL: lintian did not run (exit $rc)" >&2
  exit 1
fi
if grep -q '^E: ' <<<"$report"; then
  echo "FAIL: lintian reports errors" >&2
  exit 1
fi
echo "lintian: $(grep -c '^E: ' <<<"$report" || true) errors, $(grep -c '^W: ' <<<"$report" || true) warnings"
