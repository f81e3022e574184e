import { lintSource } from '../../src/lint/lint-source.js';
import type { Finding, SeveritySetting } from '../../src/core/findings.js';

export interface LintOptions {
  /** Language of the messages (default en). */
  lang?: 'en' | 'de';
  /** Today's date for date rules (default 2026-11-22). */
  today?: string;
  /** Rule severities, as in `.philosophyrc.yaml`'s `rules:`. */
  rules?: Record<string, SeveritySetting>;
}

/** Lints YAML text as if it were the file `test.yaml`; returns every finding, sorted by position. */
export function lint(source: string, options: LintOptions = {}): Finding[] {
  return lintSource(source, {
    file: 'test.yaml',
    language: options.lang ?? 'en',
    today: options.today ?? '2026-11-22',
    rules: options.rules ?? {},
  }).findings;
}

/** The findings of one rule. */
export function lintRule(ruleId: string, source: string, options: LintOptions = {}): Finding[] {
  return lint(source, options).filter((f) => f.ruleId === ruleId);
}
