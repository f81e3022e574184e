import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'metric-fits-value';

/** Lines 1-7 head and vision, 8 `values:`, 9 `core:`, 10.. the values. */
const doc = (language: string, ...values: string[]) =>
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
    ...values,
    '',
  ].join('\n');

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

describe(RULE, () => {
  it('fires when no KPI of a catalog value belongs to it, at the KPI list', () => {
    const yaml = doc(
      'en',
      '    - name: Quality', // 10
      '      kpis: [{ id: FRT }, { id: AHT }]', // [ at 11:13
    );
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'notFitting', line: 11, column: 13 }]);
    const [finding] = lintRule(RULE, yaml);
    expect(finding?.message).toContain('FRT, AHT');
    expect(finding?.hint).toContain('FCR');
    expect(finding?.severity).toBe('warn');
  });

  it('fires when a "first time" action is not measured by FCR, at the action', () => {
    const yaml = doc(
      'en',
      '    - name: Make it count', // 10
      '      action: Get it right the first time.', // 11, text at column 15
      '      kpis:',
      '        - id: FRT',
    );
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'firstTimeWithoutFcr', line: 11, column: 15 }]);
  });

  it('fires twice on the worked example gone wrong: Quality measured by speed', () => {
    const yaml = doc(
      'en',
      '    - name: Quality',
      '      action: Solve it on first contact.', // 11
      '      kpis:', // 12
      '        - id: FRT', // 13
    );
    expect(positions(yaml)).toEqual([
      { ruleId: RULE, messageId: 'firstTimeWithoutFcr', line: 11, column: 15 },
      { ruleId: RULE, messageId: 'notFitting', line: 12, column: 7 },
    ]);
  });

  it('reads German value names and German action statements in a German file', () => {
    const yaml = doc(
      'de',
      '    - name: Qualität', // 10
      '      action: Löse jedes Anliegen auf Anhieb.', // 11
      '      kpis: [{ id: FRT }]', // 12
    );
    expect(positions(yaml, 'de')).toEqual([
      { ruleId: RULE, messageId: 'firstTimeWithoutFcr', line: 11, column: 15 },
      { ruleId: RULE, messageId: 'notFitting', line: 12, column: 13 },
    ]);
    const findings = lintRule(RULE, yaml, { lang: 'de' });
    expect(findings.every((f) => !/\{\w+\}/.test(f.message) && !/\{\w+\}/.test(f.hint))).toBe(true);
  });

  it('catches "beim ersten Mal" and "ersten Kontakt"', () => {
    const yaml = doc(
      'de',
      '    - name: Sorgfalt',
      '      action: Mach es beim ersten Mal richtig.', // 11
      '      kpis: [{ id: CSAT }]',
      '    - name: Verlässlichkeit',
      '      action: Ich löse das Anliegen im ersten Kontakt.', // 14
      '      kpis: [{ id: QA }]',
    );
    expect(positions(yaml, 'de')).toEqual([
      { ruleId: RULE, messageId: 'firstTimeWithoutFcr', line: 11, column: 15 },
      { ruleId: RULE, messageId: 'firstTimeWithoutFcr', line: 14, column: 15 },
    ]);
  });

  it('does not fire on the seed table: Quality with FCR and CSAT, Speed with FRT and AHT', () => {
    const yaml = doc(
      'en',
      '    - name: Quality',
      '      action: Get it right the first time.',
      '      kpis: [{ id: FCR }, { id: CSAT }]',
      '    - name: Speed',
      '      action: Treat every customer with urgency.',
      '      kpis: [{ id: FRT }, { id: AHT }]',
    );
    expect(positions(yaml)).toEqual([]);
  });

  it('does not fire on values the catalog does not know, or on values without KPIs', () => {
    const yaml = doc(
      'en',
      '    - name: Make it fun',
      '      kpis: [{ id: AHT }]',
      '    - name: Quality',
      '      action: Get it right the first time.',
    );
    expect(positions(yaml)).toEqual([]);
  });
});

describe('metric-fits-value with KPIs the catalog does not know', () => {
  it('stays quiet when a KPI is custom or unknown: it may be the one that fits', () => {
    const source = [
      'version: 1',
      'language: en',
      'company: { name: Acme, mission: Robots. }',
      'values:',
      '  core:',
      '    - name: Honesty',
      '      action: Say what you mean.',
      '      kpis: [{ id: CSTA }, { id: AHT }]',
      'vision: { statement: Help that works. }',
    ].join('\n');
    expect(lintRule('metric-fits-value', source)).toEqual([]);
  });
});
