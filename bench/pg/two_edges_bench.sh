#!/usr/bin/env bash
# Benchmark (issue #10): token-gated 64 KiB random ranges with receipts, req/s of
#   a. one edge on SQLite (the embedded default: its own home, its own log)
#   b. one edge on PostgreSQL (shared store and shared receipt log)
#   c. two edges on one PostgreSQL together (two wrk at once, one per edge; the second
#      edge fills its cache from the first one's blob folder before the run)
# all in the same run, on a throwaway PostgreSQL cluster with fsync and synchronous_commit
# on (packaging/tools/pgcluster.sh --durable). On a shared log a response waits for the
# group commit that numbers its receipt (DESIGN §7: Shardgate-Receipt names it), so (b)
# shows that cost. Not a test; figures go into docs/benchmarks.md ("Two edges").
#
#   bench/pg/two_edges_bench.sh [--cli PATH] [--duration SECS] [--threads N] [--connections C]
set -euo pipefail

cli=""; duration=10; threads=1; conns=16
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --connections) conns="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "two_edges_bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
here="$(cd "$(dirname "$0")/../.." && pwd)"
if [ -z "$cli" ]; then
  for c in "${SHARDGATE_CLI:-}" "$here/build/dev/app/cli/shardgate-cli" "$here"/build*/app/cli/shardgate-cli; do
    if [ -n "$c" ] && [ -x "$c" ]; then cli="$c"; break; fi
  done
fi
[ -x "$cli" ] || { echo "two_edges_bench.sh: shardgate-cli not found; pass --cli PATH" >&2; exit 2; }
for t in wrk curl python3 openssl; do
  command -v "$t" >/dev/null || { echo "two_edges_bench.sh: needs $t (packaging/deps/debian.sh)" >&2; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/two_edges_bench.XXXXXX")"
pids=(); pgurl=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  [ -n "$pgurl" ] && bash "$here/packaging/tools/pgcluster.sh" stop "$pgurl" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
unset SHARDGATE_DB SHARDGATE_HOME
export SOURCE_DATE_EPOCH=1767225600   # both packs below give the same manifest CID

echo "== set-up: throwaway PostgreSQL (durable), a 4 MiB dataset packed and published"
pgurl=$(bash "$here/packaging/tools/pgcluster.sh" start --durable --owner-pid $$)
psql -XqAt "$pgurl" -c "CREATE DATABASE bench" >/dev/null
db="${pgurl/\/postgres\?//bench?}"
mkdir -p "$work/data"
openssl enc -aes-128-ctr -K 000102030405060708090a0b0c0d0e0f -iv 01 -nosalt \
  -in <(head -c 4194304 /dev/zero) -out "$work/data/blob.bin"
cat > "$work/license.json" <<'JSON'
{"id":"bench","spdx":"CC-BY-4.0","uses":["train"],"pricePerAccess":{"amount":"0.001","currency":"USD"}}
JSON
"$cli" keygen --out "$work/key.pem" >/dev/null
manifest_cid=$("$cli" pack "$work/data" --home "$work/a" --dataset small --version 1 --key "$work/key.pem" \
  --license "$work/license.json" --out "$work/small.json" --json |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["manifestCid"])')
shard=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["shards"][0]["cid"])' "$work/small.json")
# (a) the SQLite home: its own copy of the blobs, catalog and buyer
"$cli" pack "$work/data" --home "$work/solo" --dataset small --version 1 --key "$work/key.pem" \
  --license "$work/license.json" --out "$work/solo.json" >/dev/null
"$cli" publish --home "$work/solo" "$work/solo.json" >/dev/null
solo_key=$("$cli" account create buyer --credits 100000.00 --home "$work/solo" --json |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["apiKey"])')
# (b, c) the shared store
"$cli" publish --home "$work/a" --db "$db" "$work/small.json" >/dev/null
pg_key=$("$cli" account create buyer --credits 100000.00 --home "$work/a" --db "$db" --json |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["apiKey"])')

start_edge() { # name home [args...] -> sets url_<name>
  local name="$1" home="$2"; shift 2
  "$cli" serve --home "$home" --listen 127.0.0.1:0 --threads "$threads" "$@" > "$work/$name.out" 2> "$work/$name.err" &
  pids+=($!)
  for _ in $(seq 1 100); do grep -q 'listening on' "$work/$name.out" 2>/dev/null && break; sleep 0.1; done
  local u; u=$(grep -o 'http://[0-9.:]*' "$work/$name.out" | head -1)
  [ -n "$u" ] || { echo "two_edges_bench.sh: serve $name did not start" >&2; cat "$work/$name.err" >&2; exit 1; }
  printf -v "url_$name" '%s' "$u"
}
stop_edges() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; pids=(); }
tok() { # edge apikey
  curl -s -X POST "$1/v1/tokens" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -d "{\"manifest\":\"$manifest_cid\",\"ttl\":3600}" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["token"]) if "token" in d else sys.exit("token refused: %s" % d)'
}
# wrk_on URL TOKEN OUTFILE (in the background)
wrk_on() {
  SG_PATH="/v1/shards/$shard" SG_AUTH="Bearer $2" \
    wrk -t1 -c"$conns" -d"${duration}s" -s "$here/bench/edge/ranges.lua" "$1" > "$3" 2>&1 &
}
rps() { grep 'Requests/sec' "$1" | awk '{print $2}'; }
check() { # a run where some answer was not 206 stops its wrk thread early: say so
  if grep -q 'Non-2xx' "$1"; then echo "  (errors: $(grep 'Non-2xx' "$1"))"; fi
}

echo "== wrk -t1 -c$conns -d${duration}s per edge, random 64 KiB ranges, edges with --threads $threads (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
start_edge solo "$work/solo"
t=$(tok "$url_solo" "$solo_key")
wrk_on "$url_solo" "$t" "$work/wrk.solo"; wait $!
solo=$(rps "$work/wrk.solo"); echo "a. one edge, SQLite        $solo req/s"; check "$work/wrk.solo"
stop_edges

start_edge a "$work/a" --db "$db"
t=$(tok "$url_a" "$pg_key")
wrk_on "$url_a" "$t" "$work/wrk.one"; wait $!
one=$(rps "$work/wrk.one"); echo "b. one edge, PostgreSQL    $one req/s"; check "$work/wrk.one"

start_edge b "$work/b" --db "$db" --origin "$work/a/blobs"
curl -s -o /dev/null -H "Authorization: Bearer $t" -r 0-0 "$url_b/v1/shards/$shard"   # fill b's cache
wrk_on "$url_a" "$t" "$work/wrk.two.a"; wa=$!
wrk_on "$url_b" "$t" "$work/wrk.two.b"; wb=$!
wait $wa $wb
ta=$(rps "$work/wrk.two.a"); tb=$(rps "$work/wrk.two.b")
two=$(python3 -c "print(f'{$ta + $tb:.0f}')")
echo "c. two edges, PostgreSQL   $two req/s ($ta + $tb)"; check "$work/wrk.two.a"; check "$work/wrk.two.b"
echo "ratios: two edges / one edge on PostgreSQL $(python3 -c "print(f'{$two/$one:.2f}')");" \
     "two edges on PostgreSQL / one edge on SQLite $(python3 -c "print(f'{$two/$solo:.2f}')");" \
     "one edge PostgreSQL / SQLite $(python3 -c "print(f'{$one/$solo:.2f}')")"
size=$(curl -s "$url_a/v1/log/checkpoint" | sed -n 2p)
echo "shared log: $size receipts; both edges serve the same checkpoint:" \
     "$([ "$(curl -s "$url_a/v1/log/checkpoint")" = "$(curl -s "$url_b/v1/log/checkpoint")" ] && echo yes || echo "no (a new one may be in flight)")"
echo "== command: bench/pg/two_edges_bench.sh --duration $duration --threads $threads --connections $conns"
