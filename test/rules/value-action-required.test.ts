import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'value-action-required';

const doc = (language: string, ...values: string[]) =>
  [
    'version: 1',
    `language: ${language}`,
    'company:',
    '  name: Acme',
    '  mission: Robots anyone can run.',
    'values:',
    '  core:',
    ...values,
    'vision:',
    '  statement: Help every customer feel at home.',
    '',
  ].join('\n');

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

describe(RULE, () => {
  it('fires on a value without an action, at the value', () => {
    const yaml = doc(
      'en',
      '    - name: Integrity', // 8
      '      action: Say what you mean. Mean what you say.',
      '    - name: Quality', // 10
      '      meaning: We fix it properly.',
    );
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'missing', line: 10, column: 7 }]);
  });

  it('fires on a blank action, at the action', () => {
    const yaml = doc('en', '    - name: Quality', '      action: "  "'); // action value at 9:15
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'missing', line: 9, column: 15 }]);
  });

  it('names the value in a German file', () => {
    const yaml = doc('de', '    - name: Qualität', '      meaning: Wir lösen es gründlich.');
    expect(positions(yaml, 'de')).toEqual([{ ruleId: RULE, messageId: 'missing', line: 8, column: 7 }]);
    const [finding] = lintRule(RULE, yaml, { lang: 'de' });
    expect(finding?.message).toContain('Qualität');
    expect(finding?.message).not.toMatch(/\{\w+\}/);
    expect(finding?.severity).toBe('error');
  });

  it('does not fire when every value has an action', () => {
    const yaml = doc(
      'en',
      '    - name: Integrity',
      '      action: Say what you mean. Mean what you say.',
      '    - name: Respect',
      '      action: I treat every customer as a guest.',
    );
    expect(positions(yaml)).toEqual([]);
  });
});
