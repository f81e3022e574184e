import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'hiring-questions';

/** Lines 1-7 head and vision, 8 `values:`, 9 `core:`, 10.. the values, then the rest. */
const doc = (language: string, values: string[], ...rest: string[]) =>
  [
    'version: 1',
    `language: ${language}`,
    'company:',
    '  name: Acme',
    '  mission: Robots anyone can run.',
    'vision:',
    '  statement: Help every customer feel at home.',
    'values:',
    '  core:',
    ...values.map((v) => `    - name: ${v}`),
    ...rest,
    '',
  ].join('\n');

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

describe(RULE, () => {
  it('fires on every value when there is no benchmark, at each value', () => {
    expect(positions(doc('en', ['Honesty', 'Quality']))).toEqual([
      { ruleId: RULE, messageId: 'missingQuestions', line: 10, column: 7 },
      { ruleId: RULE, messageId: 'missingQuestions', line: 11, column: 7 },
    ]);
  });

  it('fires on a value whose entry has no questions, at its questions', () => {
    const yaml = doc(
      'en',
      ['Honesty', 'Quality'],
      'hiring:', // 12
      '  benchmark:',
      '    - value: Honesty',
      '      questions: [Tell us about a time you had to give a customer bad news.]',
      '    - value: Quality', // 16
      '      questions: []', // 17, [ at column 18
    );
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'missingQuestions', line: 17, column: 18 }]);
  });

  it('fires on an entry that names no core value, at its value', () => {
    const yaml = doc(
      'en',
      ['Honesty'],
      'hiring:', // 11
      '  benchmark:',
      '    - value: honesty',
      '      questions: [Tell us about a time you had to give a customer bad news.]',
      '    - value: Humour', // 15, value at column 14
      '      questions: [What made you laugh at work last week?]',
    );
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'unknownValue', line: 15, column: 14 }]);
  });

  it('matches names case-insensitively with umlauts in a German file', () => {
    const yaml = doc(
      'de',
      ['Qualität', 'Ehrlichkeit'], // 10, 11
      'hiring:',
      '  benchmark:',
      '    - value: QUALITÄT',
      '      questions: [Woran merken Sie, dass eine Lösung wirklich trägt?]',
    );
    expect(positions(yaml, 'de')).toEqual([{ ruleId: RULE, messageId: 'missingQuestions', line: 11, column: 7 }]);
    const [finding] = lintRule(RULE, yaml, { lang: 'de' });
    expect(finding?.message).toContain('Ehrlichkeit');
    expect(finding?.hint).not.toMatch(/\{\w+\}/);
    expect(finding?.severity).toBe('warn');
  });

  it('does not fire when every value has questions', () => {
    const yaml = doc(
      'en',
      ['Honesty', 'Quality'],
      'hiring:',
      '  scale: 5',
      '  benchmark:',
      '    - value: Honesty',
      '      questions:',
      '        - Tell us about a time you had to give a customer bad news.',
      '    - value: quality',
      '      questions:',
      '        - How do you make sure a fix really solved the problem?',
    );
    expect(positions(yaml)).toEqual([]);
  });
});
