#!/usr/bin/env bash
# Adds a migration to BOTH provider sets (SQLite and SQL Server), so one is never shipped without the other.
# Usage: scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
dotnet build src/IncLead.Web -nologo -v q
common=(--no-build --project src/IncLead.Web --startup-project src/IncLead.Web)
dotnet ef migrations add "$name" "${common[@]}" --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite
dotnet ef migrations add "$name" "${common[@]}" --context AppDbContext --output-dir Data/Migrations/SqlServer
