// Reading a philosophy file from disk: the bytes, or the issue that says why there are none.
// Light on purpose (no parser): `render` reads every source before it knows whether anything
// needs parsing.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import type { Language } from '../core/bilingual.js';
import type { Issue } from '../core/findings.js';
import { reasonOf } from './reason.js';

/** The file's bytes, or the issue (rule `io` or `parse`, at the file's first line) that says
 * why they cannot be read: not a file, over `maxFileSize` (then it is not read at all),
 * unreadable. */
export function readFileBytes(absolutePath: string, maxFileSize: number, language: Language): { bytes: Uint8Array } | { issue: Issue } {
  const failed = (ruleId: 'io' | 'parse', messageId: string, data: Record<string, string | number>) => ({
    issue: { ruleId, messageId, data, place: { line: 1, column: 1 } },
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
    if (stats.size > maxFileSize) return failed('parse', 'tooLarge', { size: stats.size, limit: maxFileSize });
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

/** Relative to cwd when inside it, else absolute: how a person expects to read the path. */
export function displayPath(absolutePath: string, cwd: string): string {
  // The common case without path.relative, which normalizes both paths on every call.
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  if (absolutePath.startsWith(prefix) && !absolutePath.includes(`${sep}..`)) return absolutePath.slice(prefix.length);
  const rel = relative(cwd, absolutePath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolutePath;
}
