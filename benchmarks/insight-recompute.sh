#!/usr/bin/env bash
# Time to recompute every benchmark figure (BenchmarkSharing.RecomputeAsync) for N organisations with three signed-off
# cycles each, against a tenth of N measured first in the same run. Builds Release and runs in one process on its own
# SQLite file; prints a Markdown table for docs/benchmarks.md.
# Usage: benchmarks/insight-recompute.sh [organisations, default 200] [repeats, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project benchmarks/IncLead.Insight.Benchmarks -- "$@"
