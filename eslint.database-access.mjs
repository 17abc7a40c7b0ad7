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
  'apps/api/src/attachments/attachments.service.ts',
  'apps/api/src/auth/auth.service.ts',
  'apps/api/src/calendar/calendar-admin.service.ts',
  'apps/api/src/campaigns/campaign-access.ts',
  'apps/api/src/campaigns/campaign-targets.ts',
  'apps/api/src/campaigns/campaigns.service.ts',
  'apps/api/src/campaigns/extensions.service.ts',
  'apps/api/src/campaigns/notice-files.service.ts',
  'apps/api/src/notifications/notifications.controller.ts',
  'apps/api/src/operations/dead-letters.controller.ts',
  'apps/api/src/operations/metrics.controller.ts',
  'apps/api/src/operations/unit-duty-separation.controller.ts',
  'apps/api/src/operations/unit-webhook.controller.ts',
  'apps/api/src/system/self-check.service.ts',
  'apps/api/src/units/units.service.ts',
  'apps/api/src/users/users.service.ts',
  'apps/worker/src/deadlines/deadlines-changed.handler.ts',
  'apps/worker/src/deadlines/reconciler.ts',
  'apps/worker/src/deadlines/reminder-batch.ts',
  'apps/worker/src/deadlines/reminder-scheduler.ts',
  'apps/worker/src/notifications/delivery-send.handler.ts',
  'apps/worker/src/notifications/recipients.ts',
  'apps/worker/src/system/self-check.handler.ts',
  'libs/directory/src/demo/demo-exposure.ts',
  'libs/directory/src/demo/production-guard.ts',
  'libs/directory/src/demo/seed-demo.ts',
  'libs/queue/src/outbox/outbox-relay.ts',
  'libs/queue/src/outbox/outbox-writer.ts',
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
