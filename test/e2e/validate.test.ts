// `philosophy validate` through the built binary: every exit code, every format, the config
// file, directives, and the promise that no stack trace reaches a user.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ROOT, STACK_TRACE, run, tempDir } from './run.js';

const EXAMPLE_EN = join(ROOT, 'philosophies/acme-robotics.yaml');

/** A folder with philosophies/ holding a copy of the English example. */
function project(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'philosophies'));
  copyFileSync(EXAMPLE_EN, join(dir, 'philosophies/acme.yaml'));
  return dir;
}

const BROKEN = `version: 1
language: en
company:
  name: Broken Inc.
values:
  core:
    - name: Speed
vision:
  statement: We answer fast.
`;

describe('validate: exit codes', () => {
  it('0 for the committed examples, printing nothing', () => {
    // Named, not the whole folder: a philosophy a user made with the wizard in the clone is theirs.
    const r = run(['validate', 'philosophies/acme-robotics.yaml', 'philosophies/radwerk-berlin.yaml']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('0 for a clean file named explicitly, in another folder', () => {
    const dir = project();
    const r = run(['validate', 'philosophies/acme.yaml'], { cwd: dir });
    expect(r.status).toBe(0);
  });

  it('1 for findings at error level, with file:line:col, rule id and hint', () => {
    const dir = project();
    writeFileSync(join(dir, 'philosophies/broken.yaml'), BROKEN);
    const r = run(['validate'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('philosophies/broken.yaml');
    expect(r.stdout).toMatch(/3:1\s+error\s+Missing required field `company.mission`.*schema/);
    expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
    expect(r.stdout).not.toContain('acme.yaml');
    expect(r.stdout).not.toMatch(STACK_TRACE);
  });

  it('1 when warnings exceed --max-warnings, 0 when within', () => {
    const dir = project();
    const text = readFileSync(EXAMPLE_EN, 'utf8').replace(/^feedback:\n(  .*\n)+/m, '');
    writeFileSync(join(dir, 'philosophies/acme.yaml'), text);
    const within = run(['validate'], { cwd: dir });
    expect(within.status).toBe(0);
    expect(within.stdout).toContain('conflict-policy');
    expect(run(['validate', '--max-warnings', '0'], { cwd: dir }).status).toBe(1);
    expect(run(['validate', '--max-warnings', '10'], { cwd: dir }).status).toBe(0);
    const quiet = run(['validate', '--quiet'], { cwd: dir });
    expect(quiet.stdout).toBe('');
  });

  it('0 for a file with only hints, even under --max-warnings 0; the hint is shown and counted apart', () => {
    const dir = project();
    const text = readFileSync(EXAMPLE_EN, 'utf8').replace('sayingNo: leadership', 'sayingNo: anyone');
    writeFileSync(join(dir, 'philosophies/acme.yaml'), text);
    const r = run(['validate', '--max-warnings', '0'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\d+:\d+\s+hint\s+Anyone on the team may say “no”/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('ℹ 1 hint');
    const asError = run(['validate', '--max-warnings', '0', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(asError.stdout).results[0].findings.map((f: { severity: string }) => f.severity)).toEqual(['info']);
    writeFileSync(join(dir, '.philosophyrc.yaml'), 'rules:\n  saying-no: error\n');
    expect(run(['validate'], { cwd: dir }).status).toBe(1);
  });

  it.each([
    [['validate', 'nope/*.yaml'], /no file matches nope\/\*\.yaml/],
    [['validate', 'missing.yaml'], /missing\.yaml does not exist/],
    [['validate', '--format', 'xml'], /xml/],
    [['validate', '--max-warnings', 'many'], /--max-warnings/],
    [['validate', '--bogus'], /unknown option/],
    [['frobnicate'], /unknown command/],
    [['--lang', 'fr', 'validate'], /unknown language "fr"/],
    [[], /Usage: philosophy/],
  ])('2 for usage errors: %j', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('2 when there is no philosophies/ folder and no path', () => {
    const r = run(['validate'], { cwd: tempDir() });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no philosophies\/ folder/);
  });

  it('2 for a file that cannot be read, while still reporting the other files', () => {
    const dir = project();
    mkdirSync(join(dir, 'philosophies/folder.yaml'));
    writeFileSync(join(dir, 'philosophies/broken.yaml'), BROKEN);
    symlinkSync('loop.yaml', join(dir, 'philosophies/loop.yaml'));
    const r = run(['validate', 'philosophies/acme.yaml', 'philosophies/folder.yaml', 'philosophies/broken.yaml', 'philosophies/loop.yaml'], {
      cwd: dir,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/philosophies\/folder\.yaml\n\s+1:1\s+error\s+This is not a regular file \(a folder\)/);
    expect(r.stdout).toMatch(/philosophies\/loop\.yaml\n\s+1:1\s+error\s+The file cannot be read: too many symbolic links/);
    expect(r.stdout).toContain('philosophies/broken.yaml');
  });

  it('2 for a config naming an unknown rule, with a suggestion and its line', () => {
    const dir = project();
    writeFileSync(join(dir, '.philosophyrc.yaml'), 'rules:\n  conflict-polcy: off\n');
    const r = run(['validate'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'philosophy: the config file .philosophyrc.yaml, line 2:3: unknown rule `conflict-polcy` (did you mean `conflict-policy`?); see docs/rules/README.md\n',
    );
  });

  it('2 for a config with a bad severity or unknown key, naming the line', () => {
    const dir = project();
    writeFileSync(join(dir, '.philosophyrc.yaml'), '# severities\nrules:\n  conflict-policy: loud\n');
    const severity = run(['validate'], { cwd: dir });
    expect(severity.status).toBe(2);
    expect(severity.stderr).toBe('philosophy: the config file .philosophyrc.yaml, line 3:20: `conflict-policy` is set to "loud"; use off, info, warn or error\n');
    writeFileSync(join(dir, '.philosophyrc.yaml'), 'rulez: {}\n');
    const r = run(['validate'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('philosophy: the config file .philosophyrc.yaml, line 1:1: unknown setting `rulez` (did you mean `rules`?); known: rules, overrides, limits, templates, export, scorecard\n');
    const de = run(['validate', '--lang', 'de'], { cwd: dir });
    expect(de.stderr).toBe(
      'philosophy: die Konfigurationsdatei .philosophyrc.yaml, Zeile 1:1: unbekannte Einstellung `rulez` (meintest du `rules`?); bekannt: rules, overrides, limits, templates, export, scorecard\n',
    );
    writeFileSync(join(dir, '.philosophyrc.yaml'), 'limits:\n  maxFileSize: -1\ntemplates: 3\n');
    expect(run(['validate'], { cwd: dir }).stderr).toBe('philosophy: the config file .philosophyrc.yaml, line 2:16: `limits.maxFileSize` must be a positive whole number\n');
    writeFileSync(join(dir, '.philosophyrc.yaml'), 'templates: 3\n');
    expect(run(['validate'], { cwd: dir }).stderr).toBe('philosophy: the config file .philosophyrc.yaml, line 1:12: `templates` must be the path of a folder\n');
  });

  it('an empty config file, or one of comments only, sets nothing', () => {
    const dir = project();
    writeFileSync(join(dir, '.philosophyrc.yaml'), '');
    expect(run(['validate'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, '.philosophyrc.yaml'), '# nothing yet\n');
    expect(run(['validate'], { cwd: dir }).status).toBe(0);
  });

  it('2 for a config file that a philosophy file would not pass: UTF-8 (with the line), duplicate key, FIFO, size, escaped path', () => {
    const dir = project();
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from('rules:\n  # M'), Buffer.from([0xfc]), Buffer.from('nchen\n')]));
    const utf8 = run(['validate', '--config', 'latin1.yaml'], { cwd: dir });
    expect(utf8.status).toBe(2);
    expect(utf8.stderr).toBe('philosophy: the config file latin1.yaml, line 2:6: The file is not valid UTF-8 (first invalid byte at offset 12).\n');

    writeFileSync(join(dir, 'twice.yaml'), 'rules:\n  review-date: off\n  review-date: warn\n');
    const twice = run(['validate', '--config', 'twice.yaml'], { cwd: dir });
    expect(twice.status).toBe(2);
    expect(twice.stderr).toBe('philosophy: the config file twice.yaml, line 3:3: Duplicate key: the same key appears twice in this map.\n');

    expect(spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status).toBe(0);
    const fifo = run(['validate', '--config', 'pipe.yaml'], { cwd: dir });
    expect(fifo.status).toBe(2);
    expect(fifo.stderr).toBe('philosophy: the config file pipe.yaml: This is not a regular file (not a file).\n');

    writeFileSync(join(dir, 'big.yaml'), `rules: {}\n# ${'x'.repeat(1024 * 1024)}\n`);
    const big = run(['validate', '--config', 'big.yaml'], { cwd: dir });
    expect(big.status).toBe(2);
    expect(big.stderr).toBe('philosophy: the config file big.yaml: The file is 1048589 bytes, over the limit of 1048576 bytes; it was not read.\n');

    const evil = 'evil\x1b[2J\u202e.yaml';
    writeFileSync(join(dir, evil), 'rules: [\n');
    const escaped = run(['validate', '--config', evil], { cwd: dir });
    expect(escaped.status).toBe(2);
    expect(escaped.stderr).toContain('philosophy: the config file evil\\x1b[2J\\u202e.yaml, line ');
    expect(escaped.stderr).not.toMatch(/[\x1b\u202e]/);
  });

  it('worker threads report what the main thread alone reports, in the same order', () => {
    const dir = project();
    const text = readFileSync(EXAMPLE_EN, 'utf8');
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `philosophies/p${String(i).padStart(2, '0')}.yaml`), text.replace('name: Acme', `name: Acme ${i}`));
    writeFileSync(join(dir, 'philosophies/p05.yaml'), BROKEN);
    writeFileSync(join(dir, 'philosophies/p09.yaml'), text.replace(/^(  statement: ).*$/m, '$1World-class service that exceeds expectations.'));
    const alone = run(['validate', '--format', 'json'], { cwd: dir, env: { PHILOSOPHY_WORKERS: '0' } });
    const shared = run(['validate', '--format', 'json'], { cwd: dir, env: { PHILOSOPHY_WORKERS: '2' } });
    expect(alone.status).toBe(1);
    expect(shared.status).toBe(1);
    expect(shared.stderr).toBe('');
    expect(shared.stdout).toBe(alone.stdout);
    const files = (JSON.parse(shared.stdout) as { results: Array<{ file: string; findings: Array<{ ruleId: string }> }> }).results;
    expect(files.map((f) => f.file)).toEqual([...files.map((f) => f.file)].sort());
    expect(files.find((f) => f.file.endsWith('p09.yaml'))!.findings.map((f) => f.ruleId)).toContain('no-cliches');
  });

  it('never prints a stack trace for an internal error without --debug', () => {
    const r = run(['validate', '--config', '/dev/null/x']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('validate: config and directives', () => {
  it('severities and per-file overrides from .philosophyrc.yaml', () => {
    const dir = project();
    const text = readFileSync(EXAMPLE_EN, 'utf8').replace(/^  conflictPolicy: >-\n(    .*\n)+/m, '');
    writeFileSync(join(dir, 'philosophies/acme.yaml'), text);
    writeFileSync(join(dir, 'philosophies/legacy.yaml'), text);
    writeFileSync(
      join(dir, '.philosophyrc.yaml'),
      'rules:\n  conflict-policy: error\noverrides:\n  - files: ["philosophies/legacy.yaml"]\n    rules:\n      conflict-policy: off\n',
    );
    const r = run(['validate', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    const byFile = Object.fromEntries(report.results.map((x: { file: string; findings: unknown[] }) => [x.file, x.findings]));
    expect(byFile['philosophies/acme.yaml']).toEqual([expect.objectContaining({ ruleId: 'conflict-policy', severity: 'error' })]);
    expect(byFile['philosophies/legacy.yaml']).toEqual([]);
  });

  it('a directive silences one finding; an unused one is reported', () => {
    const dir = project();
    const text = readFileSync(EXAMPLE_EN, 'utf8')
      .replace(/^  statement: .*$/m, '  # philosophy-disable-next-line vision-one-sentence -- the board wants both\n  statement: Fast help. Human help, every time we talk.')
      .replace(/^company:$/m, '# philosophy-disable-next-line no-cliches -- nothing here\ncompany:');
    writeFileSync(join(dir, 'philosophies/acme.yaml'), text);
    const r = run(['validate', '--format', 'json'], { cwd: dir });
    const findings = JSON.parse(r.stdout).results[0].findings;
    expect(findings.map((f: { ruleId: string; messageId: string }) => `${f.ruleId}/${f.messageId}`)).toEqual(['disable-directive/unused']);
    expect(r.status).toBe(0);
  });
});

describe('validate: formats', () => {
  const dir = project();
  writeFileSync(join(dir, 'philosophies/broken.yaml'), BROKEN);

  it('json: versioned shape, string severities, positions, pointer, docs URL', () => {
    const r = run(['validate', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    const broken = report.results.find((x: { file: string }) => x.file === 'philosophies/broken.yaml');
    const missing = broken.findings.find((f: { messageId: string }) => f.messageId === 'required');
    expect(missing).toMatchObject({ ruleId: 'schema', severity: 'error', line: 3, column: 1, pointer: '/company' });
    expect(missing.docsUrl).toMatch(/docs\/rules\/schema\.md$/);
  });

  it('github: annotations with workspace-relative paths', () => {
    const r = run(['validate', '--format', 'github'], { cwd: dir });
    expect(r.stdout).toMatch(/^::error file=philosophies\/broken\.yaml,line=3,col=1,/m);
  });

  it('junit: one test case per file, the clean one passing', () => {
    const r = run(['validate', '--format', 'junit'], { cwd: dir });
    const xml = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
    const cases = [xml.testsuites.testsuite.testcase].flat();
    expect(cases).toHaveLength(2);
    expect(cases.find((c: Record<string, unknown>) => c['@_name'] === 'philosophies/acme.yaml').failure).toBeUndefined();
    expect(cases.find((c: Record<string, unknown>) => c['@_name'] === 'philosophies/broken.yaml').failure).toBeDefined();
  });

  it('sarif: an empty results array when clean', () => {
    const r = run(['validate', '--format', 'sarif', 'philosophies/acme.yaml'], { cwd: dir });
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThan(15);
  });

  it('--output writes the report atomically and refuses to overwrite without --force', () => {
    const out = join(dir, 'report.json');
    expect(run(['validate', '--format', 'json', '--output', 'report.json'], { cwd: dir }).status).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
    const again = run(['validate', '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/report\.json exists; pass --force/);
    expect(run(['validate', '--format', 'json', '--output', 'report.json', '--force'], { cwd: dir }).status).toBe(1);
  });

  it('messages follow --lang and the locale', () => {
    const de = run(['validate', '--lang', 'de'], { cwd: dir });
    expect(de.stdout).toMatch(/Pflichtfeld `company.mission` fehlt/);
    expect(de.stdout).toMatch(/✖ \d+ Problem/);
    const byLocale = run(['validate'], { cwd: dir, env: { LANG: 'de_DE.UTF-8' } });
    expect(byLocale.stdout).toMatch(/Pflichtfeld/);
  });

  it('colours only on request (FORCE_COLOR), never with NO_COLOR', () => {
    expect(run(['validate'], { cwd: dir }).stdout).not.toContain('\x1b[');
    expect(run(['validate'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(run(['validate'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });
});

describe('other commands', () => {
  it('--version and --help', () => {
    const version = run(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/Exit codes: 0/);
    const validateHelp = run(['validate', '--help']);
    expect(validateHelp.stdout).toMatch(/--max-warnings/);
    expect(validateHelp.stdout).toMatch(/philosophy-disable-next-line/);
    expect(run(['--help', '--lang', 'de']).stdout).toMatch(/Beispiele:/);
  });

  it('schema prints the committed JSON Schema', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'schema/philosophy.schema.json'), 'utf8')));
  });

  it('catalog prints tables and JSON in both languages', () => {
    const kpis = run(['catalog', 'kpis']);
    expect(kpis.status).toBe(0);
    expect(kpis.stdout).toMatch(/^ID\s+Unit/);
    expect(kpis.stdout).toContain('CSAT');
    const json = JSON.parse(run(['catalog', 'values', '--json', '--lang', 'de']).stdout);
    expect(json.find((v: { id: string }) => v.id === 'honesty').name).toBe('Ehrlichkeit');
    expect(run(['catalog', 'teams', '--lang', 'de']).stdout).toContain('Vertrieb');
    expect(run(['catalog', 'planets']).status).toBe(2);
  });

  it('init without a terminal and without --answers says how to run it (exit 2), without waiting for input', () => {
    const r = run(['init'], { cwd: tempDir() });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/needs a terminal.*--answers FILE/);
  });

});
