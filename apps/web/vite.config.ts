import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** API routes the dev server forwards to the API (in production the API serves this app itself). */
const API_PREFIXES = [
  '/auth',
  '/me',
  '/units',
  '/users',
  '/reports',
  '/work-queue',
  '/notifications',
  '/content',
  '/campaigns',
  '/extensions',
  '/admin',
  '/health',
  '/docs',
];

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    // The state labels come from the workflow definitions in libs/workflow (see src/labels.ts), the
    // office names from libs/directory's import-free office-words.ts (see src/levelWords.ts), the
    // 文号's 〔year〕 from libs/common's import-free document-number.ts.
    fs: {
      allow: [
        '.',
        '../../libs/workflow/src',
        '../../libs/directory/src/office-words.ts',
        '../../libs/common/src/document-number.ts',
      ],
    },
    proxy: Object.fromEntries(API_PREFIXES.map((p) => [p, 'http://127.0.0.1:3000'])),
  },
});
