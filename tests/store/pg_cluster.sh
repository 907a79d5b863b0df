#!/bin/bash
# A private PostgreSQL cluster for the store's tests: `start STATE` makes one in a new folder
# under /tmp (initdb as an unprivileged user: `nobody` when run as root, as CI does), listening
# only on a Unix socket in that folder (no TCP port), and writes the folder's path to STATE;
# `stop STATE` stops it and removes the folder. Nothing else on the machine is changed: no user
# is created, no system cluster touched.
set -euo pipefail
action=$1
state=$2

bindir=""
if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
  bindir=$(dirname "$(command -v initdb)")
else
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    [ -x "$d/initdb" ] && bindir=$d
  done
fi
if [ -z "$bindir" ]; then
  echo "pg_cluster.sh: the PostgreSQL server (initdb, pg_ctl) is not installed: the record's PostgreSQL tests" \
       "need the package 'postgresql' (installer/debian-packages.txt)" >&2
  exit 1
fi

as=()
if [ "$(id -u)" = 0 ]; then  # the server refuses to run as root
  as=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi

case $action in
start)
  dir=$(mktemp -d /tmp/kp-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown nobody:nogroup "$dir"
  # fsync off: a test cluster lives for one run; the record's durability is PostgreSQL's own.
  if ! "${as[@]}" "$bindir/initdb" -D "$dir/data" -U kiemphieu --auth=trust -E UTF8 --locale=C.UTF-8 -N \
       >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    exit 1
  fi
  if ! "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
       -o "-c listen_addresses='' -c unix_socket_directories=$dir -c fsync=off" start >/dev/null; then
    cat "$dir/server.log" >&2
    rm -rf "$dir"
    exit 1
  fi
  echo "$dir" >"$state"
  echo "private PostgreSQL cluster at $dir ($("$bindir/postgres" --version))"
  ;;
stop)
  dir=$(cat "$state" 2>/dev/null || true)
  case $dir in
  /tmp/kp-pg.*)
    "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
  esac
  rm -f "$state"
  ;;
*)
  echo "usage: pg_cluster.sh start|stop STATE" >&2
  exit 2
  ;;
esac
