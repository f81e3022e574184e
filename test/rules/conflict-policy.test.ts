import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'conflict-policy';

/** Lines 1-10 head, values and vision; the rest from line 11. */
const doc = (language: string, ...rest: string[]) =>
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
    ...rest,
    '',
  ].join('\n');

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

describe(RULE, () => {
  it('fires at the document when there is no feedback section', () => {
    expect(positions(doc('en'))).toEqual([{ ruleId: RULE, messageId: 'missing', line: 1, column: 1 }]);
  });

  it('fires at the feedback section when it has no policy', () => {
    const yaml = doc('en', 'feedback:', '  methods: [survey, one-on-one]', '  reviewCadence: quarterly');
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'missing', line: 11, column: 1 }]);
  });

  it('fires on a blank policy, at the policy, in a German file', () => {
    const yaml = doc('de', 'feedback:', '  conflictPolicy: "   "'); // value at 12:19
    expect(positions(yaml, 'de')).toEqual([{ ruleId: RULE, messageId: 'missing', line: 12, column: 19 }]);
    const [finding] = lintRule(RULE, yaml, { lang: 'de' });
    expect(finding?.message).toContain('Philosophie');
    expect(finding?.severity).toBe('warn');
  });

  it('does not fire when a policy exists', () => {
    const yaml = doc(
      'en',
      'feedback:',
      '  conflictPolicy: Anyone may flag a decision that contradicts a value; the team lead answers within a week.',
    );
    expect(positions(yaml)).toEqual([]);
  });
});
