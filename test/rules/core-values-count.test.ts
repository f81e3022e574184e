import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'core-values-count';

const HEAD = ['version: 1', 'language: en', 'company:', '  name: Acme', '  mission: Robots anyone can run.'];
const VISION = ['vision:', '  statement: Help every customer feel at home.'];

/** Lines 1-5 head, 6 `values:`, 7 `core:`, 8.. one value per line. */
function withValues(names: string[], language = 'en'): string {
  const head = HEAD.map((line) => (line === 'language: en' ? `language: ${language}` : line));
  return [...head, 'values:', '  core:', ...names.map((n) => `    - name: ${n}`), ...VISION, ''].join('\n');
}

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

describe(RULE, () => {
  it('fires on six core values, at the key of the list', () => {
    const yaml = withValues(['Honesty', 'Respect', 'Quality', 'Speed', 'Empathy', 'Loyalty']);
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'tooMany', line: 7, column: 3 }]);
  });

  it('fills the count into the message, in German too', () => {
    const yaml = withValues(['Ehrlichkeit', 'Respekt', 'Qualität', 'Tempo', 'Empathie', 'Loyalität', 'Zuhören'], 'de');
    const [finding] = lintRule(RULE, yaml, { lang: 'de' });
    expect(finding?.messageId).toBe('tooMany');
    expect(finding?.message).toContain('7');
    expect(finding?.message).not.toMatch(/\{\w+\}/);
    expect(finding?.severity).toBe('warn');
  });

  it('does not fire on five core values', () => {
    expect(positions(withValues(['Honesty', 'Respect', 'Quality', 'Speed', 'Empathy']))).toEqual([]);
  });

  it('does not fire on a single core value', () => {
    expect(positions(withValues(['Integrity']))).toEqual([]);
  });
});
