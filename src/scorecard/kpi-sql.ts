// One definition per KPI: SQL aggregates over the `tickets` view (tickets.ts), grouped by
// period. The catalog names these formulas (see `ticketFormula` in src/catalog); the engine runs
// them all in one scan, and `--emit-sql` prints each as its own query for a warehouse.
import type { TicketField } from './tickets.js';

export interface KpiQuery {
  /** The value in `unit`. */
  actual: string;
  /** How many tickets or ratings the value rests on. */
  n: string;
  /** Minutes for durations (converted to the target's unit), % for shares. */
  unit: 'min' | '%';
  /** Columns of the view the formula needs; a source without them cannot compute it. */
  needs: TicketField[];
}

export interface KpiSqlOptions {
  /** Use the business-hours columns for FRT and ART. */
  businessHours: boolean;
}

export function kpiQueries(options: KpiSqlOptions): Record<string, KpiQuery> {
  const firstReply: TicketField = options.businessHours ? 'first_reply_bh_min' : 'first_reply_min';
  const resolution: TicketField = options.businessHours ? 'resolution_bh_min' : 'resolution_min';
  return {
    CSAT: {
      actual: '100.0 * count(*) FILTER (WHERE rating_good) / nullif(count(rating_good), 0)',
      n: 'count(rating_good)',
      unit: '%',
      needs: ['rating_good'],
    },
    FRT: {
      actual: `median(${firstReply})`,
      n: `count(${firstReply})`,
      unit: 'min',
      needs: [firstReply],
    },
    ART: {
      actual: `median(${resolution}) FILTER (WHERE solved)`,
      n: `count(${resolution}) FILTER (WHERE solved)`,
      unit: 'min',
      needs: [resolution, 'solved'],
    },
    FCR: {
      actual:
        '100.0 * count(*) FILTER (WHERE solved AND replies = 1 AND coalesce(reopens, 0) = 0) / nullif(count(*) FILTER (WHERE solved AND replies >= 1), 0)',
      n: 'count(*) FILTER (WHERE solved AND replies >= 1)',
      unit: '%',
      needs: ['solved', 'replies'],
    },
    REOPEN: {
      actual: '100.0 * count(*) FILTER (WHERE solved AND reopens >= 1) / nullif(count(*) FILTER (WHERE solved AND reopens IS NOT NULL), 0)',
      n: 'count(*) FILTER (WHERE solved AND reopens IS NOT NULL)',
      unit: '%',
      needs: ['solved', 'reopens'],
    },
    SLA: {
      // reply_within_promise: the view measures each reply against its channel's promise, in
      // calendar or business time (engine.ts, business-time.ts); NULL without reply or promise.
      actual: '100.0 * count(*) FILTER (WHERE reply_within_promise) / nullif(count(reply_within_promise), 0)',
      n: 'count(reply_within_promise)',
      unit: '%',
      needs: [firstReply, 'channel'],
    },
    AHT: {
      actual: 'avg(handle_min)',
      n: 'count(handle_min)',
      unit: 'min',
      needs: ['handle_min'],
    },
  };
}

export const TICKET_KPIS = Object.keys(kpiQueries({ businessHours: false }));

/** One KPI as a query of its own. */
export function kpiStatement(id: string, query: KpiQuery): string {
  return `-- ${id}\nSELECT period,\n       ${query.actual} AS actual,\n       ${query.n} AS n\nFROM tickets\nGROUP BY period\nORDER BY period;`;
}

/** The aggregate columns of the wanted KPIs: `<id>_actual` and `<id>_n` for each. */
export function kpiColumns(ids: string[], queries: Record<string, KpiQuery>): string[] {
  return ids.flatMap((id) => [`${queries[id]!.actual} AS "${id}_actual"`, `${queries[id]!.n} AS "${id}_n"`]);
}

/** All wanted KPIs in one scan: columns `period`, then `<id>_actual` and `<id>_n` per KPI. */
export function combinedStatement(ids: string[], queries: Record<string, KpiQuery>): string {
  return `SELECT period, ${kpiColumns(ids, queries).join(', ')} FROM tickets GROUP BY period ORDER BY period`;
}
