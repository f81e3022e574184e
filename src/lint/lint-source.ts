// Lints one file's content: load → schema → rules → directives, each problem a positioned,
// localized, one-line finding. Pure apart from the clock passed in as `today`.
import type { Language } from '../model/constants.js';
import { DEFAULT_LIMITS, crowdedAt, decode, parseText, positionOf, type LoadLimits, type Loaded } from '../model/load.js';
import { type Issue } from '../core/findings.js';
import type { Philosophy } from '../model/schema.js';
import { typedDespite, validateData } from '../model/validate.js';
import { fastLoad } from '../model/fast-load.js';
import { RULES, findRule, isConfigurable } from '../rules/index.js';
import { scanDirectives } from './directives.js';
import { result } from '../core/findings.js';
import { fillMessage } from '../core/text.js';
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
  return lintWithModel(source, options).result;
}

export interface Linted {
  result: FileResult;
  /** The model, when the file was read and matches the format (no error-level parse or schema
   * finding); what the views render. */
  model: Philosophy | undefined;
  /** The decoded text, when it could be decoded. */
  text: string | undefined;
}

export function lintWithModel(source: string | Uint8Array, options: LintSourceOptions): Linted {
  const limits: LoadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const issues: Array<Issue & { severity?: Severity }> = [];
  let loaded: Loaded | undefined;
  let text: string | undefined;
  let data: unknown;

  const size = typeof source === 'string' ? Buffer.byteLength(source) : source.length;
  if (size > limits.maxFileSize) {
    issues.push({ ruleId: 'parse', messageId: 'tooLarge', data: { size, limit: limits.maxFileSize }, place: { offset: 0 } });
  } else {
    if (typeof source === 'string') text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    else {
      const decoded = decode(source);
      if (decoded.issue) issues.push(decoded.issue);
      else text = decoded.text;
    }
    if (text !== undefined) {
      const clean = cleanFast(text, options, limits);
      if (clean) return { result: result(options.file, options.absolutePath ?? options.file, []), model: clean, text };
      loaded = parseText(text, limits);
      append(issues, loaded.issues);
      data = loaded.data;
      if (data !== undefined) {
        const schemaIssues = validateData(data);
        append(issues, schemaIssues);
        if (typedDespite(schemaIssues)) append(issues, runRules(data as Philosophy, options));
      }
    }
  }

  // A mangled file can hold a hundred thousand problems; the first few hundred say enough, and
  // positioning each costs a walk of the document.
  const shown = issues.length > MAX_FINDINGS ? issues.slice(0, MAX_FINDINGS) : issues;
  let findings = shown.map((issue) => toFinding(issue, loaded, options));

  if (loaded) findings = applyDirectives(findings, loaded.text, options);
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  if (issues.length > MAX_FINDINGS) {
    // Last, after the problems it speaks of.
    findings.push(toFinding({ ruleId: 'parse', messageId: 'tooManyProblems', data: { shown: MAX_FINDINGS, total: issues.length }, place: { offset: 0 } }, loaded, options));
  }
  const fileOk = data !== undefined && !findings.some((f) => f.severity === 'error' && (f.ruleId === 'parse' || f.ruleId === 'schema'));
  return {
    result: result(options.file, options.absolutePath ?? options.file, findings),
    model: fileOk ? (data as Philosophy) : undefined,
    text,
  };
}

/** The model when the fast loader reads the file and nothing at all is found; undefined
 * whenever there is anything to report, which the positioned loader then does. */
function cleanFast(text: string, options: LintSourceOptions, limits: LoadLimits): Philosophy | undefined {
  // Over the entry limit: the positioned loader reports it without parsing.
  if (text.includes('philosophy-disable-next-line') || crowdedAt(text, limits.maxEntries) !== -1) return undefined;
  const data = fastLoad(text, limits.maxDepth);
  if (data === undefined || validateData(data).length) return undefined;
  if (runRules(data as Philosophy, options).length) return undefined;
  return data as Philosophy;
}

export { result };

function severityOf(ruleId: string, options: LintSourceOptions): SeveritySetting {
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

/** Builds the one-line message and hint of an issue in the user's language. */
export function messageOf(ruleId: string, messageId: string, data: Issue['data'], language: Language): { message: string; hint: string } {
  return fillMessage(findRule(ruleId)?.messages[messageId], data, language, `${ruleId}/${messageId}`);
}

function findingBase(issue: Issue & { severity?: Severity }, options: LintSourceOptions) {
  return {
    ruleId: issue.ruleId,
    messageId: issue.messageId,
    severity: issue.severity ?? (severityOf(issue.ruleId, options) as Severity),
    ...messageOf(issue.ruleId, issue.messageId, issue.data, options.language),
  };
}

function toFinding(issue: Issue & { severity?: Severity }, loaded: Loaded | undefined, options: LintSourceOptions): Finding {
  return { ...findingBase(issue, options), ...positionOf(loaded, issue.place) };
}

// Checks of the file itself stay on: a suppressed schema error would hand the rules a model of
// the wrong shape, and a file that cannot be read has nothing to suppress.
const UNSUPPRESSIBLE = new Set(['parse', 'io', 'schema', 'disable-directive']);

function applyDirectives(findings: Finding[], text: string, options: LintSourceOptions): Finding[] {
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
