// The scorecard as HTML (and, printed by Chromium, as PDF): the context of
// templates/scorecard.html.hbs, with one SVG chart per KPI.
import type { Environment } from '../render/engine.js';
import type { RenderContext } from '../render/context.js';
import { chartSvg } from './chart.js';
import {
  definitions,
  formatActual,
  formatN,
  formatTarget,
  lastRow,
  noDataText,
  periodsLine,
  skippedText,
  sourceLine,
  statusWord,
  valueSummary,
} from './present.js';
import type { Scorecard } from './score.js';
import { w } from './words.js';

export function scorecardContext(card: Scorecard, generator: string) {
  const language = card.language;
  return {
    language,
    generator,
    title: `${w(language, 'head.title')}: ${card.company}`,
    subtitle: w(language, 'head.subtitle', { company: card.company }),
    periodsLine: periodsLine(card),
    labels: {
      actual: w(language, 'col.actual'),
      target: w(language, 'col.target'),
      n: w(language, 'col.n'),
      sources: w(language, 'sources.title'),
      definitions: w(language, 'def.title'),
    },
    values: card.values.map((value) => ({
      summary: valueSummary(value, card),
      kpis: value.kpis.map((kpi) => {
        const row = lastRow(kpi, card);
        const status = row?.status ?? 'no-data';
        const hasValues = kpi.series.some((r) => r.actual !== null);
        return {
          name: kpi.name,
          status,
          statusWord: statusWord(status, language),
          actual: formatActual(row, language),
          target: formatTarget(kpi, language),
          n: formatN(row, language),
          chart: hasValues ? chartSvg(kpi, card) : '',
          why: noDataText(kpi, language) ?? '',
        };
      }),
    })),
    withoutTarget: card.withoutTarget.length ? w(language, 'noTarget', { count: card.withoutTarget.length, names: card.withoutTarget.join(', ') }) : '',
    sources: card.sources.map((s) => ({
      line: sourceLine(s, language),
      skipped: s.skipped ? w(language, 'sources.skipped', { count: s.skipped }) : '',
      rows: s.firstSkipped.map((r) => skippedText(r, language)),
      acrossFiles: s.duplicatesAcrossFiles ? w(language, 'sources.acrossFiles', { count: s.duplicatesAcrossFiles }) : '',
    })),
    definitions: definitions(card),
    footer: w(language, 'footer', { generator, file: card.file }),
  };
}

export function scorecardHtml(card: Scorecard, env: Environment, generator: string): string {
  return env.render('scorecard.html.hbs', scorecardContext(card, generator) as unknown as RenderContext);
}
