// Status bands, the minimum sample, time zones, the aggregated file, the column map, --fail-on
// and --emit-sql.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/scorecard/score.js';
import { generateRows, HEADERS, toCsv } from '../helpers/helpdesk-exports.js';
import { jsonResults, scorecard, tempFolder } from './harness.js';

const settings = { minSample: 30, nearBand: 5 };

describe('status', () => {
  it.each([
    [95, 100, { op: 'gte', value: 90 }, 'met'],
    [86, 100, { op: 'gte', value: 90 }, 'near'],
    [85.4, 100, { op: 'gte', value: 90 }, 'missed'],
    [2, 100, { op: 'lte', value: 2 }, 'met'],
    [2.1, 100, { op: 'lte', value: 2 }, 'near'],
    [2.2, 100, { op: 'lte', value: 2 }, 'missed'],
    [2, 100, { op: 'lt', value: 2 }, 'near'],
    [50, 100, { op: 'eq', value: 50 }, 'met'],
    [95, 29, { op: 'gte', value: 90 }, 'too-few'],
    [95, null, { op: 'gte', value: 90 }, 'met'],
    [null, 100, { op: 'gte', value: 90 }, 'no-data'],
    [95, 0, { op: 'gte', value: 90 }, 'no-data'],
  ] as const)('%s with n=%s against %o is %s', (actual, n, target, want) => {
    expect(statusOf(actual, n, target, settings)).toBe(want);
  });

  it('the near band is configurable', () => {
    expect(statusOf(80, 100, { op: 'gte', value: 90 }, { minSample: 30, nearBand: 12 })).toBe('near');
    expect(statusOf(80, 100, { op: 'gte', value: 90 }, settings)).toBe('missed');
  });
});

describe('minimum sample', () => {
  const rows = [...generateRows('zendesk', { seed: 5, count: 40, months: 1 })];
  it('below 30 tickets or ratings a KPI is “too few”, never met or missed; the minimum is configurable', async () => {
    const dir = tempFolder({ 'x.csv': toCsv(HEADERS.zendesk, rows) });
    const { results } = await jsonResults(dir, ['--data', 'x.csv']);
    const csat = results.find((r) => r.kpi === 'CSAT')!;
    expect(csat.n).toBeLessThan(30);
    expect(csat.status).toBe('too-few');
    const frt = results.find((r) => r.kpi === 'FRT')!;
    expect(frt.n).toBeGreaterThanOrEqual(30);
    expect(['met', 'near', 'missed']).toContain(frt.status);
    writeFileSync(join(dir, '.philosophyrc.yaml'), 'scorecard:\n  minSample: 5\n');
    const again = await jsonResults(dir, ['--data', 'x.csv']);
    expect(['met', 'near', 'missed']).toContain(again.results.find((r) => r.kpi === 'CSAT')!.status);
  });

  it('a wrong setting in .philosophyrc.yaml is exit 2 with file and line', async () => {
    const dir = tempFolder({ 'x.csv': toCsv(HEADERS.zendesk, rows), '.philosophyrc.yaml': 'scorecard:\n  minSample: -1\n' });
    const r = await scorecard(dir, ['--data', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.philosophyrc\.yaml, line 2:\d+.*minSample/);
  });
});

describe('time zones', () => {
  const header = ['Conversation ID', 'Conversation started at (Europe/Berlin)', 'First response time (seconds)'];
  it('an instant with an offset counts in the period of the zone its header names', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [String(i + 1), i < 20 ? '2026-05-31T22:30:00Z' : '2026-05-31T21:30:00Z', '60']);
    const dir = tempFolder({ 'x.csv': toCsv(header, rows) });
    const { results } = await jsonResults(dir, ['--data', 'x.csv']);
    const frt = results.filter((r) => r.kpi === 'FRT');
    // 22:30 UTC is 00:30 in Berlin on 1 June; 21:30 UTC is still 31 May.
    expect(frt.map((r) => [r.period, r.n])).toEqual([
      ['2026-05', 20],
      ['2026-06', 20],
    ]);
  });

  it('without a zone in the header the config zone applies; wall-clock times stay as written', async () => {
    const plain = ['Id', 'Created at', 'First reply time in minutes'];
    const rows = Array.from({ length: 40 }, (_, i) => [String(i + 1), i < 20 ? '2026-05-31T23:30:00Z' : '2026-05-31 23:30:00', '30']);
    const dir = tempFolder({ 'x.csv': toCsv(plain, rows), '.philosophyrc.yaml': 'scorecard:\n  timeZone: America/New_York\n' });
    const { results } = await jsonResults(dir, ['--data', 'x.csv']);
    expect(results.filter((r) => r.kpi === 'FRT').map((r) => [r.period, r.n])).toEqual([['2026-05', 40]]);
  });

  it('weeks are ISO weeks and quarters are calendar quarters', async () => {
    const plain = ['Id', 'Created at', 'First reply time in minutes'];
    const rows = [['1', '2025-12-28 10:00:00', '5'], ['2', '2025-12-31 10:00:00', '5']];
    const dir = tempFolder({ 'x.csv': toCsv(plain, rows) });
    const weeks = await jsonResults(dir, ['--data', 'x.csv', '--period', 'week']);
    expect([...new Set(weeks.results.map((r) => r.period))]).toEqual(['2025-W52', '2026-W01']);
    const quarters = await jsonResults(dir, ['--data', 'x.csv', '--period', 'quarter']);
    expect([...new Set(quarters.results.map((r) => r.period))]).toEqual(['2025-Q4']);
  });
});

describe('other inputs and outputs', () => {
  const rows = [...generateRows('zendesk', { seed: 9, count: 600, months: 3 })];

  it('an aggregated file provides KPIs no export holds; a row of another period kind is counted as skipped', async () => {
    const agg = 'period,kpi,value,n\n2026-05,NPS,35,120\n2026-06,NPS,"41,5",130\n2026-07,NPS,52,90\n2026-Q3,NPS,50,300\n';
    const dir = tempFolder({ 'x.csv': toCsv(HEADERS.zendesk, rows), 'nps.csv': agg });
    const { results, sources } = await jsonResults(dir, ['--data', 'x.csv', '--data', 'nps.csv']);
    expect(results.filter((r) => r.kpi === 'NPS').map((r) => [r.period, r.actual, r.status])).toEqual([
      ['2026-05', 35, 'missed'],
      ['2026-06', 41.5, 'met'],
      ['2026-07', 52, 'met'],
    ]);
    expect(sources[1]).toMatchObject({ source: 'aggregated', rows: 4, skipped: 1 });
    expect(results.find((r) => r.kpi === 'AHT')!.status).toBe('no-data');
  });

  it('any other ticket CSV works through scorecard.columns', async () => {
    const header = ['Nr', 'Erstellt am', 'Erste Antwort (min)', 'Bewertung'];
    const own = Array.from({ length: 60 }, (_, i) => [String(i), `2026-05-${String((i % 28) + 1).padStart(2, '0')} 09:00:00`, String(10 + i), String((i % 5) + 1)]);
    const rc = 'scorecard:\n  columns:\n    id: Nr\n    createdAt: Erstellt am\n    firstReplyMinutes: Erste Antwort (min)\n    rating: Bewertung\n';
    const dir = tempFolder({ 'own.csv': toCsv(header, own), '.philosophyrc.yaml': rc });
    const { results, sources } = await jsonResults(dir, ['--data', 'own.csv']);
    expect(sources[0]).toMatchObject({ source: 'tickets', rows: 60 });
    expect(results.find((r) => r.kpi === 'FRT')!.actual).toBeCloseTo(39.5 / 60, 3);
    expect(results.find((r) => r.kpi === 'CSAT')!.actual).toBeCloseTo(40, 5);
  });

  it('--fail-on missed exits 1 when a KPI of the last period is missed, --fail-on near also when near', async () => {
    const dir = tempFolder({ 'x.csv': toCsv(HEADERS.zendesk, rows) });
    const { results } = await jsonResults(dir, ['--data', 'x.csv']);
    const last = results.filter((r) => r.period === '2026-07');
    const missed = last.some((r) => r.status === 'missed');
    const near = last.some((r) => r.status === 'near');
    expect((await scorecard(dir, ['--data', 'x.csv', '--fail-on', 'missed'])).code).toBe(missed ? 1 : 0);
    expect((await scorecard(dir, ['--data', 'x.csv', '--fail-on', 'near'])).code).toBe(missed || near ? 1 : 0);
    expect(missed).toBe(true);
    expect((await scorecard(dir, ['--data', 'x.csv'])).code).toBe(0);
  });

  it('csv has the same rows as json', async () => {
    const dir = tempFolder({ 'x.csv': toCsv(HEADERS.zendesk, rows) });
    const { results } = await jsonResults(dir, ['--data', 'x.csv']);
    const csv = (await scorecard(dir, ['--data', 'x.csv', '--format', 'csv'])).stdout.trimEnd().split('\r\n');
    expect(csv[0]).toBe('value,kpi,period,actual,unit,n,target,op,status');
    expect(csv.length - 1).toBe(results.length);
  });

  it('--emit-sql prints one query per ticket KPI over the tickets view', async () => {
    const r = await scorecard(tempFolder(), ['--emit-sql']);
    expect(r.code).toBe(0);
    for (const id of ['CSAT', 'FRT', 'ART', 'FCR', 'REOPEN', 'SLA', 'AHT']) expect(r.stdout).toContain(`-- ${id}\nSELECT period`);
    expect(r.stdout).toContain('FROM tickets');
    expect(r.stdout).toContain('first_reply_min');
  });

  it('stylish and md show words and local dates, no KPI id or ISO date; German too; 80 columns', async () => {
    const dir = tempFolder({ 'x.csv': toCsv(HEADERS.zendesk, rows) });
    for (const lang of ['en', 'de']) {
      for (const format of ['stylish', 'md']) {
        const r = await scorecard(dir, ['--data', 'x.csv', '--format', format, '--lang', lang]);
        expect(r.code).toBe(0);
        expect(r.stdout).not.toMatch(/\b2026-0\d\b/);
        // A KPI id appears only where the reader must type it (the kpi column of a KPI file).
        const prose = r.stdout.split('\n').filter((l) => !/period,kpi,value,n|“[A-Z]+”|„[A-Z]+“/.test(l));
        // The German catalog names carry the usual abbreviation in brackets, e.g. Erstreaktionszeit (FRT).
        expect(prose.join('\n')).not.toMatch(/(?<!\()\b(FRT|FCR|REOPEN|ART|AHT|CSAT)\b(?!\))/);
        if (format === 'stylish') for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
        if (lang === 'de') expect(r.stdout).toContain('Juli 2026');
        else expect(r.stdout).toContain('July 2026');
      }
    }
  });
});
