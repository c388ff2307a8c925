#!/usr/bin/env bash
# Installs what the tests need (Chromium, PostgreSQL, CJK fonts, LibreOffice, poppler) where missing, starts a throwaway
# PostgreSQL cluster on 127.0.0.1, runs every test project (the web suite once on SQLite and once on
# PostgreSQL), stops PostgreSQL and ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

# --- 1. system packages -------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || { echo "apt-get install failed"; echo "0 passed, 1 failed"; exit 1; }
  else
    echo "run as root (or install ${missing[*]} yourself)"; echo "0 passed, 1 failed"; exit 1
  fi
fi

# --- 2. a throwaway PostgreSQL cluster ----------------------------------------------------
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgdir=$(mktemp -d)
pgport=${FAZHI_TEST_PG_PORT:-55432}
results=$(mktemp -d)
chmod 755 "$results"
stop_pg() {
  if [ -f "$pgdir/data/postmaster.pid" ]; then
    su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $pgdir/data -m fast -w stop" >/dev/null 2>&1 \
      || "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1
  fi
  rm -rf "$pgdir"
}
trap 'stop_pg; rm -rf "$results"' EXIT
pg_run() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pgdir"
pg_ok=1
pg_run "$pgbin/initdb -D $pgdir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$pgdir/initdb.log" 2>&1 || pg_ok=0
if [ $pg_ok = 1 ]; then
  pg_run "$pgbin/pg_ctl -D $pgdir/data -l $pgdir/server.log -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p $pgport -k $pgdir -c fsync=off\" start" >/dev/null || pg_ok=0
fi
if [ $pg_ok = 0 ]; then echo "PostgreSQL did not start:"; cat "$pgdir"/*.log 2>/dev/null | tail -20; fi
pg_conn="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"

# --- 3. build once, then run each suite ---------------------------------------------------
passed=0; failed=0; skipped=0
if ! dotnet build Fazhi.slnx -c Release -nologo -v q; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

run_suite() { # name project [VAR=value ...]
  local name=$1 project=$2; shift 2
  echo "=== $name"
  env "$@" dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results"
  local rc=$? trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    local counters p f s t
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    t=$(echo "$counters" | grep -o ' total="[0-9]*"' | grep -o '[0-9]*')
    p=$(echo "$counters" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
    f=$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
    s=$(echo "$counters" | grep -o ' notExecuted="[0-9]*"' | grep -o '[0-9]*')
    f=$(( ${f:-0} + $(echo "$counters" | grep -o ' error="[0-9]*"' | grep -o '[0-9]*' || echo 0) ))
    passed=$((passed + ${p:-0})); failed=$((failed + f)); skipped=$((skipped + ${s:-0}))
    [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && failed=$((failed + 1))
    [ "${t:-0}" -eq 0 ] && { echo "$name ran no test"; failed=$((failed + 1)); }
  else
    echo "$name produced no results (exit $rc)"; failed=$((failed + 1))
  fi
}

run_suite core tests/Fazhi.Core.Tests
run_suite web-sqlite tests/Fazhi.Web.Tests FAZHI_TEST_DB=sqlite
if [ $pg_ok = 1 ]; then
  run_suite web-postgres tests/Fazhi.Web.Tests FAZHI_TEST_DB=postgres "FAZHI_TEST_PG=$pg_conn"
else
  failed=$((failed + 1))
fi
run_suite browser tests/Fazhi.Browser.Tests FAZHI_TEST_DB=sqlite

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
