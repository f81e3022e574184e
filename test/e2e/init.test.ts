// `philosophy init` and `edit` without a terminal: the answers file drives them, through the
// same questions (and checks) as a person at the keyboard.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, STACK_TRACE, run, tempDir } from './run.js';

const EXAMPLE = join(ROOT, 'philosophies/acme-robotics.yaml');

/** The 1-based line of the first line holding `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

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

  it('an answer the question rejects is exit 2, naming the file, the line and the field', () => {
    const dir = tempDir();
    const text = readFileSync(EXAMPLE, 'utf8').replace('nextReview: 2027-03-01', 'nextReview: 2027-02-30');
    writeFileSync(join(dir, 'answers.yaml'), text);
    const line = lineOf(text, 'nextReview: 2027-02-30');
    const r = run(['init', '--answers', 'answers.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`philosophy: the answers file answers.yaml, line ${line}:15: feedback.nextReview: expected a date as YYYY-MM-DD, e.g. 2027-03-01\n`);
    expect(existsSync(join(dir, 'philosophies'))).toBe(false);
  });

  it('an unknown field is exit 2 with its line and a "did you mean", in English and German', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'answers.yaml'), 'language: en\ncompnay:\n  name: Acme\nvision:\n  statment: Fast help.\n');
    const r = run(['init', '--answers', 'answers.yaml', '--yes'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      'philosophy: the answers file answers.yaml, line 2:1: Unknown field `compnay`; did you mean `company`?',
      '    Known here: version, language, company, needs, values, vision, empowerment, sharing, hiring, teams, teamsAbsent, feedback, customKp….',
      'the answers file answers.yaml, line 5:3: Unknown field `vision.statment`; did you mean `statement`?',
      '    Known here: statement, criteria, stakeholders.',
      '',
    ]);
    expect(existsSync(join(dir, 'philosophies'))).toBe(false);
    const de = run(['init', '--answers', 'answers.yaml', '--yes', '--lang', 'de'], { cwd: dir });
    expect(de.status).toBe(2);
    expect(de.stderr).toMatch(/^philosophy: die Antwortdatei answers\.yaml, Zeile 2:1: Unbekanntes Feld `compnay`; meintest du `company`\?$/m);
  });

  it('__proto__ and constructor are unknown fields, not a way into the object', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'answers.yaml'), 'language: en\n__proto__:\n  polluted: yes\ncompany:\n  constructor: x\n');
    const r = run(['init', '--answers', 'answers.yaml', '--yes'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^philosophy: the answers file answers\.yaml, line 2:1: Unknown field `__proto__`\.$/m);
    expect(r.stderr).toMatch(/^the answers file answers\.yaml, line 5:3: Unknown field `company\.constructor`\.$/m);
  });

  it('a value of the wrong type is exit 2 naming the file, the line and the field, before any question', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'answers.yaml'), 'language: en\ncompany:\n  name: Acme\nhiring:\n  scale: five\n');
    const r = run(['init', '--answers', 'answers.yaml', '--yes'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^philosophy: the answers file answers\.yaml, line 5:10: `hiring\.scale` must be a whole number, not the text "five"\.$/m);
  });

  it('a field left empty is not an answer: the default or the question takes its place', () => {
    const dir = tempDir();
    const text = readFileSync(EXAMPLE, 'utf8').replace(/^  supportRole: .*$/m, '  supportRole:');
    writeFileSync(join(dir, 'answers.yaml'), text);
    const r = run(['init', '--answers', 'answers.yaml', '--yes'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(parse(readFileSync(join(dir, 'philosophies/acme-robotics.yaml'), 'utf8')).needs.supportRole).toBeTruthy();
  });

  it('the answers file gets the guards of a philosophy file: UTF-8 (with the line), FIFO, size, escaped path', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from('language: en\ncompany:\n  name: M'), Buffer.from([0xfc]), Buffer.from('nchen\n')]));
    const utf8 = run(['init', '--answers', 'latin1.yaml', '--yes'], { cwd: dir });
    expect(utf8.status).toBe(2);
    expect(utf8.stderr).toBe('philosophy: the answers file latin1.yaml, line 3:10: The file is not valid UTF-8 (first invalid byte at offset 31).\n');

    expect(spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status).toBe(0);
    const fifo = run(['init', '--answers', 'pipe.yaml', '--yes'], { cwd: dir });
    expect(fifo.status).toBe(2);
    expect(fifo.stderr).toBe('philosophy: the answers file pipe.yaml: This is not a regular file (not a file).\n');

    writeFileSync(join(dir, 'big.yaml'), `language: en\n# ${'x'.repeat(1024 * 1024)}\n`);
    const big = run(['init', '--answers', 'big.yaml', '--yes'], { cwd: dir });
    expect(big.status).toBe(2);
    expect(big.stderr).toMatch(/^philosophy: the answers file big\.yaml: The file is 1048592 bytes, over the limit of 1048576 bytes; it was not read\.$/m);

    const evil = 'evil\x1b[2J\u202e.yaml';
    writeFileSync(join(dir, evil), 'language: en\ncompany: [\n');
    const escaped = run(['init', '--answers', evil, '--yes'], { cwd: dir });
    expect(escaped.status).toBe(2);
    expect(escaped.stderr).toContain('the answers file evil\\x1b[2J\\u202e.yaml, line ');
    expect(escaped.stderr).not.toMatch(/[\x1b\u202e]/);
  });

  it('edit --answers checks the answers file the same way', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'philosophies'));
    copyFileSync(EXAMPLE, join(dir, 'philosophies/acme.yaml'));
    writeFileSync(join(dir, 'change.yaml'), 'company:\n  misson: Robots for all.\n');
    const r = run(['edit', 'philosophies/acme.yaml', '--answers', 'change.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^philosophy: the answers file change\.yaml, line 2:3: Unknown field `company\.misson`; did you mean `mission`\?$/m);
    expect(readFileSync(join(dir, 'philosophies/acme.yaml'), 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));
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
