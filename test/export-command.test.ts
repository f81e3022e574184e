// `philosophy export` as a user runs it (the command's main function, real files): the survey
// CSV read back by a BOM-aware CSV parser with both delimiters, file names after the document,
// --weights and --formal, user templates and message overrides per language or for both.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { exportDocument, type ExportOptions } from '../src/commands/export.js';
import type { Language } from '../src/model/constants.js';
import { builtinMessages } from '../src/render/messages.js';
import { tempDir } from './e2e/run.js';

const ROOT = join(import.meta.dirname, '..');

async function exportTo(file: string, kind: string, options: ExportOptions, language: Language = 'en', cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  let code: number;
  try {
    code = await exportDocument(
      file,
      kind,
      options,
      { cwd, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, language },
    );
  } catch (error) {
    return { code: 2, stdout, stderr: error instanceof Error ? error.message : String(error) };
  }
  return { code, stdout, stderr };
}

/** Reads a CSV as a spreadsheet would: the BOM is taken off, quotes undone. */
function readCsv(text: string, delimiter: string): string[][] {
  return parseCsv(text, { bom: true, delimiter, relax_column_count: false }) as string[][];
}

describe('survey CSV', () => {
  it.each([
    ['philosophies/acme-robotics.yaml', 'en', ','],
    ['philosophies/radwerk-berlin.yaml', 'de', ';'],
  ] as const)('%s: a UTF-8 BOM, the default delimiter of its language, headers in its words', async (file, language, delimiter) => {
    const r = await exportTo(file, 'survey', { format: 'csv', out: '-' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(r.stdout, delimiter);
    const m = builtinMessages(language);
    expect(rows[0]).toEqual(['csv.number', 'csv.value', 'csv.type', 'csv.question', 'csv.scaleMin', 'csv.scaleMax', 'csv.labelMin', 'csv.labelMax'].map((k) => m[k]));
    // One row per item, numbered 1..n, each with 8 fields; types in words.
    expect(rows.slice(1).map((row) => Number(row[0]))).toEqual(rows.slice(1).map((_, i) => i + 1));
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(8);
      expect([m['survey.typeOpen'], m['survey.typeScale']]).toContain(row[2]);
    }
    if (language === 'de') expect(r.stdout).toContain('Ich weiß, wie ich „Ehrlichkeit“');
    expect(r.stdout).toMatch(/\r\n$/);
  });

  it.each([
    ['en', 'md', /^philosophy: --delimiter is for the survey as CSV \(--format csv\), not for --format md$/m],
    ['de', 'html', /^philosophy: --delimiter gilt nur für die Umfrage als CSV \(--format csv\), nicht für --format html$/m],
  ] as const)('--lang %s: --delimiter with --format %s is a usage error (exit 2) that writes nothing', async (language, format, said) => {
    const dir = tempDir();
    mkdirSync(join(dir, 'philosophies'));
    writeFileSync(join(dir, 'philosophies/acme.yaml'), readFileSync(join(ROOT, 'philosophies/acme-robotics.yaml')));
    let stdout = '';
    let stderr = '';
    const code = await main({
      argv: ['export', 'philosophies/acme.yaml', 'survey', '--format', format, '--delimiter', ';', '--lang', language, '--out', 'out/'],
      cwd: dir,
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env: { LANG: 'C' },
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(said);
    expect(stdout).toBe('');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--delimiter , and ; both read back to the same rows, quoting what needs it', async () => {
    const dir = tempDir();
    const source = join(dir, 'odd.yaml');
    // Value names with the delimiters, quotes and a line break in them.
    const text = readFileSync(join(ROOT, 'philosophies/radwerk-berlin.yaml'), 'utf8')
      .replace('- name: Ehrlichkeit', '- name: "Ehrlich; offen, \\"klar\\""')
      .replace('value: Ehrlichkeit', 'value: "Ehrlich; offen, \\"klar\\""');
    writeFileSync(source, text);
    const semicolon = await exportTo(source, 'survey', { format: 'csv', out: '-', delimiter: ';' });
    const comma = await exportTo(source, 'survey', { format: 'csv', out: '-', delimiter: ',' });
    expect(semicolon.code).toBe(0);
    expect(comma.code).toBe(0);
    const a = readCsv(semicolon.stdout, ';');
    const b = readCsv(comma.stdout, ',');
    expect(a).toEqual(b);
    expect(a[1]![1]).toBe('Ehrlich; offen, "klar"');
  });

  it('exporting again replaces a CSV it wrote; a file of someone else needs --force', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'philosophies'));
    writeFileSync(join(dir, 'philosophies/radwerk.yaml'), readFileSync(join(ROOT, 'philosophies/radwerk-berlin.yaml')));
    const first = await exportTo('philosophies/radwerk.yaml', 'survey', { format: 'csv' }, 'de', dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('radwerk-werte-umfrage.csv');
    expect((await exportTo('philosophies/radwerk.yaml', 'survey', { format: 'csv', delimiter: ',' }, 'de', dir)).code).toBe(0);
    writeFileSync(join(dir, 'philosophies/radwerk-werte-umfrage.csv'), 'mine\n');
    const refused = await exportTo('philosophies/radwerk.yaml', 'survey', { format: 'csv' }, 'de', dir);
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, 'philosophies/radwerk-werte-umfrage.csv'), 'utf8')).toBe('mine\n');
  });
});

describe('file names and options', () => {
  it('each file is named after its document, in the language of the document', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'philosophies'));
    writeFileSync(join(dir, 'philosophies/radwerk.yaml'), readFileSync(join(ROOT, 'philosophies/radwerk-berlin.yaml')));
    writeFileSync(join(dir, 'philosophies/acme.yaml'), readFileSync(join(ROOT, 'philosophies/acme-robotics.yaml')));
    const wrote = async (file: string, kind: string, options: ExportOptions = {}) => (await exportTo(file, kind, { out: 'out/', ...options }, 'en', dir)).stdout.trim();
    expect(await wrote('philosophies/radwerk.yaml', 'handout')).toMatch(/out\/radwerk-willkommensblatt\.md$/);
    expect(await wrote('philosophies/radwerk.yaml', 'handout', { team: 'vertrieb' })).toMatch(/out\/radwerk-willkommensblatt-vertrieb\.md$/);
    expect(await wrote('philosophies/radwerk.yaml', 'hiring-kit')).toMatch(/out\/radwerk-werte-interview\.md$/);
    expect(await wrote('philosophies/radwerk.yaml', 'team-sheet')).toMatch(/out\/radwerk-teamblaetter\.md$/);
    expect(await wrote('philosophies/radwerk.yaml', 'team-sheet', { team: 'product' })).toMatch(/out\/radwerk-teamblatt-produkt\.md$/);
    expect(await wrote('philosophies/acme.yaml', 'handout', { format: 'html' })).toMatch(/out\/acme-welcome-sheet\.html$/);
    expect(await wrote('philosophies/acme.yaml', 'survey', { format: 'html' })).toMatch(/out\/acme-values-survey\.html$/);
  });

  it('--weights sets the scorecard weights; a wrong list is exit 2 and says what is expected', async () => {
    const ok = await exportTo('philosophies/radwerk-berlin.yaml', 'hiring-kit', { out: '-', weights: '1,1,1,1' });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('**\\_\\_\\_ / 20**');
    const bad = await exportTo('philosophies/radwerk-berlin.yaml', 'hiring-kit', { out: '-', weights: '3,2' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--weights.*4 values/);
  });

  it('--formal addresses candidates with Sie', async () => {
    const formal = await exportTo('philosophies/radwerk-berlin.yaml', 'hiring-kit', { out: '-', formal: true });
    expect(formal.stdout).toContain('Wir stellen Ihnen dieselben Fragen');
    const informal = await exportTo('philosophies/radwerk-berlin.yaml', 'hiring-kit', { out: '-' });
    expect(informal.stdout).toContain('Wir stellen dir dieselben Fragen');
  });

  it('export.formal in .philosophyrc.yaml chooses Sie; --formal and --no-formal override it; a wrong value is exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'radwerk.yaml'), readFileSync(join(ROOT, 'philosophies/radwerk-berlin.yaml')));
    const cli = async (...args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await main({
        argv: ['export', 'radwerk.yaml', 'hiring-kit', '--out', '-', ...args],
        cwd: dir,
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s) },
        env: { LANG: 'C' },
      });
      return { code, stdout, stderr };
    };
    const SIE = 'Wir stellen Ihnen dieselben Fragen';
    const DU = 'Wir stellen dir dieselben Fragen';
    writeFileSync(join(dir, '.philosophyrc.yaml'), 'export:\n  formal: true\n');
    expect((await cli()).stdout).toContain(SIE);
    expect((await cli('--no-formal')).stdout).toContain(DU);
    writeFileSync(join(dir, '.philosophyrc.yaml'), 'export:\n  formal: false\n');
    expect((await cli()).stdout).toContain(DU);
    expect((await cli('--formal')).stdout).toContain(SIE);
    writeFileSync(join(dir, '.philosophyrc.yaml'), 'export:\n  formal: ja\n');
    const bad = await cli();
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.philosophyrc\.yaml, line 2:\d+: `export` holds `formal: true` or `formal: false`/);
    writeFileSync(join(dir, '.philosophyrc.yaml'), 'export:\n  formell: true\n');
    const unknown = await cli();
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/export\.formell/);
  });

  it('HTML gets soft hyphens at syllable breaks; Markdown none', async () => {
    const html = await exportTo('philosophies/radwerk-berlin.yaml', 'team-sheet', { format: 'html', out: '-' });
    expect(html.stdout).toContain('Kun\u00ADden\u00ADzu\u00ADfrie\u00ADden\u00ADheit');
    expect(html.stdout).not.toMatch(/<style>[^<]*\u00AD/);
    const md = await exportTo('philosophies/radwerk-berlin.yaml', 'team-sheet', { out: '-' });
    expect(md.stdout).not.toContain('\u00AD');
  });
});

describe('your own templates and words', () => {
  it('a messages.yaml in DIR/<lang>/ changes those words for that language only; DIR/ a layout for both', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'de'), { recursive: true });
    writeFileSync(join(dir, 'de/messages.yaml'), 'doc.handout: Erste Schritte bei uns\n');
    const de = await exportTo('philosophies/radwerk-berlin.yaml', 'handout', { out: '-', templates: dir });
    expect(de.stdout).toContain('# Radwerk Berlin · Erste Schritte bei uns');
    const en = await exportTo('philosophies/acme-robotics.yaml', 'handout', { out: '-', templates: dir });
    expect(en.stdout).toContain('# Acme Robotics · Welcome sheet');
    writeFileSync(join(dir, 'survey.md.hbs'), '{{t "doc.survey"}} – {{company.name}}\n');
    expect((await exportTo('philosophies/acme-robotics.yaml', 'survey', { out: '-', templates: dir })).stdout).toContain('Values survey – Acme Robotics');
    expect((await exportTo('philosophies/radwerk-berlin.yaml', 'survey', { out: '-', templates: dir })).stdout).toContain('Werte-Umfrage – Radwerk Berlin');
  });

  it('an unknown key in a messages.yaml is exit 2 naming the file and the key', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'en/messages.yaml'), 'handout.titel: Hello\n');
    const r = await exportTo('philosophies/acme-robotics.yaml', 'handout', { out: '-', templates: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/messages\.yaml.*unknown key "handout\.titel"/);
  });
});
