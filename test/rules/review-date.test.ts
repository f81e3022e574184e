import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'review-date';

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

const withDate = (date: string) => doc('en', 'feedback:', '  reviewCadence: quarterly', `  nextReview: ${date}`); // date at 13:15

const positions = (yaml: string, options: { lang?: 'en' | 'de'; today?: string } = {}) =>
  lintRule(RULE, yaml, options).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

describe(RULE, () => {
  it('fires at the document when there is no feedback section', () => {
    expect(positions(doc('en'))).toEqual([{ ruleId: RULE, messageId: 'missing', line: 1, column: 1 }]);
  });

  it('fires at the feedback section when it has no date', () => {
    expect(positions(doc('en', 'feedback:', '  reviewCadence: quarterly'))).toEqual([
      { ruleId: RULE, messageId: 'missing', line: 11, column: 1 },
    ]);
  });

  it('fires on a date before today, at the date', () => {
    expect(positions(withDate('2026-11-21'), { today: '2026-11-22' })).toEqual([
      { ruleId: RULE, messageId: 'passed', line: 13, column: 15 },
    ]);
  });

  it('fires on a day the calendar does not have', () => {
    expect(positions(withDate('2027-02-30'))).toEqual([{ ruleId: RULE, messageId: 'invalidDate', line: 13, column: 15 }]);
  });

  it('fills the date into a German message', () => {
    const yaml = doc('de', 'feedback:', '  reviewCadence: quarterly', '  nextReview: 2025-01-15');
    const [finding] = lintRule(RULE, yaml, { lang: 'de', today: '2026-11-22' });
    expect(finding?.messageId).toBe('passed');
    // A date in words, as a reader writes it; no ISO date reaches a reader.
    expect(finding?.message).toContain('15. Januar 2025');
    expect(finding?.message).not.toContain('2025-01-15');
    expect(finding?.message).not.toMatch(/\{\w+\}/);
    expect(finding?.severity).toBe('warn');
  });

  it('does not fire on today or a later date', () => {
    expect(positions(withDate('2026-11-22'), { today: '2026-11-22' })).toEqual([]);
    expect(positions(withDate('2028-02-29'), { today: '2026-11-22' })).toEqual([]);
  });
});
