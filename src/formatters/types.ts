// What a formatter gets: the results, and what it needs to know about the run.
import type { Language } from '../core/bilingual.js';
import type { FileResult, Severity } from '../core/findings.js';

export interface RuleInfo {
  id: string;
  description: string;
  severity: Severity | 'off';
  step: number | null;
  docsUrl: string;
}

export interface FormatterContext {
  cwd: string;
  /** Every rule that can appear in results (loader/schema pseudo-rules included), for SARIF. */
  rules: RuleInfo[];
  /** Colours allowed (stylish only). */
  color: boolean;
  version: string;
  language: Language;
  /** The terminal's width in columns (stylish wraps to it at word boundaries); absent for a
   * file or a pipe, where lines stay whole. */
  width?: number;
}

export type Formatter = (results: FileResult[], context: FormatterContext) => string;
