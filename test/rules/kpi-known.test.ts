import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'kpi-known';

const doc = (language: string, ...rest: string[]) =>
  [
    'version: 1',
    `language: ${language}`,
    'company:',
    '  name: Acme',
    '  mission: Robots anyone can run.',
    'vision:',
    '  statement: Help every customer feel at home.',
    ...rest,
    '',
  ].join('\n');

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

describe(RULE, () => {
  it('fires on an unknown value KPI and suggests the nearest catalog id', () => {
    const yaml = doc(
      'en',
      'values:', // 8
      '  core:',
      '    - name: Quality', // 10
      '      kpis:',
      '        - id: FCR',
      '        - id: CSTA', // 13, id value at column 15
    );
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'unknownDidYouMean', line: 13, column: 15 }]);
    const [finding] = lintRule(RULE, yaml);
    expect(finding?.message).toContain('CSAT');
    expect(finding?.hint).not.toMatch(/\{\w+\}/);
    expect(finding?.severity).toBe('error');
  });

  it('fires without a suggestion when no id is near', () => {
    const yaml = doc('en', 'values:', '  core:', '    - name: Quality', '      kpis:', '        - id: HAPPINESS');
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'unknown', line: 12, column: 15 }]);
  });

  it('fires on an unknown team metric, at the metric', () => {
    const yaml = doc(
      'en',
      'values:',
      '  core:',
      '    - name: Quality',
      '      kpis: [{ id: FCR }]',
      'teams:', // 12
      '  - team: sales',
      '    metrics: [SQL, CHRUN]', // CHRUN at 14:20
    );
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'unknownDidYouMean', line: 14, column: 20 }]);
  });

  it('fires on a custom KPI without a formula and on one that shadows the catalog', () => {
    const yaml = doc(
      'en',
      'values:',
      '  core:',
      '    - name: Quality',
      '      kpis: [{ id: TTV }]',
      'customKpis:', // 12
      '  - id: TTV', // 13
      '    name: Time to value',
      '  - id: NPS', // 15
      '    name: Our own NPS',
      '    formula: promoters minus detractors',
    );
    expect(positions(yaml)).toEqual([
      { ruleId: RULE, messageId: 'noFormula', line: 13, column: 5 },
      { ruleId: RULE, messageId: 'shadowsCatalog', line: 15, column: 9 },
    ]);
  });

  it('accepts a custom KPI with a formula in a German file, and a German value name changes nothing', () => {
    const yaml = doc(
      'de',
      'values:',
      '  core:',
      '    - name: Qualität',
      '      kpis:',
      '        - id: FCR',
      '        - id: ZEIT_BIS_NUTZEN',
      'customKpis:',
      '  - id: ZEIT_BIS_NUTZEN',
      '    name: Zeit bis zum Nutzen',
      '    formula: Tage von der Anmeldung bis zur ersten gelösten Aufgabe',
    );
    expect(positions(yaml, 'de')).toEqual([]);
  });

  it('does not report a custom KPI that nothing uses', () => {
    const yaml = doc(
      'en',
      'values:',
      '  core:',
      '    - name: Quality',
      '      kpis: [{ id: FCR }, { id: CSAT }]',
      'teams:',
      '  - team: support',
      '    metrics: [CSAT, NPS, CES, CRR]',
      'customKpis:',
      '  - id: TTV',
      '    name: Time to value',
      '    formula: days from sign-up to the first solved task',
    );
    expect(positions(yaml)).toEqual([]);
  });
});
