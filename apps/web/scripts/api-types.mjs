// The console's API types are generated from the committed contract, docs/openapi.json.
//   node scripts/api-types.mjs write   regenerates src/api/openapi.gen.ts (npm run gen:api)
//   node scripts/api-types.mjs check   fails when that file is not what the contract generates (the build runs it)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const CONTRACT = new URL('../../../docs/openapi.json', import.meta.url);
const GENERATED = fileURLToPath(new URL('../src/api/openapi.gen.ts', import.meta.url));
const HEADER =
  '// Generated from docs/openapi.json by `npm --prefix apps/web run gen:api` (openapi-typescript). Do not edit:\n' +
  "// change the server's response schemas (apps/api/src/**/*.responses.ts), run `npm run docs:openapi`, then gen:api.\n\n";

const ast = await openapiTS(JSON.parse(readFileSync(CONTRACT, 'utf8')), {
  enumValues: true,
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
});
const generated = HEADER + astToString(ast);

if (process.argv[2] === 'write') {
  writeFileSync(GENERATED, generated);
} else if (readFileSync(GENERATED, 'utf8') !== generated) {
  console.error('src/api/openapi.gen.ts is stale: run `npm --prefix apps/web run gen:api` and commit it.');
  process.exit(1);
}
