import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'team-coverage';

/** Lines 1-8 head, values and vision start; the rest from line 11. */
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

const ALL_TEAMS = [
  'teams:', // 11
  '  - team: support',
  '    metrics: [CSAT, NPS, CES, CRR]',
  '  - team: sales',
  '    metrics: [SQL, CHURN]',
  '  - team: design',
  '    metrics: [BRAND_LOYALTY]',
  '  - team: product',
  '    metrics: [USAGE, CSAT, CRR]',
  '  - team: hr',
  '    metrics: [ETR]',
  '  - team: leadership',
  '    metrics: [ESAT]',
  '  - team: marketing', // 24
  '    metrics: [WOM, MQL]', // 25
];

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

describe(RULE, () => {
  it('fires at the document when there is no team table', () => {
    expect(positions(doc('en'))).toEqual([{ ruleId: RULE, messageId: 'missingTable', line: 1, column: 1 }]);
  });

  it('fires at the table when it is empty', () => {
    expect(positions(doc('en', 'teams: []'))).toEqual([{ ruleId: RULE, messageId: 'missingTable', line: 11, column: 8 }]);
  });

  it('does not ask for teams the company does not have (teamsAbsent), by id or by name', () => {
    const small = ['teams:', '  - team: support', '    metrics: [CSAT]', '  - team: leadership', '    metrics: [ESAT]'];
    expect(positions(doc('en', ...small, 'teamsAbsent: [sales, design, product, hr, marketing]'))).toEqual([]);
    expect(positions(doc('de', ...small, 'teamsAbsent: [Vertrieb, Design, Produkt, Personal, Marketing]'))).toEqual([]);
    const [partly] = lintRule(RULE, doc('en', ...small, 'teamsAbsent: [design, hr]'));
    expect(partly?.message).toContain('Sales, Product, Marketing');
  });

  it('lists the missing teams in one finding, at the table', () => {
    const yaml = doc('en', 'teams:', '  - team: support', '    metrics: [CSAT]', '  - team: sales', '    metrics: [SQL]');
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'missingTeams', line: 11, column: 1 }]);
    const [finding] = lintRule(RULE, yaml);
    expect(finding?.message).toContain('Design, Product, HR, Leadership, Marketing');
    expect(finding?.severity).toBe('warn');
  });

  it('fires on a team listed twice and on a team without metrics', () => {
    const yaml = doc(
      'en',
      ...ALL_TEAMS,
      '  - team: Support', // 26, value at column 11
      '    activities: Answer the phones.',
      '  - team: finance', // 28
    );
    expect(positions(yaml)).toEqual([
      { ruleId: RULE, messageId: 'noMetrics', line: 26, column: 5 },
      { ruleId: RULE, messageId: 'duplicateTeam', line: 26, column: 11 },
      { ruleId: RULE, messageId: 'noMetrics', line: 28, column: 5 },
    ]);
  });

  it('fires on an empty metrics list, at the list', () => {
    const yaml = doc('en', ...ALL_TEAMS.slice(0, -1), '    metrics: []');
    expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'noMetrics', line: 25, column: 14 }]);
  });

  it('does not fire when the seven teams are covered, German team names included', () => {
    const yaml = doc(
      'de',
      ...ALL_TEAMS.map((line) =>
        line.replace('team: sales', 'team: Vertrieb').replace('team: leadership', 'team: Führung'),
      ),
      '  - team: Finanzen',
      '    metrics: [CSAT]',
    );
    expect(positions(yaml, 'de')).toEqual([]);
  });

  it('does not fire on the complete table', () => {
    expect(positions(doc('en', ...ALL_TEAMS))).toEqual([]);
  });
});

describe('team-coverage names missing teams in words', () => {
  it('in the reader’s language, as the profile words them, without ids', () => {
    const yaml = (lang: 'en' | 'de', profile: string) =>
      ['version: 1', `language: ${lang}`, 'company:', '  name: Kiez', '  mission: Bikes for the neighbourhood.', `  profile: ${profile}`, 'values:', '  core:', '    - name: Honesty', 'vision:', '  statement: Everyone knows the price first.', 'teams:', '  - team: support', '    metrics: [CSAT]', ''].join('\n');
    expect(lintRule(RULE, yaml('de', 'shop'), { lang: 'de' })[0]?.message).toBe('In der Teamtabelle fehlen: Inhaberin oder Inhaber.');
    expect(lintRule(RULE, yaml('en', 'public'), { lang: 'en' })[0]?.message).toBe('The team table leaves out: HR, Leadership.');
  });
});
