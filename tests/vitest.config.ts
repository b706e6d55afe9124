import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/**/*.test.ts', 'drivers/**/*.test.ts', 'methods/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Cheaper password hashing: every test lab creates and logs in seven accounts.
    env: { JITU_SCRYPT_LOG2_COST: '10' },
  },
});
