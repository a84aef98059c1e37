import { defineConfig } from 'vitest/config';

// Unit tests sit beside the pure modules they test (src/**) and in test/ for whole-pipeline checks.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
