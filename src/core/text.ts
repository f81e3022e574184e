// Text from a philosophy file ends up in one-line messages on a terminal, in CI annotations and
// in reports; it must never carry control characters (a value must not recolour or clear the
// user's screen) nor flood a line.

import type { Bilingual, Language } from './bilingual.js';
import type { RuleMessage } from './findings.js';

// C0 and C1 controls, DEL, and the bidirectional overrides that can reorder what a reader sees.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** One safe line of at most `max` characters (code points), with an ellipsis when cut. */
export function oneLine(text: string, max = 80): string {
  const safe = escapeControls(text);
  const chars = Array.from(safe);
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : safe;
}

/** Fills `{name}` placeholders; unknown placeholders stay as written. */
export function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** The one-line message and hint of a rule's message template in the user's language, filled
 * with values made safe (control characters escaped, text shortened). */
export function fillMessage(
  template: RuleMessage | undefined,
  data: Readonly<Record<string, string | number | Bilingual>> | undefined,
  language: Language,
  fallback: string,
): { message: string; hint: string } {
  if (!template) return { message: oneLine(fallback, 200), hint: '' };
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data ?? {})) {
    const local = typeof v === 'object' ? v[language] : v;
    values[k] = typeof local === 'number' ? local : oneLine(local, 120);
  }
  return { message: oneLine(fill(template.message[language], values), 300), hint: oneLine(fill(template.hint[language], values), 300) };
}

/** Edit distance counting an insertion, deletion, substitution or swap of two neighbours as
 * one step (optimal string alignment), for "did you mean" suggestions on short words. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/** The closest candidate within a small distance, if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** "Honesty", " honesty " and "HONESTY" are one name to a reader. Lower case the same in every
 * locale, so that a CI run in a Turkish locale compares names as any other does. */
export function nameKey(name: string): string {
  // Most names are ASCII words with single spaces: nothing to normalize, trim or collapse.
  if (PLAIN_NAME.test(name)) return name.toLowerCase();
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const PLAIN_NAME = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
