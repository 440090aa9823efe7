#!/usr/bin/env bash
# Benchmark: `shardgate-cli get` against `curl` (files route, one connection) and
# `aria2c -x4` fetching the same bytes from the same local `shardgate-cli serve`, in the
# same run, plus get's peak RSS. Not a test: it prints ratios for docs/benchmarks.md
# (targets: get >= 0.9x curl and >= 0.9x aria2c -x4, RSS < 100 MiB).
#
#   bench/get_bench.sh [--size 1G|<n>M] [--files N] [--cli PATH] [--connections N] [--keep]
#                      [--baseline-cli PATH] [--rounds N]
#
# Each tool runs --rounds times (default 3), in turn (curl, aria2c, get, curl, ...), and the
# ratios compare medians: on a VM one run's page-cache writes alone vary several-fold.
#
# --baseline-cli runs get a second time with another build (e.g. the previous commit's) in
# the same run, so a change is judged against it under the same load; both gets' CPU
# seconds per GiB are printed against curl's (the figure that counts on a busy machine).
#
# get's time includes everything it does: manifest fetch + signature check, token,
# per-shard CID verification, pwrite + journal record per shard (group-commit fdatasync in
# the background), the sha256 of every file; receipt bundles are skipped (--receipt-wait 0).
# curl and aria2c are timed for the transfer alone and again with `sha256sum` of what they
# wrote (the same end-to-end check get does).
set -euo pipefail

size=1G
nfiles=4
cli=""
conns=4
keep=0
baseline=""
rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="$2"; shift 2 ;;
    --files) nfiles="$2"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    --connections) conns="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --baseline-cli) baseline="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "get_bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "$cli" ]; then
  for c in "${SHARDGATE_CLI:-}" "$here/build/dev/app/cli/shardgate-cli" "$here"/build*/app/cli/shardgate-cli; do
    if [ -n "$c" ] && [ -x "$c" ]; then cli="$c"; break; fi
  done
fi
[ -x "$cli" ] || { echo "get_bench.sh: shardgate-cli not found; pass --cli PATH" >&2; exit 2; }
[ -z "$baseline" ] || [ -x "$baseline" ] || { echo "get_bench.sh: --baseline-cli $baseline is not executable" >&2; exit 2; }
for t in curl /usr/bin/time sha256sum python3; do
  command -v "$t" >/dev/null || { echo "get_bench.sh: needs $t" >&2; exit 2; }
done
have_aria=1
command -v aria2c >/dev/null || { have_aria=0; echo "get_bench.sh: aria2c not installed (packaging/deps/debian.sh installs it); skipping that reference" >&2; }

case "$size" in
  *G) total=$(( ${size%G} * 1024 * 1024 * 1024 )) ;;
  *M) total=$(( ${size%M} * 1024 * 1024 )) ;;
  *) total=$size ;;
esac
per=$(( total / nfiles ))

work="$(mktemp -d "${TMPDIR:-/tmp}/get_bench.XXXXXX")"
serve_pid=""
cleanup() {
  if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
  if [ "$keep" = 0 ]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT
export SHARDGATE_HOME="$work/home"

echo "== generating $size in $nfiles files"
mkdir -p "$work/data"
for i in $(seq 1 "$nfiles"); do
  # AES-128-CTR keystream: incompressible, deterministic per file.
  openssl enc -aes-128-ctr -K 000102030405060708090a0b0c0d0e0f -iv "$(printf '%032x' "$i")" -nosalt \
    -in <(head -c "$per" /dev/zero) -out "$work/data/part-$i.bin"
done
cat > "$work/license.json" <<'JSON'
{"id":"bench","spdx":"CC-BY-4.0","uses":["train"],"pricePerAccess":{"amount":"0.001","currency":"USD"}}
JSON
"$cli" keygen --out "$work/key.pem" >/dev/null
cid=$("$cli" pack "$work/data" --dataset bench --version 1 --key "$work/key.pem" --license "$work/license.json" \
        --out "$work/manifest.json" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["manifestCid"])')
"$cli" publish "$work/manifest.json" >/dev/null
key=$("$cli" account create bench-buyer --credits 1000.00 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["apiKey"])')

"$cli" serve --listen 127.0.0.1:0 > "$work/serve.out" 2> "$work/serve.err" &
serve_pid=$!
for _ in $(seq 1 100); do grep -q 'listening on' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
edge=$(grep -o 'http://[0-9.:]*' "$work/serve.out" | head -1)
[ -n "$edge" ] || { echo "get_bench.sh: serve did not start" >&2; cat "$work/serve.err" >&2; exit 1; }
token=$("$cli" token --edge "$edge" --api-key "$key" --manifest "$cid" --ttl 3600 --json \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
echo "== edge $edge, manifest $cid"

now() { date +%s.%N; }
# Between runs, outside every timing: write back what the last tool left dirty (curl and
# aria2c write through the page cache, so their 1 GiB is still being written back when they
# exit) and let it finish, so no tool's run pays for the previous one's writeback.
settle() { sync; sleep 0.3; }
rate() { python3 -c "print(f'{$total / ($2 - $1) / 1048576:.0f}')"; }

# Warm the page cache of the blob store once, so every tool reads from memory alike.
cat "$SHARDGATE_HOME"/blobs/*/* > /dev/null
settle

# One timed get with binary $2 into $work/$1 (checked with sha256sum -c, then removed);
# sets run_t0, run_t1 and run_rss (KiB), and appends "$1 t0 t1 t1" to the times file.
run_get() {
  local tag="$1" bin="$2"
  run_t0=$(now)
  SHARDGATE_API_KEY="$key" /usr/bin/time -f '%M %U %S' -o "$work/$tag.rss" \
    "$bin" get --edge "$edge" "$cid" --out "$work/$tag" --connections "$conns" --receipt-wait 0 > "$work/$tag.out"
  run_t1=$(now)
  (cd "$work/$tag" && sha256sum -c --quiet .shardgate/SHA256SUMS)
  run_rss=$(tail -1 "$work/$tag.rss" | cut -d' ' -f1)
  rm -rf "${work:?}/$tag"
  settle
  echo "$tag $run_t0 $run_t1 $run_t1" >> "$work/times"
}

urls=()
for i in $(seq 1 "$nfiles"); do urls+=("$edge/v1/files/$cid/part-$i.bin"); done

: > "$work/times"
for round in $(seq 1 "$rounds"); do
  echo "== round $round/$rounds: curl (files route, one connection)"
  mkdir -p "$work/curl"
  args=()
  for i in $(seq 1 "$nfiles"); do args+=(-o "$work/curl/part-$i.bin" "${urls[$((i-1))]}"); done
  t0=$(now)
  /usr/bin/time -f '%U %S' -o "$work/curl.cpu" curl -s --fail -H "Authorization: Bearer $token" "${args[@]}"
  t1=$(now)
  (cd "$work/curl" && sha256sum part-*.bin > /dev/null)
  t2=$(now)
  rm -rf "$work/curl"
  settle
  echo "curl $t0 $t1 $t2" >> "$work/times"

  aria_t0=0; aria_t1=0; aria_t2=0
  if [ "$have_aria" = 1 ]; then
    echo "== round $round/$rounds: aria2c -x4 -s4"
    mkdir -p "$work/aria"
    printf '%s\n' "${urls[@]}" > "$work/aria/urls"
    aria_t0=$(now)
    /usr/bin/time -f '%U %S' -o "$work/aria.cpu" aria2c -q -x4 -s4 -k1M -j1 --file-allocation=none --allow-overwrite=true --auto-file-renaming=false \
      --header="Authorization: Bearer $token" -d "$work/aria" -i "$work/aria/urls"
    aria_t1=$(now)
    (cd "$work/aria" && sha256sum part-*.bin > /dev/null)
    aria_t2=$(now)
    rm -rf "$work/aria"
    settle
    echo "aria $aria_t0 $aria_t1 $aria_t2" >> "$work/times"
  fi

  echo "== round $round/$rounds: shardgate-cli get --connections $conns"
  run_get get "$cli"
  g0=$run_t0; g1=$run_t1; rss_kib=$run_rss

  b0=0; b1=0; brss_kib=0
  if [ -n "$baseline" ]; then
    echo "== round $round/$rounds: baseline get ($baseline) --connections $conns"
    run_get base "$baseline"
    b0=$run_t0; b1=$run_t1; brss_kib=$run_rss
  fi
done
cpu() { tail -1 "$1" | awk '{ printf "%.2f", $(NF-1) + $NF }'; }

get_rate=$(rate "$g0" "$g1")
curl_rate=$(rate "$t0" "$t1")
curlv_rate=$(rate "$t0" "$t2")
echo
echo "last round (CPU seconds and RSS from it):"
printf '%-44s %8s MiB/s   CPU %s s\n' "curl, transfer only" "$curl_rate" "$(cpu "$work/curl.cpu")"
printf '%-44s %8s MiB/s\n' "curl + sha256sum" "$curlv_rate"
if [ "$have_aria" = 1 ]; then
  printf '%-44s %8s MiB/s   CPU %s s\n' "aria2c -x4, transfer only" "$(rate "$aria_t0" "$aria_t1")" "$(cpu "$work/aria.cpu")"
  printf '%-44s %8s MiB/s\n' "aria2c -x4 + sha256sum" "$(rate "$aria_t0" "$aria_t2")"
fi
printf '%-44s %8s MiB/s   CPU %s s   peak RSS %d MiB\n' "get -c $conns (CID check, write, journal, sha256)" "$get_rate" "$(cpu "$work/get.rss")" $(( rss_kib / 1024 ))
if [ -n "$baseline" ]; then
  printf '%-44s %8s MiB/s   CPU %s s   peak RSS %d MiB\n' "baseline get -c $conns" "$(rate "$b0" "$b1")" "$(cpu "$work/base.rss")" $(( brss_kib / 1024 ))
fi
gib() { python3 -c "print(f'{$1 / ($total / 1073741824):.2f}')"; }
printf 'CPU-s per GiB: curl %s, aria2c %s, get %s%s\n' "$(gib "$(cpu "$work/curl.cpu")")" \
  "$([ "$have_aria" = 1 ] && gib "$(cpu "$work/aria.cpu")" || echo -)" "$(gib "$(cpu "$work/get.rss")")" \
  "$([ -n "$baseline" ] && echo ", baseline get $(gib "$(cpu "$work/base.rss")")")"
us() { tail -1 "$1" | awk '{ printf "user %.2f + sys %.2f", $(NF-1), $NF }'; }
echo "  curl $(us "$work/curl.cpu"); get $(us "$work/get.rss")$([ -n "$baseline" ] && echo "; baseline get $(us "$work/base.rss")")"
echo "  (curl and aria2c write through the page cache, whose fresh pages cost a VM 0.3-3 CPU-s per GiB, varying run to run; get writes with O_DIRECT where the filesystem takes it)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (ratios are wall-clock; CPU seconds are the client's own)"
echo
python3 - "$work/times" "$total" "$have_aria" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    tool, a, b, c = line.split()
    runs.setdefault(tool, []).append((float(b) - float(a), float(c) - float(a)))
total = int(sys.argv[2])
def med(tool, i):
    return statistics.median(r[i] for r in runs[tool])
def mib(sec):
    return total / sec / 1048576
n = len(runs["get"])
print(f"medians of {n} round(s), MiB/s (each round's figures: " + "; ".join(
    f"{t} " + " ".join(f"{mib(r[0]):.0f}" for r in runs[t]) for t in runs) + ")")
g = med("get", 0)
print(f"get / curl (transfer only)      = {med('curl', 0) / g:.2f}x  (target >= 0.9)")
print(f"get / curl + sha256sum          = {med('curl', 1) / g:.2f}x")
if sys.argv[3] == "1":
    print(f"get / aria2c -x4 (transfer only) = {med('aria', 0) / g:.2f}x  (target >= 0.9)")
    print(f"get / aria2c -x4 + sha256sum     = {med('aria', 1) / g:.2f}x")
if "base" in runs:
    print(f"get / baseline get               = {med('base', 0) / g:.2f}x")
PY
