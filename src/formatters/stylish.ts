import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { infoCount, type Finding, type FileResult, type Severity } from '../core/findings.js';
import { escapeControls } from '../core/text.js';
import type { Formatter, FormatterContext } from './types.js';

// A path or message may come from a hostile file: controls and bidi overrides are shown as
// escapes (core/text.ts), so they cannot recolour, retitle or clear the terminal.

// Terminal columns (string-width), so umlauts, wide and astral characters do not skew them.
function width(text: string): number {
  return stringWidth(text);
}

/** Lines of at most `columns`, broken between words (only a word longer than a line is cut). */
function wrapped(text: string, columns: number): string[] {
  return wrapAnsi(text, Math.max(20, columns), { hard: true, trim: true }).split('\n');
}

function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

type Plural = readonly [one: string, other: string];

// A finding at `info` level is a hint, not a problem: it has a word, a colour and a count of its
// own, and a run with nothing but hints ends on an ℹ, not on a ✖.
const WORDS: Record<FormatterContext['language'], { problem: Plural; error: Plural; warning: Plural; hint: Plural; severity: Record<Severity, string> }> = {
  en: { problem: ['problem', 'problems'], error: ['error', 'errors'], warning: ['warning', 'warnings'], hint: ['hint', 'hints'], severity: { error: 'error', warn: 'warning', info: 'hint' } },
  de: { problem: ['Problem', 'Probleme'], error: ['Fehler', 'Fehler'], warning: ['Warnung', 'Warnungen'], hint: ['Hinweis', 'Hinweise'], severity: { error: 'Fehler', warn: 'Warnung', info: 'Hinweis' } },
};

function count(n: number, [one, other]: Plural): string {
  return `${n} ${n === 1 ? one : other}`;
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

export const format: Formatter = (results: FileResult[], context: FormatterContext): string => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let hints = 0;

  for (const result of results) {
    if (result.findings.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    hints += infoCount(result);

    const rows = [...result.findings].sort(byPosition).map((finding) => ({
      line: String(finding.line),
      column: String(finding.column),
      level: finding.severity,
      // The severity in the reader's language.
      severity: WORDS[context.language].severity[finding.severity],
      message: escapeControls(finding.message),
      ruleId: escapeControls(finding.ruleId),
      hint: escapeControls(finding.hint),
    }));
    // Columns are aligned per file, as ESLint does; padding is computed on the plain text so
    // colour codes never count towards a width.
    // reduce, not Math.max(...rows): a file can have more findings than a call has arguments.
    const widest = (measure: (row: (typeof rows)[number]) => number) => rows.reduce((max, row) => Math.max(max, measure(row)), 0);
    const lineWidth = widest((row) => row.line.length);
    const columnWidth = widest((row) => row.column.length);
    const severityWidth = widest((row) => row.severity.length);
    const messageWidth = widest((row) => width(row.message));
    const hintIndent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);

    out.push(chalk.underline(escapeControls(result.file)));
    for (const row of rows) {
      const position = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
      const severity = padEnd(row.severity, severityWidth);
      const colour = row.level === 'error' ? chalk.red : row.level === 'info' ? chalk.blue : chalk.yellow;
      const head = `  ${chalk.dim(position)}  ${colour(severity)}  `;
      const oneRow = hintIndent.length + messageWidth + 2 + width(row.ruleId);
      if (context.width === undefined || oneRow <= context.width) {
        out.push(head + `${padEnd(row.message, messageWidth)}  ${chalk.dim(row.ruleId)}`);
        if (row.hint !== '') out.push(hintIndent + chalk.dim(row.hint));
        continue;
      }
      // Too wide for the terminal: the message wraps under itself, the rule id follows it on
      // its last line (or the next), and the hint wraps under the message.
      const room = context.width - hintIndent.length;
      const lines = wrapped(row.message, room);
      const last = lines.length - 1;
      lines[last] = width(lines[last]!) + 2 + width(row.ruleId) <= room ? `${lines[last]!}  ${chalk.dim(row.ruleId)}` : `${lines[last]!}\n${hintIndent}${chalk.dim(row.ruleId)}`;
      out.push(head + lines.join(`\n${hintIndent}`));
      if (row.hint !== '') for (const line of wrapped(row.hint, room)) out.push(hintIndent + chalk.dim(line));
    }
    out.push('');
  }

  // Like ESLint: a clean run prints nothing, so CI logs and pipes stay quiet.
  if (out.length === 0) return '';

  const words = WORDS[context.language];
  const problems = `${count(errors + warnings, words.problem)} (${count(errors, words.error)}, ${count(warnings, words.warning)})`;
  if (errors + warnings === 0) {
    out.push(chalk.blue.bold(`ℹ ${count(hints, words.hint)}`));
  } else {
    const summary = `✖ ${problems}${hints > 0 ? `, ${count(hints, words.hint)}` : ''}`;
    out.push(errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
  }
  return out.join('\n') + '\n';
};
