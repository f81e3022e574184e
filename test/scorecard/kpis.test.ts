// Per source: the KPIs the SQL computes equal those of a plain TypeScript implementation
// (reference.ts) over the same generated rows.
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { KPIS } from '../../src/catalog/kpis.js';
import { main } from '../../src/cli.js';
import { TICKET_KPIS } from '../../src/scorecard/kpi-sql.js';
import { generateRows, HEADERS, toCsv, type HelpdeskKind } from '../helpers/helpdesk-exports.js';
import { jsonResults, READINGS, tempFolder } from './harness.js';
import { expectedKpis } from './reference.js';

const UNIT_DIVISOR: Record<string, number> = { FRT: 60, ART: 60 };

const CASES = (['zendesk', 'freshdesk', 'intercom'] as HelpdeskKind[]).flatMap((kind) => READINGS.map(([reading, philosophy]) => [kind, reading, philosophy] as const));

describe.each(CASES)('%s export, read by %s', (kind, _reading, philosophy) => {
  it('gives the KPIs of the independent implementation, per month, with n', async () => {
    const rows = [...generateRows(kind, { seed: 11, count: 1500 })];
    const dir = tempFolder({ 'export.csv': toCsv(HEADERS[kind], rows) }, philosophy);
    const withSla = philosophy.includes('id: SLA');
    const { results, sources } = await jsonResults(dir, ['--data', 'export.csv']);
    expect(sources[0]).toMatchObject({ source: kind, rows: 1500, counted: 1500, skipped: 0 });
    const expected = expectedKpis(kind, rows);
    let compared = 0;
    for (const [kpi, months] of Object.entries(expected)) {
      if (kpi === 'SLA' && !withSla) {
        expect(results.some((r) => r.kpi === 'SLA')).toBe(false);
        continue;
      }
      for (const [month, want] of Object.entries(months)) {
        const got = results.find((r) => r.kpi === kpi && r.period === month)!;
        expect(got, `${kpi} ${month}`).toBeDefined();
        if (want.n === 0) {
          expect(got.status, `${kpi} ${month}`).toBe('no-data');
          continue;
        }
        expect(got.n, `${kpi} ${month} n`).toBe(want.n);
        expect(got.actual, `${kpi} ${month}`).toBeCloseTo(want.actual! / (UNIT_DIVISOR[kpi] ?? 1), 3);
        compared++;
      }
    }
    // Every source computes most KPIs in every month of the six.
    expect(compared).toBeGreaterThanOrEqual((kind === 'zendesk' ? 36 : 18) - (withSla ? 0 : 6));
  });
});

describe('the catalog names each ticket formula', () => {
  it('every KPI the scorecard computes from tickets has its formula in words, English and German; no other KPI claims one', () => {
    expect(TICKET_KPIS.length).toBeGreaterThanOrEqual(7);
    for (const id of TICKET_KPIS) {
      const def = KPIS.find((k) => k.id === id);
      expect(def, id).toBeDefined();
      expect(def!.ticketFormula?.en, id).toMatch(/\w{3}/);
      expect(def!.ticketFormula?.de, id).toMatch(/\w{3}/);
      expect(def!.ticketFormula!.en, id).not.toBe(def!.ticketFormula!.de);
    }
    expect(KPIS.filter((k) => k.ticketFormula).map((k) => k.id).sort()).toEqual([...TICKET_KPIS].sort());
  });

  it('catalog kpis shows it, in the reader\'s language', async () => {
    for (const [lang, label, words] of [
      ['en', 'Computed from tickets', 'exactly one agent reply and no reopen'],
      ['de', 'Aus Tickets berechnet', 'genau einer Antwort des Teams und ohne Wiedereröffnung'],
    ] as const) {
      let out = '';
      const code = await main({ argv: ['catalog', 'kpis'], cwd: tmpdir(), stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, env: { LANG: lang === 'de' ? 'de_DE.UTF-8' : 'C' } });
      expect(code).toBe(0);
      expect(out).toContain(label);
      expect(out.replace(/\s+/g, ' ')).toContain(words);
    }
  });
});
