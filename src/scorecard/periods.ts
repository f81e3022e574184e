// Periods: keys for machines (YYYY-MM, YYYY-Www, YYYY-Qn, in json and csv) and words for people.
import type { Language } from '../model/constants.js';

export const PERIOD_KINDS = ['week', 'month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The period key of a timestamp column, in SQL. Weeks are ISO weeks. */
export function periodSql(kind: PeriodKind, column: string): string {
  if (kind === 'month') return `strftime(${column}, '%Y-%m')`;
  if (kind === 'week') return `strftime(${column}, '%G-W%V')`;
  return `CAST(year(${column}) AS VARCHAR) || '-Q' || CAST(quarter(${column}) AS VARCHAR)`;
}

/** "October 2026", "Oktober 2026"; "week 41 of 2026", "KW 41/2026"; "Q3 2026". */
export function periodLabel(key: string, language: Language, short = false): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { month: short ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week) {
    const n = Number(week[2]);
    if (language === 'de') return `KW ${n}/${week[1]}`;
    return short ? `wk ${n} ${week[1]}` : `week ${n} of ${week[1]}`;
  }
  const quarter = /^(\d{4})-Q(\d)$/.exec(key);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  return key;
}
