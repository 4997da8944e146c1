#!/usr/bin/env bash
# Load measurement on loopback, bounded in time: the desk's JSON API under wrk against a bare Javalin route.
#
#   bench/load.sh            # 10 s per measurement, 4 connections, 2 wrk threads
#   DURATION=30s bench/load.sh
#
# What it does: installs wrk from Debian if missing, builds the jar if missing, starts
# `partnerdesk serve --demo` on a fresh SQLite file, makes an API token for the demo global admin with
# `partnerdesk agents token` (a second process on the same database file), then measures
#   reads  GET  /api/v1/cases/{id}                    (Authorization: Bearer ...)
#   writes POST /api/v1/customers/{tenantId}/cases    (a new CONFIGURATION case each request)
#   bare   GET  /bare on a bare Javalin (bootstrap/src/test/java/.../bench/BareJavalin.java)
# each after a short warm-up, and prints requests/s, p99 and the ratio reads/bare.
# Every address is 127.0.0.1; every process it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-4}
THREADS=${THREADS:-2}
DESK_PORT=${DESK_PORT:-18099}
BARE_PORT=${BARE_PORT:-18098}
JAR=bootstrap/target/partnerdesk.jar
ADMIN=gloria.admin@contoso-federal.us
FABRIKAM=6f1c2a4e-0d3b-4c55-9a61-1b2f3c4d5e02
HOST=127.0.0.1

command -v wrk >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk)
command -v curl >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y curl)
if [[ ! -f "$JAR" ]]; then
  echo "== building $JAR"
  mvn -B -q -pl bootstrap -am package -DskipTests
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/partnerdesk-load.XXXXXX")
DESK_PID=""
BARE_PID=""
cleanup() {
  [[ -n "$DESK_PID" ]] && kill "$DESK_PID" 2>/dev/null && wait "$DESK_PID" 2>/dev/null || true
  [[ -n "$BARE_PID" ]] && kill "$BARE_PID" 2>/dev/null && wait "$BARE_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

wait_for() { # url, seconds
  local url=$1 deadline=$((SECONDS + $2))
  until curl -s -o /dev/null "$url"; do
    if ((SECONDS > deadline)); then
      echo "!! $url did not answer within $2 s" >&2
      return 1
    fi
    sleep 0.5
  done
}

# --- the desk -------------------------------------------------------------------------------------
DB="$WORK/desk.db"
echo "== starting the desk on http://$HOST:$DESK_PORT (database $DB)"
java -jar "$JAR" --db "$DB" serve --demo --port "$DESK_PORT" >"$WORK/serve.log" 2>&1 </dev/null &
DESK_PID=$!
wait_for "http://$HOST:$DESK_PORT/sign-in" 60 || { cat "$WORK/serve.log" >&2; exit 1; }

TOKEN=$(java -jar "$JAR" --db "$DB" agents token --email "$ADMIN" 2>"$WORK/token.err" </dev/null | tail -n 1)
[[ -n "$TOKEN" ]] || { echo "!! no token:" >&2; cat "$WORK/token.err" >&2; exit 1; }
AUTH="Authorization: Bearer $TOKEN"

CASE_ID=$(curl -sf -H "$AUTH" "http://$HOST:$DESK_PORT/api/v1/cases?limit=1" | grep -o '"id" *: *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')
[[ -n "$CASE_ID" ]] || { echo "!! no case id from GET /api/v1/cases" >&2; exit 1; }
curl -sf -o /dev/null -H "$AUTH" "http://$HOST:$DESK_PORT/api/v1/cases/$CASE_ID" || { echo "!! GET case $CASE_ID failed" >&2; exit 1; }

STARTED=$(date -u +%Y-%m-%dT%H:%M:00Z)
cat >"$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = '{"service":"Microsoft Intune","title":"Load test: enrolment fails","description":"Devices fail enrolment with license not assigned.","startedAt":"$STARTED","usersAffected":"ONE","impact":"MINIMAL","classification":"CONFIGURATION"}'
LUA
code=$(curl -s -o "$WORK/post.out" -w '%{http_code}' -X POST -H "$AUTH" -H 'Content-Type: application/json' \
  --data "$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$WORK/post.lua")" "http://$HOST:$DESK_PORT/api/v1/customers/$FABRIKAM/cases")
[[ "$code" == 201 ]] || { echo "!! POST a case answered $code:" >&2; cat "$WORK/post.out" >&2; exit 1; }

# --- the bare baseline ----------------------------------------------------------------------------
mkdir -p "$WORK/bare"
javac -nowarn -cp "$JAR" -d "$WORK/bare" bootstrap/src/test/java/com/partnerdesk/bootstrap/bench/BareJavalin.java
java -cp "$JAR:$WORK/bare" com.partnerdesk.bootstrap.bench.BareJavalin "$BARE_PORT" >"$WORK/bare.log" 2>&1 </dev/null &
BARE_PID=$!
wait_for "http://$HOST:$BARE_PORT/bare" 30 || { cat "$WORK/bare.log" >&2; exit 1; }

# --- measurements ---------------------------------------------------------------------------------
declare -A RPS P99 ERRS
measure() { # name, url, [lua script], [header]
  local name=$1 url=$2 script=${3:-} header=${4:-}
  local args=(-t"$THREADS" -c"$CONNECTIONS" --latency --timeout 5s)
  [[ -n "$script" ]] && args+=(-s "$script")
  [[ -n "$header" ]] && args+=(-H "$header")
  wrk "${args[@]}" -d"$WARMUP" "$url" >/dev/null
  wrk "${args[@]}" -d"$DURATION" "$url" | tee "$WORK/$name.txt"
  RPS[$name]=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/$name.txt")
  P99[$name]=$(awk '$1 == "99%" {print $2}' "$WORK/$name.txt")
  ERRS[$name]=$(awk '/Non-2xx or 3xx responses:/ {print $NF} /Socket errors:/ {print "socket:" $0}' "$WORK/$name.txt" | paste -sd' ')
}

echo "== reads: GET /api/v1/cases/$CASE_ID"
measure reads "http://$HOST:$DESK_PORT/api/v1/cases/$CASE_ID" "" "$AUTH"
echo "== writes: POST /api/v1/customers/$FABRIKAM/cases"
measure writes "http://$HOST:$DESK_PORT/api/v1/customers/$FABRIKAM/cases" "$WORK/post.lua"
echo "== bare: GET /bare (Javalin, Jackson, nothing else)"
measure bare "http://$HOST:$BARE_PORT/bare"

echo
echo "== summary ($DURATION each, $CONNECTIONS connections, $THREADS threads, $(nproc) cores)"
printf '%-8s %12s %10s  %s\n' what 'requests/s' p99 'errors'
for name in reads writes bare; do
  printf '%-8s %12s %10s  %s\n' "$name" "${RPS[$name]}" "${P99[$name]}" "${ERRS[$name]:-none}"
done
awk -v r="${RPS[reads]}" -v b="${RPS[bare]}" -v w="${RPS[writes]}" \
  'BEGIN { printf "reads/bare = %.3f   writes/bare = %.4f\n", r / b, w / b }'
