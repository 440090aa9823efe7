#!/usr/bin/env bash
# Benchmark: `shardgate-cli pack` and `verify --dir` against `sha256sum` over the same
# files, measured in the same run, with peak RSS. Not a test (no pass/fail): it prints
# the ratios (targets: pack <= 1.0x sha256sum, verify --dir <= 0.7x) for docs/benchmarks.md.
#
#   bench/pack_bench.sh [--size 1G|8G|<n>M|<n>G] [--cli PATH] [--threads N] [--keep]
#
# The folder (files from 1 KiB to 64 MiB, log-uniform sizes, deterministic pseudo-random
# bytes from AES-128-CTR) is generated in a temp dir on the same disk as the store and
# read once to warm the page cache (caches are not dropped: that needs root and would
# disturb other work). pack writes a fresh blob store (fsync per blob) in the same dir.
set -euo pipefail

size=1G
cli=""
threads=""
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="$2"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "pack_bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "$cli" ]; then
  for c in "$SHARDGATE_CLI" "$here/build/dev/app/cli/shardgate-cli" "$here"/build*/app/cli/shardgate-cli \
           "$here"/build*/out/app/cli/shardgate-cli; do
    if [ -n "$c" ] && [ -x "$c" ]; then cli="$c"; break; fi
  done
fi
[ -x "$cli" ] || { echo "pack_bench.sh: shardgate-cli not found; pass --cli PATH" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "pack_bench.sh: needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }

case "$size" in
  *G) total=$(( ${size%G} * 1024 * 1024 * 1024 )) ;;
  *M) total=$(( ${size%M} * 1024 * 1024 )) ;;
  *) total=$size ;;
esac

work="$(mktemp -d "${TMPDIR:-/tmp}/pack_bench.XXXXXX")"
cleanup() { if [ "$keep" = 0 ]; then rm -rf "$work"; else echo "kept $work"; fi; }
trap cleanup EXIT
data="$work/data"
mkdir -p "$data"

echo "== generating $size in $data"
# Deterministic sizes: 1 KiB * 2^(16u), u from a 31-bit LCG (seed 1); bytes: AES-128-CTR
# keystream with the file index as IV, so every run builds the same folder.
seed=1; i=0; made=0
while [ "$made" -lt "$total" ]; do
  seed=$(( (seed * 1103515245 + 12345) % 2147483648 ))
  n=$(awk -v s="$seed" 'BEGIN { printf "%d", 1024 * 2 ^ (16 * s / 2147483648) }')
  [ $(( made + n )) -gt "$total" ] && n=$(( total - made ))
  dir="$data/d$(( i % 16 ))"
  mkdir -p "$dir"
  { openssl enc -aes-128-ctr -nosalt -K 000102030405060708090a0b0c0d0e0f -iv "$(printf '%032x' "$i")" \
    < /dev/zero 2>/dev/null || true; } | head -c "$n" > "$dir/f$(printf '%05d' "$i").bin"
  made=$(( made + n )); i=$(( i + 1 ))
done
echo "   $i files, $made bytes"
find "$data" -type f -print0 | sort -z > "$work/files"
xargs -0 cat < "$work/files" > /dev/null   # warm the page cache once

cat > "$work/license.json" <<'JSON'
{"id":"bench","spdx":"CC0-1.0","uses":["train"],"pricePerAccess":{"amount":"0","currency":"USD"}}
JSON
"$cli" keygen --out "$work/key.pem" --home "$work/home-key" > /dev/null

measure() { # label, command...: prints "wall-seconds rssKiB cpu-seconds", fails if the command fails
  local label="$1"; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.$label" "$@" > "$work/out.$label" 2> "$work/err.$label" || {
    echo "$label failed:"; cat "$work/err.$label"; exit 1; }
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$work/time.$label"
}

thr=()
[ -n "$threads" ] && thr=(--threads "$threads")
read -r t_sha m_sha c_sha < <(measure sha256sum xargs -0 -a "$work/files" sha256sum)
read -r t_pack m_pack c_pack < <(measure pack "$cli" pack "$data" --dataset bench --version 1 --key "$work/key.pem" \
  --license "$work/license.json" --out "$work/manifest.json" --home "$work/home" --json "${thr[@]}")
read -r t_vdir m_vdir c_vdir < <(measure verify_dir "$cli" verify "$work/manifest.json" --dir "$data" --json "${thr[@]}")
read -r t_vstore m_vstore c_vstore < <(measure verify_store "$cli" verify "$work/manifest.json" --home "$work/home" --json "${thr[@]}")

# Disk reference: writing the same number of bytes durably (what pack must do for a new
# store, and sha256sum does not).
read -r t_dd m_dd c_dd < <(measure dd dd if=/dev/zero of="$work/dd.bin" bs=4M count=$(( made / 4194304 )) conv=fsync)
rm -f "$work/dd.bin"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo
echo "== pack_bench: $size, $i files, $(nproc) cores, sha_ni: $(grep -o -m1 sha_ni /proc/cpuinfo || echo no), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   cli: $cli"
row() { printf '%-28s %8s %8s %10s MiB %8s %8s\n' "$1" "$2" "$3" "$(( $4 / 1024 ))" "$(ratio "$2" "$t_sha")" "$(ratio "$3" "$c_sha")"; }
printf '%-28s %8s %8s %14s %8s %8s\n' "command" "wall s" "cpu s" "peak RSS" "wall x" "cpu x"
row "sha256sum (reference)" "$t_sha" "$c_sha" "$m_sha"
row "shardgate-cli pack" "$t_pack" "$c_pack" "$m_pack"
row "shardgate-cli verify --dir" "$t_vdir" "$c_vdir" "$m_vdir"
row "shardgate-cli verify (store)" "$t_vstore" "$c_vstore" "$m_vstore"
row "dd conv=fsync (disk write)" "$t_dd" "$c_dd" "$m_dd"
echo "   targets (wall): pack <= 1.00, verify --dir <= 0.70; peak RSS <= 64 MiB. cpu = user + sys of the process"
grep -o '"manifestCid":"[a-z0-9]*"' "$work/out.pack" || true
