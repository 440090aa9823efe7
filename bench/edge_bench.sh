#!/usr/bin/env bash
# Benchmark: the edge against nginx serving the same bytes from the same disk, same run.
#   1. wrk -t1 -c16, random 64 KiB ranges of a 4 MiB blob: nginx (1 worker, no token)
#      vs the edge (token-gated, a receipt per response) -> ratio (target >= 0.8), for each
#      edge thread count asked (default: 1 and one per core), with the CPU time each server
#      spent per request (from /proc: comparable on a loaded machine, unlike req/s)
#   2. one 1 GiB stream with curl: nginx vs the edge's /v1/files route -> ratio (>= 0.9)
#   3. peak RSS of the edge while 64 clients fetch 64 MiB each (4 GiB) (< 100 MiB)
#   4. 1,000 concurrent keep-alive connections held, two requests each (no errors)
# Not a test. Figures go into docs/benchmarks.md ("Edge").
#
#   bench/edge_bench.sh [--cli PATH] [--duration SECS] [--stream-size 1G] [--threads "1 2"] [--keep]
# (tests 2-4 run against the edge with the last thread count)
set -euo pipefail

cli=""; duration=10; ssize=1G; threads=""; keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --stream-size) ssize="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "edge_bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
here="$(cd "$(dirname "$0")/.." && pwd)"
ncpu=$(nproc 2>/dev/null || echo 1)
[ -n "$threads" ] || { threads="1"; [ "$ncpu" -gt 1 ] && threads="1 $ncpu"; }
if [ -z "$cli" ]; then
  for c in "${SHARDGATE_CLI:-}" "$here/build/dev/app/cli/shardgate-cli" "$here"/build*/app/cli/shardgate-cli; do
    if [ -n "$c" ] && [ -x "$c" ]; then cli="$c"; break; fi
  done
fi
[ -x "$cli" ] || { echo "edge_bench.sh: shardgate-cli not found; pass --cli PATH" >&2; exit 2; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
for t in wrk curl python3 openssl "$nginx_bin"; do
  command -v "$t" >/dev/null || [ -x "$t" ] || { echo "edge_bench.sh: needs $t (packaging/deps/debian.sh)" >&2; exit 2; }
done
case "$ssize" in
  *G) sbytes=$(( ${ssize%G} * 1024 * 1024 * 1024 )) ;;
  *M) sbytes=$(( ${ssize%M} * 1024 * 1024 )) ;;
  *) sbytes=$ssize ;;
esac

work="$(mktemp -d "${TMPDIR:-/tmp}/edge_bench.XXXXXX")"
serve_pid=""; nginx_pid=""
cleanup() {
  [ -n "$serve_pid" ] && { kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; }
  [ -n "$nginx_pid" ] && { kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; }
  if [ "$keep" = 0 ]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT
export SHARDGATE_HOME="$work/home"
ulimit -n 8192 2>/dev/null || true

echo "== data: a 4 MiB blob and a $ssize file (incompressible)"
mkdir -p "$work/data/small" "$work/data/big" "$work/www"
openssl enc -aes-128-ctr -K 000102030405060708090a0b0c0d0e0f -iv 01 -nosalt \
  -in <(head -c 4194304 /dev/zero) -out "$work/data/small/blob.bin"
openssl enc -aes-128-ctr -K 000102030405060708090a0b0c0d0e0f -iv 02 -nosalt \
  -in <(head -c "$sbytes" /dev/zero) -out "$work/data/big/big.bin"
cat > "$work/license.json" <<'JSON'
{"id":"bench","spdx":"CC-BY-4.0","uses":["train"],"pricePerAccess":{"amount":"0.001","currency":"USD"}}
JSON
"$cli" keygen --out "$work/key.pem" >/dev/null
pack() { "$cli" pack "$1" --dataset "$2" --version 1 --key "$work/key.pem" --license "$work/license.json" \
           --out "$work/$2.json" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["manifestCid"])'; }
small_cid=$(pack "$work/data/small" small)
big_cid=$(pack "$work/data/big" big)
"$cli" publish "$work/small.json" >/dev/null
"$cli" publish "$work/big.json" >/dev/null
shard=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["shards"][0]["cid"])' "$work/small.json")
key=$("$cli" account create bench-buyer --credits 100000.00 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["apiKey"])')
# nginx serves the very same blob file from the same disk.
ln "$(ls "$SHARDGATE_HOME"/blobs/*/"$shard")" "$work/www/blob.bin"
ln "$work/data/big/big.bin" "$work/www/big.bin"

start_edge() { # $1 = worker threads
  if [ -n "$serve_pid" ]; then kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true; fi
  "$cli" serve --listen 127.0.0.1:0 --threads "$1" > "$work/serve.out" 2> "$work/serve.err" &
  serve_pid=$!
  for _ in $(seq 1 100); do grep -q 'listening on' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
  edge=$(grep -o 'http://[0-9.:]*' "$work/serve.out" | head -1)
  [ -n "$edge" ] || { echo "edge_bench.sh: serve did not start" >&2; cat "$work/serve.err" >&2; exit 1; }
}
start_edge "${threads%% *}"
tok() { curl -s -X POST "$edge/v1/tokens" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
          -d "{\"manifest\":\"$1\",\"ttl\":3600}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'; }
small_tok=$(tok "$small_cid")
big_tok=$(tok "$big_cid")

nport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$work/nginx"
cat > "$work/nginx/nginx.conf" <<CONF
daemon off; master_process off; worker_processes 1; pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 1000000;
  client_body_temp_path $work/nginx/b; proxy_temp_path $work/nginx/p; fastcgi_temp_path $work/nginx/f;
  uwsgi_temp_path $work/nginx/u; scgi_temp_path $work/nginx/s; default_type application/octet-stream;
  server { listen 127.0.0.1:$nport; root $work/www; } }
CONF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$nport/blob.bin" && break; sleep 0.1; done
cat "$SHARDGATE_HOME"/blobs/*/* "$work/www/big.bin" > /dev/null   # warm the page cache alike

rps() { grep 'Requests/sec' | awk '{print $2}'; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # utime + stime of every thread, in clock ticks
hz=$(getconf CLK_TCK)
# wrk_ranges PID URL PATH [AUTH] -> "req/s cpu-us-per-request"
wrk_ranges() {
  local t0 t1 out
  t0=$(ticks "$1")
  out=$(SG_PATH="$3" SG_AUTH="${4:-}" wrk -t1 -c16 -d"${duration}s" -s "$here/bench/edge/ranges.lua" "$2")
  t1=$(ticks "$1")
  python3 -c "r=float('$(echo "$out" | rps)'); print(f'{r:.0f} {($t1-$t0)*1e6/$hz/(r*$duration):.1f}')"
}
echo "== 1. wrk -t1 -c16 -d${duration}s, random 64 KiB ranges of the 4 MiB blob (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
read -r n_rps n_cpu < <(wrk_ranges "$nginx_pid" "http://127.0.0.1:$nport" /blob.bin)
echo "nginx            $n_rps req/s  $n_cpu CPU-us/request (1 worker, no token check)"
for t in $threads; do
  [ "$t" = "${threads%% *}" ] || start_edge "$t"
  read -r e_rps e_cpu < <(wrk_ranges "$serve_pid" "$edge" "/v1/shards/$shard" "Bearer $small_tok")
  echo "edge, $t thread(s) $e_rps req/s  $e_cpu CPU-us/request (token-gated, receipts)"
  echo "ratio            $(python3 -c "print(f'{$e_rps/$n_rps:.2f}')")  (target >= 0.8); CPU per request edge/nginx $(python3 -c "print(f'{$e_cpu/$n_cpu:.2f}')")"
done

echo "== 2. one $ssize stream with curl"
n_bps=$(curl -s -o /dev/null -w '%{speed_download}' "http://127.0.0.1:$nport/big.bin")
e_bps=$(curl -s -o /dev/null -w '%{speed_download}' -H "Authorization: Bearer $big_tok" "$edge/v1/files/$big_cid/big.bin")
echo "nginx  $(python3 -c "print(f'{$n_bps/1048576:.0f}')") MiB/s"
echo "edge   $(python3 -c "print(f'{$e_bps/1048576:.0f}')") MiB/s"
echo "ratio  $(python3 -c "print(f'{$e_bps/$n_bps:.2f}')")  (target >= 0.9)"

echo "== 3. RSS of the edge while 64 clients fetch 64 MiB each"
peak=0
pids=()
for i in $(seq 0 63); do
  off=$(( (i * 67108864) % (sbytes > 67108864 ? sbytes - 67108864 + 1 : 1) ))
  curl -s -o /dev/null -H "Authorization: Bearer $big_tok" -H "Range: bytes=$off-$((off + 67108863))" \
    "$edge/v1/files/$big_cid/big.bin" &
  pids+=($!)
done
while kill -0 "${pids[0]}" 2>/dev/null || jobs -r | grep -q curl; do
  r=$(awk '/VmRSS/ {print $2}' "/proc/$serve_pid/status")
  [ "$r" -gt "$peak" ] && peak=$r
  sleep 0.05
  running=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && running=1; done
  [ "$running" = 0 ] && break
done
wait "${pids[@]}" 2>/dev/null || true
echo "peak RSS $((peak / 1024)) MiB  (target < 100 MiB)"

echo "== 4. 1,000 concurrent keep-alive connections"
python3 "$here/bench/edge/keepalive.py" 127.0.0.1 "${edge##*:}" 1000 /healthz

echo "== command: bench/edge_bench.sh --duration $duration --stream-size $ssize --threads $threads"
