#!/usr/bin/env bash
# Credit debits/s on PostgreSQL vs SQLite in the same run (docs/benchmarks.md).
#   bench/pg/market_pg_bench.sh BUILD_DIR [CHARGES_PER_THREAD]
# Starts a throwaway cluster with the server's durable defaults (pgcluster.sh --durable:
# fsync on, synchronous_commit on), so both backends fsync every COMMIT.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: market_pg_bench.sh BUILD_DIR [CHARGES_PER_THREAD]}
per=${2:-500}
url=$(bash "$here/../../packaging/tools/pgcluster.sh" start --owner-pid $$ --durable)
trap 'bash "$here/../../packaging/tools/pgcluster.sh" stop "$url"' EXIT
psql_bin=$(ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1)
"$psql_bin" -X -q -d "$url" -c "CREATE DATABASE bench_same" -c "CREATE DATABASE bench_spread"
"$build/bench/pg/market_pg_bench" "${url/\/postgres?//bench_same?}" "${url/\/postgres?//bench_spread?}" "$per"
