// Issue 6, data safety: no command overwrites a user's file it did not create without --force (or
// the user's yes at a prompt); `render --check` and `validate` never write (only the report asked
// for with --output). Through the built CLI.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, STACK_TRACE, run, tempDir } from '../e2e/run.js';

const EXAMPLE = join(ROOT, 'philosophies/acme-robotics.yaml');
const MINE = '# My own notes. Hand-written, not generated: do not touch.\n';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function sandbox(): string {
  const dir = tempDir('philosophy-nooverwrite-');
  dirs.push(dir);
  copyFileSync(EXAMPLE, join(dir, 'a.yaml'));
  return dir;
}

/** Path → content digest and mtime of every file below dir. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const path = join(dir, f);
    const stats = statSync(path);
    out[f] = stats.isFile() ? `${createHash('sha1').update(readFileSync(path)).digest('hex')} ${stats.mtimeMs}` : 'dir';
  }
  return out;
}

describe('a file the tool did not write is replaced only with --force', () => {
  it('render: a hand-written a.md beside the source → exit 2 naming it, untouched; --force replaces it', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'a.md'), MINE);
    const r = run(['render', 'a.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('a.md');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(MINE);
    expect(run(['render', 'a.yaml', '--force'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toMatch(/^<!-- philosophy:generated/);
  });

  it('render --format all --out DIR: a hand-written DIR/a.yaml is not replaced by the YAML view', () => {
    const dir = sandbox();
    mkdirSync(join(dir, 'build'));
    writeFileSync(join(dir, 'build', 'a.yaml'), MINE);
    const r = run(['render', 'a.yaml', '--format', 'all', '--out', 'build'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'build', 'a.yaml'), 'utf8')).toBe(MINE);
  });

  it('render --format yaml --out <the source folder>: never replaces the source itself, even with --force', () => {
    const dir = sandbox();
    const before = readFileSync(join(dir, 'a.yaml'), 'utf8');
    for (const extra of [[], ['--force']]) {
      const r = run(['render', 'a.yaml', '--format', 'yaml', '--out', '.', ...extra], { cwd: dir });
      expect(r.status).toBe(2);
      expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(before);
    }
  });

  it('export: a hand-written handout → exit 2 naming it, untouched; --force replaces it', () => {
    const dir = sandbox();
    for (const [format, name] of [
      ['md', 'a-welcome-sheet.md'],
      ['html', 'a-welcome-sheet.html'],
    ] as const) {
      writeFileSync(join(dir, name), MINE);
      const r = run(['export', 'a.yaml', 'handout', '--format', format], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(name);
      expect(readFileSync(join(dir, name), 'utf8')).toBe(MINE);
      expect(run(['export', 'a.yaml', 'handout', '--format', format, '--force'], { cwd: dir }).status).toBe(0);
      expect(readFileSync(join(dir, name), 'utf8')).not.toBe(MINE);
    }
  });

  it('export --out FILE: an existing file of the user is not replaced', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'onboarding.md'), MINE);
    const r = run(['export', 'a.yaml', 'handout', '--out', 'onboarding.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'onboarding.md'), 'utf8')).toBe(MINE);
  });

  it('init: an existing philosophies/<slug>.yaml → exit 2, untouched', () => {
    const dir = sandbox();
    mkdirSync(join(dir, 'philosophies'));
    writeFileSync(join(dir, 'philosophies', 'acme-robotics.yaml'), MINE);
    const r = run(['init', '--answers', 'a.yaml', '--yes'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('philosophies/acme-robotics.yaml');
    expect(readFileSync(join(dir, 'philosophies', 'acme-robotics.yaml'), 'utf8')).toBe(MINE);
    expect(existsSync(join(dir, 'philosophies', 'acme-robotics.md'))).toBe(false);
  });

  it('init --out FILE: an existing file → exit 2, untouched', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'mine.yaml'), MINE);
    const r = run(['init', '--answers', 'a.yaml', '--yes', '--out', 'mine.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe(MINE);
  });

  it('init: the Markdown beside the new philosophy is not replaced if the user wrote it', () => {
    const dir = sandbox();
    mkdirSync(join(dir, 'philosophies'));
    writeFileSync(join(dir, 'philosophies', 'acme-robotics.md'), MINE);
    const r = run(['init', '--answers', 'a.yaml', '--yes'], { cwd: dir });
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(join(dir, 'philosophies', 'acme-robotics.md'), 'utf8')).toBe(MINE);
  });

  it('edit: the hand-written Markdown beside the edited file is not replaced', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'a.md'), MINE);
    writeFileSync(join(dir, 'change.yaml'), 'company:\n  mission: Robots for every home.\n');
    run(['edit', 'a.yaml', '--answers', 'change.yaml'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(MINE);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('Robots for every home.');
  });

  it('validate --output: an existing file → exit 2, untouched; --force replaces it', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'report.json'), MINE);
    const r = run(['validate', 'a.yaml', '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(MINE);
    expect(run(['validate', 'a.yaml', '--format', 'json', '--output', 'report.json', '--force'], { cwd: dir }).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).version).toBe(1);
  });
});

describe('the wizard\'s draft is someone\'s unfinished work', () => {
  const DRAFT = [
    '# philosophy wizard draft: continue with `philosophy init --resume`; delete it to start over',
    'saved: 2026-11-20T10:00:00.000Z',
    'step: 2',
    'philosophy:',
    '  version: 1',
    '  language: en',
    '  company:',
    '    name: Two Hours Of Typing Ltd',
    '    mission: Everything the team agreed on in the workshop.',
    '',
  ].join('\n');

  // D16: `init --answers` (no terminal, so no "continue the draft?" question) starts from nothing,
  // saves its own draft over the waiting one after the first answer, and deletes it at the end:
  // the interrupted session's answers are gone without a word.
  it('init --answers in a folder with a waiting draft keeps that draft (or refuses)', () => {
    const dir = sandbox();
    writeFileSync(join(dir, '.philosophy-draft.yaml'), DRAFT);
    const r = run(['init', '--answers', 'a.yaml', '--yes', '--out', 'other.yaml'], { cwd: dir });
    const kept = existsSync(join(dir, '.philosophy-draft.yaml')) && readFileSync(join(dir, '.philosophy-draft.yaml'), 'utf8') === DRAFT;
    expect(kept || r.status === 2, `exit ${r.status}, draft kept: ${kept}`).toBe(true);
    expect(kept).toBe(true);
  });

  // D16 again: `edit` keeps its own draft under the same name as init's.
  it('edit in a folder with a waiting init draft keeps that draft', () => {
    const dir = sandbox();
    writeFileSync(join(dir, '.philosophy-draft.yaml'), DRAFT);
    writeFileSync(join(dir, 'change.yaml'), 'company:\n  mission: Robots for every home.\n');
    run(['edit', 'a.yaml', '--answers', 'change.yaml'], { cwd: dir });
    expect(existsSync(join(dir, '.philosophy-draft.yaml')) ? readFileSync(join(dir, '.philosophy-draft.yaml'), 'utf8') : '(deleted)').toBe(DRAFT);
  });

  it('init --resume --answers continues the waiting draft with the answers file (--fresh is the explicit way to start over)', () => {
    const dir = sandbox();
    writeFileSync(join(dir, '.philosophy-draft.yaml'), DRAFT);
    writeFileSync(join(dir, 'rest.yaml'), 'values:\n  core:\n    - name: Honesty\nvision:\n  statement: Straight answers, fast.\n');
    const r = run(['init', '--resume', '--answers', 'rest.yaml', '--yes'], { cwd: dir });
    expect(r.status, r.stdout + r.stderr).toBeLessThanOrEqual(1);
    const written = parse(readFileSync(join(dir, 'philosophies', 'two-hours-of-typing-ltd.yaml'), 'utf8'));
    expect(written.company).toEqual({ name: 'Two Hours Of Typing Ltd', mission: 'Everything the team agreed on in the workshop.' });
  });
});

describe('validate and render --check never write', () => {
  /** A folder of every kind: a fresh rendering, a stale one, a hand-written one, a broken file. */
  function mixed(): string {
    const dir = sandbox();
    mkdirSync(join(dir, 'philosophies'));
    copyFileSync(EXAMPLE, join(dir, 'philosophies', 'fresh.yaml'));
    copyFileSync(EXAMPLE, join(dir, 'philosophies', 'stale.yaml'));
    expect(run(['render'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'philosophies', 'stale.yaml'), readFileSync(EXAMPLE, 'utf8').replace('Robots anyone', 'Robots everyone'));
    writeFileSync(join(dir, 'philosophies', 'mine.yaml'), readFileSync(EXAMPLE, 'utf8'));
    writeFileSync(join(dir, 'philosophies', 'mine.md'), MINE);
    writeFileSync(join(dir, 'philosophies', 'broken.yaml'), 'company: [\n');
    return dir;
  }

  it.each(['stylish', 'json', 'junit', 'github', 'sarif'])('validate --format %s: the folder is unchanged', (format) => {
    const dir = mixed();
    const before = tree(dir);
    const r = run(['validate', '--format', format], { cwd: dir });
    expect(r.status).toBe(1);
    expect(tree(dir)).toEqual(before);
  });

  it('render --check (beside the sources and with --out): exit 1 with diffs, the folder is unchanged', () => {
    const dir = mixed();
    const before = tree(dir);
    const r = run(['render', '--check'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('stale.md');
    expect(tree(dir)).toEqual(before);
    const out = run(['render', '--check', '--format', 'all', '--out', 'build'], { cwd: dir });
    expect(out.status).toBe(1);
    expect(tree(dir)).toEqual(before);
  });

  it('validate --output writes the report and nothing else', () => {
    const dir = mixed();
    const before = tree(dir);
    expect(run(['validate', '--format', 'sarif', '--output', 'report.sarif'], { cwd: dir }).status).toBe(1);
    const after = tree(dir);
    delete after['report.sarif'];
    expect(after).toEqual(before);
  });

  it('export --out - writes to stdout only', () => {
    const dir = sandbox();
    const before = tree(dir);
    const r = run(['export', 'a.yaml', 'handout', '--out', '-'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Acme Robotics');
    expect(tree(dir)).toEqual(before);
  });
});
