// The findings every part of the tool speaks: the reader, the schema check, rules, directives,
// formatters and commands. No imports but the bilingual text type: every room may use it.
import type { Bilingual } from './bilingual.js';

/** How much a finding weighs: an `error` fails the run (exit 1), a `warn` counts towards
 * `--max-warnings`, an `info` is a hint that never changes the exit code. */
export type Severity = 'error' | 'warn' | 'info';
/** As written in the config file. */
export type SeveritySetting = Severity | 'off';

export interface Finding {
  /** Rule id, e.g. `value-action-statement`; loader and schema findings use `yaml-syntax`, `schema`, ... */
  ruleId: string;
  /** Stable id of the message within the rule (tests assert this, not the text). */
  messageId: string;
  severity: Severity;
  /** One line, in the user's language, free of control characters. */
  message: string;
  /** One line saying how to fix it, in the user's language; may be empty. */
  hint: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine: number;
  endColumn: number;
  /** JSON pointer of the node the finding is about ('' for the whole document). */
  pointer: string;
}

export interface FileResult {
  /** The path as the user will read it: relative to cwd when inside it, else absolute. */
  file: string;
  /** Absolute path. */
  absolutePath: string;
  findings: Finding[];
  errorCount: number;
  /** Findings at `warn` level (hints at `info` level are not counted). */
  warningCount: number;
  /** Findings at `info` level; absent in results built before the level existed (count them
   * with `infoCount()`). */
  infoCount?: number;
}

/** A file's result with its counts. */
export function result(file: string, absolutePath: string, findings: Finding[]): FileResult {
  let errorCount = 0;
  let infoCount = 0;
  for (const f of findings) {
    if (f.severity === 'error') errorCount++;
    else if (f.severity === 'info') infoCount++;
  }
  return { file, absolutePath, findings, errorCount, warningCount: findings.length - errorCount - infoCount, infoCount };
}

/** The hints (findings at `info` level) of a result. */
export function infoCount(result: Pick<FileResult, 'findings' | 'infoCount'>): number {
  return result.infoCount ?? result.findings.reduce((n, f) => n + (f.severity === 'info' ? 1 : 0), 0);
}

/** A message template of a rule; `{name}` placeholders are filled from the issue's data. */
export interface RuleMessage {
  message: Bilingual;
  hint: Bilingual;
  /** The hint in words for the wizard, where `hint` names fields of the file (`criteria.…`,
   * `op: lte`): the wizard's reader answers questions and never sees the file's syntax. */
  wizard?: Bilingual;
}

/** Placeholder values of a message; a Bilingual value is shown in the message's language. */
export type IssueData = Record<string, string | number | Bilingual>;

/** Where an issue points: a character range in the text, a node of the document (with `key`:
 * its key in the parent map), or a line and column found without a document (e.g. a byte that
 * is not UTF-8). */
export type Place = { offset: number; end?: number } | { pointer: string; key?: boolean } | { line: number; column: number };

/** A problem before it is positioned and worded: what the reader, the schema check and the
 * rules report. */
export interface Issue {
  ruleId: string;
  messageId: string;
  data?: IssueData;
  place: Place;
}
