#!/usr/bin/env bash
# Foundation figures: time from starting the built app to the first 200 from /health/ready on an empty SQLite database
# (migrations and demo data included), and sign-in page throughput with wrk — the baseline later pages are compared with.
source "$(dirname "$0")/common.sh"
ensure_wrk
publish

for run in 1 2 3; do
  rm -f "$WORK"/bench.db*
  t0=$(date +%s.%N)
  start_app
  wait_ready
  t1=$(date +%s.%N)
  printf 'startup run %d: %.2f s to first ready\n' "$run" "$(echo "$t1 - $t0" | bc)"
  [ "$run" -lt 3 ] && stop_app
done

printf 'GET /account/sign-in (baseline): '
measure /account/sign-in "${DURATION:-20s}" 50
printf 'GET /health/live (no database, no view): '
measure /health/live "${DURATION:-20s}" 50
