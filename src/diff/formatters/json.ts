// The JSON report of diff and log, a public contract for scripts (version 1): new keys may be
// added, none renamed or dropped.
import { DIFF_JSON_VERSION, type DiffResult } from '../types.js';
import type { Finding } from '../../core/findings.js';
import type { DiffFormatter } from './types.js';

function finding(f: Finding) {
  return { ruleId: f.ruleId, messageId: f.messageId, severity: f.severity === 'warn' ? 'warning' : f.severity, message: f.message, hint: f.hint, line: f.line, column: f.column, pointer: f.pointer };
}

function result(r: DiffResult) {
  return {
    old: r.old,
    new: r.new,
    changes: r.changes,
    findings: { introduced: r.findings.introduced.map(finding), resolved: r.findings.resolved.map(finding) },
  };
}

export const formatter: DiffFormatter = {
  diff: (results, context) =>
    JSON.stringify({ version: DIFF_JSON_VERSION, tool: { name: 'philosophy', version: context.version }, files: results.map(result) }, null, 2) + '\n',
  log: (log, context) =>
    JSON.stringify(
      {
        version: DIFF_JSON_VERSION,
        tool: { name: 'philosophy', version: context.version },
        file: log.path,
        commits: log.entries.map((e) => ({ commit: e.commit, date: e.date, author: e.author, subject: e.subject, ...result(e.diff) })),
      },
      null,
      2,
    ) + '\n',
};
