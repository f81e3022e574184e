// The diff reports as pure functions: Markdown's marker and 60 KB limit, stylish wrapping to the
// width, JSON's version.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatter as md, MARKER, MAX_BYTES } from '../../src/diff/formatters/md.js';
import { formatter as stylish } from '../../src/diff/formatters/stylish.js';
import { formatter as json } from '../../src/diff/formatters/json.js';
import type { Change, DiffResult } from '../../src/diff/types.js';

const context = { language: 'en' as const, color: false, width: 80, version: '0.0.0' };

function result(changes: Change[]): DiffResult {
  return { old: { path: 'p.yaml', ref: 'HEAD~1', exists: true }, new: { path: 'p.yaml', ref: '', exists: true }, changes, findings: { introduced: [], resolved: [] } };
}

const reworded = (i: number): Change => ({
  step: 3,
  kind: 'changed',
  pointer: `/vision/statement`,
  summary: `Vision changed (${i})`,
  words: [
    { kind: 'removed', text: 'Fast help for everyone, '.repeat(40) },
    { kind: 'added', text: 'Ehrliche Hilfe für alle | <b>*jeden*</b> '.repeat(40) },
  ],
});

describe('md', () => {
  it('starts with the hidden marker and escapes what Markdown would read', () => {
    const out = md.diff([result([{ step: 2, kind: 'added', pointer: '/values/core/0', summary: 'Value “<b>*Speed*</b>” added as the 1st value' }])], context);
    expect(out.split('\n')[0]).toBe(MARKER);
    expect(out).toContain('Value “\\<b\\>\\*Speed\\*\\</b\\>” added as the 1st value');
  });

  it('stays under 60 KB: first without the word diffs, then saying how many items it left out', () => {
    const few = md.diff([result(Array.from({ length: 40 }, (_, i) => reworded(i)))], context);
    expect(Buffer.byteLength(few)).toBeLessThanOrEqual(MAX_BYTES);
    expect(few).toContain('Word-level text changes left out');
    expect(few).toContain('Vision changed (39)');

    const many = md.diff([result(Array.from({ length: 3000 }, (_, i) => reworded(i)))], context);
    expect(Buffer.byteLength(many)).toBeLessThanOrEqual(MAX_BYTES);
    const left = /(\d+) more item\(s\) left out/.exec(many);
    expect(Number(left?.[1])).toBeGreaterThan(0);
    const shown = many.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(shown + Number(left?.[1])).toBe(3000);
  });
});

describe('stylish', () => {
  it('wraps every line to the width, word diffs marked without colour', () => {
    const out = stylish.diff([result([reworded(1)])], context);
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(out).toContain('[-Fast help for everyone,');
    expect(out).toContain('{+Ehrliche Hilfe');
  });

  it('escapes control characters from the file', () => {
    const out = stylish.diff([result([{ step: 2, kind: 'added', pointer: '', summary: 'Value “\u001b[31mRed” added' }])], context);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('\\x1b[31mRed');
  });
});

describe('json', () => {
  it('is versioned and keeps every change as data', () => {
    const parsed = JSON.parse(json.diff([result([reworded(1)])], context));
    expect(parsed.version).toBe(1);
    expect(parsed.files[0].changes[0]).toMatchObject({ step: 3, kind: 'changed', pointer: '/vision/statement' });
  });
});
