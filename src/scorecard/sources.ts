// Which helpdesk an export comes from (by its headers) and how its columns map onto the
// `tickets` view. Each mapping is data: the header names a source writes, and how a cell is
// read. The SQL built here only parses; the KPI formulas live in kpi-sql.ts.
import type { TicketField } from './tickets.js';

export const SOURCES = ['zendesk', 'freshdesk', 'intercom', 'tickets', 'aggregated'] as const;
export type SourceKind = (typeof SOURCES)[number];
export type TicketSource = Exclude<SourceKind, 'aggregated'>;

/** How a cell is read. */
export type CellKind =
  | 'text'
  | 'timestamp'
  | 'number'
  /** seconds, read as minutes */
  | 'seconds'
  /** hours as a decimal or HH:MM:SS, read as minutes */
  | 'hours'
  | 'status'
  | 'rating';

export interface ColumnSpec {
  /** Header names, lower-case, first found wins. */
  headers: string[];
  kind: CellKind;
}

/** A field computed from two timestamps when its own column is empty or missing. */
interface Derived {
  from: 'created_at';
  to: string[];
}

export interface SourceSpec {
  kind: TicketSource;
  /** Words for a reader. */
  label: string;
  required: TicketField[];
  columns: Partial<Record<TicketField, ColumnSpec>>;
  /** Durations computed from timestamps: when `prefer` is 'column' the column wins. */
  derived?: Partial<Record<TicketField, Derived & { prefer: 'column' | 'timestamps' }>>;
}

const c = (kind: CellKind, ...headers: string[]): ColumnSpec => ({ headers, kind });

export const ZENDESK: SourceSpec = {
  kind: 'zendesk',
  label: 'Zendesk',
  required: ['id', 'created_at'],
  columns: {
    id: c('text', 'id'),
    created_at: c('timestamp', 'created at'),
    solved_at: c('timestamp', 'solved at'),
    solved: c('status', 'status'),
    channel: c('text', 'via'),
    rating_good: c('rating', 'satisfaction score'),
    first_reply_min: c('number', 'first reply time in minutes'),
    first_reply_bh_min: c('number', 'first reply time in minutes within business hours'),
    resolution_min: c('number', 'full resolution time in minutes'),
    resolution_bh_min: c('number', 'full resolution time in minutes within business hours'),
    replies: c('number', 'replies'),
    reopens: c('number', 'reopens'),
    handle_min: c('number', 'handle time in minutes'),
  },
};

export const FRESHDESK: SourceSpec = {
  kind: 'freshdesk',
  label: 'Freshdesk',
  required: ['id', 'created_at'],
  columns: {
    id: c('text', 'ticket id'),
    created_at: c('timestamp', 'created time'),
    solved_at: c('timestamp', 'resolved time', 'closed time'),
    solved: c('status', 'status'),
    channel: c('text', 'source'),
    rating_good: c('rating', 'survey results'),
    // Freshdesk's duration columns count business hours.
    first_reply_bh_min: c('hours', 'first response time (in hrs)'),
    resolution_bh_min: c('hours', 'resolution time (in hrs)'),
    replies: c('number', 'agent interactions'),
    handle_min: c('hours', 'time tracked'),
  },
  derived: {
    first_reply_min: { from: 'created_at', to: ['initial response time', 'first responded time'], prefer: 'timestamps' },
    resolution_min: { from: 'created_at', to: ['resolved time', 'closed time'], prefer: 'timestamps' },
    first_reply_bh_min: { from: 'created_at', to: ['initial response time', 'first responded time'], prefer: 'column' },
    resolution_bh_min: { from: 'created_at', to: ['resolved time', 'closed time'], prefer: 'column' },
  },
};

export const INTERCOM: SourceSpec = {
  kind: 'intercom',
  label: 'Intercom',
  required: ['id', 'created_at'],
  columns: {
    id: c('text', 'conversation id'),
    created_at: c('timestamp', 'conversation started at', 'created at'),
    solved_at: c('timestamp', 'conversation last closed at', 'conversation closed at', 'closed at'),
    solved: c('status', 'conversation state', 'state'),
    channel: c('text', 'channel', 'conversation channel', 'source type'),
    rating_good: c('rating', 'conversation rating', 'rating'),
    first_reply_min: c('seconds', 'first response time (seconds)'),
    resolution_min: c('seconds', 'time to close (seconds)', 'time to first close (seconds)'),
    replies: c('number', 'teammate replies', 'number of teammate replies'),
    reopens: c('number', 'reopens', 'number of reopens'),
    handle_min: c('seconds', 'handling time (seconds)'),
  },
};

/** The keys of `scorecard.columns` in `.philosophyrc.yaml`, for any other ticket CSV. */
export const COLUMN_MAP_KEYS: Record<string, { field: TicketField; kind: CellKind }> = {
  id: { field: 'id', kind: 'text' },
  createdAt: { field: 'created_at', kind: 'timestamp' },
  solvedAt: { field: 'solved_at', kind: 'timestamp' },
  status: { field: 'solved', kind: 'status' },
  channel: { field: 'channel', kind: 'text' },
  rating: { field: 'rating_good', kind: 'rating' },
  firstReplyMinutes: { field: 'first_reply_min', kind: 'number' },
  firstReplyBusinessMinutes: { field: 'first_reply_bh_min', kind: 'number' },
  resolutionMinutes: { field: 'resolution_min', kind: 'number' },
  resolutionBusinessMinutes: { field: 'resolution_bh_min', kind: 'number' },
  replies: { field: 'replies', kind: 'number' },
  reopens: { field: 'reopens', kind: 'number' },
  handleMinutes: { field: 'handle_min', kind: 'number' },
};

export function columnMapSpec(map: Record<string, string>): SourceSpec {
  const columns: SourceSpec['columns'] = {};
  for (const [key, header] of Object.entries(map)) {
    const known = COLUMN_MAP_KEYS[key];
    if (known) columns[known.field] = c(known.kind, header.toLowerCase());
  }
  return { kind: 'tickets', label: 'tickets (scorecard.columns)', required: ['id', 'created_at'], columns };
}

export const AGGREGATED_COLUMNS = ['period', 'kpi', 'value'] as const;

/** A header as found: its text, lower-cased name without a time-zone suffix, and that zone. */
export interface Header {
  raw: string;
  name: string;
  timeZone?: string;
}

/** `Created at (Europe/Berlin)` names the column `created at` with the zone Europe/Berlin; a
 * suffix that is no time zone (`(in hrs)`, `(seconds)`) stays part of the name. */
export function parseHeader(raw: string): Header {
  const text = raw.replace(/^\uFEFF/, '').trim();
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text);
  if (m && isTimeZone(m[2]!.trim())) return { raw, name: m[1]!.toLowerCase(), timeZone: canonicalZone(m[2]!.trim()) };
  return { raw, name: text.toLowerCase() };
}

export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

/** The source whose headers these are, or undefined. */
export function detectSource(headers: Header[], columnMap?: Record<string, string>): SourceKind | undefined {
  const names = new Set(headers.map((h) => h.name));
  const rawNames = new Set(headers.map((h) => h.raw.replace(/^\uFEFF/, '').trim().toLowerCase()));
  if (AGGREGATED_COLUMNS.every((n) => names.has(n))) return 'aggregated';
  if (names.has('conversation id')) return 'intercom';
  if (names.has('ticket id') && names.has('created time')) return 'freshdesk';
  if (names.has('id') && names.has('created at')) return 'zendesk';
  if (columnMap?.['id'] && columnMap['createdAt']) {
    const id = columnMap['id'].toLowerCase();
    const created = columnMap['createdAt'].toLowerCase();
    if ((names.has(id) || rawNames.has(id)) && (names.has(created) || rawNames.has(created))) return 'tickets';
  }
  return undefined;
}

export function specOf(kind: TicketSource, columnMap?: Record<string, string>): SourceSpec {
  if (kind === 'zendesk') return ZENDESK;
  if (kind === 'freshdesk') return FRESHDESK;
  if (kind === 'intercom') return INTERCOM;
  return columnMapSpec(columnMap ?? {});
}

/** Finds the header for a spec's names: the name without zone suffix, or the full header. */
export function findHeader(headers: Header[], names: string[]): Header | undefined {
  for (const name of names) {
    const found = headers.find((h) => h.name === name) ?? headers.find((h) => h.raw.replace(/^\uFEFF/, '').trim().toLowerCase() === name);
    if (found) return found;
  }
  return undefined;
}
