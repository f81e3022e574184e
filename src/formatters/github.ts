import path from 'node:path';
import type { Finding, FileResult } from '../core/findings.js';
import type { Formatter, FormatterContext } from './types.js';

// The runner's log viewer renders ANSI sequences, so control characters that the workflow-command
// escaping leaves alone (everything but \r and \n) are made visible rather than passed through.
const UNSAFE = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function visible(text: string): string {
  return text.replace(UNSAFE, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

// Same rules as escapeData/escapeProperty in @actions/core (toolkit command.ts); % first, so the
// escapes themselves are not escaped again.
function escapeData(text: string): string {
  return visible(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// Annotations are matched against paths relative to the repository root, which is the
// working directory (GITHUB_WORKSPACE) in CI, always with forward slashes.
function workspacePath(result: FileResult, cwd: string): string {
  return path.relative(cwd, result.absolutePath).split(path.sep).join('/');
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

export const format: Formatter = (results: FileResult[], context: FormatterContext): string => {
  const lines: string[] = [];
  for (const result of results) {
    const file = escapeProperty(workspacePath(result, context.cwd));
    for (const finding of [...result.findings].sort(byPosition)) {
      // GitHub's three annotation levels; a hint is a notice.
      const command = finding.severity === 'error' ? 'error' : finding.severity === 'info' ? 'notice' : 'warning';
      const properties = [
        `file=${file}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(finding.ruleId)}`,
      ].join(',');
      // The annotation shows the hint on its own line under the message.
      const message = finding.hint === '' ? finding.message : `${finding.message}\n${finding.hint}`;
      lines.push(`::${command} ${properties}::${escapeData(message)}`);
    }
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
};
