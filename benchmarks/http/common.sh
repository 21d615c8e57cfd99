# Shared by the HTTP benchmarks: publish once, start the app on a loopback port with a fresh SQLite database, stop it
# on exit. Loopback only; every run is bounded in time. KEEP_WORK=1 keeps the work folder (the app's log and database) after the run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PORT=${PORT:-5090}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inclead-bench.XXXXXX")
APP_PID=""

publish() {
  dotnet publish "$ROOT/src/IncLead.Web" -c Release -o "$WORK/app" -nologo -v q >/dev/null
}

start_app() {
  # Production settings, demo data on, rate limits lifted so the load is not refused.
  ASPNETCORE_ENVIRONMENT=Production Demo__Seed=true Demo__ForceOutsideDevelopment=true Email__PublicBaseUrl="$BASE" Security__CookieSecurePolicy=SameAsRequest DataProtection__KeyEncryptionKey="$(head -c 32 /dev/urandom | base64)" \
  RateLimits__AuthenticationPerMinute=1000000 Email__PickupDirectory="$WORK/mail" \
  Database__ConnectionString="Data Source=$WORK/bench.db" Logging__LogLevel__Default=Warning \
    dotnet "$WORK/app/IncLead.Web.dll" --urls "$BASE" --contentRoot "$WORK/app" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
}

wait_ready() {
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$BASE/health/ready" && return 0
    sleep 0.05
  done
  echo "app did not become ready" >&2; cat "$WORK/app.log" >&2; return 1
}

stop_app() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

trap 'stop_app; [ -n "${KEEP_WORK:-}" ] && echo "kept $WORK" || rm -rf "$WORK"' EXIT

ensure_wrk() {
  command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
}

# wrk summary as "req/s p50 p99 errors"
measure() {
  local path=$1 duration=${2:-20s} conns=${3:-50}
  wrk -t2 -c"$conns" -d"${WARMUP:-10s}" "$BASE$path" >/dev/null
  wrk -t2 -c"$conns" -d"$duration" --latency "$BASE$path" | awk '
    /Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF} /Socket errors/ {err=$0}
    END {printf "%s req/s, p50 %s, p99 %s, non-2xx %d\n", rps, p50, p99, bad+0}'
}
