// The fast loader may only ever say "clean data" where the positioned loader agrees exactly:
// otherwise a file's verdict would depend on which loader happened to read it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastLoad } from '../src/model/fast-load.js';
import { parseText } from '../src/model/load.js';

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

const SNIPPETS = ['"', "'", '[', ']', '{', '}', ':', ': ', '# ', '#', '- ', '\n', '  ', '\t', '&a ', '*a', '!x ', '0b1', '-0x1', '0o7', '? ', '--- ', '...', '|', '>', '\r', '%', '@', ',', '\\', '\\U0001F600', 'null', '~', '1e3', '  - x\n', 'key: value\n', '"a\nb"'];

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

describe('fast loader', () => {
  it('reads the seed', () => {
    expect(fastLoad(SEED)).toEqual(parseText(SEED).data);
  });

  it('whenever it returns data, the positioned loader finds no problem and the same data', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (steps) => {
        const text = apply(SEED, steps);
        const fast = fastLoad(text);
        if (fast === undefined) return;
        const full = parseText(text);
        expect(full.issues).toEqual([]);
        expect(full.data).toEqual(fast);
      }),
      { numRuns: 5000 },
    );
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
  ])('leaves %s to the positioned loader', (_what, text) => {
    expect(fastLoad(text)).toBeUndefined();
  });
});
