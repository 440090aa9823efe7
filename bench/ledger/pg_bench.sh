#!/usr/bin/env bash
# The receipt log on PostgreSQL vs SQLite, same run: starts a throwaway PostgreSQL
# cluster (packaging/tools/pgcluster.sh) with durability ON (fsync, full_page_writes,
# synchronous_commit — the test cluster turns them off), creates a database, runs
# ledger_bench with two appenders on it, and stops the cluster.
#
#   bench/ledger/pg_bench.sh BUILD_DIR [ledger_bench options...]
#   e.g. bench/ledger/pg_bench.sh build/dev --append 200000 --verify 200000 --proof-leaves 1000 --pg-count 200000
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:?usage: pg_bench.sh BUILD_DIR [ledger_bench options...]}
shift
bench="$build/bench/ledger/ledger_bench"
[ -x "$bench" ] || { echo "pg_bench.sh: $bench not built (cmake --build $build --target ledger_bench)" >&2; exit 1; }
url=$(bash "$root/packaging/tools/pgcluster.sh" start --owner-pid $$)
trap 'bash "$root/packaging/tools/pgcluster.sh" stop "$url"' EXIT
psql -q -X "$url" -v ON_ERROR_STOP=1 <<'SQL' >/dev/null
ALTER SYSTEM SET fsync = on;
ALTER SYSTEM SET full_page_writes = on;
ALTER SYSTEM SET synchronous_commit = on;
SELECT pg_reload_conf();
CREATE DATABASE ledger_bench;
SQL
psql -X -At "$url" -c "SELECT 'server: PostgreSQL ' || current_setting('server_version') || ', fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit')"
db_url=${url/\/postgres\?/\/ledger_bench?}
"$bench" --pg-url "$db_url" "$@"
