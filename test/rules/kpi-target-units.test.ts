import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers/lint.js';

const RULE = 'kpi-target';

const doc = (id: string, op: string, value: number, unit?: string) =>
  [
    'version: 1',
    'language: en',
    'company: { name: Acme, mission: Robots anyone can run. }',
    'values:',
    '  core:',
    '    - name: Speed',
    '      action: Treat every customer with urgency.',
    '      kpis:',
    `        - id: ${id}`,
    `          target: { op: ${op}, value: ${value}${unit ? `, unit: "${unit}"` : ''} }`,
    'vision:',
    '  statement: Every robot owner knows what happens next.',
    '',
  ].join('\n');

const ids = (yaml: string) => lintRule(RULE, yaml).map((f) => f.messageId);

describe(`${RULE}: units and scales`, () => {
  it('converts times into the KPI’s own unit before judging them', () => {
    expect(ids(doc('AHT', 'lte', 0.1, 'h'))).toEqual([]);
    expect(ids(doc('FRT', 'lte', 30, 'minutes'))).toEqual([]);
    expect(ids(doc('FRT', 'lte', 2, 'Tage'))).toEqual([]);
  });

  it('reports a unit of another kind, and still checks the number against the scale', () => {
    expect(ids(doc('NPS', 'gte', 40, '%'))).toEqual(['unitMismatch']);
    expect(ids(doc('NPS', 'gte', 150, 'percent'))).toEqual(['outOfScale', 'unitMismatch']);
    expect(ids(doc('CSAT', 'gte', 80, 'points'))).toEqual(['unitMismatch']);
    expect(ids(doc('AHT', 'lte', 5, '%'))).toEqual(['unitMismatch']);
  });

  it('leaves units it does not know alone', () => {
    expect(ids(doc('CSAT', 'gte', 80, 'happy faces'))).toEqual([]);
  });

  it('reads a CSAT of 1 to 5 as an average rating, in % or without a unit', () => {
    expect(ids(doc('CSAT', 'gte', 4.5))).toEqual(['looksLikeRating']);
    expect(ids(doc('CSAT', 'gte', 5, '%'))).toEqual(['looksLikeRating']);
    expect(ids(doc('CSAT', 'gte', 6))).toEqual([]);
    expect(ids(doc('FCR', 'gte', 4.5))).toEqual([]);
  });
});
