// The engine's duplicate check in its two forms: ids gathered and counted distinct (small
// exports), and integer ids below 2^24 as bits in a bitmap (large exports; forced here with
// idBitmapFromBytes: 0). Both find the same duplicates and give the same KPIs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelMapper } from '../../src/scorecard/channels.js';
import { runEngine, type EngineOptions } from '../../src/scorecard/engine.js';
import { ScorecardError } from '../../src/scorecard/errors.js';
import { generateRows, HEADERS, toCsv } from '../helpers/helpdesk-exports.js';
import { tempFolder } from './harness.js';

const rows = [...generateRows('zendesk', { seed: 17, count: 3000, months: 3 })];
const options = (idBitmapFromBytes: number): EngineOptions => ({
  period: 'month',
  businessHours: false,
  channelOf: channelMapper([]),
  now: new Date('2026-12-02T12:00:00Z'),
  kpis: ['CSAT', 'FRT', 'FCR', 'REOPEN'],
  idBitmapFromBytes,
});
const ways = [
  ['gathered', Infinity],
  ['in a bitmap', 0],
] as const;

describe.each([
  ['small numbers', (i: number) => String(100_000 + i)],
  ['numbers past 2^24', (i: number) => String(16_777_216 + i * 3)],
  ['small and large numbers mixed', (i: number) => String(i % 3 ? 16_777_000 + i : i)],
  ['text', (i: number) => `T-${i}`],
])('ids as %s', (_style, idOf) => {
  const clean = rows.map((r, i) => [idOf(i), ...r.slice(1)]);
  // Row 2 001 repeats row 302, row 2 002 repeats row 303; in the mixed style the first id is
  // below 2^24, the second above it.
  const twice = [...clean.slice(0, 2000), clean[300]!, clean[301]!, ...clean.slice(2000)];
  const dir = tempFolder();
  writeFileSync(join(dir, 'clean.csv'), toCsv(HEADERS.zendesk, clean));
  writeFileSync(join(dir, 'twice.csv'), toCsv(HEADERS.zendesk, twice));
  const file = (name: string) => [{ path: join(dir, name), shown: name }];

  it('gathered and in a bitmap give the same KPIs for a clean export', async () => {
    const [gathered, bits] = await Promise.all(ways.map(([, from]) => runEngine(file('clean.csv'), options(from))));
    expect(bits!.ticketKpis).toEqual(gathered!.ticketKpis);
    expect(bits!.sources[0]).toMatchObject({ rows: 3000, used: 3000, skipped: 0 });
    expect(Object.keys(gathered!.ticketKpis).sort()).toEqual(['CSAT', 'FCR', 'FRT', 'REOPEN']);
  });

  it.each(ways)('two repeated ids are found when %s, with the count and the ids', async (_way, from) => {
    const error = await runEngine(file('twice.csv'), options(from)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScorecardError);
    expect((error as ScorecardError).key).toBe('input.duplicateIds');
    expect((error as ScorecardError).data).toMatchObject({ count: 2, ids: `${idOf(300)}, ${idOf(301)}` });
  });
});
