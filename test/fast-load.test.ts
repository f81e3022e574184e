// The fast loader may only ever say "clean data" where the positioned loader agrees exactly:
// otherwise a file's verdict would depend on which loader happened to read it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fastLoad, jsYamlLoad } from '../src/model/fast-load.js';
import { parseText } from '../src/model/load.js';
import { subsetLoad } from '../src/model/subset-load.js';

// FAST_LOAD_RUNS=200000 for a long local run.
const RUNS = Number(process.env['FAST_LOAD_RUNS'] ?? 5000);

const SEED = `# yaml-language-server: $schema=../schema/philosophy.schema.json
version: 1
language: en
company:
  name: Acme Robotics
  mission: "Robots anyone can run."
needs:
  channels:
    - name: email
      hours: Mon-Fri 08:00-18:00 CET
      firstResponse: 4h
  principles: [Help first, 'Own it']
values:
  core:
    - name: Integrity
      action: >-
        Say what you mean.
        Mean what you say.
      kpis:
        - id: NPS
          target: { op: gte, value: 50 }
vision:
  statement: |
    Help that works.
  criteria:
    understandable: 'It''s short.'
`;

const SNIPPETS = ['|-', '>-', '|+', '>2', '\\"', "''", '\\u00e9', '\\x41', '\\n', '- a: b\n', ' #', '~', 'Null', 'TRUE', '007', '+1', '.5', '1.0', '-0', '0.0', '-.inf', '.NaN', '0x1F', '\n\n', '   \n', '\u00a0', '\u0085', '\ufeff', '😀', 'a: ', '{}', '[]', '{a: 1}', '[a, b]', '"',  "'", '[', ']', '{', '}', ':', ': ', '# ', '#', '- ', '\n', '  ', '\t', '&a ', '*a', '!x ', '0b1', '-0x1', '0o7', '? ', '--- ', '...', '|', '>', '\r', '%', '@', ',', '\\', '\\U0001F600', 'null', '~', '1e3', '  - x\n', 'key: value\n', '"a\nb"'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), snippet: fc.constantFrom(...SNIPPETS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

function apply(text: string, steps: Array<{ kind: string; at: number; snippet?: string; length?: number }>): string {
  for (const step of steps) {
    const at = step.at % (text.length + 1);
    if (step.kind === 'insert') text = text.slice(0, at) + step.snippet + text.slice(at);
    else if (step.kind === 'delete') text = text.slice(0, at) + text.slice(at + (step.length ?? 1));
    else {
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at);
      const line = text.slice(start, end === -1 ? text.length : end + 1);
      text = text.slice(0, start) + line + text.slice(start);
    }
  }
  return text;
}

const EXAMPLES = ['acme-robotics', 'radwerk-berlin'].map((name) => readFileSync(new URL(`../philosophies/${name}.yaml`, import.meta.url), 'utf8'));

describe('fast loader', () => {
  it('reads the seed and the examples, with either reader', () => {
    for (const text of [SEED, ...EXAMPLES]) {
      const full = parseText(text).data;
      expect(subsetLoad(text, 32)).toEqual(full);
      expect(jsYamlLoad(text)).toEqual(full);
      expect(fastLoad(text)).toEqual(full);
    }
  });

  it('reads a file longer than its line tables, and a short one after it', () => {
    // The subset reader keeps its line tables between files and grows them when a file has more
    // lines; what a longer file left in them must not show in the next.
    const long = EXAMPLES[0]!.replace(/^needs:\n/m, `needs:\n  notes:\n${Array.from({ length: 3000 }, (_, i) => `    - note ${i}\n`).join('')}`);
    for (const text of [long, SEED, EXAMPLES[1]!, long]) expect(subsetLoad(text, 32)).toEqual(parseText(text).data);
  });

  // Mutations of the seed and of the examples: the subset reader and js-yaml each on their own.
  describe.each([
    ['the subset reader', (text: string) => subsetLoad(text, 32)],
    ['js-yaml', (text: string) => jsYamlLoad(text)],
  ])('%s', (_name, read) => {
    it.each([
      ['the seed', SEED],
      ['an example', EXAMPLES[0]!],
    ])('whenever it returns data for a mutated %s, the positioned loader finds no problem and the same data', (_what, seed) => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (steps) => {
          const text = apply(seed, steps);
          const fast = read(text);
          if (fast === undefined) return;
          const full = parseText(text);
          expect(full.issues).toEqual([]);
          expect(fast).toEqual(full.data);
        }),
        { numRuns: seed === SEED ? RUNS : Math.ceil(RUNS / 20) },
      );
    });
  });

  it.each([
    ['a quoted string continued on the next line', 'company:\n  name: "Acme\n  Robotics"\n'],
    ['a flow list continued on the next line', 'values: [a, b,\n  c]\n'],
    ['binary and signed hex numbers', 'version: 0b1\n'],
    ['a comment glued to a quote', 'name: "Acme"# note\n'],
    ['an explicit key', '? [version]\n: 1\n'],
    ['content after a document marker', '--- version: 1\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['CR line ends', 'a: 1\rb: 2\r'],
    ['an anchor after a colon in a flow map', '{"a":&x [1], "b":*x}\n'],
    ['a byte order mark inside the text', 'a: 1\n\ufeffb: 2\n'],
  ])('js-yaml leaves %s to the positioned loader', (_what, text) => {
    expect(jsYamlLoad(text)).toBeUndefined();
    // The subset reader reads 0b1 as text, as the positioned loader does; the rest it leaves.
    const subset = subsetLoad(text, 32);
    if (subset === undefined) return;
    expect(text).toBe('version: 0b1\n');
    expect(subset).toEqual(parseText(text).data);
  });
});
