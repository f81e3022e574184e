// From KPI values to a scorecard: each value × KPI × period gets a status against the
// philosophy's target. Pure: the numbers come from the engine (or a test).
import { findKpi } from '../catalog/index.js';
import type { Language } from '../model/constants.js';
import type { Philosophy, Target } from '../model/schema.js';
import type { EngineResult, KpiValue, SlaBasis, SourceReport } from './engine.js';
import type { PeriodKind } from './periods.js';
import type { TicketField } from './tickets.js';

export const STATUSES = ['met', 'near', 'missed', 'too-few', 'no-data'] as const;
export type Status = (typeof STATUSES)[number];

export interface ScoreSettings {
  /** Fewest tickets or ratings a value may rest on (default 30). */
  minSample: number;
  /** The "near" band around the target, in % of the target (default 5). */
  nearBand: number;
}

export const DEFAULT_SETTINGS: ScoreSettings = { minSample: 30, nearBand: 5 };

export interface ScoreRow {
  value: string;
  kpi: string;
  period: string;
  actual: number | null;
  unit: string;
  n: number | null;
  target: number;
  op: Target['op'];
  status: Status;
}

export interface KpiCard {
  id: string;
  /** The catalog's name in the document's language, or the custom KPI's name. */
  name: string;
  unit: string;
  target: { op: Target['op']; value: number };
  direction: 'higher' | 'lower';
  /** One row per period, oldest first. */
  series: ScoreRow[];
  /** Why there is no value: the input that would provide it. */
  noData?: { kind: 'ticket'; needs: TicketField[] } | { kind: 'aggregated' };
  /** Computed from tickets (a formula of kpi-sql.ts) or read from an aggregated file. */
  from: 'tickets' | 'aggregated' | 'none';
}

export interface ValueCard {
  name: string;
  kpis: KpiCard[];
  met: number;
}

export interface Scorecard {
  version: 1;
  company: string;
  file: string;
  language: Language;
  periodKind: PeriodKind;
  periods: string[];
  values: ValueCard[];
  sources: SourceReport[];
  settings: ScoreSettings;
  businessHours: boolean;
  /** How promises in business time were measured, per channel (for SLA). */
  slaBasis: SlaBasis[];
  /** KPI ids of the philosophy that have no target. */
  withoutTarget: string[];
  /** Ticket KPI ids shown, for the definitions. */
  ticketKpis: string[];
}

/** met, near, missed or too few; `no data` when there is no value. */
export function statusOf(actual: number | null, n: number | null, target: Target, settings: ScoreSettings): Status {
  if (actual === null || !Number.isFinite(actual) || n === 0) return 'no-data';
  if (n !== null && n < settings.minSample) return 'too-few';
  const t = target.value;
  const met =
    target.op === 'gte' ? actual >= t : target.op === 'gt' ? actual > t : target.op === 'lte' ? actual <= t : target.op === 'lt' ? actual < t : Math.abs(actual - t) < 1e-9;
  if (met) return 'met';
  // A hair of tolerance, so that 2.1 against 2 with a 5 % band is near despite binary fractions.
  return Math.abs(actual - t) <= (Math.abs(t) * settings.nearBand) / 100 + 1e-9 * Math.max(1, Math.abs(t)) ? 'near' : 'missed';
}

const MINUTES_PER: Record<string, number> = { s: 1 / 60, sec: 1 / 60, min: 1, h: 60, d: 1440, day: 1440, days: 1440 };

/** A duration in minutes in the target's unit; undefined when that unit is no duration. */
export function minutesIn(unit: string, minutes: number): number | undefined {
  const per = MINUTES_PER[unit.trim().toLowerCase()];
  return per === undefined ? undefined : minutes / per;
}

interface KpiMeta {
  name: string;
  unit: string;
  direction: 'higher' | 'lower';
}

function metaOf(id: string, model: Philosophy, language: Language): KpiMeta {
  const def = findKpi(id);
  if (def) return { name: def.name[language], unit: def.unit, direction: def.direction };
  const custom = model.customKpis?.find((k) => k.id === id);
  return { name: custom?.name ?? id, unit: custom?.unit ?? '', direction: custom?.direction ?? 'higher' };
}

export interface BuildInput {
  model: Philosophy;
  /** The reader's language. */
  language: Language;
  file: string;
  engine: EngineResult;
  periodKind: PeriodKind;
  settings: ScoreSettings;
  businessHours: boolean;
}

export function buildScorecard({ model, language, file, engine, periodKind, settings, businessHours }: BuildInput): Scorecard {
  const periods = engine.periods;
  const withoutTarget: string[] = [];
  const usedTicketKpis = new Set<string>();
  const values: ValueCard[] = model.values.core.map((value) => {
    const kpis: KpiCard[] = [];
    for (const kpi of value.kpis ?? []) {
      if (!kpi.target) {
        withoutTarget.push(kpi.id);
        continue;
      }
      const meta = metaOf(kpi.id, model, language);
      const unit = kpi.target.unit ?? meta.unit;
      const query = engine.queries[kpi.id];
      const fromTickets = engine.ticketKpis[kpi.id];
      const fromAggregated = engine.aggregated[kpi.id];
      let values: KpiValue[] = [];
      let from: KpiCard['from'] = 'none';
      let shownUnit = unit;
      if (fromTickets && fromTickets.some((v) => v.n)) {
        from = 'tickets';
        usedTicketKpis.add(kpi.id);
        values = fromTickets.map((v) => {
          if (v.actual === null || query?.unit !== 'min') return v;
          const converted = minutesIn(unit, v.actual);
          return { ...v, actual: converted ?? v.actual };
        });
        if (query?.unit === 'min' && minutesIn(unit, 1) === undefined) shownUnit = 'min';
      } else if (fromAggregated) {
        from = 'aggregated';
        values = fromAggregated;
      }
      const byPeriod = new Map(values.map((v) => [v.period, v]));
      const series = periods.map((period): ScoreRow => {
        const v = byPeriod.get(period);
        const actual = v?.actual ?? null;
        const n = v ? v.n : null;
        return {
          value: value.name,
          kpi: kpi.id,
          period,
          actual,
          unit: shownUnit,
          n: from === 'tickets' ? (n ?? 0) : n,
          target: kpi.target!.value,
          op: kpi.target!.op,
          status: v ? statusOf(actual, from === 'tickets' ? (n ?? 0) : n, kpi.target!, settings) : 'no-data',
        };
      });
      const card: KpiCard = { id: kpi.id, name: meta.name, unit: shownUnit, target: { op: kpi.target.op, value: kpi.target.value }, direction: meta.direction, series, from };
      if (from === 'none') {
        card.noData = query ? { kind: 'ticket', needs: query.needs } : { kind: 'aggregated' };
        if (query) usedTicketKpis.add(kpi.id);
      }
      kpis.push(card);
    }
    const last = periods[periods.length - 1];
    const met = kpis.filter((k) => k.series.find((r) => r.period === last)?.status === 'met').length;
    return { name: value.name, kpis, met };
  });
  return {
    version: 1,
    company: model.company.name,
    file,
    language,
    periodKind,
    periods,
    values,
    sources: engine.sources,
    settings,
    businessHours,
    slaBasis: engine.slaBasis,
    withoutTarget,
    ticketKpis: [...usedTicketKpis],
  };
}

/** Every row, for json and csv and for --fail-on. */
export function allRows(card: Scorecard): ScoreRow[] {
  return card.values.flatMap((v) => v.kpis.flatMap((k) => k.series));
}

/** Exit 1 under --fail-on: a KPI of the last period missed (or near). */
export function failsOn(card: Scorecard, level: 'missed' | 'near'): boolean {
  const last = card.periods[card.periods.length - 1];
  const bad: Status[] = level === 'near' ? ['missed', 'near'] : ['missed'];
  return allRows(card).some((r) => r.period === last && bad.includes(r.status));
}
