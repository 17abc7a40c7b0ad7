import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { databaseAccess } from './eslint.database-access.mjs';

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
    // Screens read through the query hooks (src/api/queries.ts, adminQueries.ts): one cached query per
    // endpoint, refetched on focus and invalidated by the writes that change it. A page that calls a
    // read endpoint itself (useEffect + then(setState)) goes stale and flashes its empty state.
    files: ['apps/web/src/{pages,components,layout}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api/endpoints', '**/api/calendar'],
              importNamePattern:
                '^(get|list|workQueue$|unreadCount$|openReceipts$|previewDefaultRecipients$)',
              message:
                'Read through a query hook in src/api (useX from queries.ts or adminQueries.ts), not the endpoint itself.',
            },
          ],
        },
      ],
    },
  },
);
