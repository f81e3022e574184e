// The scorecard for a terminal: stylish, 80 columns. Pure function of the scorecard; a module
// of its own, so that string-width and wrap-ansi load only for this format (about 30 ms).
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
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
import type { Scorecard, Status } from './score.js';
import { w } from './words.js';

export interface StylishOptions {
  color: boolean;
  /** Plain characters instead of block sparklines (NO_COLOR, not a terminal). */
  plain: boolean;
  width?: number;
}

function fit(text: string, width: number): string {
  if (stringWidth(text) <= width) return text + ' '.repeat(width - stringWidth(text));
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…' + ' '.repeat(Math.max(0, width - 1 - stringWidth(out)));
}

const right = (text: string, width: number) => ' '.repeat(Math.max(0, width - stringWidth(text))) + text;

export function stylish(card: Scorecard, options: StylishOptions): string {
  const language = card.language;
  const width = Math.min(options.width ?? 80, 80);
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Status, (s: string) => string> = { met: c.green, near: c.yellow, missed: c.red, 'too-few': c.dim, 'no-data': c.dim };
  const wrap = (text: string, indent = '', hanging = indent) =>
    wrapAnsi(text, width - hanging.length, { hard: true })
      .split('\n')
      .map((l, i) => (i === 0 ? indent : hanging) + l)
      .join('\n');
  const out: string[] = [];
  out.push(c.bold(`${w(language, 'head.title')}: ${card.company}. ${w(language, 'head.subtitle')}`));
  out.push(wrap(periodsLine(card)));
  // KPI, actual, target, n, status and a trend of up to 12 periods; the name takes the rest.
  const trendWidth = Math.max(Math.min(12, card.periods.length), stringWidth(w(language, 'col.trend')));
  const cols = [Math.max(12, width - 45 - trendWidth), 9, 11, 7, 11];
  const header = `  ${fit(w(language, 'col.kpi'), cols[0]!)} ${right(w(language, 'col.actual'), cols[1]!)} ${right(w(language, 'col.target'), cols[2]!)} ${right(w(language, 'col.n'), cols[3]!)} ${fit(w(language, 'col.status'), cols[4]!)} ${w(language, 'col.trend')}`;
  for (const value of card.values) {
    out.push('');
    out.push(c.bold(wrap(valueSummary(value, card))));
    if (!value.kpis.length) continue;
    out.push(c.dim(header.trimEnd()));
    const notes: string[] = [];
    for (const kpi of value.kpis) {
      const row = lastRow(kpi, card);
      const status = row?.status ?? 'no-data';
      const cells = `  ${fit(kpi.name, cols[0]!)} ${right(formatActual(row, language), cols[1]!)} ${right(formatTarget(kpi, language), cols[2]!)} ${right(formatN(row, language), cols[3]!)} `;
      const room = Math.max(0, width - stringWidth(cells) - cols[4]! - 1);
      const trend = room ? sparkline(kpi.series.slice(-room).map((r) => r.actual), options.plain) : '';
      out.push(`${cells}${paint[status](fit(statusWord(status, language), cols[4]!))} ${trend}`.trimEnd());
      const why = noDataText(kpi, language);
      if (why) notes.push(c.dim(wrap(`${kpi.name}: ${why}`, '    ')));
    }
    out.push(...notes);
  }
  if (card.withoutTarget.length) out.push('', wrap(w(language, 'noTarget', { count: card.withoutTarget.length, names: card.withoutTarget.join(', ') })));
  out.push('', c.bold(w(language, 'sources.title')));
  for (const source of card.sources) {
    out.push(wrap(sourceLine(source, language), '  '));
    if (source.skipped) {
      out.push(wrap(w(language, 'sources.skipped', { count: source.skipped }), '    '));
      for (const row of source.firstSkipped) out.push(wrap(skippedText(row, language), '      '));
    }
    if (source.duplicatesAcrossFiles) out.push(wrap(w(language, 'sources.acrossFiles', { count: source.duplicatesAcrossFiles }), '    '));
  }
  out.push('', c.bold(w(language, 'def.title')));
  for (const line of definitions(card)) out.push(c.dim(wrap(line, '  - ', '    ')));
  return out.join('\n') + '\n';
}
