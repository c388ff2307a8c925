#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration projects.
# Usage: scripts/add-migration.sh NAME      (every model change needs one; a test fails without it)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/Fazhi.Migrations.$provider" \
    --startup-project "src/Fazhi.Migrations.$provider" --output-dir Migrations
done
