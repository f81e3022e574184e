import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'kpi-target';

/** Lines 1-7 head and vision, 8 `values:`, 9 `core:`, 10 `- name: …`, 11 `kpis:`, 12.. the KPIs. */
const doc = (language: string, kpis: string[], ...rest: string[]) =>
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
    `    - name: ${language === 'de' ? 'Tempo' : 'Speed'}`,
    '      kpis:',
    ...kpis,
    ...rest,
    '',
  ].join('\n');

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

describe(RULE, () => {
  it('fires on a KPI without a target, at the KPI', () => {
    const yaml = doc('en', ['        - id: FRT', '        - id: CSAT', '          target: { op: gte, value: 85 }']);
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'missingTarget', line: 12, column: 11 }]);
  });

  it('fires on a target that points the wrong way, at the op', () => {
    // `target: { op: ` puts the op value at column 25.
    const yaml = doc('en', [
      '        - id: FRT',
      '          target: { op: gte, value: 2, unit: h }',
      '        - id: CSAT',
      '          target: { op: lt, value: 90 }',
    ]);
    expect(positions(yaml)).toEqual([
      { ruleId: RULE, messageId: 'wrongDirection', line: 13, column: 25 },
      { ruleId: RULE, messageId: 'wrongDirection', line: 15, column: 25 },
    ]);
    const [finding] = lintRule(RULE, yaml);
    expect(finding?.hint).toContain('lte');
    expect(finding?.severity).toBe('warn');
  });

  it('fires on eq, which gives no direction', () => {
    const yaml = doc('en', ['        - id: NPS', '          target: { op: eq, value: 50 }']);
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'noDirection', line: 13, column: 25 }]);
  });

  it('fires on a target outside the scale, at the value', () => {
    const yaml = doc('en', [
      '        - id: NPS',
      '          target: { op: gte, value: 120 }', // value at 13:37
      '        - id: CSAT',
      '          target: { op: gte, value: 140 }',
    ]);
    expect(positions(yaml)).toEqual([
      { ruleId: RULE, messageId: 'outOfScale', line: 13, column: 37 },
      { ruleId: RULE, messageId: 'outOfScale', line: 15, column: 37 },
    ]);
  });

  it('accepts a negative NPS target, which lies on its scale', () => {
    const yaml = doc('en', ['        - id: NPS', '          target: { op: gte, value: -20 }']);
    expect(positions(yaml)).toEqual([]);
  });

  it('fires on a custom KPI without a direction once, at the custom KPI', () => {
    const yaml = doc(
      'en',
      ['        - id: TTV', '          target: { op: lte, value: 3 }'],
      '    - name: Quality', // 14
      '      kpis:',
      '        - id: TTV',
      '          target: { op: lte, value: 2 }',
      'customKpis:', // 18
      '  - id: TTV', // 19
      '    name: Time to value',
      '    formula: days from sign-up to the first solved task',
    );
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'unknownDirection', line: 19, column: 5 }]);
  });

  it("uses a custom KPI's direction", () => {
    const yaml = doc(
      'en',
      ['        - id: TTV', '          target: { op: gte, value: 3 }'],
      'customKpis:',
      '  - id: TTV',
      '    name: Time to value',
      '    formula: days from sign-up to the first solved task',
      '    direction: lower',
    );
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'wrongDirection', line: 13, column: 25 }]);
  });

  it('skips KPIs that neither the catalog nor customKpis know', () => {
    const yaml = doc('en', ['        - id: CSTA', '        - id: HAPPINESS', '          target: { op: eq, value: 1 }']);
    expect(positions(yaml)).toEqual([]);
  });

  it('reports in a German file with the placeholders filled', () => {
    const yaml = doc('de', ['        - id: FRT', '          target: { op: gt, value: 4, unit: h }']);
    expect(positions(yaml, 'de')).toEqual([{ ruleId: RULE, messageId: 'wrongDirection', line: 13, column: 25 }]);
    const [finding] = lintRule(RULE, yaml, { lang: 'de' });
    expect(finding?.message).not.toMatch(/\{\w+\}/);
    expect(finding?.hint).toContain('lt');
  });

  it('does not fire on targets that point the right way and lie on the scale', () => {
    const yaml = doc('en', [
      '        - id: FRT',
      '          target: { op: lte, value: 2, unit: h }',
      '        - id: CSAT',
      '          target: { op: gte, value: 85 }',
      '        - id: NPS',
      '          target: { op: gt, value: 40 }',
      '        - id: AHT',
      '          target: { op: lt, value: 8, unit: min }',
    ]);
    expect(positions(yaml)).toEqual([]);
  });
});
