// The one normalized `tickets` view every source is mapped onto. The KPI formulas (kpi-sql.ts)
// read only these columns, so a team whose tickets live in a warehouse can build the same view
// there and run the printed queries (`--emit-sql`).

export const TICKET_FIELDS = [
  'id',
  'created_at',
  'solved_at',
  'solved',
  'channel',
  'rating_good',
  'first_reply_min',
  'first_reply_bh_min',
  'resolution_min',
  'resolution_bh_min',
  'replies',
  'reopens',
  'handle_min',
] as const;
export type TicketField = (typeof TICKET_FIELDS)[number];

export const TICKET_TYPES: Record<TicketField, string> = {
  id: 'VARCHAR',
  created_at: 'TIMESTAMP',
  solved_at: 'TIMESTAMP',
  solved: 'BOOLEAN',
  channel: 'VARCHAR',
  rating_good: 'BOOLEAN',
  first_reply_min: 'DOUBLE',
  first_reply_bh_min: 'DOUBLE',
  resolution_min: 'DOUBLE',
  resolution_bh_min: 'DOUBLE',
  replies: 'INTEGER',
  reopens: 'INTEGER',
  handle_min: 'DOUBLE',
};

/** What each column holds; printed with `--emit-sql` as the view's documentation. */
export const TICKET_DOCS: Record<TicketField | 'period' | 'promise_min' | 'reply_within_promise', string> = {
  id: 'ticket id, unique within one export',
  created_at: "creation time, wall clock in the export's time zone",
  solved_at: 'time the ticket was solved (NULL while open)',
  solved: 'TRUE when the status is solved/resolved or closed',
  channel: "the philosophy's channel the ticket came through (mapped from Via / Source / Channel)",
  rating_good: 'TRUE for a good rating (Zendesk Good; 4-5 of 1-5), FALSE for a bad one, NULL when not rated',
  first_reply_min: 'minutes from creation to the first agent reply, calendar time',
  first_reply_bh_min: 'the same within business hours, where the export has it',
  resolution_min: 'minutes from creation to full resolution, calendar time',
  resolution_bh_min: 'the same within business hours, where the export has it',
  replies: 'number of agent replies',
  reopens: 'number of times the ticket was reopened',
  handle_min: 'minutes an agent worked on the ticket (handle time)',
  period: 'the period of created_at: YYYY-MM, YYYY-Www or YYYY-Qn',
  promise_min: "the first-response promise of the ticket's channel, in minutes (NULL when the channel promises none)",
  reply_within_promise:
    'TRUE when the first reply came within promise_min: calendar minutes, or business minutes for a promise in business days or hours (NULL without a reply or a promise)',
};

/** The view's columns as a commented DDL, for a warehouse (`--emit-sql`). */
export function ticketsViewDoc(): string {
  const all = [...TICKET_FIELDS, 'period' as const, 'promise_min' as const, 'reply_within_promise' as const];
  const type = (f: (typeof all)[number]) =>
    f === 'period' ? 'VARCHAR' : f === 'promise_min' ? 'DOUBLE' : f === 'reply_within_promise' ? 'BOOLEAN' : TICKET_TYPES[f];
  const lines = all.map((f, i) => `--   ${(f + ' ' + type(f) + (i < all.length - 1 ? ',' : '')).padEnd(30)} ${TICKET_DOCS[f]}`);
  return ['-- Every KPI query reads one view, tickets; map your ticket table onto it:', '-- CREATE VIEW tickets AS SELECT', ...lines, '-- FROM your_tickets;'].join('\n');
}
