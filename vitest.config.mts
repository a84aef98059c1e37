import { defineConfig } from 'vitest/config';

// Unit tests sit beside the pure modules they test (src/**) and in test/ for whole-pipeline checks. The bench's
// own tests (bench/**) run apart: `npm run bench:test`.
export default defineConfig({
  test: {
    include: process.env.BENCH_TEST ? ['bench/**/*.test.ts'] : ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
