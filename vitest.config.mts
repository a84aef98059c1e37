import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Docusaurus's client modules (`@docusaurus/useIsBrowser`, `@docusaurus/ExecutionEnvironment`, …) are webpack
// aliases of @docusaurus/core/lib/client/exports/: the same here, so hook tests (renderHook, jsdom) import them.
const DOCUSAURUS_CLIENT = fileURLToPath(new URL('node_modules/@docusaurus/core/lib/client/exports/', import.meta.url));

// Unit tests sit beside the pure modules they test (src/**) and in test/ for whole-pipeline checks. The bench's
// own tests (bench/**) run apart: `npm run bench:test`.
export default defineConfig({
  resolve: {
    alias: [{ find: /^@docusaurus\/([A-Z][A-Za-z]*|use[A-Za-z]+|router)$/, replacement: `${DOCUSAURUS_CLIENT}$1.js` }],
  },
  test: {
    include: process.env.BENCH_TEST ? ['bench/**/*.test.ts'] : ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
