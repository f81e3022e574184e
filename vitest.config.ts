import { defineConfig } from 'vitest/config';

// Two projects, both run by `npm test` (`vitest run`); one alone with `vitest run --project NAME`.
//   unit  the code in-process: fast, no process spawned.
//   e2e   the built CLI (dist/bin.js) as a user runs it, the hostile-input corpus and its
//         property tests, and the safety tests (atomic writes, signals, the wizard's draft).
//         .ci/run runs this project again on Node.js 22 and 24.
// No test measures speed (that is bench/run.mjs); timeouts only catch a hang, so they are
// generous enough for a machine busy with other work.
const E2E = ['test/e2e/**/*.test.ts', 'test/hostile/**/*.test.ts', 'test/safety/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: E2E, testTimeout: 60_000 } },
      { test: { name: 'e2e', include: E2E, testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
});
