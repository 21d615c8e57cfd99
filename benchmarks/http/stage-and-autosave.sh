#!/usr/bin/env bash
# Issues 3, 12 and 13 "Measure": 50 signed-in board members loading stage pages, then the newest signed-off cycle's
# results page, each against the sign-in page baseline in the same run, then autosaving answers; 30 s each after a
# 10 s warm-up; peak working set; answers counted afterwards.
# Loopback only, bounded in time. Override with USERS, WARMUP, DURATION (seconds), ROUNDS (alternating slices of baseline and stage page).
source "$(dirname "$0")/common.sh"
publish
dotnet build "$ROOT/benchmarks/IncLead.LoadTest" -c Release -nologo -v q >/dev/null
start_app
wait_ready
dotnet "$ROOT/benchmarks/IncLead.LoadTest/bin/Release/net10.0/IncLead.LoadTest.dll" \
  --base "$BASE" --db "$WORK/bench.db" --pid "$APP_PID" \
  --users "${USERS:-50}" --warmup "${WARMUP:-10}" --duration "${DURATION:-30}" --rounds "${ROUNDS:-3}"
