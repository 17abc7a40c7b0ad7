// Row types come from the migrated schema (libs/persistence/src/schema/database.generated.ts,
// written by kysely-codegen). This file shows both halves of that promise: the committed types are
// what the migrations build today, and a migration that renames a column a query uses makes the
// type check fail, naming the column, instead of failing at run time.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { scratchDatabase } from '../support/scratch-db';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const COMMITTED = join(ROOT, 'libs/persistence/src/schema/database.generated.ts');

async function generateTypes(databaseUrl: string, outFile: string): Promise<void> {
  await run(
    process.execPath,
    [
      join(ROOT, 'node_modules/kysely-codegen/dist/cli/bin.js'),
      '--dialect',
      'mysql',
      '--url',
      databaseUrl,
      '--out-file',
      outFile,
      '--log-level',
      'error',
    ],
    { cwd: ROOT },
  );
}

/** Type-checks the whole project with the row types taken from `schemaFile`. */
async function typecheckAgainst(schemaFile: string, dir: string): Promise<{ ok: boolean; output: string }> {
  const rootConfig = JSON.parse(await readFile(join(ROOT, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const paths = Object.fromEntries(
    Object.entries(rootConfig.compilerOptions.paths).map(([alias, targets]) => [
      alias,
      alias === '@app/persistence/schema' ? [schemaFile] : targets.map((t) => join(ROOT, t)),
    ]),
  );
  const config = join(dir, 'tsconfig.json');
  await writeFile(
    config,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: { noEmit: true, paths, typeRoots: [join(ROOT, 'node_modules/@types')] },
    }),
  );
  try {
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

describe('row types generated from the schema', () => {
  let dir: string;
  let probe: Awaited<ReturnType<typeof scratchDatabase>>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rf-schema-'));
    probe = await scratchDatabase('schema_probe');
  });
  afterAll(async () => {
    await probe?.dataSource.query(`DROP DATABASE IF EXISTS \`${probe.dataSource.driver.database}\``);
    await probe?.dataSource.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  it('the committed types are what the migrations build (regenerate with `npm run db:types`)', async () => {
    const fresh = join(dir, 'fresh.ts');
    await generateTypes(probe.url, fresh);
    expect(await readFile(fresh, 'utf8')).toBe(await readFile(COMMITTED, 'utf8'));
  });

  it('a migration that renames a column a query uses fails the type check, naming the column', async () => {
    await probe.dataSource.query('ALTER TABLE idempotency_keys RENAME COLUMN request_hash TO request_digest');
    const renamed = join(dir, 'renamed.ts');
    await generateTypes(probe.url, renamed);
    const result = await typecheckAgainst(renamed, dir);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('idempotency.repository.ts');
    expect(result.output).toContain('request_hash');
  });
});
