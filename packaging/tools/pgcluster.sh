#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb into a fresh temporary folder,
# unix socket in that folder, no TCP (listen_addresses=''), trust authentication (only the
# folder's owner — and root — can reach the socket).
#
#   pgcluster.sh start [--owner-pid PID] [--durable]
#                                          prints the maintenance URL on stdout:
#                                          postgresql://shardgate@/postgres?host=DIR&port=PORT
#   pgcluster.sh stop URL|DIR              pg_ctl stop -m immediate, folder removed
#
# With --owner-pid, a watchdog (own session, survives the owner being killed) stops the
# cluster and removes the folder once PID has exited, so a crashed or timed-out run never
# leaves a postmaster behind. test.sh starts one cluster for the whole ctest run and exports
# SHARDGATE_TEST_PG_URL; tests/support/pgcluster.cpp calls this script when it is not set.
#
# fsync, full_page_writes and synchronous_commit are off: the data is thrown away, and no
# test that uses this cluster tests durability against a power cut. --durable keeps the
# server's defaults (fsync on), for benchmarks that compare against SQLite's fsyncs.
#
# As root, initdb refuses to run, so the folder is chowned to the 'postgres' user and the
# server runs as that user (runuser, or setpriv).
set -euo pipefail

superuser=shardgate
port=5432

die() {
  echo "pgcluster.sh: $*" >&2
  exit 1
}

find_bindir() {
  local d
  if [ -n "${SHARDGATE_PG_BINDIR:-}" ] && [ -x "$SHARDGATE_PG_BINDIR/initdb" ]; then
    echo "$SHARDGATE_PG_BINDIR"
    return 0
  fi
  # Newest major version first.
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      echo "$d"
      return 0
    fi
  done
  d=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
  if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
    echo "$d"
    return 0
  fi
  return 1
}

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -ne 0 ]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u postgres -- "$@"
  else
    setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
  fi
}

dir_of() {
  local arg=$1
  case "$arg" in
  postgresql://* | postgres://*)
    arg=${arg#*host=}
    arg=${arg%%&*}
    ;;
  esac
  echo "$arg"
}

stop_cluster() {
  local dir bindir
  dir=$(dir_of "$1")
  [ -n "$dir" ] || die "stop: no folder given"
  # Only ever remove a folder this script made.
  [ -f "$dir/.shardgate-pgcluster" ] || return 0
  if bindir=$(find_bindir) && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" stop -D "$dir/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
  fi
  rm -rf -- "$dir"
}

start_cluster() {
  local owner_pid="" durable="" bindir dir
  while [ $# -gt 0 ]; do
    case "$1" in
    --owner-pid)
      owner_pid=$2
      shift 2
      ;;
    --durable)
      durable=1
      shift
      ;;
    *) die "start: unknown argument '$1'" ;;
    esac
  done
  bindir=$(find_bindir) || die "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin and PATH); install the 'postgresql' package (packaging/deps/debian.sh does)"
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    die "running as root, and there is no 'postgres' user to run the server as (initdb refuses root); install the 'postgresql' package"
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/sg-pg-XXXXXX")
  touch "$dir/.shardgate-pgcluster"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir" "$dir/.shardgate-pgcluster"
  fi
  chmod 0700 "$dir"
  if ! as_owner "$bindir/initdb" -D "$dir/data" -U "$superuser" -A trust -E UTF8 --locale=C \
    --no-sync --no-instructions >"$dir/initdb.log" 2>&1; then
    echo "pgcluster.sh: initdb failed:" >&2
    tail -n 20 "$dir/initdb.log" >&2 || true
    rm -rf -- "$dir"
    exit 1
  fi
  cat >>"$dir/data/postgresql.conf" <<EOF

# pgcluster.sh: throwaway test cluster
listen_addresses = ''
unix_socket_directories = '$dir'
port = $port
max_connections = 300
shared_buffers = 32MB
max_wal_size = 256MB
logging_collector = off
EOF
  if [ -z "$durable" ]; then
    printf 'fsync = off\nfull_page_writes = off\nsynchronous_commit = off\n' >>"$dir/data/postgresql.conf"
  fi
  if ! as_owner "$bindir/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 60 >/dev/null 2>&1; then
    echo "pgcluster.sh: the server did not start:" >&2
    tail -n 20 "$dir/server.log" >&2 || true
    as_owner "$bindir/pg_ctl" stop -D "$dir/data" -m immediate >/dev/null 2>&1 || true
    rm -rf -- "$dir"
    exit 1
  fi
  if [ -n "$owner_pid" ]; then
    # The watchdog polls: a process cannot wait() for one that is not its child.
    setsid bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 0.5; done; exec bash "$2" stop "$3"' \
      pgcluster-watchdog "$owner_pid" "$(readlink -f "$0")" "$dir" </dev/null >/dev/null 2>&1 &
  fi
  echo "postgresql://$superuser@/postgres?host=$dir&port=$port"
}

case "${1:-}" in
start)
  shift
  start_cluster "$@"
  ;;
stop)
  [ $# -eq 2 ] || die "usage: pgcluster.sh stop URL|DIR"
  stop_cluster "$2"
  ;;
*)
  die "usage: pgcluster.sh start [--owner-pid PID] | stop URL|DIR"
  ;;
esac
