import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'vision-criteria';

/** Lines 1-8 head and values, 9 `vision:`, 10 statement, 11.. the rest of the vision. */
const doc = (language: string, ...vision: string[]) =>
  [
    'version: 1',
    `language: ${language}`,
    'company:',
    '  name: Acme',
    '  mission: Robots anyone can run.',
    'values:',
    '  core:',
    '    - name: Integrity',
    'vision:',
    '  statement: Help every customer feel at home.',
    ...vision,
    '',
  ].join('\n');

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

describe(RULE, () => {
  it('fires three times at the vision when criteria are absent', () => {
    expect(positions(doc('en'))).toEqual([
      { ruleId: RULE, messageId: 'missingUnderstandable', line: 9, column: 1 },
      { ruleId: RULE, messageId: 'missingServiceKind', line: 9, column: 1 },
      { ruleId: RULE, messageId: 'missingNowAndFuture', line: 9, column: 1 },
    ]);
  });

  it('fires once per unanswered criterion, at the criteria', () => {
    const yaml = doc(
      'en',
      '  criteria:', // 11
      '    understandable: Everyone knows what home feels like and can act on it today.', // 12
    );
    expect(positions(yaml)).toEqual([
      { ruleId: RULE, messageId: 'missingServiceKind', line: 11, column: 3 },
      { ruleId: RULE, messageId: 'missingNowAndFuture', line: 11, column: 3 },
    ]);
  });

  it('treats a blank answer as unanswered, at the answer', () => {
    const yaml = doc(
      'en',
      '  criteria:',
      '    understandable: Everyone knows what home feels like.',
      '    serviceKind: Warm, personal service from people who remember you.',
      '    nowAndFuture: " "', // 14, value at column 19
    );
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'missingNowAndFuture', line: 14, column: 19 }]);
  });

  it('reports in German in a German file', () => {
    const yaml = doc(
      'de',
      '  criteria:',
      '    understandable: Jeder weiß, wie sich Zuhause anfühlt.',
      '    serviceKind: Herzlicher, persönlicher Service.',
    );
    expect(positions(yaml, 'de')).toEqual([{ ruleId: RULE, messageId: 'missingNowAndFuture', line: 11, column: 3 }]);
    const [finding] = lintRule(RULE, yaml, { lang: 'de' });
    expect(finding?.message).toMatch(/Vision/);
    expect(finding?.severity).toBe('warn');
  });

  it('does not fire when all three criteria are answered', () => {
    const yaml = doc(
      'en',
      '  criteria:',
      '    understandable: Everyone knows what home feels like and can act on it today.',
      '    serviceKind: Warm, personal service from people who remember you.',
      '    nowAndFuture: We know our regulars by name; we want every new customer to feel the same.',
    );
    expect(positions(yaml)).toEqual([]);
  });
});
