// The file itself: encoding, YAML syntax, duplicate keys, tabs, several documents and the
// limits, each a positioned one-line finding instead of an exception or a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/model/load.js';
import { lintSource } from '../src/lint/lint-source.js';
import { lint } from './helpers/lint.js';

const only = (source: string | Uint8Array, limits = {}) =>
  lintSource(source, { file: 't.yaml', language: 'en', today: '2026-11-22', rules: {}, limits }).findings.map((f) => ({
    rule: f.ruleId,
    id: f.messageId,
    line: f.line,
    column: f.column,
  }));

describe('loading', () => {
  it('a YAML syntax error becomes one line with its position', () => {
    const findings = lint('version: 1\ncompany:\n  name: "Acme\n');
    expect(findings[0]).toMatchObject({ ruleId: 'parse', severity: 'error' });
    expect(findings[0]!.message).not.toContain('\n');
    expect(findings[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('duplicate keys', () => {
    expect(only('version: 1\nversion: 1\n')).toContainEqual({ rule: 'parse', id: 'duplicateKey', line: 2, column: 1 });
  });

  it('tabs used for indentation', () => {
    expect(only('company:\n\tname: Acme\n')).toContainEqual(expect.objectContaining({ rule: 'parse', id: 'tabIndent', line: 2 }));
  });

  it('several documents', () => {
    expect(only('version: 1\n---\nversion: 1\n')).toContainEqual({ rule: 'parse', id: 'multipleDocuments', line: 2, column: 1 });
  });

  it('an unresolved merge conflict is named as such, at its first marker', () => {
    expect(only('version: 1\n<<<<<<< HEAD\nlanguage: en\n=======\nlanguage: de\n>>>>>>> main\n')).toEqual([
      { rule: 'parse', id: 'mergeConflict', line: 2, column: 1 },
    ]);
  });

  it('an empty file and a file of only comments', () => {
    expect(only('')).toEqual([{ rule: 'parse', id: 'empty', line: 1, column: 1 }]);
    expect(only('# nothing\n# here\n')).toEqual([{ rule: 'parse', id: 'empty', line: 1, column: 1 }]);
  });

  it('invalid UTF-8, and a BOM that is fine', () => {
    expect(only(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0x0a]))).toEqual([{ rule: 'parse', id: 'encoding', line: 1, column: 4 }]);
    const later = new Uint8Array([...Buffer.from('a: ' + 'ä'.repeat(100) + '\nb: '), 0xff, 0x0a]);
    expect(only(later)).toEqual([{ rule: 'parse', id: 'encoding', line: 2, column: 4 }]);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('version: 1\n')]);
    expect(only(withBom).filter((f) => f.rule === 'parse')).toEqual([]);
  });

  it('decodes as the standard decoder does, and refuses what it refuses', () => {
    const standard = (bytes: Uint8Array) => {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return undefined;
      }
    };
    // Text of every kind (ASCII, Latin-1, other BMP, astral, a BOM first or inside), and bytes.
    const text = fc.oneof(fc.string({ unit: 'grapheme-ascii' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }).map((t) => '\ufeff' + t));
    fc.assert(
      fc.property(text, (t) => {
        const bytes = new TextEncoder().encode(t);
        expect(decode(bytes)).toEqual({ text: standard(bytes) });
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const expected = standard(bytes);
        const got = decode(bytes);
        if (expected === undefined) expect(got.issue).toMatchObject({ messageId: 'encoding' });
        else expect(got).toEqual({ text: expected });
      }),
      { numRuns: 5000 },
    );
  });

  it('an alias bomb stops at the alias limit', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const findings = only(lines.join('\n') + '\n');
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'parse', id: 'aliasLimit' }));
  });

  it('nesting 10 000 deep, as flow and as block', () => {
    expect(only('a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n')).toEqual([{ rule: 'parse', id: 'depthLimit', line: 1, column: 1 }]);
    const block = Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' x\n';
    expect(only(block)).toContainEqual(expect.objectContaining({ rule: 'parse', id: 'depthLimit' }));
  });

  it('a file over the size limit is not parsed', () => {
    expect(only('version: 1\n'.repeat(100), { maxFileSize: 500 })).toEqual([{ rule: 'parse', id: 'tooLarge', line: 1, column: 1 }]);
  });

  it('__proto__ and constructor keys are unknown fields, not prototype changes', () => {
    const findings = lint('version: 1\n__proto__:\n  polluted: true\nconstructor: x\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'schema', messageId: 'unknownField', line: 2, column: 1 }));
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'schema', messageId: 'unknownField', line: 4, column: 1 }));
  });

  it('control characters in text never reach a message raw', () => {
    const findings = lint('version: 1\nlanguage: "\\e[2Jfr"\n');
    const enumFinding = findings.find((f) => f.messageId === 'enum');
    expect(enumFinding?.message).toContain('[2J');
    expect(enumFinding?.message).not.toContain('\x1b');
  });
});

describe('a quote or bracket that is never closed is reported where it opens', () => {
  const parse = (source: string) => only(source).filter((f) => f.rule === 'parse');
  const bracket = (line: number, column: number) => ({ rule: 'parse', id: 'unclosedBracket', line, column });
  const quote = (line: number, column: number) => ({ rule: 'parse', id: 'unclosedQuote', line, column });

  it('at the end of the file', () => {
    expect(parse('version: 1\ncompany: [Acme, Robots\n')).toEqual([bracket(2, 10)]);
    expect(parse('version: 1\ncompany: {name: Acme\n')).toEqual([bracket(2, 10)]);
    expect(parse('version: 1\ncompany:\n  name: "Acme\n')).toEqual([quote(3, 9)]);
    expect(parse("version: 1\ncompany:\n  name: 'Acme\n")).toEqual([quote(3, 9)]);
  });

  it('in the middle of the file', () => {
    expect(parse('version: 1\nlanguage: en\ncompany: [Acme, Robots\nvalues:\n  core: []\n')).toEqual([bracket(3, 10)]);
    expect(parse('version: 1\ncompany: {name: Acme,\n  mission: x\nvalues:\n  core: []\n')).toEqual([bracket(2, 10)]);
    expect(parse('version: 1\nlanguage: en\ncompany:\n  name: "Acme\n  mission: Robots.\n')).toEqual([quote(4, 9)]);
    expect(parse("version: 1\ncompany:\n  name: 'Acme\n  mission: Robots.\nvalues:\n  core: []\n")).toEqual([quote(3, 9)]);
    expect(parse('- [a, b\n- c\n')).toEqual([bracket(1, 3)]);
  });

  it('in a file of one line', () => {
    expect(parse('company: [Acme')).toEqual([bracket(1, 10)]);
    expect(parse('company: {name: Acme')).toEqual([bracket(1, 10)]);
    expect(parse('company: "Acme')).toEqual([quote(1, 10)]);
    expect(parse("company: 'Acme")).toEqual([quote(1, 10)]);
    expect(parse('[Acme, Robots')).toEqual([bracket(1, 1)]);
    expect(parse('{name: Acme')).toEqual([bracket(1, 1)]);
  });

  it('nested: each bracket that is never closed, once', () => {
    // Only the outer one is open.
    expect(parse('a: [1, [2, 3]\nb: 1\n')).toEqual([bracket(1, 4)]);
    expect(parse('a: {x: [1, 2], y: {z: 3}\nb: 1\n')).toEqual([bracket(1, 4)]);
    // Only the inner one is open; the outer one's closer is there.
    expect(parse('a: {x: [1, 2}\nb: 1\n')).toEqual([bracket(1, 8)]);
    expect(parse('a: [1, {x: 1]\nb: 1\n')).toEqual([bracket(1, 8)]);
    // Both are open.
    expect(parse('a: [1, [2, 3\nb: 1\n')).toEqual([bracket(1, 4), bracket(1, 8)]);
    expect(parse('a: [[[1\n')).toEqual([bracket(1, 4), bracket(1, 5), bracket(1, 6)]);
  });

  it('nested: a quote left open inside brackets is the one finding (it swallowed their closers)', () => {
    expect(parse('a: [1, {x: "y}]\nb: 1\n')).toEqual([quote(1, 12)]);
    expect(parse("a: [1, 'x, 2]\nb: 1\n")).toEqual([quote(1, 8)]);
    expect(parse('a:\n  - [x, "y\n')).toEqual([quote(2, 9)]);
  });

  it('the message names the character, in English and German', () => {
    const [en] = lint('version: 1\ncompany: [Acme\n');
    expect(en).toMatchObject({ ruleId: 'parse', messageId: 'unclosedBracket', line: 2, column: 10, severity: 'error' });
    expect(en!.message).toBe('The `[` opened here is never closed.');
    expect(en!.hint).toContain('`]`');
    const [de] = lint('version: 1\ncompany:\n  name: "Acme\n', { lang: 'de' });
    expect(de).toMatchObject({ messageId: 'unclosedQuote', line: 3, column: 9 });
    expect(de!.message).toBe('Das hier geöffnete Anführungszeichen `"` wird nirgends geschlossen.');
    expect(de!.hint).toContain('`"`');
  });

  it('other syntax errors keep their place', () => {
    expect(parse('version: 1\nlanguage: en\ncompany:\n    name: Acme\n  mission: Robots.\n')).toEqual([{ rule: 'parse', id: 'badIndent', line: 5, column: 1 }]);
    expect(parse('a: ["x" "y"]\n')).toEqual([{ rule: 'parse', id: 'missingChar', line: 1, column: 9 }]);
    expect(parse('a: [1]]\n')).toEqual([expect.objectContaining({ rule: 'parse', line: 1, column: 7 })]);
    expect(parse('a: @x\n')).toEqual([{ rule: 'parse', id: 'badScalarStart', line: 1, column: 4 }]);
  });

  it('a quoted text closed on a line indented too little is still pointed at its opening quote', () => {
    // The library ends the text at the line end; the stray `c"` is a finding of its own.
    const findings = parse('a:\n  b: "x\nc"\n');
    expect(findings[0]).toEqual(quote(2, 6));
    expect(findings.slice(1).every((f) => f.line === 3)).toBe(true);
  });

  it('twenty thousand quotes left open: each reported where it opens, up to the limit', () => {
    // Each quote ends at the next line, which is indented too little to continue it.
    const text = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i % 2 ? '"' : "'"}b\n`).join('');
    const findings = parse(text);
    expect(findings.slice(0, 3)).toEqual([quote(1, 5), quote(2, 5), quote(3, 5)]);
    expect(findings.filter((f) => f.id === 'unclosedQuote')).toHaveLength(500);
  });
});

describe('schema findings', () => {
  it('a typo in a key suggests the right one, at the key', () => {
    const findings = lint('version: 1\nlanguage: en\ncompany:\n  nmae: Acme\n  mission: x\n');
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'schema', messageId: 'unknownFieldSuggest', line: 4, column: 3 }));
    expect(findings.find((f) => f.messageId === 'unknownFieldSuggest')!.message).toContain('did you mean `name`');
  });

  it('wrong types, enums, version and empty text', () => {
    const findings = lint('version: 2\nlanguage: fr\ncompany:\n  name: ""\n  mission: 42\nvalues:\n  core: []\nvision:\n  statement: [a]\n');
    const ids = findings.filter((f) => f.ruleId === 'schema').map((f) => `${f.messageId}@${f.line}:${f.column}`);
    expect(ids).toEqual(['const@1:10', 'enum@2:11', 'emptyText@4:9', 'type@5:12', 'minItems@7:9', 'type@9:14']);
  });

  it('a missing required field points at the key of its parent map', () => {
    const findings = lint('version: 1\nlanguage: en\ncompany:\n  name: Acme\nvalues:\n  core:\n    - name: Speed\nvision:\n  statement: Quick.\n');
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'schema', messageId: 'required', line: 3, column: 1, pointer: '/company' }));
  });

  it('rules still run when the only schema problems are unknown fields', () => {
    const findings = lint(
      'version: 1\nlanguage: en\ncompany:\n  name: Acme\n  mission: Robots.\n  slogan: x\nvalues:\n  core:\n    - name: Speed\nvision:\n  statement: Quick.\n',
    );
    expect(findings.some((f) => f.ruleId === 'value-action-required')).toBe(true);
  });
});

describe('review fixes', () => {
  const base = 'version: 1\nlanguage: en\ncompany: { name: Acme, mission: Robots. }\nvalues:\n  core:\n    - name: Speed\n      action: Answer fast.\n      kpis: [{ id: NPZ }]\nvision: { statement: Fast help. }\n';

  it('a directive cannot suppress a schema finding, and says so', () => {
    const findings = lint(base.replace('version: 1', '# philosophy-disable-next-line schema -- legacy\nversion: "1"'));
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'schema', messageId: 'const' }));
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'disable-directive', messageId: 'notSuppressible', line: 1 }));
  });

  it('a huge number of problems is cut to the first 500 plus one note, without crashing', () => {
    const findings = lint('a: "\\q"\n'.repeat(20_000));
    expect(findings).toHaveLength(501);
    expect(findings.at(-1)).toMatchObject({ messageId: 'tooManyProblems' });
  });

  it('100 000 keys are read (with the entry limit raised)', () => {
    let text = '';
    for (let i = 0; i < 100_000; i++) text += `k${i}: 1\n`;
    expect(only(text, { maxEntries: 200_000 })).not.toContainEqual(expect.objectContaining({ id: 'entryLimit' }));
  });

  it('a block list of half a million items stops at the entry limit, on the first line past it', () => {
    const text = 'version: 1\nlanguage: en\ncompany:\n' + '-\n'.repeat(500_000);
    expect(only(text)).toEqual([{ rule: 'parse', id: 'entryLimit', line: 50_002, column: 1 }]);
  });

  it('a flow list on one line stops at the entry limit, at the item past it', () => {
    const text = 'company: [' + '1,'.repeat(20) + '1]\n';
    expect(only(text, { maxEntries: 10 })).toEqual([{ rule: 'parse', id: 'entryLimit', line: 1, column: 33 }]);
  });

  it('the entry limit counts lines and commas, so prose within it passes', () => {
    const prose = 'Fast, friendly, fair; we answer, we listen, we follow up. '.repeat(200);
    const text = `company:\n  name: Acme\n  mission: ${prose}\n`;
    expect(only(text, { maxEntries: 1_000 })).not.toContainEqual(expect.objectContaining({ id: 'entryLimit' }));
    expect(only(text, { maxEntries: 500 })).toContainEqual(expect.objectContaining({ id: 'entryLimit', line: 3 }));
  });

  it('the fast path keeps the depth limit', () => {
    const deep = base + 'needs:\n  principles:\n    - x\n';
    expect(lintSource(deep, { file: 't.yaml', language: 'en', today: '2026-11-22', rules: {}, limits: { maxDepth: 2 } }).findings).toContainEqual(
      expect.objectContaining({ ruleId: 'parse', messageId: 'depthLimit' }),
    );
  });
});
