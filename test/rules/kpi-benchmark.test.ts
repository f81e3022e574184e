// kpi-benchmark: a value KPI's target held against the typical target of the kind of business
// the file names. Only with a profile, only when far looser, and only as a hint.
import { describe, expect, it } from 'vitest';
import { lint, lintRule } from '../helpers/lint.js';

const doc = (profile: string | undefined, kpis: string[], language: 'en' | 'de' = 'en') =>
  [
    'version: 1',
    `language: ${language}`,
    'company:',
    '  name: Seeblick',
    '  mission: Rooms by the lake for people who want quiet.',
    ...(profile ? [`  profile: ${profile}`] : []),
    'values:',
    '  core:',
    '    - name: Speed',
    '      meaning: Guests never wait for an answer longer than they must.',
    '      action: Answer every guest request within the hour.',
    '      kpis:',
    ...kpis,
    'vision:',
    '  statement: Every guest leaves knowing we were there when it mattered.',
    '',
  ].join('\n');

const frt = (value: number, unit = 'h', op = 'lte') => ['        - id: FRT', `          target: { op: ${op}, value: ${value}, unit: ${unit} }`];

describe('kpi-benchmark', () => {
  it('hints when a hotel answers in a day what guests expect within the hour', () => {
    const findings = lintRule('kpi-benchmark', doc('hospitality', frt(24)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageId: 'looser', severity: 'info', pointer: '/values/core/0/kpis/0/target/value' });
    expect(findings[0]!.message).toBe('The target for First response time (≤ 24 h) is far looser than what is typical in “Hospitality and travel” (about 1 h).');
  });

  it('reads the target in its own unit: 90 min is within twice the hour, 3 h is not', () => {
    expect(lintRule('kpi-benchmark', doc('hospitality', frt(90, 'min')))).toHaveLength(0);
    expect(lintRule('kpi-benchmark', doc('hospitality', frt(3)))).toHaveLength(1);
  });

  it('follows the profile: a day is fine for a shop, three days are not', () => {
    expect(lintRule('kpi-benchmark', doc('shop', frt(24)))).toHaveLength(0);
    expect(lintRule('kpi-benchmark', doc('shop', frt(3, 'days')))).toHaveLength(1);
  });

  it('stays quiet without a profile, for targets near or better than typical, and for a unit of another kind', () => {
    expect(lintRule('kpi-benchmark', doc(undefined, frt(48)))).toHaveLength(0);
    expect(lintRule('kpi-benchmark', doc('hospitality', frt(0.5)))).toHaveLength(0);
    expect(lintRule('kpi-benchmark', doc('hospitality', ['        - id: CSAT', '          target: { op: gte, value: 75 }']))).toHaveLength(0);
    expect(lintRule('kpi-benchmark', doc('hospitality', ['        - id: CSAT', '          target: { op: gte, value: 60, unit: points }']))).toHaveLength(0);
  });

  it('checks KPIs that should rise on their scale: CSAT 60 % and CES 4 fall behind', () => {
    const csat = lintRule('kpi-benchmark', doc('ecommerce', ['        - id: CSAT', '          target: { op: gte, value: 60 }']));
    expect(csat).toHaveLength(1);
    expect(csat[0]!.message).toMatch(/\(≥ 60 %\).*\(about 80 %\)/);
    expect(lintRule('kpi-benchmark', doc('public', ['        - id: CES', '          target: { op: gte, value: 4 }']))).toHaveLength(1);
    expect(lintRule('kpi-benchmark', doc('public', ['        - id: CES', '          target: { op: gte, value: 4.6 }']))).toHaveLength(0);
  });

  it('speaks German with German numbers and words', () => {
    const [f] = lintRule('kpi-benchmark', doc('public', ['        - id: CES', '          target: { op: gte, value: 3.5 }'], 'de'), { lang: 'de' });
    expect(f!.message).toBe('Das Ziel für Customer Effort Score (Kundenaufwand) (≥ 3,5 Punkte) ist viel lockerer als das, was in der Branche „Öffentlicher Dienst“ üblich ist (etwa 5 Punkte).');
    expect(f!.hint).not.toMatch(/`/);
  });

  it('is a hint by default and can be raised or switched off', () => {
    expect(lint(doc('hospitality', frt(24)), { rules: { 'kpi-benchmark': 'warn' } }).find((f) => f.ruleId === 'kpi-benchmark')?.severity).toBe('warn');
    expect(lint(doc('hospitality', frt(24)), { rules: { 'kpi-benchmark': 'off' } }).some((f) => f.ruleId === 'kpi-benchmark')).toBe(false);
  });
});
