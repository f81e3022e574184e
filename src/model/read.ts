// The one way a philosophy file's bytes become data: the guards of the file itself (size,
// UTF-8, one YAML document and the limits of load.ts), then the format check of validate.ts.
// The file is parsed once, by the `yaml` library; every position a finding needs comes from
// that parse's node ranges (`locate`), so a file with findings is not read a second time.
import type { Issue, Place } from '../core/findings.js';
import { DEFAULT_LIMITS, decode, parseText, positionOf, type LoadLimits, type Loaded, type Position } from './load.js';
import { typedDespite, validateData } from './validate.js';

export interface Reading {
  /** The decoded text (a BOM dropped); undefined when the bytes were not decoded (over the size
   * limit, not UTF-8). */
  text: string | undefined;
  /** The file's data; undefined when it could not be read as one YAML document. */
  data: unknown;
  /** Problems of the file (rule id `parse`) and of its format (`schema`), in the order found. */
  issues: Issue[];
  /** True when the data is shaped as the format says (unknown fields aside): rules may read it. */
  typed: boolean;
  /** Line, column and JSON pointer of a place in this file, from the same parse. */
  locate(place: Place): Position;
}

/** Reads one philosophy file's content (bytes as on disk, or text) within `limits`. */
export function readDocument(source: string | Uint8Array, limits: Partial<LoadLimits> = {}): Reading {
  const all: LoadLimits = { ...DEFAULT_LIMITS, ...limits };
  const size = typeof source === 'string' ? Buffer.byteLength(source) : source.length;
  if (size > all.maxFileSize) {
    return unread({ ruleId: 'parse', messageId: 'tooLarge', data: { size, limit: all.maxFileSize }, place: { offset: 0 } });
  }
  let text: string;
  if (typeof source === 'string') text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  else {
    const decoded = decode(source);
    if (decoded.issue) return unread(decoded.issue);
    text = decoded.text;
  }
  const loaded: Loaded = parseText(text, all);
  const issues = [...loaded.issues];
  let typed = false;
  if (loaded.data !== undefined) {
    const schemaIssues = validateData(loaded.data);
    for (const issue of schemaIssues) issues.push(issue);
    typed = typedDespite(schemaIssues);
  }
  return { text, data: loaded.data, issues, typed, locate: (place) => positionOf(loaded, place) };
}

/** The reading of a file whose content was not read at all (the issue says why). */
export function unread(issue: Issue): Reading {
  return { text: undefined, data: undefined, issues: [issue], typed: false, locate: (place) => positionOf(undefined, place) };
}
