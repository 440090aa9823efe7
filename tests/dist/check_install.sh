#!/usr/bin/env bash
# Installs the build into a staging folder (as a package would) and checks what desktops
# and distributions check: desktop-file-validate, appstreamcli validate, the systemd unit
# (systemd-analyze verify), the man pages (groff warnings), the hicolor icons and the bash
# completion (every registered command, and completion really completing).
#   check_install.sh BUILD_DIR
set -euo pipefail
build=$1
stage=$(mktemp -d "${TMPDIR:-/tmp}/sg-install.XXXXXX")
trap 'rm -rf "$stage"' EXIT
fail=0
bad() { echo "FAIL: $*" >&2; fail=1; }
need() { command -v "$1" >/dev/null 2>&1 || { echo "missing tool $1 (packaging/deps/debian.sh installs it)" >&2; exit 1; }; }
need desktop-file-validate; need appstreamcli; need groff

DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null
root="$stage/usr"

for f in bin/shardgate bin/shardgate-cli share/applications/shardgate.desktop \
         share/man/man1/shardgate.1.gz share/man/man1/shardgate-cli.1.gz \
         share/bash-completion/completions/shardgate-cli lib/systemd/system/shardgate-edge.service \
         share/icons/hicolor/scalable/apps/shardgate.svg share/doc/shardgate/copyright; do
  [ -e "$root/$f" ] || bad "not installed: /usr/$f"
done

# Desktop entry and AppStream metadata.
desktop-file-validate "$root/share/applications/shardgate.desktop" || bad "desktop-file-validate"
metainfo=$(ls "$root"/share/metainfo/*.metainfo.xml)
appstreamcli validate --no-net "$metainfo" || bad "appstreamcli validate"
version=$("$build/app/cli/shardgate-cli" --version | awk '{ print $2 }')
grep -q "<release version=\"$version\"" "$metainfo" || bad "metainfo has no release $version"
grep -q '<launchable type="desktop-id">shardgate.desktop</launchable>' "$metainfo" || bad "metainfo launchable"

# Icons: one PNG per hicolor size, really that size.
for s in 16 22 24 32 48 64 128 256; do
  png="$root/share/icons/hicolor/${s}x${s}/apps/shardgate.png"
  if [ ! -f "$png" ]; then bad "no ${s}x${s} icon"; continue; fi
  # PNG IHDR: width and height are big-endian at bytes 16..23.
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8 }')
  [ "$dims" = "${s}x${s}" ] || bad "icon ${s}x${s} is $dims"
done

# Man pages: gzip'd, no groff warnings, and they name the version and every command.
for m in shardgate shardgate-cli; do
  page="$root/share/man/man1/$m.1.gz"
  gzip -t "$page" || bad "$m.1.gz is not gzip"
  warnings=$(zcat "$page" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1 || true)
  [ -z "$warnings" ] || bad "groff warnings in $m.1: $warnings"
  zcat "$page" | grep -q "Shardgate $version" || bad "$m.1 does not name version $version"
done
commands=$("$build/app/cli/shardgate-cli" --help | awk '/^Commands:/ { c = 1; next } c && /^  [a-z]/ { print $1 } c && /^$/ { c = 0 }')
[ -n "$commands" ] || bad "shardgate-cli --help lists no commands"
for c in $commands; do
  zcat "$root/share/man/man1/shardgate-cli.1.gz" | grep -q "^\.SS $(printf '%s' "$c" | sed 's/-/\\\\-/g')\$" || bad "man page lacks command $c"
done

# Bash completion: lists every registered command and completes them and their options.
comp="$root/share/bash-completion/completions/shardgate-cli"
bash -n "$comp" || bad "completion has a syntax error"
complete_words() { # words... -> COMPREPLY of completing the last word
  bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _shardgate_cli shardgate-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"' _ "$comp" "$@"
}
all=$(complete_words shardgate-cli "")
for c in $commands; do
  grep -qx "$c" <<<"$all" || bad "completion does not offer command $c"
  # Every long option the command's --help shows is offered after "shardgate-cli <c> --".
  opts=$(complete_words shardgate-cli "$c" "--")
  for o in $("$build/app/cli/shardgate-cli" "$c" --help | grep -o -E '^  (-[a-z], )?--[a-z][a-z0-9-]*' | grep -o -E -- '--[a-z][a-z0-9-]*'); do
    grep -qx -- "$o" <<<"$opts" || bad "completion of '$c --' lacks $o"
  done
done
first=$(printf '%s\n' $commands | head -n1)
prefix=${first:0:2}
got=$(complete_words shardgate-cli --home /tmp "$prefix")
grep -qx "$first" <<<"$got" || bad "completion after --home DIR does not complete '$prefix' to $first"
grep -qv "^${prefix}" <<<"$got" && bad "completion of '$prefix' offers words not starting with it: $got"

# systemd unit: valid directives (checked against a staged ExecStart), hardening present.
unit="$root/lib/systemd/system/shardgate-edge.service"
for key in 'DynamicUser=yes' 'StateDirectory=shardgate-edge' 'NoNewPrivileges=yes' 'ProtectSystem=strict' \
           'ProtectHome=yes' 'PrivateTmp=yes' 'PrivateDevices=yes' \
           'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX' 'SystemCallFilter=@system-service' \
           'MemoryDenyWriteExecute=yes' 'KillSignal=SIGTERM' 'ExecReload=/bin/kill -HUP $MAINPID'; do
  grep -qxF "$key" "$unit" || bad "unit lacks $key"
done
grep -q '^ExecStart=/usr/bin/shardgate-cli serve ' "$unit" || bad "unit does not run shardgate-cli serve"
if command -v systemd-analyze >/dev/null 2>&1; then
  sed "s#/usr/bin/shardgate-cli#$root/bin/shardgate-cli#" "$unit" > "$stage/shardgate-edge.service"
  (cd "$stage" && systemd-analyze verify --man=no shardgate-edge.service) || bad "systemd-analyze verify"
fi

[ $fail -eq 0 ] && echo "install layout, desktop entry, AppStream, icons, man pages, completion and unit: OK"
exit $fail
