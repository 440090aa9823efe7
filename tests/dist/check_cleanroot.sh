#!/usr/bin/env bash
# The .deb on a clean Debian 12: debootstrap a minimal bookworm into a throwaway folder,
# chroot in, `apt-get install ./shardgate_*.deb` (apt pulls the Qt runtime from Debian),
# run `shardgate-cli demo` as an ordinary user, then `apt-get remove shardgate` and check
# that the user's data is untouched.
#   check_cleanroot.sh BUILD_DIR
# Needs root, debootstrap and the Debian mirror of apt's sources. Caches, outside the build
# folder ($SG_CACHE_DIR, default ~/.cache/shardgate): the debootstrap tarball, the
# bootstrapped base root (a pristine copy each run starts from) and apt's downloaded .debs.
# Exit 77 (skipped) without root/debootstrap or when the mirror cannot be reached.
set -euo pipefail
build=$(cd "$1" && pwd)
SKIP=77
t0=$(date +%s)
phase() { echo "[$(($(date +%s) - t0)) s] $*"; }

[ "$(id -u)" -eq 0 ] || { echo "skipped: needs root (chroot, mount)"; exit $SKIP; }
for tool in debootstrap chroot mount umount; do
  command -v $tool >/dev/null || { echo "skipped: missing $tool (packaging/deps/debian.sh installs debootstrap)"; exit $SKIP; }
done

# The Debian mirror apt already uses (deb822 .sources or one-line sources.list).
mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null |
         grep -v -E '^[[:space:]]*#' | grep -o -E 'https?://[^ ]*/debian/?([[:space:]]|$)' | tr -d '[:space:]\n' |
         sed 's#\(/debian/\?\)http#\1 http#g' | awk '{ print $1 }' || true)
mirror=${mirror:-http://deb.debian.org/debian}
mirror=${mirror%/}
suite=bookworm
arch=$(dpkg --print-architecture)

cache=${SG_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/shardgate}
mkdir -p "$cache/apt-archives/partial"
tarball="$cache/debootstrap-$suite-minbase-$arch.tgz"
basecache="$cache/root-$suite-minbase-$arch.tar"

work=$(mktemp -d /var/tmp/sg-cleanroot.XXXXXX)
root="$work/root"

# Mounts at or below the work folder, deepest first.
mounts_below() { awk -v r="$work" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/self/mounts | sort -r; }
cleanup() {
  # Unmount everything below the work folder before anything is deleted, so no bind
  # mount (/dev, the apt cache) can ever be emptied by the rm.
  local m
  for m in $(mounts_below); do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
  done
  if [ -n "$(mounts_below)" ]; then
    echo "warning: mounts remain under $work; not deleting it" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
# The throwaway root lives in memory when possible: installing ~600 MB and deleting it
# afterwards is then a matter of seconds, not minutes, on a busy disk.
mount -t tmpfs -o size=3g,mode=0755 sg-cleanroot "$work" 2>/dev/null || true
mkdir -p "$root"

# 1. A minimal bookworm root, from the caches when they exist.
if [ -f "$basecache" ]; then
  phase "unpacking the cached base root"
  tar -xf "$basecache" -C "$root"
else
  if [ ! -f "$tarball" ]; then
    phase "downloading the bookworm minbase packages from $mirror"
    debootstrap --variant=minbase --arch="$arch" --make-tarball="$tarball.part" \
        "$suite" "$work/mk" "$mirror" >"$work/debootstrap.log" 2>&1 ||
      { tail -n 5 "$work/debootstrap.log"; echo "skipped: cannot reach $mirror"; exit $SKIP; }
    mv "$tarball.part" "$tarball"
    rm -rf "$work/mk"
  fi
  phase "debootstrap --unpack-tarball"
  debootstrap --variant=minbase --arch="$arch" --unpack-tarball="$tarball" \
      "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { cp "$work/debootstrap.log" "$cache/last-debootstrap-failure.log"; tail -n 20 "$work/debootstrap.log";
      echo "FAIL: debootstrap (log: $cache/last-debootstrap-failure.log)"; exit 1; }
  rm -f "$root"/var/cache/apt/archives/*.deb
  tar -cf "$basecache.part" -C "$root" . && mv "$basecache.part" "$basecache"
fi

# 2. Mounts for the chroot: /proc, /sys, /dev (bind, read-only where possible) and the
#    .deb download cache.
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf 'deb %s %s main\ndeb %s %s-updates main\n' "$mirror" "$suite" "$mirror" "$suite" > "$root/etc/apt/sources.list"
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d" && chmod 755 "$root/usr/sbin/policy-rc.d"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 \
                DEBIAN_FRONTEND=noninteractive "$@"; }

# 3. The package, built by CPack from this build.
phase "building the .deb"
(cd "$build" && cpack -G DEB -B "$work/pkg" >/dev/null)
deb=$(ls "$work"/pkg/shardgate_*.deb)
cp "$deb" "$root/tmp/"
debname=$(basename "$deb")

phase "apt-get update"
in_root apt-get update -qq >"$work/apt.log" 2>&1 ||
  { tail -n 5 "$work/apt.log"; echo "skipped: cannot reach $mirror"; exit $SKIP; }
phase "apt-get install ./$debname"
# A throwaway root needs no fsync after every file (dpkg's --force-unsafe-io).
in_root apt-get install -y -q -o DPkg::Options::=--force-unsafe-io "/tmp/$debname" >"$work/install.log" 2>&1 ||
  { tail -n 30 "$work/install.log"; echo "FAIL: apt-get install ./$debname"; exit 1; }
grep -E '^(Need to get|After this operation)' "$work/install.log" || true

# 4. Run it as an ordinary user whose home holds data that must survive the removal.
phase "running shardgate-cli as user alice"
in_root useradd --create-home --shell /bin/bash alice
in_root install -d -o alice -g alice -m 0700 /run/user/alice
# A sanitizer build's package keeps the sanitizer settings of the test run (env -i drops them).
sanitizer_env=()
for v in ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS; do
  [ -z "${!v:-}" ] || sanitizer_env+=("$v=${!v}")
done
as_alice() { chroot --userspec=alice:alice "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/alice \
                 LC_ALL=C.UTF-8 XDG_RUNTIME_DIR=/run/user/alice QT_QPA_PLATFORM=offscreen "${sanitizer_env[@]}" "$@"; }
version=$("$build/app/cli/shardgate-cli" --version)
got=$(as_alice shardgate-cli --version)
[ "$got" = "$version" ] || { echo "FAIL: installed shardgate-cli --version says '$got', expected '$version'"; exit 1; }
got=$(as_alice shardgate --version)
case "$got" in *"${version#shardgate-cli }"*) ;; *) echo "FAIL: shardgate --version says '$got'"; exit 1 ;; esac

if as_alice shardgate-cli --help | grep -q -E '^  demo '; then
  as_alice shardgate-cli demo >"$work/demo.log" 2>&1 ||
    { tail -n 30 "$work/demo.log"; echo "FAIL: shardgate-cli demo in the clean root"; exit 1; }
  tail -n 5 "$work/demo.log"
  ran="shardgate-cli demo"
else
  # Until 'demo' is registered: the commands every other one builds on.
  as_alice sh -c 'shardgate-cli keygen --out "$HOME/creator.pem"' >/dev/null
  as_alice sh -c 'echo hello > "$HOME/hello.txt" && shardgate-cli cid "$HOME/hello.txt"'
  ran="shardgate-cli keygen + cid (no demo command registered yet)"
fi

# The user's data: a Shardgate home and a file, fingerprinted before the removal.
as_alice sh -c 'mkdir -p "$HOME/.local/share/shardgate" "$HOME/data" &&
                echo "my dataset" > "$HOME/data/notes.txt" &&
                mkdir -p "$HOME/.local/share/shardgate/keys" &&
                shardgate-cli keygen --home "$HOME/.local/share/shardgate" --out "$HOME/.local/share/shardgate/keys/mine.pem" >/dev/null'
before=$(cd "$root/home/alice" && find . -type f -print0 | sort -z | xargs -0 sha256sum)

phase "apt-get remove shardgate"
in_root apt-get remove -y -q -o DPkg::Options::=--force-unsafe-io shardgate >"$work/remove.log" 2>&1 ||
  { tail -n 20 "$work/remove.log"; echo "FAIL: apt-get remove shardgate"; exit 1; }
for f in /usr/bin/shardgate /usr/bin/shardgate-cli /usr/share/applications/shardgate.desktop; do
  [ ! -e "$root$f" ] || { echo "FAIL: $f is still there after removal"; exit 1; }
done
after=$(cd "$root/home/alice" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
[ "$before" = "$after" ] || { echo "FAIL: the user's files changed on removal"; diff <(echo "$before") <(echo "$after"); exit 1; }

phase "done: installed $debname on a clean $suite root, ran $ran, removed it; $(echo "$before" | wc -l) user files intact"
