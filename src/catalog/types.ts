import type { Bilingual, BilingualList } from '../core/bilingual.js';
import type { Direction } from '../model/constants.js';

export interface KpiDef {
  /** Upper-case id used in philosophy files, e.g. CSAT. */
  id: string;
  name: Bilingual;
  /** One sentence: what it measures. */
  definition: Bilingual;
  formula: Bilingual;
  /** How `philosophy scorecard` computes it from helpdesk tickets, in words; only for the KPIs
   * whose SQL is in src/scorecard/kpi-sql.ts. */
  ticketFormula?: Bilingual;
  /** Default unit of targets: '%', 'points', 'h', 'min', 'days', 'count', 'currency', ... */
  unit: string;
  /** The range or scale, e.g. '-100..100', '0..100 %', '1..7'. */
  scale: Bilingual;
  /** Lowest and highest possible value where the scale bounds it. */
  min?: number;
  max?: number;
  direction: Direction;
  /** A typical target in `unit`, taken from the benchmark: the wizard's default target. Absent
   * where the benchmark names no general figure. */
  target?: number;
  /** A typical benchmark and where the figure comes from. */
  benchmark: { text: Bilingual; source: string };
  /** Traps worth knowing (e.g. two CES scales); optional. */
  note?: Bilingual;
  /** What the KPI is mostly about, used by the metric-fit rule. */
  measures: Array<'satisfaction' | 'loyalty' | 'effort' | 'resolution' | 'speed' | 'quality' | 'retention' | 'revenue' | 'self-service' | 'employees' | 'sales' | 'brand' | 'volume' | 'usage'>;
}

export interface ValueDef {
  /** kebab-case id, e.g. `integrity`. */
  id: string;
  name: Bilingual;
  /** Other words that name the same value, lower-case, per language (used to match user values). */
  synonyms: BilingualList;
  meaning: Bilingual;
  /** Suggested action statement: verb first or an I-/Ich-statement. */
  action: Bilingual;
  /** Suggested KPI ids, best first. All must exist in the KPI catalog. */
  kpis: string[];
  /** KPI ids that truly measure this value (superset of `kpis`), used by the metric-fit rule. */
  fits: string[];
  /** Suggested interview questions for the values benchmark (3 per language). */
  questions: BilingualList;
  /** Technology that reinforces the value. */
  tools: BilingualList;
}

export interface TeamDef {
  /** The id used in `teams[].team`, e.g. `support`. */
  id: string;
  name: Bilingual;
  activities: Bilingual;
  /** KPI ids, all in the KPI catalog. */
  metrics: string[];
}

export interface ChannelDef {
  id: string;
  name: Bilingual;
}
