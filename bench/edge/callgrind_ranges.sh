#!/usr/bin/env bash
# Instructions per request of the edge's hot path (not a test; deterministic on a loaded
# machine, unlike req/s): `shardgate-cli serve` runs under valgrind's callgrind, counters
# are zeroed after start-up and one warm-up request, then wrk sends random 64 KiB
# token-gated ranges of a 4 MiB shard for a while; after the receipt log has committed,
# the counters are dumped and divided by the number of data requests the edge counted
# (/metrics). All threads (workers + the receipt log's writer) are included.
#
#   bench/edge/callgrind_ranges.sh [--cli PATH] [--threads N] [--duration SECS] [--out DIR]
# Prints: requests, total instructions, instructions/request, and the top functions
# (inclusive) from callgrind_annotate. The profile stays in DIR (default: a temp folder).
set -euo pipefail

cli=""; threads=1; duration=20; out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "callgrind_ranges.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
here="$(cd "$(dirname "$0")/../.." && pwd)"
[ -x "$cli" ] || { echo "callgrind_ranges.sh: pass --cli PATH to shardgate-cli" >&2; exit 2; }
for t in valgrind callgrind_control callgrind_annotate wrk curl python3 openssl; do
  command -v "$t" >/dev/null || { echo "callgrind_ranges.sh: needs $t" >&2; exit 2; }
done
work="$(mktemp -d "${TMPDIR:-/tmp}/edge_cg.XXXXXX")"
[ -n "$out" ] || out="$work/profile"
mkdir -p "$out"
serve_pid=""
cleanup() {
  [ -n "$serve_pid" ] && { kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; }
  rm -rf "$work/home" "$work/data"
}
trap cleanup EXIT
export SHARDGATE_HOME="$work/home"

mkdir -p "$work/data/small"
openssl enc -aes-128-ctr -K 000102030405060708090a0b0c0d0e0f -iv 01 -nosalt \
  -in <(head -c 4194304 /dev/zero) -out "$work/data/small/blob.bin"
cat > "$work/license.json" <<'JSON'
{"id":"bench","spdx":"CC-BY-4.0","uses":["train"],"pricePerAccess":{"amount":"0.001","currency":"USD"}}
JSON
"$cli" keygen --out "$work/key.pem" >/dev/null
mcid=$("$cli" pack "$work/data/small" --dataset small --version 1 --key "$work/key.pem" \
  --license "$work/license.json" --out "$work/small.json" --json \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["manifestCid"])')
"$cli" publish "$work/small.json" >/dev/null
shard=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["shards"][0]["cid"])' "$work/small.json")
key=$("$cli" account create bench-buyer --credits 100000.00 --json \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["apiKey"])')

valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out.%p" \
  "$cli" serve --listen 127.0.0.1:0 --threads "$threads" > "$work/serve.out" 2> "$work/serve.err" &
serve_pid=$!
for _ in $(seq 1 600); do grep -q 'listening on' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
edge=$(grep -o 'http://[0-9.:]*' "$work/serve.out" | head -1)
[ -n "$edge" ] || { echo "callgrind_ranges.sh: serve did not start" >&2; cat "$work/serve.err" >&2; exit 1; }
tok=$(curl -s -X POST "$edge/v1/tokens" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d "{\"manifest\":\"$mcid\",\"ttl\":3600}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
# Warm-up: the first request verifies the token, bills the shard and opens the blob.
curl -s -o /dev/null -H "Authorization: Bearer $tok" -H 'Range: bytes=0-65535' "$edge/v1/shards/$shard"
sleep 2
metric() { curl -s "$edge/metrics" | awk -v n="$1" '$1 == n {print $2}'; }
before=$(metric shardgate_data_requests_total)
callgrind_control -z "$serve_pid" >/dev/null
SG_PATH="/v1/shards/$shard" SG_AUTH="Bearer $tok" wrk -t1 -c16 -d"${duration}s" \
  -s "$here/bench/edge/ranges.lua" "$edge" > "$work/wrk.out"
sleep 3 # the writer thread commits and signs the last checkpoint
callgrind_control -d "$serve_pid" >/dev/null
after=$(metric shardgate_data_requests_total)
sleep 1
requests=$((after - before))
file=$(ls -t "$out"/callgrind.out.* | head -1)
total=$(callgrind_annotate "$file" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1; exit}')
echo "requests         $requests"
echo "instructions     $total"
echo "per request      $(python3 -c "print(round($total / max(1, $requests)))")"
echo "profile          $file"
callgrind_annotate --inclusive=yes "$file" 2>/dev/null | sed -n '/Ir/,$p' | head -45
