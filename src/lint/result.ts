import type { FileResult, Finding } from './types.js';

/** A file's result with its counts. */
export function result(file: string, absolutePath: string, findings: Finding[]): FileResult {
  let errorCount = 0;
  for (const f of findings) if (f.severity === 'error') errorCount++;
  return { file, absolutePath, findings, errorCount, warningCount: findings.length - errorCount };
}
