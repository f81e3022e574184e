// Words and numbers a reader sees, shared by every format: local number formats, targets as
// "≤ 2 h", status words, value summaries, skipped rows and the KPI definitions.
import type { Language } from '../model/constants.js';
import { periodLabel } from './periods.js';
import type { KpiCard, Scorecard, ScoreRow, Status, ValueCard } from './score.js';
import type { SkippedRow, SlaBasis, SourceReport } from './engine.js';
import { scheduleText } from './business-time.js';
import { w, type MessageKey } from './words.js';

const OPS = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' } as const;

export function formatNumber(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

const UNIT_WORDS: Record<string, Record<Language, string>> = {
  points: { en: 'points', de: 'Punkte' },
  days: { en: 'days', de: 'Tage' },
  count: { en: '', de: '' },
};

function withUnit(text: string, unit: string, language: Language): string {
  const word = UNIT_WORDS[unit]?.[language] ?? unit;
  return word ? `${text} ${word}` : text;
}

export function formatActual(row: ScoreRow | undefined, language: Language): string {
  if (!row || row.actual === null) return '–';
  return withUnit(formatNumber(row.actual, language), row.unit, language);
}

export function formatTarget(card: KpiCard, language: Language): string {
  return `${OPS[card.target.op]} ${withUnit(formatNumber(card.target.value, language, 2), card.unit, language)}`;
}

export function formatN(row: ScoreRow | undefined, language: Language): string {
  return row && row.n !== null ? formatNumber(row.n, language, 0) : '–';
}

export function statusWord(status: Status, language: Language): string {
  return w(language, `status.${status}` as MessageKey);
}

export function lastPeriod(card: Scorecard): string | undefined {
  return card.periods[card.periods.length - 1];
}

export function lastRow(kpi: KpiCard, card: Scorecard): ScoreRow | undefined {
  const last = lastPeriod(card);
  return kpi.series.find((r) => r.period === last);
}

export function valueSummary(value: ValueCard, card: Scorecard): string {
  const language = card.language;
  if (!value.kpis.length) return w(language, 'summary.none', { value: value.name });
  const last = lastPeriod(card);
  return w(language, 'summary.value', { value: value.name, met: value.met, total: value.kpis.length, period: last ? periodLabel(last, language) : '–' });
}

export function periodsLine(card: Scorecard): string {
  const language = card.language;
  const first = card.periods[0];
  const last = lastPeriod(card);
  return w(language, 'head.periods', {
    from: first ? periodLabel(first, language) : '–',
    to: last ? periodLabel(last, language) : '–',
    kind: w(language, `head.period.${card.periodKind}` as MessageKey),
  });
}

/** Why a KPI has no value, naming the input that would provide it. */
export function noDataText(kpi: KpiCard, language: Language): string | undefined {
  if (!kpi.noData) return undefined;
  if (kpi.noData.kind === 'aggregated') return w(language, 'nodata.aggregated', { kpi: kpi.id });
  const what = [...new Set(kpi.noData.needs)].map((f) => w(language, `need.${f}` as MessageKey)).join('; ');
  return w(language, 'nodata.ticket', { what, kpi: kpi.id });
}

export function skippedText(row: SkippedRow, language: Language): string {
  const value = row.value.length > 40 ? `${row.value.slice(0, 39)}…` : row.value;
  return w(language, `skip.${row.reason}` as MessageKey, { row: row.row, column: row.column, value: value.replace(/[\x00-\x1f\x7f]/g, ' ') });
}

const SOURCE_NAMES: Record<string, string> = { zendesk: 'Zendesk', freshdesk: 'Freshdesk', intercom: 'Intercom', tickets: 'Ticket-CSV', aggregated: 'KPI-Datei' };
const SOURCE_NAMES_EN: Record<string, string> = { zendesk: 'Zendesk', freshdesk: 'Freshdesk', intercom: 'Intercom', tickets: 'ticket CSV', aggregated: 'KPI file' };

export function sourceLine(source: SourceReport, language: Language): string {
  return w(language, 'sources.line', {
    file: source.file,
    source: (language === 'de' ? SOURCE_NAMES : SOURCE_NAMES_EN)[source.source] ?? source.source,
    rows: formatNumber(source.rows, language, 0),
    used: formatNumber(source.used, language, 0),
  });
}

/** The definitions of the ticket KPIs shown, then the status rule. */
export function definitions(card: Scorecard): string[] {
  const language = card.language;
  const lines = card.ticketKpis.map((id) => w(language, (id === 'FRT' && card.businessHours ? 'def.FRT.bh' : `def.${id}`) as MessageKey));
  if (card.ticketKpis.includes('SLA')) lines.push(...card.slaBasis.map((b) => slaBasisText(b, language)));
  if (card.values.some((v) => v.kpis.some((k) => k.from === 'aggregated'))) lines.push(w(language, 'def.aggregated'));
  lines.push(w(language, 'def.sample', { min: card.settings.minSample, band: formatNumber(card.settings.nearBand, language) }));
  return lines;
}

const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const PLAIN = ['_', '.', '-', '~', '=', '+', '*', '#'];

/** One character per period, lowest to highest; a blank where there is no value. */
export function sparkline(values: Array<number | null>, plain: boolean): string {
  const ramp = plain ? PLAIN : BARS;
  const known = values.filter((v): v is number => v !== null);
  if (!known.length) return '';
  const min = Math.min(...known);
  const max = Math.max(...known);
  return values.map((v) => (v === null ? ' ' : ramp[max === min ? 3 : Math.round(((v - min) / (max - min)) * (ramp.length - 1))]!)).join('');
}

/** How a promise in business time was measured, in words: which basis, and how long a day is. */
export function slaBasisText(basis: SlaBasis, language: Language): string {
  return w(language, `sla.${basis.basis}` as MessageKey, {
    channel: basis.channel,
    promise: basis.promise,
    hours: basis.schedule ? scheduleText(basis.schedule, language) : '',
    day: formatNumber(basis.dayMinutes / 60, language),
  });
}
