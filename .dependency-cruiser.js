// Import rules between apps and libs (docs/architecture.md), checked by `npm run lint`.
// Paths are relative to the repository root; `@app/<lib>` resolves (tsconfig paths) to libs/<lib>/src/index.ts.
// To add a rule, append one object to `forbidden` with a name, a one-line `comment` saying why, and
// `from`/`to` path patterns; test/foundation/import-rules.e2e-spec.ts shows how to prove it bites.

/** Libraries that are plain functions and data: no framework, no database, no queue, no other lib. */
const PURE_LIBS = '^libs/(workflow|calendar|content)/';
/** Server-side packages, resolved (node_modules/…) or not (a bare specifier). */
const SERVER_PACKAGES = '(^|node_modules/)(@nestjs|@bull-board|typeorm|bullmq|ioredis|mysql2)(/|$)';

/** @type {import('dependency-cruiser').IConfiguration} */
/** Row types generated from the schema (npm run db:types), imported as `@app/persistence/schema`. */
const ROW_TYPES = '^libs/persistence/src/schema/database\\.generated\\.ts$';

/**
 * The built-in workflow definitions, their joint 党委+政府 variants (joint-sign-off: a pure function of
 * them), their types, and where a report stands signed off (signed-off: a pure function of them): pure
 * data the console reads for state labels and the disclosure panel.
 */
const WORKFLOW_DEFINITIONS = '^libs/workflow/src/(default-definition|joint-sign-off|signed-off|types)\\.ts$';

/** The office naming rule (依法治X办): an import-free file shared by the server's texts and the console. */
const OFFICE_WORDS = '^libs/directory/src/office-words\\.ts$';
/** The deliberating bodies and each unit's default (only a type import): the admin's picker names the default. */
const DELIBERATION_BODIES = '^libs/directory/src/deliberation-bodies\\.ts$';
/** Import-free: the 文号's 〔year〕, normalised alike by the issuing form and the API. */
const DOCUMENT_NUMBER = '^libs/common/src/document-number\\.ts$';
// The password rule beyond length (import-free), so the console's forms refuse what the API refuses.
const PASSWORD_STRENGTH = '^libs/directory/src/password-strength\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'libs-never-import-apps',
      comment: 'Libraries are shared by the API and the worker; an app is a consumer, never a dependency.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'api-never-imports-worker',
      comment: 'The API and the worker are separate processes; what both need belongs in a lib.',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^apps/worker/' },
    },
    {
      name: 'worker-never-imports-api',
      comment: 'The API and the worker are separate processes; what both need belongs in a lib.',
      severity: 'error',
      from: { path: '^apps/worker/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'web-never-imports-server-code',
      comment:
        'The console runs in the browser and talks to the API over HTTP only. One exception: the workflow ' +
        "definitions (pure data), so that state labels have one source; the definitions' files import nothing else. " +
        'Likewise the office naming rule (office-words.ts, import-free), so the issuer reads the same in texts and console, ' +
        "and the 文号's year brackets (document-number.ts, import-free), so the form shows what the API stores; " +
        'and the password rule (password-strength.ts, import-free), so a form refuses what the API refuses; ' +
        'and the deliberating bodies with their defaults (deliberation-bodies.ts, a type import only).',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: {
        path: ['^(libs|apps/api|apps/worker)/', SERVER_PACKAGES],
        pathNot: [
          WORKFLOW_DEFINITIONS,
          OFFICE_WORDS,
          DELIBERATION_BODIES,
          DOCUMENT_NUMBER,
          PASSWORD_STRENGTH,
        ],
      },
    },
    {
      name: 'pure-libs-stay-pure',
      comment: 'workflow, calendar and content are pure: no Nest, no database, no queue, no Redis.',
      severity: 'error',
      from: { path: PURE_LIBS },
      to: { path: SERVER_PACKAGES },
    },
    {
      name: 'pure-libs-import-only-pure-libs',
      comment: 'A pure lib that imports an infrastructure lib is no longer pure.',
      severity: 'error',
      from: { path: PURE_LIBS },
      to: { path: '^libs/', pathNot: PURE_LIBS },
    },
    {
      name: 'libs-import-other-libs-by-index',
      comment: "Only `@app/<lib>` (its index) is a lib's public surface; its other files may change freely.",
      severity: 'error',
      from: { path: '^(libs/[^/]+)/' },
      // The generated row types are persistence's second public entry (`@app/persistence/schema`).
      to: { path: '^libs/[^/]+/', pathNot: ['^$1/', '^libs/[^/]+/src/index\\.ts$', ROW_TYPES] },
    },
    {
      name: 'apps-import-libs-by-index',
      comment: "Only `@app/<lib>` (its index) is a lib's public surface; its other files may change freely.",
      severity: 'error',
      from: { path: '^apps/' },
      to: {
        path: '^libs/[^/]+/',
        pathNot: [
          '^libs/[^/]+/src/index\\.ts$',
          '^libs/[^/]+/test/',
          ROW_TYPES,
          WORKFLOW_DEFINITIONS,
          OFFICE_WORDS,
          DELIBERATION_BODIES,
          DOCUMENT_NUMBER,
          PASSWORD_STRENGTH,
        ],
      },
    },
    {
      name: 'only-tests-import-test-helpers',
      comment: "A lib's test/ folder holds fixtures for specs; product code must not depend on it.",
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: ['\\.spec\\.ts$', '^libs/[^/]+/test/'] },
      to: { path: '^libs/[^/]+/test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage)/' },
    // Type-only imports count too: a type from a server lib is still a dependency on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
