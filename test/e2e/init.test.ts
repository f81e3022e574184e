// `philosophy init` and `edit` without a terminal: the answers file drives them, through the
// same questions (and checks) as a person at the keyboard.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, STACK_TRACE, run, tempDir } from './run.js';

const EXAMPLE = join(ROOT, 'philosophies/acme-robotics.yaml');

describe('init --answers', () => {
  it('a complete answers file writes the philosophy, its Markdown, and validates clean', () => {
    const dir = tempDir();
    const r = run(['init', '--answers', EXAMPLE], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const written = join(dir, 'philosophies/acme-robotics.yaml');
    expect(parse(readFileSync(written, 'utf8'))).toEqual(parse(readFileSync(EXAMPLE, 'utf8')));
    expect(existsSync(join(dir, 'philosophies/acme-robotics.md'))).toBe(true);
    expect(r.stdout).toMatch(/✔ philosophies\/acme-robotics\.yaml: no problems/);
    expect(existsSync(join(dir, '.philosophy-draft.yaml'))).toBe(false);
    expect(run(['validate'], { cwd: dir }).status).toBe(0);
  });

  it('a partial answers file plus --yes takes the defaults for the rest', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'answers.yaml'),
      [
        'language: de',
        'company:',
        '  name: Müller & Söhne',
        '  mission: Werkzeug, das ein Leben lang hält.',
        'values:',
        '  core:',
        '    - name: Ehrlichkeit',
        '    - name: Qualität',
        '    - name: Autonomie',
        'vision:',
        '  statement: Jede Anfrage endet mit einer Lösung, die trägt.',
        '',
      ].join('\n'),
    );
    const r = run(['init', '--answers', 'answers.yaml', '--yes'], { cwd: dir });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect([0, 1]).toContain(r.status);
    const model = parse(readFileSync(join(dir, 'philosophies/mueller-soehne.yaml'), 'utf8'));
    expect(model.language).toBe('de');
    expect(model.values.core.map((v: { name: string }) => v.name)).toEqual(['Ehrlichkeit', 'Qualität', 'Autonomie']);
    // Defaults from the catalog: an action statement and KPIs for every value.
    for (const value of model.values.core) {
      expect(value.action).toBeTruthy();
      expect(value.kpis.length).toBeGreaterThan(0);
    }
  });

  it('a missing required answer is exit 2, naming each missing field, and nothing is written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'answers.yaml'), 'language: en\ncompany:\n  name: Acme\n');
    const r = run(['init', '--answers', 'answers.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing: .*company\.mission/);
    expect(r.stderr).toMatch(/vision\.statement/);
    expect(existsSync(join(dir, 'philosophies'))).toBe(false);
  });

  it('an answer the question rejects is exit 2, naming the field', () => {
    const dir = tempDir();
    const text = readFileSync(EXAMPLE, 'utf8').replace('nextReview: 2027-03-01', 'nextReview: 2027-02-30');
    writeFileSync(join(dir, 'answers.yaml'), text);
    const r = run(['init', '--answers', 'answers.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/feedback\.nextReview/);
  });

  it('never replaces an existing philosophy without --force', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'philosophies'));
    writeFileSync(join(dir, 'philosophies/acme-robotics.yaml'), '# ours\n');
    const r = run(['init', '--answers', EXAMPLE], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/exists and was not replaced/);
    expect(readFileSync(join(dir, 'philosophies/acme-robotics.yaml'), 'utf8')).toBe('# ours\n');
    expect(run(['init', '--answers', EXAMPLE, '--force'], { cwd: dir }).status).toBe(0);
  });

  it('CI=true counts as no terminal', () => {
    const r = run(['init'], { cwd: tempDir(), env: { CI: 'true' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--answers FILE/);
  });
});

describe('edit', () => {
  it('with answers that change nothing, the file stays byte-identical', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'philosophies'));
    const file = join(dir, 'philosophies/acme.yaml');
    copyFileSync(EXAMPLE, file);
    const before = readFileSync(file, 'utf8');
    const r = run(['edit', 'philosophies/acme.yaml', '--answers', EXAMPLE], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no answer changed, nothing written/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a changed answer rewrites the file in canonical form, and its other answers are kept', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'philosophies'));
    const file = join(dir, 'philosophies/acme.yaml');
    copyFileSync(EXAMPLE, file);
    writeFileSync(join(dir, 'change.yaml'), 'company:\n  mission: Robots that anyone can run, anywhere.\n');
    const r = run(['edit', 'philosophies/acme.yaml', '--answers', 'change.yaml'], { cwd: dir });
    expect(r.status).toBe(0);
    const after = parse(readFileSync(file, 'utf8'));
    const expected = parse(readFileSync(EXAMPLE, 'utf8'));
    expected.company.mission = 'Robots that anyone can run, anywhere.';
    expect(after).toEqual(expected);
    // A second edit with the same change leaves the (now canonical) file byte-identical.
    const once = readFileSync(file, 'utf8');
    run(['edit', 'philosophies/acme.yaml', '--answers', 'change.yaml'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(once);
  });

  it('--step outside 1..7 is a usage error', () => {
    const r = run(['edit', EXAMPLE, '--step', '9', '--answers', EXAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--step must be a number from 1 to 7/);
  });
});
