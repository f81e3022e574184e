// Helpers for text shared by rules: name keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../src/core/text.js';

describe('nameKey', () => {
  it('treats case, spacing and composed letters as the same name', () => {
    expect(nameKey('  Honesty ')).toBe('honesty');
    expect(nameKey('Speed\tand   care')).toBe('speed and care');
    expect(nameKey('Kundenn\u00e4he')).toBe(nameKey('KUNDENNA\u0308HE'));
  });

  it('lower-cases the same in every locale ("I" is "i", not the Turkish dotless one)', () => {
    expect(nameKey('INTEGRITY')).toBe('integrity');
    expect(nameKey('INTEGRITY ')).toBe('integrity');
  });

  it('gives what the full normalization gives, on the quick path for plain names too', () => {
    const full = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
    const part = fc.constantFrom('a', 'Z', ' ', '  ', '\t', '\n', '-', 'Ä', 'A\u0308', '\u00a0', 'ß', 'I', 'İ');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        expect(nameKey(parts.join(''))).toBe(full(parts.join('')));
      }),
      { numRuns: 2000 },
    );
  });
});
