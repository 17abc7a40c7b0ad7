import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { databaseAccess } from './eslint.database-access.mjs';

/*
 * What screens (src/pages, components, layout) may import from the api layer. A page that calls a
 * read endpoint itself (useEffect + then(setState)) goes stale and flashes its empty state; one that
 * writes through an endpoint and refreshes by hand forgets a list. So screens read through the query
 * hooks (src/api/queries.ts, adminQueries.ts: one cached query per endpoint, refetched on focus) and
 * write through the mutation hooks (src/api/mutations.ts, adminMutations.ts: one per write endpoint,
 * each invalidating what it changes); the generic call() and api() are the api layer's own.
 */
const readRule = {
  group: ['**/api/endpoints', '**/api/calendar'],
  importNamePattern: '^(get|list|workQueue$|unreadCount$|openReceipts$|previewDefaultRecipients$)',
  message:
    'Read through a query hook in src/api (useX from queries.ts or adminQueries.ts), not the endpoint itself.',
};
const writeRules = [
  {
    group: ['**/api/endpoints', '**/api/calendar'],
    importNamePattern:
      '^(login|logout|create|save|take|accept|return|upload|import|check|mark|issue|request|decide|replay|override|grant|remove|set|enter|withdraw|record|raise|answer|close|reopen|change)',
    message:
      'Write through a mutation hook in src/api (useX from mutations.ts or adminMutations.ts), which invalidates what the write changes.',
  },
  {
    group: ['**/api/queries', '**/api/adminQueries'],
    importNamePattern: 'Changed$',
    message:
      'A write invalidates in its mutation hook (src/api/mutations.ts or adminMutations.ts), not in the screen.',
  },
  {
    group: ['**/api/contract'],
    importNames: ['call'],
    message: 'Only the api layer sends requests: use (or add) a query or mutation hook in src/api.',
  },
  {
    group: ['**/api/client'],
    importNames: ['api'],
    message: 'Only the api layer sends requests: use (or add) a query or mutation hook in src/api.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.local/**',
      'coverage/**',
      'apps/web/dist/**',
      'apps/web/node_modules/**',
      // Generated from docs/openapi.json (npm run gen:api), never edited by hand.
      'apps/web/src/api/openapi.gen.ts',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  ...databaseAccess,
  {
    // The web console is linted like the server, plus the rules of hooks (a hook called conditionally
    // or an effect missing a dependency is a stale-screen bug in waiting).
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Screens read through the query hooks and write through the mutation hooks of src/api; only the
    // api layer sends requests (see screenImportRules above).
    files: ['apps/web/src/{pages,components,layout,auth}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [readRule, ...writeRules] }] },
  },
);
