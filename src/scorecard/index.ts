// The scorecard service: exports in, a scorecard (data) out; formats are pure functions of it.
import type { ScorecardConfig } from '../lint/config.js';
import type { Language } from '../model/constants.js';
import type { Philosophy } from '../model/schema.js';
import { channelMapper } from './channels.js';
import { runEngine, type InputFile, type Progress } from './engine.js';
import { kpiQueries, kpiStatement, TICKET_KPIS } from './kpi-sql.js';
import type { PeriodKind } from './periods.js';
import { periodSql } from './periods.js';
import { buildScorecard, DEFAULT_SETTINGS, type Scorecard } from './score.js';
import type { SourceKind } from './sources.js';
import { ticketsViewDoc } from './tickets.js';

export interface ScorecardInput {
  model: Philosophy;
  language: Language;
  /** The philosophy's file name, as shown. */
  file: string;
  inputs: InputFile[];
  period: PeriodKind;
  since?: string;
  until?: string;
  source?: SourceKind;
  businessHours: boolean;
  config: ScorecardConfig;
  now: Date;
  progress?: (event: Progress) => void;
}

export async function computeScorecard(input: ScorecardInput): Promise<Scorecard> {
  const engine = await runEngine(input.inputs, {
    period: input.period,
    ...(input.since ? { since: input.since } : {}),
    ...(input.until ? { until: input.until } : {}),
    ...(input.source ? { forcedSource: input.source } : {}),
    ...(input.config.columns ? { columnMap: input.config.columns } : {}),
    ...(input.config.timeZone ? { timeZone: input.config.timeZone } : {}),
    businessHours: input.businessHours,
    channelOf: channelMapper(input.model.needs?.channels ?? []),
    ...(input.progress ? { progress: input.progress } : {}),
    now: input.now,
    kpis: targetedKpis(input.model),
  });
  return buildScorecard({
    model: input.model,
    language: input.language,
    file: input.file,
    engine,
    periodKind: input.period,
    settings: { minSample: input.config.minSample ?? DEFAULT_SETTINGS.minSample, nearBand: input.config.nearBand ?? DEFAULT_SETTINGS.nearBand },
    businessHours: input.businessHours,
  });
}

/** The ticket KPIs the philosophy's values name with a target: the only ones worth reading. */
function targetedKpis(model: Philosophy): string[] {
  const ids = new Set(TICKET_KPIS);
  return [...new Set(model.values.core.flatMap((v) => (v.kpis ?? []).filter((k) => k.target && ids.has(k.id)).map((k) => k.id)))];
}

/** The view's documentation and one query per KPI, for a warehouse. */
export function emitSql(options: { businessHours: boolean; period: PeriodKind }): string {
  const queries = kpiQueries({ businessHours: options.businessHours });
  return [
    ticketsViewDoc(),
    `-- period = ${periodSql(options.period, 'created_at')}`,
    '',
    ...Object.entries(queries).map(([id, q]) => kpiStatement(id, q) + '\n'),
  ].join('\n');
}

export { csv, json, markdown } from './format-text.js';
export { scorecardHtml } from './html.js';
export { failsOn } from './score.js';
