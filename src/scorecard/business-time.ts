// Business time for promises like "1 business day": the weekly hours a channel is staffed, read
// from the philosophy's `hours` ("Mon-Fri 08:00-18:00 CET", "Mo–Fr 09:00–17:00 Uhr", "24/7"),
// and the SQL that counts the minutes of a first reply that fall into them.
//
// The rule (README, "Promises in business days"): a promise of N business days is kept when the
// first reply came within N business days' worth of open time, a business day being the
// channel's average open day. Where the channel's hours cannot be read, the export's
// business-hours column is used with an 8-hour day; where the export has none either, calendar
// time (24 h a day). The scorecard says which it used.
import { isRoundTheClock } from '../rules/text/promises.js';

/** Open minutes after midnight per ISO weekday (1 = Monday … 7 = Sunday); one span a day. */
export type Schedule = Map<number, [number, number]>;

const DAY_WORDS: Array<[RegExp, number]> = [
  [/^(mon|monday|mo|montag|mont?)$/, 1],
  [/^(tue|tues|tuesday|tu|di|dienstag)$/, 2],
  [/^(wed|wednesday|we|mi|mittwoch)$/, 3],
  [/^(thu|thur|thurs|thursday|th|do|donnerstag)$/, 4],
  [/^(fri|friday|fr|freitag)$/, 5],
  [/^(sat|saturday|sa|samstag)$/, 6],
  [/^(sun|sunday|su|so|sonntag)$/, 7],
];

function dayOf(word: string): number | undefined {
  return DAY_WORDS.find(([pattern]) => pattern.test(word))?.[1];
}

const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?`;
const SPAN = new RegExp(String.raw`${TIME}\s*(?:-|to|bis)\s*${TIME}`);
const DAYS = /([a-z]+)\.?\s*(?:(-|to|bis)\s*([a-z]+)\.?)?/g;

/** The weekly schedule in `hours`, or undefined when the text names no days and times. */
export function parseHours(hours: string | undefined): Schedule | undefined {
  if (!hours) return undefined;
  // Round the clock as `validate` reads it ("24/7", "rund um die Uhr", "daily 0-24", "always").
  if (isRoundTheClock(hours)) return new Map([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [0, 1440]]));
  const text = hours.normalize('NFC').toLowerCase().replace(/[\u2010-\u2015]/g, '-');
  const schedule: Schedule = new Map();
  for (const part of text.split(/[;,]|\bund\b|\band\b/)) {
    const span = SPAN.exec(part);
    if (!span) continue;
    const start = Number(span[1]) * 60 + Number(span[2] ?? 0);
    const end = Number(span[3]) * 60 + Number(span[4] ?? 0);
    if (start >= end || end > 1440) return undefined;
    const days = new Set<number>();
    for (const m of part.slice(0, span.index).matchAll(DAYS)) {
      const from = dayOf(m[1]!);
      if (from === undefined) continue;
      const to = m[3] ? dayOf(m[3]) : from;
      if (to === undefined) continue;
      for (let d = from; ; d = (d % 7) + 1) {
        days.add(d);
        if (d === to) break;
      }
    }
    if (!days.size) continue;
    for (const d of days) schedule.set(d, [start, end]);
  }
  return schedule.size ? schedule : undefined;
}

/** Minutes of the channel's average open day: 600 for Mon–Fri 08:00–18:00. */
export function dayMinutes(schedule: Schedule): number {
  const spans = [...schedule.values()];
  return spans.reduce((sum, [start, end]) => sum + end - start, 0) / spans.length;
}

/** "Mon–Fri 08:00–18:00" style, for the output: the schedule as read. */
export function scheduleText(schedule: Schedule, language: 'en' | 'de'): string {
  const names = language === 'de' ? ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'] : ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const groups: Array<{ from: number; to: number; span: string }> = [];
  for (let d = 1; d <= 7; d++) {
    const span = schedule.get(d);
    if (!span) continue;
    const text = `${clock(span[0])}–${clock(span[1])}`;
    const last = groups[groups.length - 1];
    if (last && last.to === d - 1 && last.span === text) last.to = d;
    else groups.push({ from: d, to: d, span: text });
  }
  return groups.map((g) => `${names[g.from - 1]}${g.to > g.from ? `–${names[g.to - 1]}` : ''} ${g.span}`).join(', ');
}

/** SQL: the minutes between `from` and `to` (timestamps) that fall into the schedule. */
export function businessMinutesSql(schedule: Schedule, from: string, to: string): string {
  const day = `CAST(CAST(${from} AS DATE) + CAST(i AS INTEGER) AS TIMESTAMP)`;
  const branches = [...schedule]
    .map(([d, [start, end]]) => `WHEN ${d} THEN greatest(0, epoch(least(${to}, ${day} + INTERVAL ${end} MINUTE)) - epoch(greatest(${from}, ${day} + INTERVAL ${start} MINUTE)))`)
    .join(' ');
  return `(list_sum(list_transform(range(0, datediff('day', ${from}, ${to}) + 1), i -> CASE isodow(${day}) ${branches} ELSE 0 END)) / 60.0)`;
}
