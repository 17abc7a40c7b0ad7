// Only repositories touch the database. Everything else asks a repository, and a use case that
// needs a transaction asks `Transactions` (libs/persistence/src/transactions.ts).
// Allowed to import typeorm or the query runner (`Database`): repositories, libs/persistence,
// migrations, the CLIs that build a data source (composition roots), tests and benchmarks.
const ALLOWED = [
  '**/*.repository.ts',
  'libs/persistence/**',
  '**/migrations/**',
  'apps/*/src/cli/**',
  '**/*.spec.ts',
  'test/**',
  'bench/**',
];

// Files written before the rule, being moved behind repositories. This list only shrinks.
const NOT_YET_MOVED = [
  'apps/api/src/attachments/attachments.service.ts', // SQL moved; Database only to hand ReportRepository/AuditRepository a manager
  'apps/api/src/reports/report-copies.service.ts',
  'apps/api/src/reports/report-documents.controller.ts',
  'apps/api/src/reports/report-queries.service.ts',
  'libs/reports/src/check-override.service.ts',
  'libs/reports/src/completeness-gate.ts',
  'libs/reports/src/drafting.service.ts',
  'libs/reports/src/due-date-changes.ts',
  'libs/reports/src/duty-separation-policy.ts',
  'libs/reports/src/transition.service.ts',
];

const message =
  'Only repositories (*.repository.ts) run SQL: add a repository method, and use `Transactions` for a transaction.';

export const databaseAccess = [
  {
    files: ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts', 'libs/**/*.ts'],
    ignores: [...ALLOWED, ...NOT_YET_MOVED],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'typeorm', message },
            { name: 'mysql2', message },
            { name: 'mysql2/promise', message },
            { name: 'kysely', message },
            { name: '@app/persistence', importNames: ['Database', 'sqlBuilder', 'SqlBuilder'], message },
          ],
        },
      ],
    },
  },
];
