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

const message =
  'Only repositories (*.repository.ts) run SQL: add a repository method, and use `Transactions` for a transaction.';

export const databaseAccess = [
  {
    files: ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts', 'libs/**/*.ts'],
    ignores: ALLOWED,
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
