#!/usr/bin/env bash
# npm run db:types: rebuild the row types (libs/persistence/src/schema/database.generated.ts) from
# what the migrations build. Run it after adding a migration; the test suite fails while the
# committed types differ from the migrated schema (test/persistence/typed-schema).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_node_modules
# A throwaway database of its own ("test" in the name lets reset-test-db.js drop it).
unset DATABASE_URL
use_servers reportflow_test_schema_types
npm run --silent build
QUEUE_PREFIX=rfdbtypes node scripts/reset-test-db.js
npm run --silent migration:run >/dev/null
npx kysely-codegen --dialect mysql --url "$DATABASE_URL" --log-level error \
  --out-file libs/persistence/src/schema/database.generated.ts
echo "[db:types] libs/persistence/src/schema/database.generated.ts is current"
