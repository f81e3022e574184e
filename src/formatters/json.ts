import type { Finding, FileResult } from '../core/findings.js';
import type { Formatter, FormatterContext } from './types.js';

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

// The shape is a public contract for scripts (version 1): new keys may be added, none renamed.
export const format: Formatter = (results: FileResult[], context: FormatterContext): string => {
  const docsUrls = new Map(context.rules.map((rule) => [rule.id, rule.docsUrl]));
  const report = {
    version: 1,
    tool: { name: 'philosophy', version: context.version },
    results: results.map((result) => ({
      file: result.file,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      findings: [...result.findings].sort(byPosition).map((finding) => ({
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        // Spelled out as in SARIF and JUnit; `warn` is only the config file's shorthand. A hint
        // stays `info`: it is counted neither as an error nor as a warning.
        severity: finding.severity === 'warn' ? 'warning' : finding.severity,
        message: finding.message,
        hint: finding.hint,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        pointer: finding.pointer,
        docsUrl: docsUrls.get(finding.ruleId) ?? '',
      })),
    })),
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
  return JSON.stringify(report, null, 2) + '\n';
};
