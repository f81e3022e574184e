// Promises in business time ("1 business day"): counted in the channel's hours where the
// philosophy gives them, with the export's business-hours column where it does not, and in
// calendar time where neither is there; the output says which.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { dayMinutes, parseHours, scheduleText } from '../../src/scorecard/business-time.js';
import { HEADERS, toCsv } from '../helpers/helpdesk-exports.js';
import { jsonResults, PHILOSOPHY, scorecard, tempFolder } from './harness.js';

describe('channel hours', () => {
  it.each([
    ['Mon-Fri 08:00-18:00 CET', 'Mon–Fri 08:00–18:00', 600],
    ['Mon-Fri 08:00-20:00 CET, Sat 09:00-14:00 CET', 'Mon–Fri 08:00–20:00, Sat 09:00–14:00', 650],
    ['Mo–Fr 09:00–17:00 Uhr', 'Mon–Fri 09:00–17:00', 480],
    ['moderated Mon-Fri 09:00-17:00 CET', 'Mon–Fri 09:00–17:00', 480],
    ['24/7', 'Mon–Sun 00:00–24:00', 1440],
    // Round the clock as validate reads it (rules/text/promises.ts).
    ['rund um die Uhr', 'Mon–Sun 00:00–24:00', 1440],
    ['daily 0-24', 'Mon–Sun 00:00–24:00', 1440],
    ['Mon-Fri 0-24', 'Mon–Fri 00:00–24:00', 1440],
  ])('%s is %s, a day of %d minutes', (hours, text, minutes) => {
    const schedule = parseHours(hours)!;
    expect(scheduleText(schedule, 'en')).toBe(text);
    expect(dayMinutes(schedule)).toBe(minutes);
  });

  it('hours without days and times are none', () => {
    expect(parseHours('during opening hours')).toBeUndefined();
    expect(parseHours('answered on working days')).toBeUndefined();
  });
});

/** Zendesk rows by email: created at, first reply in calendar minutes, in business minutes. */
function exportOf(tickets: Array<[string, number, number]>, withBusinessColumn = true): string {
  const header = HEADERS.zendesk.filter((h) => withBusinessColumn || !h.includes('within business hours'));
  const rows = tickets.map(([created, calendar, business], i) => {
    const cells: Record<string, string> = {
      Id: String(700 + i),
      Subject: 'Where is my order?',
      Status: 'solved',
      Via: 'Mail',
      'Created at': created,
      'First reply time in minutes': String(calendar),
      'First reply time in minutes within business hours': String(business),
      Replies: '1',
      Reopens: '0',
    };
    return header.map((h) => cells[h] ?? '');
  });
  return toCsv(header, rows);
}

function philosophy(hours: string): string {
  const model = parse(PHILOSOPHY) as Record<string, any>;
  model.needs.channels = [{ name: 'email', hours, firstResponse: '1 business day' }];
  return stringify(model);
}

// 2026-01-02 is a Friday.
const TICKETS: Array<[string, number, number]> = [
  // Friday 16:00, reply Monday 15:00: 3 days in calendar time, 7 h of Mon–Fri 09–17: kept.
  ['2026-01-02 16:00:00', 4260, 420],
  // Monday 10:00, reply Tuesday 11:00: 9 business hours, more than a business day: missed.
  ['2026-01-05 10:00:00', 1500, 540],
  // Monday 10:00, reply Monday 20:00: 7 business hours: kept.
  ['2026-01-05 10:00:00', 600, 600],
];

describe('a promise of one business day', () => {
  const sla = (results: Array<{ kpi: string; actual: number | null; n: number | null }>) => results.filter((r) => r.kpi === 'SLA').map((r) => [r.actual, r.n]);

  it('counts business time in the channel’s hours, and says so', async () => {
    const dir = tempFolder({ 'x.csv': exportOf(TICKETS) });
    writeFileSync(join(dir, 'philosophy.yaml'), philosophy('Mon-Fri 09:00-17:00 CET'));
    const { results } = await jsonResults(dir, ['--data', 'x.csv']);
    expect(sla(results)).toEqual([[66.6667, 3]]);
    const text = await scorecard(dir, ['--data', 'x.csv']);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('“1 business day” for email is counted in business time, in the channel’s hours (Mon–Fri 09:00–17:00): a business day is 8 h.');
  });

  it('without readable hours, counts the export’s business-hours column with an 8-hour day', async () => {
    const dir = tempFolder({ 'x.csv': exportOf(TICKETS) });
    writeFileSync(join(dir, 'philosophy.yaml'), philosophy('on working days'));
    const { results } = await jsonResults(dir, ['--data', 'x.csv']);
    // 420 and 540 business minutes against 480: the third (600) is missed by this column.
    expect(sla(results)).toEqual([[33.3333, 3]]);
    const text = await scorecard(dir, ['--data', 'x.csv', '--format', 'md']);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('is counted with the export’s business-hours column: a business day is 8 h');
  });

  it('with neither, counts calendar time, 24 h a day, and says why', async () => {
    const dir = tempFolder({ 'x.csv': exportOf(TICKETS, false) });
    writeFileSync(join(dir, 'philosophy.yaml'), philosophy('on working days'));
    const { results } = await jsonResults(dir, ['--data', 'x.csv']);
    expect(sla(results)).toEqual([[33.3333, 3]]);
    const de = await scorecard(dir, ['--data', 'x.csv'], { LANG: 'de_DE.UTF-8' });
    expect(de.stdout.replace(/\s+/g, ' ')).toContain('„1 business day“ für email zählt Kalenderzeit, 24 Std. am Tag');
  });
});
