// The terminal report: grouped by step, coloured when allowed, wrapped to the terminal's width
// with a hanging indent (wrap-ansi measures with string-width, so umlauts, wide characters and
// colour codes never break the columns).
import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { escapeControls } from '../../core/text.js';
import type { Finding } from '../../core/findings.js';
import type { Change, DiffResult, WordPart } from '../types.js';
import { STEP_TITLES, word } from '../words.js';
import { KIND_SYMBOLS, byStep, commitDate, countsText, sidesText } from './shared.js';
import type { DiffFormatContext, DiffFormatter } from './types.js';

/** Lines of `text` wrapped to `width`, the first after `first`, the rest after `rest`. */
function wrap(text: string, width: number, first: string, rest: string): string[] {
  const room = Math.max(20, width - stringWidth(rest));
  return wrapAnsi(text, room, { hard: true, trim: true })
    .split('\n')
    .map((line, i) => (i === 0 ? first : rest) + line);
}

function kindColour(chalk: ChalkInstance, change: Change): (text: string) => string {
  if (change.kind === 'added') return chalk.green;
  if (change.kind === 'removed') return chalk.red;
  if (change.direction === 'stricter') return chalk.cyan;
  if (change.direction === 'looser') return chalk.magenta;
  if (change.kind === 'moved' || change.kind === 'renamed') return chalk.blueBright;
  return chalk.yellow;
}

/** A reworded text, words removed and added marked: in colour on a terminal, else the way
 * `git diff --word-diff=plain` marks them. */
function words(parts: readonly WordPart[], chalk: ChalkInstance, color: boolean): string {
  return parts
    .map((p, i) => {
      const text = escapeControls(p.text.replace(/\s+/g, ' '));
      if (p.kind === 'same') return text;
      if (!color) return p.kind === 'added' ? `{+${text}+}` : `[-${text}-]`;
      // Struck-through words right before their replacement would read as one word; spaces
      // around a change stay unmarked.
      const gap = p.kind === 'removed' && parts[i + 1]?.kind === 'added' && !text.endsWith(' ') ? ' ' : '';
      const [, lead = '', core = '', trail = ''] = /^( ?)(.*?)( ?)$/s.exec(text) ?? [];
      const marked = p.kind === 'added' ? chalk.green.underline(core) : chalk.red.strikethrough(core);
      return lead + marked + trail + gap;
    })
    .join('');
}

function changeLines(change: Change, context: DiffFormatContext, chalk: ChalkInstance, indent: string): string[] {
  const colour = kindColour(chalk, change);
  const lead = `${indent}${colour(KIND_SYMBOLS[change.kind])} `;
  const lines = wrap(escapeControls(change.summary), context.width, lead, `${indent}  `);
  if (change.words) lines.push(...wrap(words(change.words, chalk, context.color), context.width, `${indent}    `, `${indent}    `));
  return lines;
}

function findingLines(title: string, findings: readonly Finding[], symbol: string, context: DiffFormatContext, chalk: ChalkInstance, indent: string): string[] {
  if (!findings.length) return [];
  const out = ['', `${indent}${chalk.bold(title)}`];
  for (const f of findings) {
    const severity = f.severity === 'error' ? chalk.red(symbol) : f.severity === 'info' ? chalk.blue(symbol) : chalk.yellow(symbol);
    out.push(...wrap(`${escapeControls(f.message)} ${chalk.dim(escapeControls(f.ruleId))}`, context.width, `${indent}  ${severity} `, `${indent}    `));
  }
  return out;
}

function body(result: DiffResult, context: DiffFormatContext, chalk: ChalkInstance, indent: string): string[] {
  const { language } = context;
  const out: string[] = [];
  if (!result.changes.length) out.push(`${indent}${chalk.dim(word('noChanges', language))}`);
  for (const [step, changes] of byStep(result.changes)) {
    out.push('', `${indent}${chalk.bold(STEP_TITLES[step][language])}`);
    for (const change of changes) out.push(...changeLines(change, context, chalk, `${indent}  `));
  }
  out.push(...findingLines(word('introduced', language), result.findings.introduced, '▲', context, chalk, indent));
  out.push(...findingLines(word('resolved', language), result.findings.resolved, '✔', context, chalk, indent));
  return out;
}

export const formatter: DiffFormatter = {
  diff(results, context) {
    const chalk = new Chalk({ level: context.color ? 1 : 0 });
    const out: string[] = [];
    for (const result of results) {
      const path = escapeControls(result.new.exists ? result.new.path : result.old.path);
      const sides = escapeControls(sidesText(result, context.language));
      // The sides beside the path when they fit, else on a line of their own.
      if (stringWidth(`${path}  ${sides}`) <= context.width) out.push(`${chalk.underline(path)}  ${chalk.dim(sides)}`);
      else out.push(...wrap(chalk.underline(path), context.width, '', ''), ...wrap(chalk.dim(sides), context.width, '  ', '  '));
      out.push(...body(result, context, chalk, ''));
      out.push('', chalk.bold(countsText(result, context.language)), '');
    }
    return out.join('\n');
  },

  log(log, context) {
    const chalk = new Chalk({ level: context.color ? 1 : 0 });
    const { language } = context;
    const out: string[] = [];
    if (!log.entries.length) return word('noHistory', language) + '\n';
    for (const entry of log.entries) {
      const head = `${chalk.yellow(entry.commit.slice(0, 7))}  ${commitDate(entry.date, language)}  ${escapeControls(entry.author)}`;
      out.push(...wrap(head, context.width, '', '  '));
      out.push(...wrap(chalk.bold(escapeControls(entry.subject)), context.width, '  ', '  '));
      if (!entry.diff.old.exists) out.push(`  ${chalk.dim(word('firstVersion', language))}`);
      if (!entry.diff.new.exists) out.push(`  ${chalk.dim(word('fileDeleted', language))}`);
      else if (entry.diff.old.exists && entry.diff.old.path !== entry.diff.new.path) out.push(`  ${chalk.dim(`${escapeControls(entry.diff.old.path)} → ${escapeControls(entry.diff.new.path)}`)}`);
      out.push(...body(entry.diff, context, chalk, '  '), '');
    }
    return out.join('\n');
  },
};
