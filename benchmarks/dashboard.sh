#!/usr/bin/env bash
# Dashboard response time and SQL command count with 1 cycle and with 10 cycles of history (12 board members who
# answered every statement, 200 actions), for the equality lead and a board member, and the same for the trend page.
# Builds Release and runs in one process on a loopback port; prints a Markdown table for docs/benchmarks.md.
# Usage: benchmarks/dashboard.sh [requests-per-case, default 200]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project benchmarks/IncLead.Dashboard.Benchmarks -- "$@"
