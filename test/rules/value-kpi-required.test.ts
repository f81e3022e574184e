import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'value-kpi-required';

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
  it('fires on a value without kpis, at the value', () => {
    const yaml = doc(
      'en',
      '    - name: Integrity', // 8
      '      kpis:',
      '        - id: NPS',
      '    - name: Quality', // 11
      '      action: Get it right the first time.',
    );
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'missing', line: 11, column: 7 }]);
  });

  it('fires on an empty kpi list, at the list', () => {
    const yaml = doc('en', '    - name: Quality', '      kpis: []'); // [ at 9:13
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'empty', line: 9, column: 13 }]);
  });

  it("names the catalog's KPIs for a known value in the hint", () => {
    const [finding] = lintRule(RULE, doc('en', '    - name: Quality'));
    expect(finding?.hint).toContain('FCR');
    expect(finding?.hint).not.toMatch(/\{\w+\}/);
  });

  it('still gives an example for a value the catalog does not know', () => {
    const [finding] = lintRule(RULE, doc('en', '    - name: Make it fun'));
    expect(finding?.messageId).toBe('missing');
    expect(finding?.hint).not.toMatch(/\{\w+\}/);
  });

  it('matches a German value name in a German file', () => {
    const yaml = doc('de', '    - name: Qualität', '      action: Mach es beim ersten Mal richtig.');
    const findings = lintRule(RULE, yaml, { lang: 'de' });
    expect(positions(yaml, 'de')).toEqual([{ ruleId: RULE, messageId: 'missing', line: 8, column: 7 }]);
    expect(findings[0]?.hint).toContain('FCR');
    expect(findings[0]?.severity).toBe('error');
  });

  it('does not fire when every value has a KPI', () => {
    const yaml = doc(
      'en',
      '    - name: Integrity',
      '      kpis:',
      '        - id: NPS',
      '    - name: Make it fun',
      '      kpis: [{ id: CSAT }]',
    );
    expect(positions(yaml)).toEqual([]);
  });
});
