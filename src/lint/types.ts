// The one findings type every part of validation speaks: loader, schema check, rules,
// directives and formatters.

export type Severity = 'error' | 'warn';
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
  warningCount: number;
}

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
  language: 'en' | 'de';
  /** The terminal's width in columns (stylish wraps to it at word boundaries); absent for a
   * file or a pipe, where lines stay whole. */
  width?: number;
}

export type Formatter = (results: FileResult[], context: FormatterContext) => string;
