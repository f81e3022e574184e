// Reading a file to check or render: the bytes, or a finding that says why there are none.
// Light on purpose (no rules, no parser): `render` reads every source before it knows whether
// anything needs parsing.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import type { Language } from '../model/constants.js';
import type { LoadLimits } from '../model/load.js';
import { ioRule, parseRule } from '../rules/pseudo.js';
import { reasonOf } from '../io/reason.js';
import { result } from '../core/findings.js';
import { fillMessage } from '../core/text.js';
import type { FileResult, Finding } from '../core/findings.js';

/** The file's bytes, or the result that says why they cannot be read: not a file, over the
 * size limit (then it is not read at all), unreadable. */
export function readForLint(absolutePath: string, file: string, limits: LoadLimits, language: Language): { bytes: Uint8Array } | { result: FileResult } {
  const failed = (ruleId: 'io' | 'parse', messageId: string, data: Record<string, string | number>) => ({
    result: result(file, absolutePath, [fileFinding(ruleId, messageId, data, language)]),
  });
  const notAFile = (stats: Stats) => {
    const kind = stats.isDirectory() ? { en: 'a folder', de: 'ein Ordner' } : { en: 'not a file', de: 'keine Datei' };
    return failed('io', 'notAFile', { kind: kind[language] });
  };
  // Opened first and asked about through the descriptor: one path lookup, four calls in all
  // (a run reads every file, and statSync plus readFileSync made five). Non-blocking, so that
  // opening a FIFO does not wait for a writer.
  let fd: number;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // A folder (on some systems), a socket: say what it is rather than why it did not open.
    try {
      const stats = statSync(absolutePath);
      if (!stats.isFile()) return notAFile(stats);
    } catch {
      // Gone or not allowed: the error from open says which.
    }
    return failed('io', 'unreadable', { reason: reasonOf(error, language) });
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return notAFile(stats);
    // A 20 MiB file must not cost a CI run its memory or minutes.
    if (stats.size > limits.maxFileSize) return failed('parse', 'tooLarge', { size: stats.size, limit: limits.maxFileSize });
    const bytes = Buffer.allocUnsafe(stats.size);
    let length = 0;
    while (length < bytes.length) {
      const n = readSync(fd, bytes, length, bytes.length - length, null);
      if (n === 0) break; // shorter than it was a moment ago
      length += n;
    }
    return { bytes: bytes.subarray(0, length) };
  } catch (error) {
    return failed('io', 'unreadable', { reason: reasonOf(error, language) });
  } finally {
    closeSync(fd);
  }
}

/** A finding about the file as a whole, at its first line. */
function fileFinding(ruleId: 'io' | 'parse', messageId: string, data: Record<string, string | number>, language: Language): Finding {
  const template = (ruleId === 'io' ? ioRule : parseRule).messages[messageId];
  return {
    ruleId,
    messageId,
    severity: 'error',
    ...fillMessage(template, data, language, `${ruleId}/${messageId}`),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    pointer: '',
  };
}

/** Relative to cwd when inside it, else absolute: how a person expects to read the path. */
export function displayPath(absolutePath: string, cwd: string): string {
  // The common case without path.relative, which normalizes both paths on every call.
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  if (absolutePath.startsWith(prefix) && !absolutePath.includes(`${sep}..`)) return absolutePath.slice(prefix.length);
  const rel = relative(cwd, absolutePath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolutePath;
}
