// `philosophy diff` and `philosophy log` through the built CLI, in a temporary git repository
// with three commits: a first philosophy, a stricter target, then a renamed file with a value
// moved, a value renamed and a cliché in the vision.
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint as markdownlint } from 'markdownlint/sync';
import { ROOT, STACK_TRACE, run, tempDir } from './run.js';

const SOURCE = readFileSync(join(ROOT, 'philosophies/acme-robotics.yaml'), 'utf8');
let repo = '';

function git(args: string[], date = '2026-11-20T10:00:00+01:00'): string {
  const r = spawnSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: repo,
      GIT_AUTHOR_NAME: 'Ada Lovelace',
      GIT_AUTHOR_EMAIL: 'ada@example.org',
      GIT_COMMITTER_NAME: 'Ada Lovelace',
      GIT_COMMITTER_EMAIL: 'ada@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function edit(path: string, change: (text: string) => string): void {
  const file = join(repo, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
}

/** Moves the block of value `name` to the front of the core values. */
function moveFirst(text: string, name: string, next: string): string {
  const start = text.indexOf(`    - name: ${name}\n`);
  const end = text.indexOf(`    - name: ${next}\n`);
  const block = text.slice(start, end);
  const rest = text.slice(0, start) + text.slice(end);
  const first = rest.indexOf('    - name: Integrity\n');
  return rest.slice(0, first) + block + rest.slice(first);
}

const cli = (args: string[], env: Record<string, string> = {}) => run(args, { cwd: repo, env: { HOME: repo, ...env } });

beforeAll(() => {
  repo = tempDir('philosophy-diff-');
  git(['init', '-q', '-b', 'main']);
  spawnSync('mkdir', ['-p', join(repo, 'philosophies')]);
  writeFileSync(join(repo, 'philosophies/acme.yaml'), SOURCE);
  git(['add', '.']);
  git(['commit', '-q', '-m', 'First philosophy'], '2026-11-18T09:00:00+01:00');

  edit('philosophies/acme.yaml', (t) =>
    t.replace('target: { op: lte, value: 2, unit: h }', 'target: { op: lte, value: 60, unit: min }').replace('action: Treat every customer with urgency.', 'action: Treat every customer with care and urgency.'),
  );
  git(['commit', '-q', '-am', 'Speed: first response within the hour'], '2026-11-19T09:00:00+01:00');

  renameSync(join(repo, 'philosophies/acme.yaml'), join(repo, 'philosophies/acme-robotics.yaml'));
  edit('philosophies/acme-robotics.yaml', (t) =>
    moveFirst(t, 'Speed', 'Loyalty')
      .replace('- name: Loyalty', '- name: Belonging')
      .replace('statement: Straight answers and fixes that last,', 'statement: The customer is always right, with straight answers and fixes that last,'),
  );
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'Speed first; Loyalty is now Belonging'], '2026-11-20T09:00:00+01:00');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

// Each test runs the CLI a few times; on a busy two-core machine that takes seconds.
describe('philosophy diff FILE --base REF', () => {
  it('compares with HEAD~1, across the file rename, grouped by step', () => {
    const r = cli(['diff', 'philosophies/acme-robotics.yaml', '--base', 'HEAD~1']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('philosophies/acme-robotics.yaml  HEAD~1 (philosophies/acme.yaml) → working tree');
    expect(r.stdout).toContain('Step 2 · Values\n  ↕ Value “Speed” moved from 3rd to 1st\n  » Value “Loyalty” renamed to “Belonging”');
    expect(r.stdout).toContain('Step 3 · Vision\n  ~ Vision changed\n      [-Straight-]{+The customer is always right, with straight+} answers');
    expect(r.stdout).toMatch(/Findings this change introduces\n(.*\n)*.*“the customer is always right” is a cliché/);
    expect(r.stdout).toContain('3 changes · 3 findings introduced');
  });

  it('--exit-code: 1 with changes, 0 without', () => {
    expect(cli(['diff', 'philosophies/acme-robotics.yaml', '--base', 'HEAD~1', '--exit-code']).status).toBe(1);
    const same = cli(['diff', 'philosophies/acme-robotics.yaml', '--base', 'HEAD', '--exit-code']);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('No changes in meaning.');
  });

  it('calls a target in other units stricter only when it is: 2 h → 60 min', () => {
    const r = cli(['diff', 'philosophies/acme-robotics.yaml', '--base', 'HEAD~2']);
    expect(r.stdout).toContain('Value “Speed”: First response time (FRT) ≤ 2 h → ≤ 60 min (stricter)');
  });

  it('says in German what changed', () => {
    const r = cli(['diff', 'philosophies/acme-robotics.yaml', '--base', 'HEAD~1', '--lang', 'de']);
    expect(r.stdout).toContain('Wert „Speed“ rückt von Platz 3 auf Platz 1');
    expect(r.stdout).toContain('Schritt 2 · Werte');
  });

  it('a ref that does not exist is exit 2, without a stack trace', () => {
    const r = cli(['diff', 'philosophies/acme-robotics.yaml', '--base', 'no-such-branch']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('philosophy: unknown git ref "no-such-branch"\n');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('a path at neither side is exit 2', () => {
    const r = cli(['diff', 'philosophies/nothing.yaml', '--base', 'HEAD~1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('philosophies/nothing.yaml is in neither version');
  });

  it('without --base: the merge base with the default branch', () => {
    git(['checkout', '-q', '-b', 'feature']);
    try {
      edit('philosophies/acme-robotics.yaml', (t) => t.replace("- id: CSAT\n          target: { op: gte, value: 90, unit: '%' }", "- id: CSAT\n          target: { op: gte, value: 92, unit: '%' }"));
      git(['commit', '-q', '-am', 'CSAT stricter']);
      const r = cli(['diff', 'philosophies/acme-robotics.yaml']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('philosophies/acme-robotics.yaml  main → working tree');
      expect(r.stdout).toContain('Value “Quality”: Customer satisfaction score (CSAT) ≥ 90% → ≥ 92% (stricter)');
    } finally {
      git(['checkout', '-q', 'main']);
    }
  });

  it('a file deleted since the base is a diff with one side: its values and vision removed', () => {
    const file = join(repo, 'philosophies/acme-robotics.yaml');
    const text = readFileSync(file, 'utf8');
    rmSync(file);
    try {
      const r = cli(['diff', 'philosophies/acme-robotics.yaml', '--base', 'HEAD', '--exit-code']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('philosophies/acme-robotics.yaml  HEAD → deleted');
      expect(r.stdout).toContain('- Value “Speed” removed (it was the 1st)');
      expect(r.stdout).toContain('- Vision deleted');
    } finally {
      writeFileSync(file, text);
    }
  });

  it('a side that does not match the format is exit 2 with file, line and column', () => {
    const broken = join(repo, 'broken.yaml');
    writeFileSync(broken, 'version: 1\nlanguage: en\ncompnay: {}\n');
    const r = cli(['diff', 'broken.yaml', join(repo, 'philosophies/acme-robotics.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml\n(.*\n)*\s+3:1\s+error\s+Unknown field `compnay`/);
    expect(r.stderr).toContain('philosophy: cannot compare: broken.yaml cannot be read or does not match the format');
  });
});

describe('philosophy diff OLD NEW', () => {
  it('compares two files on disk; json is versioned', () => {
    const old = join(repo, 'old.yaml');
    writeFileSync(old, git(['show', 'HEAD~2:philosophies/acme.yaml']));
    const r = cli(['diff', 'old.yaml', 'philosophies/acme-robotics.yaml', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(1);
    const kinds = report.files[0].changes.map((c: { kind: string; direction?: string }) => c.direction ?? c.kind);
    expect(kinds).toEqual(['moved', 'renamed', 'changed', 'changed', 'stricter']);
    expect(report.files[0].findings.introduced.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(['hiring-questions', 'hiring-questions', 'no-cliches']);
  });
});

describe('philosophy log FILE', () => {
  it('lists every commit newest first, following the rename', () => {
    const r = cli(['log', 'philosophies/acme-robotics.yaml']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const heads = r.stdout.split('\n').filter((l) => /^[0-9a-f]{7}  /.test(l));
    expect(heads.map((h) => h.slice(9))).toEqual(['20 November 2026  Ada Lovelace', '19 November 2026  Ada Lovelace', '18 November 2026  Ada Lovelace']);
    expect(r.stdout).toContain('  Speed first; Loyalty is now Belonging\n  philosophies/acme.yaml → philosophies/acme-robotics.yaml');
    expect(r.stdout).toContain('Value “Speed”: First response time (FRT) ≤ 2 h → ≤ 60 min (stricter)');
    expect(r.stdout).toContain('  First philosophy\n  First version of the file.\n\n  Step 2 · Values\n    + Value “Integrity” added as the 1st value');
  });

  it('--format md is a changelog for the handbook, valid Markdown', () => {
    const r = cli(['log', 'philosophies/acme-robotics.yaml', '--format', 'md', '--lang', 'de']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!-- philosophy-diff -->\n# Wie sich `philosophies/acme-robotics.yaml` entwickelt hat\n')).toBe(true);
    expect(r.stdout).toContain('## 20. November 2026 · Speed first; Loyalty is now Belonging');
    expect(r.stdout).toContain('- ↕️ Wert „Speed“ rückt von Platz 3 auf Platz 1');
    const problems = markdownlint({ strings: { log: r.stdout }, config: { default: true, MD013: false, MD041: false, MD024: false } });
    expect(problems.toString()).toBe('');
  });

  it('a file git never saw has no history', () => {
    writeFileSync(join(repo, 'philosophies/new.yaml'), SOURCE);
    const r = cli(['log', 'philosophies/new.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('No commit touches this file.\n');
  });
});
