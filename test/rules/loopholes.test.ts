// Issue 14's loopholes: each file validated without a finding before; each must now draw one,
// and the repaired file must not.
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/lint.js';

interface Parts {
  language?: 'en' | 'de';
  mission?: string;
  statement?: string;
  values?: string[];
  needs?: string[];
  rest?: string[];
}

const q = (text: string) => JSON.stringify(text);

const doc = (p: Parts = {}) =>
  [
    'version: 1',
    `language: ${p.language ?? 'en'}`,
    'company:',
    '  name: Acme',
    `  mission: ${q(p.mission ?? 'Robots anyone can run.')}`,
    ...(p.needs ? ['needs:', ...p.needs] : []),
    'values:',
    '  core:',
    ...(p.values ?? [
      '    - name: Integrity',
      '      meaning: We tell customers what we know and what we do not.',
      '      action: Say what you mean.',
    ]),
    'vision:',
    `  statement: ${q(p.statement ?? 'Every robot owner leaves the conversation knowing what happens next.')}`,
    ...(p.rest ?? []),
    '',
  ].join('\n');

const ids = (yaml: string, lang: 'en' | 'de' = 'en') => lint(yaml, { lang }).map((f) => `${f.ruleId}/${f.messageId}`);

const PHONE_WEEKDAYS = ['  channels:', '    - name: phone', '      hours: Mon-Fri 09:00-17:00'];
const kpi = (id: string, op: string, value: number, unit?: string) => [
  `        - id: ${id}`,
  `          target: { op: ${op}, value: ${value}${unit ? `, unit: "${unit}"` : ''} }`,
];
const valueWith = (...kpis: string[][]) => [
  '    - name: Integrity',
  '      meaning: We tell customers what we know and what we do not.',
  '      action: Say what you mean.',
  '      kpis:',
  ...kpis.flat(),
];

describe('issue 14 loopholes', () => {
  it('1. the vision copied from the company mission', () => {
    const mission = 'We make robots that anyone can run at home.';
    expect(ids(doc({ mission, statement: mission }))).toContain('vision-not-mission/copied');
    expect(ids(doc({ mission, statement: 'We make robots that anyone can run at home!' }))).toContain('vision-not-mission/copied');
    expect(ids(doc({ mission }))).not.toContain('vision-not-mission/copied');
  });

  it('2. "always there" with weekday phone and only self-service open 24/7, in any text', () => {
    const needs = [...PHONE_WEEKDAYS, '    - name: self-service', '      hours: 24/7'];
    const always = 'We are always there for our customers.';
    expect(ids(doc({ needs, statement: always }))).toContain('promise-honesty/unstaffed');
    const community = ['  channels:', '    - name: phone', '      hours: Mon-Fri 09:00-17:00', '    - name: community forum', '      hours: 24/7'];
    expect(ids(doc({ needs: community, statement: always }))).toContain('promise-honesty/unstaffed');
    // a meaning, a behaviour, a principle and a sharing text are read too
    const values = ['    - name: Care', '      meaning: We are available 24/7.', '      behaviours: [We answer around the clock.]'];
    expect(ids(doc({ needs, values })).filter((id) => id.startsWith('promise-honesty'))).toHaveLength(2);
    expect(ids(doc({ needs: [...needs, '  principles: [Be reachable day and night.]'] }))).toContain('promise-honesty/unstaffed');
    expect(ids(doc({ needs, rest: ['sharing:', '  socialMedia: We reply anytime.'] }))).toContain('promise-honesty/unstaffed');
    // a staffed channel open round the clock keeps the promise
    const staffed = [...PHONE_WEEKDAYS, '    - name: chat', '      hours: 24/7'];
    expect(ids(doc({ needs: staffed, statement: always })).filter((id) => id.startsWith('promise-honesty'))).toEqual([]);
  });

  it('3. an NPS target of 150 written with unit "%"', () => {
    const found = ids(doc({ values: valueWith(kpi('NPS', 'gte', 150, '%'), kpi('FCR', 'gte', 75)) }));
    expect(found).toContain('kpi-target/unitMismatch');
    expect(found).toContain('kpi-target/outOfScale');
    expect(ids(doc({ values: valueWith(kpi('NPS', 'gte', 40), kpi('FCR', 'gte', 75)) })).filter((id) => id.startsWith('kpi-target'))).toEqual([]);
  });

  it('4. a CSAT target of 4.5 on the percent scale', () => {
    expect(ids(doc({ values: valueWith(kpi('CSAT', 'gte', 4.5)) }))).toContain('kpi-target/looksLikeRating');
    expect(ids(doc({ values: valueWith(kpi('CSAT', 'gte', 4.5, '%')) }))).toContain('kpi-target/looksLikeRating');
    expect(ids(doc({ values: valueWith(kpi('CSAT', 'gte', 85)) })).filter((id) => id.startsWith('kpi-target'))).toEqual([]);
  });

  it('5. speed measured only by AHT ≤ 3 min', () => {
    expect(ids(doc({ values: valueWith(kpi('AHT', 'lte', 3, 'min')) }))).toContain('handle-time-balance/alone');
    expect(ids(doc({ values: valueWith(kpi('AHT', 'lte', 3, 'min'), kpi('FCR', 'gte', 75)) }))).not.toContain('handle-time-balance/alone');
  });

  it('6. empowerment.sayingNo: anyone', () => {
    expect(lint(doc({ rest: ['empowerment:', '  sayingNo: anyone'] })).find((f) => f.ruleId === 'saying-no')).toMatchObject({ messageId: 'anyone', severity: 'info' });
    expect(ids(doc({ rest: ['empowerment:', '  sayingNo: leadership'] }))).not.toContain('saying-no/anyone');
  });

  it.each(['Passion', 'Service', 'Commitment', 'Teamwork', 'Innovation'])('7. the vague one-word value %j with no meaning', (name) => {
    expect(ids(doc({ values: [`    - name: ${name}`] }))).toContain('vague-value/vague');
    expect(ids(doc({ values: [`    - name: ${name}`, '      meaning: We explain every repair before we start it.'] }))).not.toContain('vague-value/vague');
  });

  it.each([
    ['an escape (C0)', '\\e[31m'],
    ['a bell (C0)', '\\a'],
    ['a C1 control', '\\u0085'],
    ['a right-to-left override', '\\u202e'],
    ['a bidirectional isolate', '\\u2066'],
  ])('8. %s in a text', (_name, escape) => {
    const yaml = doc().replace('Say what you mean.', `"Say what you mean.${escape}"`);
    const found = lint(yaml).filter((f) => f.ruleId === 'text-controls');
    expect(found.map((f) => [f.messageId, f.severity])).toEqual([['control', 'error']]);
    expect(found[0]!.message).toMatch(/U\+[0-9A-F]{4}/);
    expect(lint(doc().replace('Say what you mean.', '"Say what\\twhat you mean."')).filter((f) => f.ruleId === 'text-controls')).toEqual([]);
  });

  it('9. clichés in the mission and in every free text', () => {
    expect(ids(doc({ mission: 'World-class robots for everyone.' }))).toContain('no-cliches/cliche');
    expect(ids(doc({ rest: ['sharing:', '  onboarding: New hires learn that the customer is always right.'] }))).toContain('no-cliches/cliche');
    expect(ids(doc({ rest: ['teams:', '  - team: sales', '    activities: Go the extra mile.'] }))).toContain('no-cliches/cliche');
    expect(ids(doc({ rest: ['feedback:', '  conflictPolicy: Der Kunde ist bei uns König.'] }))).toContain('no-cliches/cliche');
    expect(ids(doc())).not.toContain('no-cliches/cliche');
  });
});
