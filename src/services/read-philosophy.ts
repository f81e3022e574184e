// The one way to read a philosophy file, for every command that needs its model (render,
// export, edit, and what comes after them: scorecard, diff, ...):
//
//   const read = readPhilosophyFile(absolutePath, { cwd, language, limits: config.limits });
//   if ('findings' in read) { print read.findings; exit 1 (2 when read.findings has an `io` finding) }
//   else use read.model, read.text, read.locate({ pointer: '/values/core/0' })
//
// It keeps every guard of the file (a regular file within the size limit, UTF-8, one YAML
// document without duplicate keys or tabs, the alias, depth and entry limits, merge conflict
// markers, unclosed quotes shown where they open) and the format check; each problem is a
// finding with file, line, column and JSON pointer. The file is parsed once (model/read.ts).
// `validate` reads the same way and runs the rules too (lint/).
import type { Language } from '../core/bilingual.js';
import { result, type FileResult, type Issue, type Place } from '../core/findings.js';
import { displayPath, readFileBytes } from '../io/read-file.js';
import { findingsOf } from '../lint/lint-source.js';
import { DEFAULT_LIMITS, type LoadLimits, type Position } from '../model/load.js';
import { readDocument, unread, type Reading } from '../model/read.js';
import type { Philosophy } from '../model/schema.js';

/** A philosophy read without a problem of the file or its format. */
export interface PhilosophyRead {
  model: Philosophy;
  /** The file's text, decoded (a BOM dropped). */
  text: string;
  /** Line, column and JSON pointer of a place in the file (a node by pointer, a character range). */
  locate(place: Place): Position;
}

/** The file could not be read as a philosophy: why, as the findings of its one file (rule
 * `io`: the file could not be opened or read; `parse`, `schema`: its content). */
export interface PhilosophyUnread {
  findings: FileResult;
}

export interface ReadPhilosophyOptions {
  /** The path as the user reads it (relative to cwd when inside it). */
  file: string;
  absolutePath?: string;
  /** Language of the findings. */
  language: Language;
  /** The config's `limits`; each missing one is the default. */
  limits?: Partial<LoadLimits>;
}

/** Reads a philosophy from its content (bytes as on disk, or text). */
export function readPhilosophy(source: string | Uint8Array, options: ReadPhilosophyOptions): PhilosophyRead | PhilosophyUnread {
  return outcome(readDocument(source, options.limits), options);
}

/** Reads a philosophy file from disk; the path shown in findings is relative to `cwd`. */
export function readPhilosophyFile(
  absolutePath: string,
  options: { cwd: string; language: Language; limits?: Partial<LoadLimits> },
): PhilosophyRead | PhilosophyUnread {
  const shown = { file: displayPath(absolutePath, options.cwd), absolutePath, language: options.language, ...(options.limits ? { limits: options.limits } : {}) };
  const read = readFileBytes(absolutePath, options.limits?.maxFileSize ?? DEFAULT_LIMITS.maxFileSize, options.language);
  if ('issue' in read) return { findings: unreadResult(read.issue, shown) };
  return readPhilosophy(read.bytes, shown);
}

/** The findings of a file that could not be read from disk (see io/read-file.ts). */
export function unreadResult(issue: Issue, options: ReadPhilosophyOptions): FileResult {
  return (outcome(unread(issue), options) as PhilosophyUnread).findings;
}

/** True when the findings of an unread file say it could not be read at all (exit 2, not 1). */
export function unreadable(findings: FileResult): boolean {
  return findings.findings.some((f) => f.ruleId === 'io');
}

function outcome(reading: Reading, options: ReadPhilosophyOptions): PhilosophyRead | PhilosophyUnread {
  // Every problem of the file or its format is an error: the model is given only without any.
  if (reading.data !== undefined && reading.text !== undefined && !reading.issues.length) {
    return { model: reading.data as Philosophy, text: reading.text, locate: reading.locate };
  }
  const findings = findingsOf(reading.issues, reading, { language: options.language, rules: {} }, false);
  return { findings: result(options.file, options.absolutePath ?? options.file, findings) };
}
