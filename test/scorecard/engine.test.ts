// The engine's duplicate check in its two forms: ids gathered and counted distinct (small
// exports), and integer ids within a window as bits in a bitmap, the rest gathered (large
// exports; forced here with idBitmapFromBytes: 0). Both find the same duplicates and give the
// same KPIs, wherever the ids lie and in whichever order the file lists them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelMapper } from '../../src/scorecard/channels.js';
import { idWindow, runEngine, type EngineOptions } from '../../src/scorecard/engine.js';
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
  ['numbers falling (newest first)', (i: number) => String(900_000 - i)],
  ['numbers far apart (most outside the window)', (i: number) => String(i * 1_000_003)],
  ['negative numbers', (i: number) => String(-50_000 + i * 7)],
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

describe('idWindow', () => {
  const ids = (...list: number[]) => list.map(BigInt);

  it('starts a little below rising ids and holds about twice the rows', () => {
    expect(idWindow(ids(1000, 1001, 1005), 3000)).toEqual({ lo: 1000n - 1024n, hi: 1000n - 1024n + 8192n - 1n });
  });

  it('ends a little above falling ids', () => {
    expect(idWindow(ids(5000, 4990, 4980), 3000)).toEqual({ lo: 5000n + 1024n - 8192n + 1n, hi: 5000n + 1024n });
  });

  it('holds 2^12 bits at least and 2^24 at most', () => {
    expect(idWindow(ids(7), 1)).toEqual({ lo: 7n - 512n, hi: 7n - 512n + 4096n - 1n });
    const large = idWindow(ids(7), 100_000_000)!;
    expect(large.hi - large.lo + 1n).toBe(2n ** 24n);
  });

  it('has no window without a sample', () => {
    expect(idWindow([], 1000)).toBeUndefined();
  });
});
