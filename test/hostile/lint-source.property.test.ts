// Issue 6, property tests of the validate engine (`lintSource`, src/lint/lint-source.ts): random
// byte strings, random YAML-ish text and random mutations of the English example never make it
// throw (a hang fails by the test's timeout; speed is measured in bench/), and the result is
// consistent with the text: a clean result (no error) only for text that is one YAML document
// holding a valid philosophy, as an independent parse (the `yaml` library, strict, unique keys)
// and the schema validator see it; every finding is positioned inside the file and is one line
// without raw control characters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/lint/lint-source.js';
import type { FileResult } from '../../src/core/findings.js';
import { validateData } from '../../src/model/validate.js';
import { ROOT } from '../e2e/run.js';
import { RAW_CONTROL } from './harness.js';

const EXAMPLE = readFileSync(join(ROOT, 'philosophies/acme-robotics.yaml'), 'utf8');
const OPTIONS = { file: 'random.yaml', language: 'en' as const, today: '2026-11-22', rules: {} };
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 500);

interface Checked {
  result: FileResult;
}

/** lintSource; a throw fails the property with the input. */
function lint(source: string | Uint8Array): Checked {
  return { result: lintSource(source, OPTIONS) };
}

/** The independent oracle: is this text one strict YAML document holding a valid philosophy? */
function validPhilosophy(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let docs;
  try {
    docs = parseAllDocuments(body, { strict: true, uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
  } catch {
    return false;
  }
  if (!Array.isArray(docs) || docs.length !== 1) return false;
  const doc = docs[0]!;
  if (doc.errors.length || doc.warnings.length) return false;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return false;
  }
  return validateData(data).length === 0;
}

/** What must hold for every input; returns the broken promises. */
function problems(source: string | Uint8Array, { result }: Checked): string[] {
  const found: string[] = [];
  let text: string | undefined;
  try {
    text = typeof source === 'string' ? source : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(source);
  } catch {
    text = undefined;
  }
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (!errors.length) {
    if (text === undefined) found.push('invalid UTF-8 without an error');
    else if (Buffer.byteLength(text) > 1024 * 1024) found.push('over the size limit without an error');
    else if (!validPhilosophy(text)) found.push(`no error, but the text is not a valid philosophy (findings: ${result.findings.map((f) => f.ruleId).join(', ') || 'none'})`);
  }
  const lines = text === undefined ? Infinity : text.split(/\r\n|\r|\n/).length;
  for (const f of result.findings) {
    if (!(f.line >= 1 && f.line <= lines + 1)) found.push(`${f.ruleId} at line ${f.line} of ${lines}`);
    if (!(f.column >= 1)) found.push(`${f.ruleId} at column ${f.column}`);
    for (const [what, value] of [
      ['message', f.message],
      ['hint', f.hint ?? ''],
    ] as const) {
      if (/[\n\r]/.test(value)) found.push(`${f.ruleId} ${what} spans lines: ${JSON.stringify(value)}`);
      if (RAW_CONTROL.test(value)) found.push(`${f.ruleId} ${what} holds a raw control character: ${JSON.stringify(value)}`);
      if (value.length > 1_000) found.push(`${f.ruleId} ${what} is ${value.length} characters long`);
    }
  }
  return found;
}

// --- inputs ---------------------------------------------------------------------------------------

/** Pieces of YAML and of philosophy files, and the characters that break parsers. */
const TOKENS = [
  'version', 'language', 'company', 'name', 'mission', 'needs', 'values', 'core', 'vision', 'statement', 'kpis', 'id', 'target',
  'hiring', 'scale', 'teams', 'team', 'feedback', 'nextReview', '__proto__', 'constructor', 'en', 'de', '1', '0', '-1', '1e999',
  '0x1F', '.inf', '.nan', '2027-02-30', '2027-03-01', 'null', '~', 'true', 'yes', ': ', ':', '- ', '-', '? ', '[', ']', '{', '}',
  ',', '&a ', '*a', '*b', '!!str ', '!!binary ', '!tag ', '%YAML 1.2\n', '---\n', '...\n', '"', "'", '\\', '\\u0000', '#', ' #',
  '|', '>', '|-\n', '<<: *a', '<<<<<<< HEAD\n', '=======\n', '>>>>>>> x\n', '\n', '\n  ', '\n    ', '\r\n', '\r', '\t', ' ',
  '  ', '\ufeff', '\u0000', '\u001b[2J', '\u0085', '\u009b', '\u2028', '\u202e', '\ud800', '😀', 'ä', 'שלום', '{{', '}}', '<script>',
];
const yamlish = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 120 }).map((parts) => parts.join(''));

/** The example with a few random cuts, insertions and swaps. */
const mutated = fc
  .array(
    fc.record({
      at: fc.nat({ max: EXAMPLE.length }),
      cut: fc.nat({ max: 40 }),
      insert: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 10 }), fc.constant('')),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((edits) => edits.reduce((text, e) => text.slice(0, Math.min(e.at, text.length)) + e.insert + text.slice(Math.min(e.at, text.length) + e.cut), EXAMPLE));

describe('lintSource on random input (fast-check)', () => {
  it(`random byte strings: never throws, an error for anything but a valid philosophy (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        expect(problems(bytes, lint(bytes))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`random UTF-8 text and YAML-ish token soup: the same (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        expect(problems(text, lint(text))).toEqual([]);
        const bytes = new TextEncoder().encode(text);
        expect(problems(bytes, lint(bytes))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`the example mutated at random: clean only when still valid, else findings (${RUNS} runs)`, () => {
    let clean = 0;
    fc.assert(
      fc.property(mutated, (text) => {
        const checked = lint(text);
        if (!checked.result.findings.some((f) => f.severity === 'error')) clean++;
        expect(problems(text, checked)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    // Both outcomes occur: the property is not vacuous.
    expect(clean).toBeGreaterThan(0);
    expect(clean).toBeLessThan(RUNS);
  });

  it('the unmodified example is clean (the oracle agrees)', () => {
    expect(lint(EXAMPLE).result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(validPhilosophy(EXAMPLE)).toBe(true);
  });
});
