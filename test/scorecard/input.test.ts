// CSV dialects give the same scorecard; bad input is exit 2 with a message naming the file,
// the columns or the rows; rows that do not parse are counted and the first five shown.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli.js';
import { generateRows, HEADERS, toCsv, writeExport, type Dialect } from '../helpers/helpdesk-exports.js';
import { jsonResults, PHILOSOPHY, PHILOSOPHY_WITHOUT_SLA, READINGS, scorecard, tempFolder } from './harness.js';

const rows = [...generateRows('zendesk', { seed: 3, count: 400, months: 2 })];
const H = HEADERS.zendesk;

describe.each(READINGS)('CSV dialects, one export read by %s', (_reading, philosophy) => {
  const dialects: Array<[string, Dialect]> = [
    ['semicolon and decimal comma', { delimiter: ';', decimalComma: true }],
    ['tab', { delimiter: '\t' }],
    ['BOM and CRLF', { bom: true, crlf: true }],
  ];
  it.each(dialects)('%s reads like plain commas (quoted newlines and quotes included)', async (_name, dialect) => {
    // Decimal fractions, so the decimal comma matters.
    const fractional = rows.map((r) => r.map((c, i) => (i === 10 && c !== '' ? `${c}.5` : c)));
    const plainText = toCsv(H, fractional);
    expect(plainText).toContain('"Dock ""lost""\nits signal"');
    const dir = tempFolder({ 'plain.csv': plainText, 'dialect.csv': toCsv(H, fractional, dialect) }, philosophy);
    const plain = await jsonResults(dir, ['--data', 'plain.csv']);
    const other = await jsonResults(dir, ['--data', 'dialect.csv']);
    expect(other.sources[0]).toMatchObject({ rows: 400, skipped: 0 });
    expect(other.results).toEqual(plain.results);
    expect(plain.results.some((r) => r.kpi === 'FRT' && r.actual !== null)).toBe(true);
  });

  it('statuses and ratings with blanks around them, in other capitals, or blank read like the plain words', async () => {
    // Columns 2 and 7: Status and Satisfaction Score.
    const plainRows = rows.map((r) => [...r]);
    const padded = rows.map((r) => [...r]);
    for (const [i, r] of padded.entries()) {
      r[2] = i % 3 === 0 ? `  ${r[2]!.toUpperCase()} ` : ` ${r[2]}`;
      r[7] = ` ${r[7]}  `;
    }
    // A blank status: whether a ticket is solved then comes from its solved time.
    for (const i of [1, 2, 3]) {
      plainRows[i]![2] = '';
      padded[i]![2] = '   ';
    }
    const dir = tempFolder({ 'plain.csv': toCsv(H, plainRows), 'padded.csv': toCsv(H, padded) }, philosophy);
    const plain = await jsonResults(dir, ['--data', 'plain.csv']);
    const other = await jsonResults(dir, ['--data', 'padded.csv']);
    expect(other.sources[0]).toMatchObject({ rows: 400, skipped: 0 });
    expect(other.results).toEqual(plain.results);
    expect(plain.results.some((r) => r.kpi === 'FCR' && (r.n ?? 0) > 50)).toBe(true);
    expect(plain.results.some((r) => r.kpi === 'CSAT' && (r.n ?? 0) > 20)).toBe(true);
  });

  it('reads JSON lines too', async () => {
    const lines = rows.map((r) => JSON.stringify(Object.fromEntries(H.map((h, i) => [h, r[i]])))).join('\n');
    const dir = tempFolder({ 'plain.csv': toCsv(H, rows), 'export.jsonl': lines }, philosophy);
    const plain = await jsonResults(dir, ['--data', 'plain.csv']);
    const json = await jsonResults(dir, ['--data', 'export.jsonl']);
    expect(json.results).toEqual(plain.results);
  });
});

describe.each(READINGS)('bad input, one export read by %s', (_reading, philosophy) => {
  it('a missing required column names the column and the detected source', async () => {
    const dir = tempFolder({ 'x.csv': toCsv(['Ticket ID', 'Created time'].concat(['Status']), [['1', '2026-05-01 10:00:00', 'Open']]).replace('Created time', 'Created') }, philosophy);
    const r = await scorecard(dir, ['--data', 'x.csv', '--source', 'freshdesk']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('x.csv');
    expect(r.stderr).toContain('Freshdesk');
    expect(r.stderr).toContain('“created time”');
  });

  it('an export whose source cannot be told says so and shows its headers', async () => {
    const dir = tempFolder({ 'x.csv': 'Nummer,Datum\n1,2026-05-01\n' }, philosophy);
    const r = await scorecard(dir, ['--data', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.csv: cannot tell which helpdesk.*Nummer, Datum.*--source/s);
  });

  it('a quote that never closes is named as the likely cause, not the helpdesk', async () => {
    const broken = `${toCsv(H, rows.slice(0, 10))}100099,"Dock ""lost""\n`;
    const dir = tempFolder({ 'x.csv': broken }, philosophy);
    for (const extra of [[], ['--source', 'zendesk']]) {
      const r = await scorecard(dir, ['--data', 'x.csv', ...extra]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/x\.csv: reads as one single column \(“Id,Subject,Status,.*…”\).*a quote that is opened and never closed/s);
    }
    const de = await scorecard(dir, ['--data', 'x.csv', '--lang', 'de']);
    expect(de.stderr).toContain('x.csv: lässt sich nur als eine einzige Spalte lesen („Id,Subject,');
  });

  it('an empty file and a file with only headers name the file', async () => {
    const dir = tempFolder({ 'empty.csv': '', 'head.csv': toCsv(H, []) }, philosophy);
    for (const name of ['empty.csv', 'head.csv']) {
      const r = await scorecard(dir, ['--data', name]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${name}: the file has no ticket rows`);
    }
  });

  it('no rows in the period names the file and the period', async () => {
    const dir = tempFolder({ 'x.csv': toCsv(H, rows) }, philosophy);
    const r = await scorecard(dir, ['--data', 'x.csv', '--since', '2020-01-01', '--until', '2020-01-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('x.csv: no rows between 2020-01-01 and 2020-01-31');
  });

  it('an unknown encoding and a file that is not CSV say so', async () => {
    const latin1 = Buffer.from(toCsv(H, rows.slice(0, 5)).replace('Subject', 'Betreff für Grüße'), 'latin1');
    const dir = tempFolder({ 'latin.csv': latin1, 'binary.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]) }, philosophy);
    const a = await scorecard(dir, ['--data', 'latin.csv']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('latin.csv: the encoding is not UTF-8');
    const b = await scorecard(dir, ['--data', 'binary.csv']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('binary.csv: this is not a CSV');
  });

  it('a ticket id twice in one export is refused with the count and the first ids', async () => {
    const twice = [...rows.slice(0, 50), rows[3]!, rows[7]!, rows[7]!];
    const dir = tempFolder({ 'x.csv': toCsv(H, twice) }, philosophy);
    const r = await scorecard(dir, ['--data', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`x.csv: 2 ticket id(s) appear more than once, e.g. ${rows[3]![0]}, ${rows[7]![0]}`);
  });

  it.each([
    ['small numbers', (i: number) => String(100 + i)],
    ['numbers past 2^24', (i: number) => String(30_000_000_000 + i * 7)],
    ['small and large numbers mixed', (i: number) => String(i % 2 ? 16_777_215 + i : i)],
    ['text', (i: number) => `T-${i}`],
  ])('ids as %s: two repeated ids are found and named, and none in a clean file', async (_style, idOf) => {
    const clean = rows.map((r, i) => [idOf(i), ...r.slice(1)]);
    // Row 61 repeats row 1 (the first id of the mixed style is small), row 62 repeats row 4 (large).
    const twice = [...clean.slice(0, 60), clean[0]!, clean[3]!, ...clean.slice(60)];
    const dir = tempFolder({ 'clean.csv': toCsv(H, clean), 'twice.csv': toCsv(H, twice) }, philosophy);
    const ok = await scorecard(dir, ['--data', 'clean.csv', '--format', 'json']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const r = await scorecard(dir, ['--data', 'twice.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`twice.csv: 2 ticket id(s) appear more than once, e.g. ${idOf(0)}, ${idOf(3)}`);
  });

  it('rows that do not parse are counted, the first five shown with their row numbers, and left out', async () => {
    const broken = rows.map((r) => [...r]);
    broken[0]![5] = 'yesterday'; // Created at: row 2
    broken[2]![10] = 'n/a'; // First reply time: row 4
    broken[4]![10] = '-5'; // negative: row 6
    broken[6]![5] = '2091-01-01 10:00:00'; // in the future: row 8
    broken[8]![0] = ''; // no id: row 10
    broken[9]![9] = 'three'; // row 11, the sixth: counted, not shown
    const dir = tempFolder({ 'x.csv': toCsv(H, broken) }, philosophy);
    const json = await jsonResults(dir, ['--data', 'x.csv']);
    expect(json.sources[0]).toMatchObject({ rows: 400, counted: 394, skipped: 6 });
    expect((json.sources[0]!['firstSkipped'] as Array<{ row: number; reason: string }>).map((s) => [s.row, s.reason])).toEqual([
      [2, 'date'],
      [4, 'number'],
      [6, 'negative'],
      [8, 'range'],
      [10, 'missing'],
    ]);
    const text = await scorecard(dir, ['--data', 'x.csv']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('6 row(s) left out:');
    expect(text.stdout).toContain('row 2: the date in “Created at” does not parse (“yesterday”)');
    expect(text.stdout).toContain('row 4: the number in “First reply time in minutes” does not parse (“n/a”)');
  });

  it('--data is required, and bad dates in --since are usage errors', async () => {
    const dir = tempFolder({}, philosophy);
    expect((await scorecard(dir, [])).stderr).toContain('--data FILE');
    const r = await scorecard(dir, ['--data', 'x.csv', '--since', '2026-13-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since must be a date like 2026-10-31');
    writeFileSync(join(dir, 'x.csv'), toCsv(H, rows));
    expect((await scorecard(dir, ['--data', 'x.csv', '--period', 'year'])).code).toBe(2);
  });
});

describe.each(READINGS)('reading fast and falling back, one export read by %s', (_reading, philosophy) => {
  it('a bad cell past the rows DuckDB samples is still found: the file is read again as text', async () => {
    // DuckDB's sniffer samples the first 20 480 rows and reads the column as numbers; the bad
    // cell far below stops that read, and the second read counts it like any other.
    const many = [...generateRows('zendesk', { seed: 9, count: 30_000, months: 2 })];
    const clean = toCsv(H, many);
    many[27_000]![10] = 'n/a';
    const dir = tempFolder({ 'clean.csv': clean, 'late.csv': toCsv(H, many) }, philosophy);
    const late = await jsonResults(dir, ['--data', 'late.csv']);
    expect(late.sources[0]).toMatchObject({ rows: 30_000, counted: 29_999, skipped: 1 });
    expect(late.sources[0]!['firstSkipped']).toEqual([{ row: 27_002, reason: 'number', column: 'First reply time in minutes', value: 'n/a' }]);
    const fast = await jsonResults(dir, ['--data', 'clean.csv']);
    expect(fast.sources[0]).toMatchObject({ rows: 30_000, counted: 30_000, skipped: 0 });
    // Both reads count the same ratings, but for the one of the row left out.
    const ratings = (r: typeof fast.results) => r.filter((x) => x.kpi === 'CSAT').reduce((sum, x) => sum + (x.n ?? 0), 0);
    const rated = ['Good', 'Bad'].includes(many[27_000]![7]!) ? 1 : 0;
    expect(ratings(late.results)).toBe(ratings(fast.results) - rated);
    expect(ratings(fast.results)).toBeGreaterThan(1000);
  });

  it('rows left out and ids twice are named by their row in the file, also when DuckDB reads a large file with several threads', async () => {
    // 60 000 rows (about 11 MB): DuckDB reads them in parallel, and a table's rowid then no
    // longer follows the file (measured with 50 000 rows and 2 threads).
    const many = [...generateRows('zendesk', { seed: 5, count: 60_000, months: 2 })];
    const bad = many.map((r) => [...r]);
    for (const i of [31_000, 45_000, 59_990]) bad[i]![10] = 'n/a';
    bad[52_000]![5] = 'gestern';
    const dir = tempFolder({ 'bad.csv': toCsv(H, bad), 'twice.csv': toCsv(H, [...many, many[40_000]!, many[12_000]!]) }, philosophy);
    const json = await jsonResults(dir, ['--data', 'bad.csv']);
    expect(json.sources[0]).toMatchObject({ rows: 60_000, counted: 59_996, skipped: 4 });
    expect((json.sources[0]!['firstSkipped'] as Array<{ row: number; reason: string }>).map((s) => [s.row, s.reason])).toEqual([
      [31_002, 'number'],
      [45_002, 'number'],
      [52_002, 'date'],
      [59_992, 'number'],
    ]);
    const twice = await scorecard(dir, ['--data', 'twice.csv']);
    expect(twice.code).toBe(2);
    // The first of each pair is what counts for the order: row 12 002 comes before row 40 002.
    expect(twice.stderr).toContain(`twice.csv: 2 ticket id(s) appear more than once, e.g. ${many[12_000]![0]}, ${many[40_000]![0]}`);
  });

  it('only the columns of the KPIs the philosophy targets are read: a bad cell elsewhere leaves no row out', async () => {
    const broken = rows.map((r) => [...r]);
    broken[2]![10] = 'n/a'; // First reply time: no KPI of this philosophy reads it
    broken[3]![7] = '9'; // Satisfaction Score, not 1 to 5: CSAT reads it
    const model = parse(PHILOSOPHY) as { values: { core: Array<{ kpis?: Array<{ id: string }> }> } };
    model.values.core = model.values.core.slice(0, 1).map((v) => ({ ...v, kpis: v.kpis!.filter((k) => k.id === 'CSAT') }));
    const onlyCsat = stringify(model);
    expect(onlyCsat).not.toContain('FRT');
    const dir = tempFolder({ 'x.csv': toCsv(H, broken) }, philosophy);
    writeFileSync(join(dir, 'philosophy.yaml'), onlyCsat);
    const json = await jsonResults(dir, ['--data', 'x.csv']);
    expect(json.sources[0]).toMatchObject({ rows: 400, counted: 399, skipped: 1 });
    expect((json.sources[0]!['firstSkipped'] as Array<{ row: number }>).map((s) => s.row)).toEqual([5]);
    expect(json.results.every((r) => r.kpi === 'CSAT')).toBe(true);
  });
});

describe('progress', () => {
  it('is shown on a terminal for an input over 50 MB, in place on one line, and cleared at the end', async () => {
    const dir = tempFolder({}, PHILOSOPHY_WITHOUT_SLA);
    // About 55 MB: 300 000 Zendesk-shaped tickets (the threshold is 50 MiB).
    await writeExport(join(dir, 'big.csv'), 'zendesk', { seed: 21, count: 300_000, months: 2 });
    expect(statSync(join(dir, 'big.csv')).size).toBeGreaterThan(50 * 1024 * 1024);
    for (const [lang, reading] of [
      ['C', 'Reading big.csv: '],
      ['de_DE.UTF-8', 'Lese big.csv: '],
    ] as const) {
      let stderr = '';
      let stdout = '';
      const code = await main({
        argv: ['scorecard', 'philosophy.yaml', '--data', 'big.csv', '--format', 'json'],
        cwd: dir,
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s), isTTY: true, columns: 60 },
        env: { LANG: lang },
      });
      expect(code).toBe(0);
      expect(JSON.parse(stdout).sources[0]).toMatchObject({ rows: 300_000, skipped: 0 });
      const updates = stderr.split('\r').filter(Boolean);
      // Each update goes back to the start of the line, fits the 60 columns and clears the rest.
      expect(updates[0]!.startsWith(`${reading}0 % (0 `)).toBe(true);
      expect(updates[0]).toMatch(/\(0 (of|von) 5\d MB\)/);
      for (const update of updates.slice(0, -1)) {
        expect(update.endsWith('\x1b[K')).toBe(true);
        expect(update.length - 3).toBeLessThanOrEqual(59);
        expect(update).not.toContain('\n');
      }
      // The last write clears the line: nothing is left on the terminal.
      expect(updates.at(-1)).toBe('\x1b[K');
    }
  }, 300_000);


  it('is not shown for an input under 50 MB, even on a terminal, and never when stderr is no terminal', async () => {
    const dir = tempFolder({ 'x.csv': toCsv(H, rows) });
    for (const isTTY of [true, false]) {
      let stderr = '';
      const code = await main({
        argv: ['scorecard', 'philosophy.yaml', '--data', 'x.csv', '--format', 'json'],
        cwd: dir,
        stdout: { write: () => true },
        stderr: { write: (s: string) => (stderr += s), isTTY, columns: 80 },
        env: { LANG: 'C' },
      });
      expect(code).toBe(0);
      expect(stderr).toBe('');
    }
  });
});
