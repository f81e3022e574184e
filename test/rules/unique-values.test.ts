import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'unique-values';

/** Lines 1-5 head, 6 `values:`, 7 `core:`, 8.. one value per line; the name starts at column 13. */
function withValues(names: string[], language = 'en'): string {
  return [
    'version: 1',
    `language: ${language}`,
    'company:',
    '  name: Acme',
    '  mission: Robots anyone can run.',
    'values:',
    '  core:',
    ...names.map((n) => `    - name: ${n}`),
    'vision:',
    '  statement: Help every customer feel at home.',
    '',
  ].join('\n');
}

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

describe(RULE, () => {
  it('fires on the later of two equal names', () => {
    expect(positions(withValues(['Honesty', 'Quality', 'Honesty']))).toEqual([
      { ruleId: RULE, messageId: 'duplicate', line: 10, column: 13 },
    ]);
  });

  it('ignores case and whitespace when comparing', () => {
    expect(positions(withValues(['Own it', 'Quality', '"  own   IT "']))).toEqual([
      { ruleId: RULE, messageId: 'duplicate', line: 10, column: 13 },
    ]);
  });

  it('fires on two names for the same catalog value across languages', () => {
    expect(positions(withValues(['Honesty', 'Quality', 'Ehrlichkeit']))).toEqual([
      { ruleId: RULE, messageId: 'sameCatalogValue', line: 10, column: 13 },
    ]);
  });

  it('fires in a German file on an English synonym of a German value, with the names filled in', () => {
    const yaml = withValues(['Qualität', 'Respekt', 'Quality'], 'de');
    expect(positions(yaml, 'de')).toEqual([{ ruleId: RULE, messageId: 'sameCatalogValue', line: 10, column: 13 }]);
    const [finding] = lintRule(RULE, yaml, { lang: 'de' });
    expect(finding?.message).toContain('Qualität');
    expect(finding?.message).not.toMatch(/\{\w+\}/);
    expect(finding?.severity).toBe('error');
  });

  it('reports each later duplicate once', () => {
    expect(positions(withValues(['Speed', 'Speed', 'speed']))).toEqual([
      { ruleId: RULE, messageId: 'duplicate', line: 9, column: 13 },
      { ruleId: RULE, messageId: 'duplicate', line: 10, column: 13 },
    ]);
  });

  it('does not fire on distinct values', () => {
    expect(positions(withValues(['Honesty', 'Quality', 'Speed', 'Make it fun']))).toEqual([]);
  });

  it('does not fire on two values the catalog does not know', () => {
    expect(positions(withValues(['Make it fun', 'Stay curious']))).toEqual([]);
  });
});
