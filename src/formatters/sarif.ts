import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, FileResult } from '../core/findings.js';
import type { Formatter, FormatterContext, RuleInfo } from './types.js';

type Level = 'error' | 'warning' | 'note' | 'none';

// SARIF's levels: a hint (`info`) is a note; a rule switched off has none.
function level(severity: RuleInfo['severity']): Level {
  if (severity === 'error') return 'error';
  if (severity === 'info') return 'note';
  return severity === 'warn' ? 'warning' : 'none';
}

// Relative to %SRCROOT% (the checkout) so that code scanning can place the alert and no runner
// path leaks into the report; a file outside the checkout keeps an absolute file: URI instead.
function artifactLocation(result: FileResult, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, result.absolutePath);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  if (relative === '' || outside) return { uri: pathToFileURL(result.absolutePath).href };
  const uri = relative.split(path.sep).map(encodeURIComponent).join('/');
  return { uri, uriBaseId: '%SRCROOT%' };
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

// The schema requires positions >= 1; a whole-document finding must not make the upload fail.
function position(n: number): number {
  return Math.max(1, Math.trunc(n) || 1);
}

export const format: Formatter = (results: FileResult[], context: FormatterContext): string => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const rules = context.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    // helpUri must be a URI; an empty one is left out rather than written as "".
    ...(rule.docsUrl === '' ? {} : { helpUri: rule.docsUrl }),
    defaultConfiguration: { level: level(rule.severity) },
  }));

  const sarifResults = results.flatMap((result) => {
    const location = artifactLocation(result, context.cwd);
    return [...result.findings].sort(byPosition).map((finding) => {
      const index = ruleIndex.get(finding.ruleId);
      const startLine = position(finding.line);
      const startColumn = position(finding.column);
      return {
        ruleId: finding.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: level(finding.severity),
        message: { text: finding.hint === '' ? finding.message : `${finding.message}\n${finding.hint}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine,
                startColumn,
                endLine: Math.max(startLine, position(finding.endLine)),
                endColumn: position(finding.endColumn),
              },
            },
          },
        ],
      };
    });
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'philosophy', version: context.version, rules } },
        // Positions come from JavaScript string offsets, i.e. UTF-16 code units, not the
        // SARIF default of code points.
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
