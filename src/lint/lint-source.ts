// Lints one file's content: read (model/read.ts: the file, its format) → rules → directives,
// each problem a positioned, localized, one-line finding. Pure apart from the clock passed in as `today`.
import type { Language } from '../model/constants.js';
import type { Issue } from '../core/findings.js';
import type { LoadLimits } from '../model/load.js';
import { readDocument, type Reading } from '../model/read.js';
import type { Philosophy } from '../model/schema.js';
import { RULES, findRule, isConfigurable } from '../rules/index.js';
import { messageOf } from '../rules/messages.js';
import { scanDirectives } from './directives.js';
import { result } from '../core/findings.js';
import type { FileResult, Finding, Severity, SeveritySetting } from '../core/findings.js';

export interface LintSourceOptions {
  /** The path as shown to the user. */
  file: string;
  absolutePath?: string;
  /** Language of the messages. */
  language: Language;
  /** YYYY-MM-DD. */
  today: string;
  /** Effective severities by rule id (after config and overrides); missing ids use the default. */
  rules: Readonly<Record<string, SeveritySetting>>;
  limits?: Partial<LoadLimits>;
}

/** Internal errors carry the rule that failed, so a bug report names it. */
export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string,
    readonly file: string,
    cause: unknown,
  ) {
    super(`rule ${ruleId} failed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

const MAX_FINDINGS = 500;

/** push(...items) overflows the call stack for very long lists. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

export function lintSource(source: string | Uint8Array, options: LintSourceOptions): FileResult {
  return lintReading(readDocument(source, options.limits), options);
}

/** The findings, and the model when the file and its format have no problem (what `diff` compares). */
export function lintWithModel(source: string | Uint8Array, options: LintSourceOptions): { result: FileResult; model: Philosophy | undefined } {
  const reading = readDocument(source, options.limits);
  const model = reading.data !== undefined && !reading.issues.length ? (reading.data as Philosophy) : undefined;
  return { result: lintReading(reading, options), model };
}

/** The findings of a file already read (see model/read.ts): its own problems, the rules', the
 * directives'. */
export function lintReading(reading: Reading, options: LintSourceOptions): FileResult {
  const issues: Issue[] = [...reading.issues];
  if (reading.typed) append(issues, runRules(reading.data as Philosophy, options));
  return result(options.file, options.absolutePath ?? options.file, findingsOf(issues, reading, options));
}

/** Issues worded in the user's language, positioned, filtered by the file's directives and
 * sorted by place; a mangled file's first few hundred only. */
export function findingsOf(
  issues: readonly Issue[],
  reading: Reading,
  options: Pick<LintSourceOptions, 'language' | 'rules'>,
  directives = true,
): Finding[] {
  // A mangled file can hold a hundred thousand problems; the first few hundred say enough, and
  // positioning each costs a walk of the document.
  const shown = issues.length > MAX_FINDINGS ? issues.slice(0, MAX_FINDINGS) : issues;
  let findings = shown.map((issue) => toFinding(issue, reading, options));
  if (directives && reading.text !== undefined) findings = applyDirectives(findings, reading.text, options);
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  if (issues.length > MAX_FINDINGS) {
    // Last, after the problems it speaks of.
    findings.push(toFinding({ ruleId: 'parse', messageId: 'tooManyProblems', data: { shown: MAX_FINDINGS, total: issues.length }, place: { offset: 0 } }, reading, options));
  }
  return findings;
}


function severityOf(ruleId: string, options: Pick<LintSourceOptions, 'rules'>): SeveritySetting {
  return options.rules[ruleId] ?? findRule(ruleId)?.meta.severity ?? 'error';
}

function runRules(model: Philosophy, options: LintSourceOptions): Issue[] {
  const issues: Issue[] = [];
  for (const rule of RULES) {
    if (severityOf(rule.meta.id, options) === 'off') continue;
    let reports;
    try {
      reports = rule.check({ model, today: options.today });
    } catch (error) {
      throw new RuleCrash(rule.meta.id, options.file, error);
    }
    for (const r of reports) {
      issues.push({ ruleId: rule.meta.id, messageId: r.messageId, place: { pointer: r.pointer }, ...(r.data ? { data: r.data } : {}) });
    }
  }
  return issues;
}

function toFinding(issue: Issue, reading: Reading, options: Pick<LintSourceOptions, 'language' | 'rules'>): Finding {
  return {
    ruleId: issue.ruleId,
    messageId: issue.messageId,
    severity: severityOf(issue.ruleId, options) as Severity,
    ...messageOf(issue.ruleId, issue.messageId, issue.data, options.language),
    ...reading.locate(issue.place),
  };
}

// Checks of the file itself stay on: a suppressed schema error would hand the rules a model of
// the wrong shape, and a file that cannot be read has nothing to suppress.
const UNSUPPRESSIBLE = new Set(['parse', 'io', 'schema', 'disable-directive']);

function applyDirectives(findings: Finding[], text: string, options: Pick<LintSourceOptions, 'language' | 'rules'>): Finding[] {
  const directives = scanDirectives(text);
  if (!directives.length) return findings;
  const directiveSeverity = severityOf('disable-directive', options);
  const suppressed = new Set<Finding>();
  const problems: Finding[] = [];
  const problem = (d: (typeof directives)[number], messageId: string, rule = '') => {
    if (directiveSeverity === 'off') return;
    problems.push({
      ruleId: 'disable-directive',
      messageId,
      severity: directiveSeverity,
      ...messageOf('disable-directive', messageId, { rule }, options.language),
      line: d.line,
      column: d.column,
      endLine: d.line,
      endColumn: d.endColumn,
      pointer: '',
    });
  };
  for (const d of directives) {
    if (!d.rules.length) {
      problem(d, 'missingRule');
      continue;
    }
    if (!d.reason) problem(d, 'missingReason');
    for (const id of d.rules) {
      if (UNSUPPRESSIBLE.has(id)) {
        problem(d, 'notSuppressible', id);
        continue;
      }
      if (!isConfigurable(id)) {
        problem(d, 'unknownRule', id);
        continue;
      }
      const hits = findings.filter((f) => f.line === d.line + 1 && f.ruleId === id);
      if (hits.length) for (const f of hits) suppressed.add(f);
      else if (severityOf(id, options) !== 'off') problem(d, 'unused', id);
    }
  }
  return [...findings.filter((f) => !suppressed.has(f)), ...problems];
}
