// The KPIs computed a second way: plain TypeScript over the generated cells, written without
// looking at the SQL, so the SQL is checked against independent code.
import { HEADERS, type HelpdeskKind } from '../helpers/helpdesk-exports.js';

export interface Expected {
  [kpi: string]: Record<string, { actual: number | null; n: number }>;
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const minutesBetween = (from: string, to: string) => (Date.parse(to.replace(' ', 'T') + 'Z') - Date.parse(from.replace(' ', 'T') + 'Z')) / 60000;

function berlinMonth(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).formatToParts(new Date(iso));
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

interface Ticket {
  month: string;
  solved: boolean;
  good: boolean | null;
  firstReply: number | null;
  resolution: number | null;
  replies: number | null;
  reopens: number | null;
  channel: string | null;
}

function tickets(kind: HelpdeskKind, rows: string[][]): Ticket[] {
  const at = (row: string[], name: string) => row[HEADERS[kind].indexOf(name)] ?? '';
  const num = (text: string) => (text === '' ? null : Number(text));
  return rows.map((row) => {
    if (kind === 'zendesk') {
      const score = at(row, 'Satisfaction Score');
      return {
        month: at(row, 'Created at').slice(0, 7),
        solved: ['solved', 'closed'].includes(at(row, 'Status')),
        good: score === 'Good' ? true : score === 'Bad' ? false : null,
        firstReply: num(at(row, 'First reply time in minutes')),
        resolution: num(at(row, 'Full resolution time in minutes')),
        replies: num(at(row, 'Replies')),
        reopens: num(at(row, 'Reopens')),
        channel: ({ Mail: 'email', 'Web Form': 'email', Chat: 'chat', Voice: 'phone' } as Record<string, string>)[at(row, 'Via')] ?? null,
      };
    }
    if (kind === 'freshdesk') {
      const created = at(row, 'Created time');
      const first = at(row, 'Initial response time');
      const resolved = at(row, 'Resolved time');
      const survey = at(row, 'Survey results');
      return {
        month: created.slice(0, 7),
        solved: ['Resolved', 'Closed'].includes(at(row, 'Status')),
        good: survey === '' ? null : survey === 'Awesome',
        firstReply: first ? minutesBetween(created, first) : null,
        resolution: resolved ? minutesBetween(created, resolved) : null,
        replies: num(at(row, 'Agent interactions')),
        reopens: null,
        channel: ({ Email: 'email', Portal: 'email', Chat: 'chat', Phone: 'phone' } as Record<string, string>)[at(row, 'Source')] ?? null,
      };
    }
    const rating = at(row, 'Conversation rating');
    const seconds = at(row, 'First response time (seconds)');
    return {
      month: berlinMonth(at(row, 'Conversation started at (Europe/Berlin)')),
      solved: at(row, 'Conversation state') === 'closed',
      good: rating === '' ? null : Number(rating) >= 4,
      firstReply: seconds === '' ? null : Number(seconds) / 60,
      resolution: null,
      replies: num(at(row, 'Teammate replies')),
      reopens: null,
      channel: ({ Chat: 'chat', Email: 'email' } as Record<string, string>)[at(row, 'Channel')] ?? null,
    };
  });
}

const PROMISES: Record<string, number> = { email: 240, chat: 2, phone: 3 };

/** Per KPI and month: the value (in minutes for durations, % for shares) and n. */
export function expectedKpis(kind: HelpdeskKind, rows: string[][]): Expected {
  const byMonth = new Map<string, Ticket[]>();
  for (const t of tickets(kind, rows)) byMonth.set(t.month, [...(byMonth.get(t.month) ?? []), t]);
  const out: Expected = { CSAT: {}, FRT: {}, ART: {}, FCR: {}, REOPEN: {}, SLA: {} };
  const share = (hits: number, of: number) => (of ? (100 * hits) / of : null);
  for (const [month, list] of byMonth) {
    const rated = list.filter((t) => t.good !== null);
    out['CSAT']![month] = { actual: share(rated.filter((t) => t.good).length, rated.length), n: rated.length };
    const replied = list.filter((t) => t.firstReply !== null).map((t) => t.firstReply!);
    out['FRT']![month] = { actual: median(replied), n: replied.length };
    const solvedTimes = list.filter((t) => t.solved && t.resolution !== null).map((t) => t.resolution!);
    out['ART']![month] = { actual: median(solvedTimes), n: solvedTimes.length };
    const touched = list.filter((t) => t.solved && (t.replies ?? 0) >= 1);
    out['FCR']![month] = { actual: share(touched.filter((t) => t.replies === 1 && !t.reopens).length, touched.length), n: touched.length };
    const solvedKnown = list.filter((t) => t.solved && t.reopens !== null);
    out['REOPEN']![month] = { actual: share(solvedKnown.filter((t) => t.reopens! >= 1).length, solvedKnown.length), n: solvedKnown.length };
    const promised = list.filter((t) => t.firstReply !== null && t.channel !== null);
    out['SLA']![month] = { actual: share(promised.filter((t) => t.firstReply! <= PROMISES[t.channel!]!).length, promised.length), n: promised.length };
  }
  return out;
}
