// The hooks of .pre-commit-hooks.yaml, run by the pre-commit framework itself on a temporary
// repository with the .pre-commit-config.yaml a user writes. The framework installs the hooks
// as it would for a user (`language: node`: npm install, npm pack, npm install -g), from a
// snapshot of this checkout (its tracked and new files, as they are now), once.
// Outside CI, without pre-commit installed, the test is skipped with a message; in CI it fails
// (.ci/run installs Debian's pre-commit package).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './run.js';

const CI = process.env['CI'];
const inCI = !!CI && CI !== 'false' && CI !== '0';
const hasPreCommit = spawnSync('pre-commit', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasPreCommit && !inCI) console.warn('test/e2e/pre-commit.test.ts: SKIPPED, pre-commit is not installed (apt-get install pre-commit); in CI .ci/run installs it');

let hooks = '';
let project = '';
let cache = '';
let rev = '';

const gitEnv = (home: string) => ({
  PATH: process.env['PATH'] ?? '',
  HOME: home,
  GIT_AUTHOR_NAME: 'Grace',
  GIT_AUTHOR_EMAIL: 'g@example.org',
  GIT_COMMITTER_NAME: 'Grace',
  GIT_COMMITTER_EMAIL: 'g@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
});

function git(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: gitEnv(cache) });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function preCommit(args: string[]) {
  const r = spawnSync('pre-commit', args, {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...gitEnv(cache),
      LANG: 'C.UTF-8',
      PRE_COMMIT_HOME: join(cache, 'pre-commit'),
      // The packages the hooks need are those `npm ci` just fetched: taken from npm's cache.
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_cache: join(process.env['HOME'] ?? cache, '.npm'),
    },
    timeout: 900_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const USER_CONFIG = (repo: string, rev: string) => `repos:
  - repo: ${repo}
    rev: ${rev}
    hooks:
      - id: philosophy-validate
      - id: philosophy-render
`;

beforeAll(() => {
  if (!hasPreCommit) return;
  cache = tempDir('philosophy-pre-commit-home-');
  // The hooks' repository: this checkout's files as they are now, in one commit.
  hooks = tempDir('philosophy-hooks-');
  const files = git(ROOT, ['ls-files', '--cached', '--others', '--exclude-standard', '-z']).split('\0').filter(Boolean);
  for (const f of files) {
    const from = join(ROOT, f);
    try {
      mkdirSync(dirname(join(hooks, f)), { recursive: true });
      copyFileSync(from, join(hooks, f));
    } catch {
      // Deleted in the working tree but not yet from the index.
    }
  }
  git(hooks, ['init', '-q', '-b', 'main']);
  git(hooks, ['add', '-A']);
  git(hooks, ['commit', '-q', '-m', 'hooks']);
  rev = git(hooks, ['rev-parse', 'HEAD']).trim();

  // The user's repository: one philosophy and its rendering.
  project = tempDir('philosophy-pre-commit-');
  git(project, ['init', '-q', '-b', 'main']);
  mkdirSync(join(project, 'philosophies'));
  writeFileSync(join(project, 'philosophies/acme.yaml'), readFileSync(join(ROOT, 'philosophies/acme-robotics.yaml'), 'utf8'));
  writeFileSync(join(project, '.pre-commit-config.yaml'), USER_CONFIG(hooks, rev));
});

// The hook environment holds a whole node_modules: removing it takes a while on a busy machine.
afterAll(() => {
  for (const dir of [hooks, project, cache]) if (dir) rmSync(dir, { recursive: true, force: true });
}, 300_000);

describe.skipIf(!hasPreCommit && !inCI)('pre-commit hooks', { timeout: 900_000 }, () => {
  it('pre-commit is installed (CI installs it in .ci/run)', () => {
    expect(hasPreCommit).toBe(true);
  });

  it('installs the hooks and passes a clean philosophy with a fresh rendering', () => {
    // The rendering, made by the same hook environment the user gets.
    const render = spawnSync(process.execPath, [join(ROOT, 'dist/bin.js'), 'render', 'philosophies/acme.yaml'], { cwd: project, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: cache } });
    expect(render.status, render.stderr).toBe(0);
    git(project, ['add', '-A']);
    const r = preCommit(['run', '--all-files']);
    expect(r.output).toMatch(/philosophy validate\.+Passed/);
    expect(r.output).toMatch(/philosophy render --check\.+Passed/);
    expect(r.status, r.output).toBe(0);
  });

  it('fails a commit that breaks the format or leaves the rendering stale', () => {
    const file = join(project, 'philosophies/acme.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('company:\n  name: Acme Robotics', 'compnay:\n  name: Acme Robotics'));
    git(project, ['add', '-A']);
    const broken = preCommit(['run', '--files', 'philosophies/acme.yaml']);
    expect(broken.status).toBe(1);
    expect(broken.output).toMatch(/philosophy validate\.+Failed/);
    expect(broken.output).toContain('Unknown field `compnay`; did you mean `company`?');

    // Valid again, but with a new vision the committed Markdown does not show yet.
    writeFileSync(file, text.replace('statement: Straight answers and fixes that last,', 'statement: Honest answers and fixes that last,'));
    git(project, ['add', '-A']);
    const stale = preCommit(['run', '--files', 'philosophies/acme.yaml']);
    expect(stale.status).toBe(1);
    expect(stale.output).toMatch(/philosophy validate\.+Passed/);
    expect(stale.output).toMatch(/philosophy render --check\.+Failed/);
  });
});
