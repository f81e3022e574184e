import type { Finding, FileResult } from '../core/findings.js';
import type { Formatter } from './types.js';

// Characters XML 1.0 cannot carry at all, not even as character references (NUL, most of C0,
// lone surrogates, U+FFFE/U+FFFF). A parser would reject the whole report, so they go.
const INVALID_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // As references, so that attribute-value normalisation and end-of-line handling in the
  // reader do not turn them into spaces or drop the \r.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function escapeAttribute(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"'\t\n\r]/g, (char) => ENTITIES[char] ?? char);
}

// Newlines stay literal in text so the failure body reads as one finding per line; only \r needs
// a reference, because readers normalise \r\n to \n.
function escapeText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"'\r]/g, (char) => ENTITIES[char] ?? char);
}

function plural(n: number, one: string, other: string): string {
  return `${n} ${n === 1 ? one : other}`;
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

function describe(finding: Finding): string {
  const severity = finding.severity === 'warn' ? 'warning' : finding.severity;
  const head = `${finding.line}:${finding.column} ${severity} ${finding.ruleId} ${finding.message}`;
  return finding.hint === '' ? head : `${head}\n    ${finding.hint}`;
}

// One testcase per file, so a CI test report reads "which philosophies pass" rather than
// listing every finding as a test of its own.
export const format: Formatter = (results: FileResult[]): string => {
  const failures = results.filter((result) => result.errorCount > 0).length;
  const counts = `tests="${results.length}" failures="${failures}" errors="0"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="philosophy" ${counts}>`,
    `  <testsuite name="philosophy validate" ${counts} skipped="0">`,
  ];

  for (const result of results) {
    const open = `    <testcase classname="philosophy" name="${escapeAttribute(result.file)}"`;
    if (result.findings.length === 0) {
      lines.push(`${open}/>`);
      continue;
    }
    const body = escapeText([...result.findings].sort(byPosition).map(describe).join('\n'));
    lines.push(`${open}>`);
    if (result.errorCount > 0) {
      const message = `${plural(result.errorCount, 'error', 'errors')}, ${plural(result.warningCount, 'warning', 'warnings')}`;
      lines.push(`      <failure message="${message}" type="error">${body}</failure>`);
    } else {
      lines.push(`      <system-out>${body}</system-out>`);
    }
    lines.push('    </testcase>');
  }

  lines.push('  </testsuite>', '</testsuites>');
  return lines.join('\n') + '\n';
};
