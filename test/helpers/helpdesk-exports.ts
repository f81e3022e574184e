// A seeded generator of Zendesk-, Freshdesk- and Intercom-shaped ticket exports, for the
// scorecard's tests and for `npm run bench` (bench/scorecard.mjs). Rows are plain string cells,
// exactly as written to the file, so a test can compute the expected KPIs from the same cells.
import { createWriteStream } from 'node:fs';

export type HelpdeskKind = 'zendesk' | 'freshdesk' | 'intercom';

export interface GenerateOptions {
  seed: number;
  count: number;
  /** First day, YYYY-MM-DD; tickets spread over `months` months from there. */
  start?: string;
  months?: number;
}

export interface Dialect {
  delimiter?: ',' | ';' | '\t';
  bom?: boolean;
  crlf?: boolean;
  decimalComma?: boolean;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const HEADERS: Record<HelpdeskKind, string[]> = {
  zendesk: [
    'Id',
    'Subject',
    'Status',
    'Via',
    'Group',
    'Created at',
    'Solved at',
    'Satisfaction Score',
    'Reopens',
    'Replies',
    'First reply time in minutes',
    'First reply time in minutes within business hours',
    'Full resolution time in minutes',
    'Full resolution time in minutes within business hours',
    // Columns the scorecard does not read, as in a real export (and for its size: about
    // 190 bytes a row).
    'Requester',
    'Assignee',
    'Updated at',
    'Tags',
  ],
  freshdesk: [
    'Ticket ID',
    'Subject',
    'Status',
    'Source',
    'Created time',
    'Initial response time',
    'Resolved time',
    'First response time (in hrs)',
    'Resolution time (in hrs)',
    'Agent interactions',
    'Survey results',
  ],
  intercom: [
    'Conversation ID',
    'Conversation started at (Europe/Berlin)',
    'Channel',
    'Conversation state',
    'Conversation rating',
    'First response time (seconds)',
    'Teammate replies',
  ],
};

const SUBJECTS = ['Robot stops at the stairs', 'Charging dock blinks red', 'App cannot find robot', 'Order a spare brush', 'Invoice question', 'Wheel makes noise, again; help', 'Dock "lost"\nits signal'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** Wall-clock time as "YYYY-MM-DD HH:MM:SS", computed in UTC so the machine's zone never matters. */
export function wallClock(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Yields rows (cells as strings) of one export, row after row, without holding them all. */
export function* generateRows(kind: HelpdeskKind, options: GenerateOptions): Generator<string[]> {
  const rnd = random(options.seed);
  const start = Date.parse(`${options.start ?? '2026-05-01'}T00:00:00Z`);
  const span = (options.months ?? 6) * 30.4 * 86400000;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  for (let i = 0; i < options.count; i++) {
    const created = start + Math.floor(rnd() * span / 1000) * 1000;
    const monthIndex = Math.floor((created - start) / (30.4 * 86400000));
    const replied = rnd() < 0.93;
    // Speeds improve a little every month, so trends have a direction.
    const firstReply = replied ? Math.round(5 + rnd() * rnd() * 400 * (1 - monthIndex * 0.06)) : null;
    const solved = rnd() < 0.85;
    const resolution = solved ? Math.round((firstReply ?? 30) + rnd() * 3000) : null;
    const replies = replied ? (rnd() < 0.72 ? 1 : 1 + Math.ceil(rnd() * 4)) : 0;
    const reopens = solved && rnd() < 0.08 ? 1 : 0;
    const rated = rnd() < 0.4;
    const good = rnd() < 0.88;
    if (kind === 'zendesk') {
      yield [
        String(100000 + i),
        pick(SUBJECTS),
        solved ? pick(['solved', 'closed']) : pick(['open', 'pending', 'new']),
        pick(['Mail', 'Web Form', 'Chat', 'Voice', 'Mobile SDK']),
        pick(['Support', 'Returns', 'Tech']),
        wallClock(created),
        solved ? wallClock(created + resolution! * 60000) : '',
        rated && solved ? (good ? 'Good' : 'Bad') : pick(['Offered', 'Not Offered']),
        String(reopens),
        String(replies),
        firstReply === null ? '' : String(firstReply),
        firstReply === null ? '' : String(Math.round(firstReply * 0.6)),
        resolution === null ? '' : String(resolution),
        resolution === null ? '' : String(Math.round(resolution * 0.5)),
        `customer${Math.floor(rnd() * 90000)}@example.com`,
        pick(['Ada Meyer', 'Jonas Schulz', 'Mia Wagner', 'Leon Fischer']),
        wallClock(created + (resolution ?? 60) * 60000),
        pick(['robot dock', 'billing', 'spare_parts app', 'warranty']),
      ];
    } else if (kind === 'freshdesk') {
      const hms = (min: number) => `${pad(Math.floor(min / 60))}:${pad(Math.floor(min % 60))}:00`;
      yield [
        String(5000 + i),
        pick(SUBJECTS),
        solved ? pick(['Resolved', 'Closed']) : pick(['Open', 'Pending']),
        pick(['Email', 'Portal', 'Chat', 'Phone']),
        wallClock(created),
        firstReply === null ? '' : wallClock(created + firstReply * 60000),
        solved ? wallClock(created + resolution! * 60000) : '',
        // Business hours, often HH:MM:SS, sometimes empty.
        firstReply === null || rnd() < 0.2 ? '' : hms(Math.round(firstReply * 0.7)),
        resolution === null || rnd() < 0.2 ? '' : (resolution * 0.5 / 60).toFixed(2),
        String(replies),
        rated && solved ? pick(['Awesome', 'Awesome', 'Awesome', 'Neutral', 'Not Good']) : '',
      ];
    } else {
      // Intercom writes UTC instants with an offset; the header names the export's zone.
      yield [
        String(9000000 + i),
        new Date(created).toISOString().replace('.000', ''),
        pick(['Chat', 'Email', 'In-App']),
        solved ? 'closed' : pick(['open', 'snoozed']),
        rated && solved ? String(1 + Math.floor(rnd() * 5 * 0.6 + (good ? 2 : 0))) : '',
        firstReply === null ? '' : String(firstReply * 60),
        String(replies),
      ];
    }
  }
}

export function cell(value: string, dialect: Dialect): string {
  const delimiter = dialect.delimiter ?? ',';
  let text = value;
  if (dialect.decimalComma && /^-?\d+\.\d+$/.test(text)) text = text.replace('.', ',');
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Iterable<string[]>, dialect: Dialect = {}): string {
  const eol = dialect.crlf ? '\r\n' : '\n';
  const delimiter = dialect.delimiter ?? ',';
  const lines = [header, ...rows].map((r) => r.map((c) => cell(c, dialect)).join(delimiter));
  return (dialect.bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}

/** Streams a large export to a file (for the bench). */
export async function writeExport(path: string, kind: HelpdeskKind, options: GenerateOptions, dialect: Dialect = {}): Promise<void> {
  const out = createWriteStream(path);
  const eol = dialect.crlf ? '\r\n' : '\n';
  const delimiter = dialect.delimiter ?? ',';
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write(HEADERS[kind].map((c) => cell(c, dialect)).join(delimiter) + eol);
  let chunk: string[] = [];
  for (const row of generateRows(kind, options)) {
    chunk.push(row.map((c) => cell(c, dialect)).join(delimiter));
    if (chunk.length === 5000) {
      await write(chunk.join(eol) + eol);
      chunk = [];
    }
  }
  if (chunk.length) await write(chunk.join(eol) + eol);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
