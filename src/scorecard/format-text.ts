// The scorecard for GitHub (md) and for machines (json, csv). Pure functions of the scorecard.
import { stringify } from 'csv-stringify/sync';
import { markdownCell, markdownInline } from '../render/escape.js';
import { periodLabel } from './periods.js';
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
  sparkline,
  statusWord,
  valueSummary,
} from './present.js';
import { allRows, type Scorecard, type Status } from './score.js';
import { w } from './words.js';

const ICONS: Record<Status, string> = { met: '✅', near: '🟡', missed: '❌', 'too-few': '⚪', 'no-data': '⚪' };

/** For $GITHUB_STEP_SUMMARY and PR comments. */
export function markdown(card: Scorecard): string {
  const language = card.language;
  const out: string[] = [];
  out.push(`## ${markdownInline(w(language, 'head.title'))}: ${markdownInline(card.company)}`, '');
  out.push(markdownInline(periodsLine(card)), '');
  for (const value of card.values) {
    out.push(`### ${markdownInline(valueSummary(value, card))}`, '');
    if (!value.kpis.length) continue;
    out.push(`| ${['col.kpi', 'col.actual', 'col.target', 'col.n', 'col.status', 'col.trend'].map((k) => w(language, k as Parameters<typeof w>[1])).join(' | ')} |`);
    out.push('|---|--:|--:|--:|---|---|');
    const notes: string[] = [];
    for (const kpi of value.kpis) {
      const row = lastRow(kpi, card);
      const status = row?.status ?? 'no-data';
      const trend = sparkline(kpi.series.map((r) => r.actual), false);
      out.push(
        `| ${markdownCell(kpi.name)} | ${markdownCell(formatActual(row, language))} | ${markdownCell(formatTarget(kpi, language))} | ${formatN(row, language)} | ${ICONS[status]} ${statusWord(status, language)} | ${trend ? `\`${trend}\`` : ''} |`,
      );
      const why = noDataText(kpi, language);
      if (why) notes.push(`- ${markdownInline(`${kpi.name}: ${why}`)}`);
    }
    out.push('');
    if (notes.length) out.push(...notes, '');
  }
  if (card.withoutTarget.length) out.push(markdownInline(w(language, 'noTarget', { count: card.withoutTarget.length, names: card.withoutTarget.join(', ') })), '');
  out.push(`#### ${w(language, 'sources.title')}`, '');
  for (const source of card.sources) {
    out.push(`- ${markdownInline(sourceLine(source, language))}`);
    if (source.skipped) {
      out.push(`  ${markdownInline(w(language, 'sources.skipped', { count: source.skipped }))}`);
      for (const row of source.firstSkipped) out.push(`  - ${markdownInline(skippedText(row, language))}`);
    }
    if (source.duplicatesAcrossFiles) out.push(`  ${markdownInline(w(language, 'sources.acrossFiles', { count: source.duplicatesAcrossFiles }))}`);
  }
  out.push('', `#### ${w(language, 'def.title')}`, '');
  for (const line of definitions(card)) out.push(`- ${markdownInline(line)}`);
  return out.join('\n') + '\n';
}

export const JSON_VERSION = 1;

export function json(card: Scorecard, generator: string): string {
  return (
    JSON.stringify(
      {
        version: JSON_VERSION,
        generator,
        philosophy: card.file,
        company: card.company,
        period: card.periodKind,
        periods: card.periods,
        businessHours: card.businessHours,
        minSample: card.settings.minSample,
        nearBand: card.settings.nearBand,
        sources: card.sources.map((s) => ({
          file: s.file,
          source: s.source,
          rows: s.rows,
          counted: s.used,
          skipped: s.skipped,
          firstSkipped: s.firstSkipped,
          duplicatesAcrossFiles: s.duplicatesAcrossFiles,
        })),
        results: allRows(card).map((r) => ({ ...r, actual: r.actual === null ? null : Math.round(r.actual * 1e4) / 1e4 })),
        definitions: definitions(card),
      },
      null,
      2,
    ) + '\n'
  );
}

export const CSV_COLUMNS = ['value', 'kpi', 'period', 'actual', 'unit', 'n', 'target', 'op', 'status'] as const;

export function csv(card: Scorecard): string {
  const rows = allRows(card).map((r) => [r.value, r.kpi, r.period, r.actual === null ? '' : Math.round(r.actual * 1e4) / 1e4, r.unit, r.n ?? '', r.target, r.op, r.status]);
  return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: 'windows' });
}

export { periodLabel };
