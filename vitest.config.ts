import { defineConfig } from 'vitest/config';

// Two projects, both run by `npm test` (`vitest run`); one alone with `vitest run --project NAME`.
//   unit  the code in-process: fast, no process spawned.
//   e2e   the built CLI (dist/bin.js) as a user runs it, the hostile-input corpus and its
//         property tests, and the safety tests (atomic writes, signals, the wizard's draft).
//         .ci/run runs this project again on Node.js 22 and 24.
// No test measures speed (that is bench/run.mjs). The timeout only catches a hang, so it is one
// for every test and generous: 10 minutes. On the 2-core machine at a load of 20, property tests
// that take 20 s alone took over two minutes.
const E2E = ['test/e2e/**/*.test.ts', 'test/hostile/**/*.test.ts', 'test/safety/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: E2E, testTimeout: 600_000 } },
      { test: { name: 'e2e', include: E2E, testTimeout: 600_000, hookTimeout: 600_000 } },
    ],
  },
});
