import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify('test') },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // CI runs on two shared cores: property tests with hundreds of runs need more than 5 s there.
    testTimeout: 30_000,
  },
});
