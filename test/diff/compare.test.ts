// Table tests of the semantic diff on the model: every kind of change, and the hard cases of
// the issue (a rename with a change in the same commit, a move plus a change, a unit change
// that promises the same: "4 h → 240 min").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareModels } from '../../src/diff/compare.js';
import { compareTargets, comparePromises } from '../../src/diff/targets.js';
import type { Philosophy } from '../../src/model/schema.js';

const ROOT = join(import.meta.dirname, '../..');
const BASE: Philosophy = parse(readFileSync(join(ROOT, 'philosophies/acme-robotics.yaml'), 'utf8'));

function edited(change: (p: Philosophy) => void): Philosophy {
  const copy = structuredClone(BASE);
  change(copy);
  return copy;
}

const value = (p: Philosophy, name: string) => p.values.core.find((v) => v.name === name)!;

interface Row {
  name: string;
  edit: (p: Philosophy) => void;
  /** [kind, step, summary] of every change, in order. */
  expected: Array<[kind: string, step: number, summary: string]>;
}

const ROWS: Row[] = [
  {
    name: 'a value added',
    edit: (p) => p.values.core.push({ name: 'Empathy', action: 'Listen before you answer.' }),
    expected: [['added', 2, 'Value “Empathy” added as the 6th value']],
  },
  {
    name: 'a value removed',
    edit: (p) => p.values.core.splice(1, 1),
    expected: [['removed', 2, 'Value “Quality” removed (it was the 2nd)']],
  },
  {
    name: 'a value renamed, nothing else',
    edit: (p) => (value(p, 'Speed').name = 'Pace'),
    expected: [['renamed', 2, 'Value “Speed” renamed to “Pace”']],
  },
  {
    name: 'a rename with a change in the same commit',
    edit: (p) => {
      const v = value(p, 'Speed');
      v.name = 'Urgency';
      v.action = 'Treat every customer with care and urgency.';
      v.kpis![0]!.target = { op: 'lte', value: 1, unit: 'h' };
    },
    expected: [
      ['renamed', 2, 'Value “Speed” renamed to “Urgency”'],
      ['changed', 4, 'Value “Urgency”: action statement changed'],
      ['changed', 4, 'Value “Urgency”: First response time (FRT) ≤ 2 h → ≤ 1 h (stricter)'],
    ],
  },
  {
    name: 'a move (priority order)',
    edit: (p) => p.values.core.unshift(p.values.core.splice(2, 1)[0]!),
    expected: [['moved', 2, 'Value “Speed” moved from 3rd to 1st']],
  },
  {
    name: 'a move plus a change',
    edit: (p) => {
      const [speed] = p.values.core.splice(2, 1);
      speed!.meaning = 'A stopped robot stops a business. We answer fast.';
      p.values.core.unshift(speed!);
    },
    expected: [
      ['moved', 2, 'Value “Speed” moved from 3rd to 1st'],
      ['changed', 2, 'Value “Speed”: meaning changed'],
    ],
  },
  {
    name: 'a value added in front moves nothing',
    edit: (p) => p.values.core.unshift({ name: 'Empathy' }),
    expected: [['added', 2, 'Value “Empathy” added as the 1st value']],
  },
  {
    name: 'a target stricter',
    edit: (p) => (value(p, 'Quality').kpis![1]!.target = { op: 'gte', value: 95, unit: '%' }),
    expected: [['changed', 4, 'Value “Quality”: Customer satisfaction score (CSAT) ≥ 90% → ≥ 95% (stricter)']],
  },
  {
    name: 'a time target looser, across units',
    edit: (p) => (value(p, 'Speed').kpis![0]!.target = { op: 'lte', value: 480, unit: 'min' }),
    expected: [['changed', 4, 'Value “Speed”: First response time (FRT) ≤ 2 h → ≤ 480 min (looser)']],
  },
  {
    name: 'a unit change that promises the same (2 h → 120 min): no change',
    edit: (p) => (value(p, 'Speed').kpis![0]!.target = { op: 'lte', value: 120, unit: 'min' }),
    expected: [],
  },
  {
    name: 'a target in a unit that cannot be compared',
    edit: (p) => (value(p, 'Loyalty').kpis![1]!.target = { op: 'gte', value: 130, unit: 'USD' }),
    expected: [['changed', 4, 'Value “Loyalty”: Average order value (AOV) ≥ 120 EUR → ≥ 130 USD (not comparable)']],
  },
  {
    name: 'a KPI added and one removed',
    edit: (p) => {
      const v = value(p, 'Integrity');
      v.kpis = [v.kpis![0]!, { id: 'CSAT', target: { op: 'gte', value: 85 } }];
    },
    expected: [
      ['removed', 4, 'Value “Integrity”: KPI Quality assurance score (QA) removed'],
      ['added', 4, 'Value “Integrity”: KPI Customer satisfaction score (CSAT) added, target ≥ 85%'],
    ],
  },
  {
    name: 'a behaviour added, one removed, one reworded',
    edit: (p) => {
      const v = value(p, 'Integrity');
      v.behaviours = [
        'Give a realistic repair date, and tell the customer before it slips.',
        'Say plainly when something is not covered by the warranty, and explain why.',
        'If you promised a call back at 3 pm, call at 3 pm, even if only to say you need more time.',
        'Thank the customer for reporting a fault.',
      ];
    },
    expected: [
      ['removed', 4, 'Value “Integrity”: behaviour removed: “Admit our mistake in the first reply after we find it.”'],
      ['changed', 4, 'Value “Integrity”: behaviour changed'],
      ['added', 4, 'Value “Integrity”: behaviour added: “Thank the customer for reporting a fault.”'],
    ],
  },
  {
    name: 'the vision reworded',
    edit: (p) => (p.vision.statement = 'Straight answers and fixes that last.'),
    expected: [['changed', 3, 'Vision changed']],
  },
  {
    name: 'a channel added, a first-response promise stricter',
    edit: (p) => {
      p.needs!.channels![0]!.firstResponse = '2 h';
      p.needs!.channels!.push({ name: 'social', hours: 'Mon-Fri 09:00-17:00 CET' });
    },
    expected: [
      ['changed', 1, 'Channel “Email”: first-response promise: 4h → 2 h (stricter)'],
      ['added', 1, 'Channel “Social media” added'],
    ],
  },
  {
    name: 'a first-response promise in other units but the same (4h → 240 min): no change',
    edit: (p) => (p.needs!.channels![0]!.firstResponse = '240 min'),
    expected: [],
  },
  {
    name: 'an enum in words',
    edit: (p) => (p.empowerment!.sayingNo = 'team-lead'),
    expected: [['changed', 1, 'Who approves a “no”: leadership → the team lead']],
  },
  {
    name: 'hiring questions matched by value',
    edit: (p) => {
      p.hiring!.benchmark!.reverse();
      p.hiring!.benchmark![0]!.questions.push('What does autonomy mean to you?');
    },
    expected: [['added', 6, 'Interview questions for “Autonomy”: question added: “What does autonomy mean to you?”']],
  },
  {
    name: 'a team removed, a metric added to another (KPIs in words)',
    edit: (p) => {
      p.teams = p.teams!.filter((t) => t.team !== 'design');
      p.teams![0]!.metrics!.push('FCR');
    },
    expected: [
      ['removed', 7, 'Team “Design” removed'],
      ['added', 7, 'Team “Support”: metric added: First contact resolution (FCR)'],
    ],
  },
  {
    name: 'the next review date, in words',
    edit: (p) => (p.feedback!.nextReview = '2027-09-01'),
    expected: [['changed', 7, `Next review: 1 March 2027 → 1 September 2027`]],
  },
  {
    name: 'nothing changed',
    edit: () => {},
    expected: [],
  },
];

describe('compareModels', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const changes = compareModels(BASE, edited(row.edit), 'en');
      expect(changes.map((c) => [c.kind, c.step, c.summary])).toEqual(row.expected);
    });
  }

  it('gives a word-level diff of a reworded text', () => {
    const [change] = compareModels(BASE, edited((p) => (value(p, 'Speed').action = 'Treat every customer with care and urgency.')), 'en');
    expect(change?.words).toEqual([
      { kind: 'same', text: 'Treat every customer with ' },
      { kind: 'added', text: 'care and ' },
      { kind: 'same', text: 'urgency.' },
    ]);
  });

  it('speaks German: places, directions, value names', () => {
    const after = edited((p) => {
      p.values.core.unshift(p.values.core.splice(2, 1)[0]!);
      value(p, 'Quality').kpis![1]!.target = { op: 'gte', value: 85, unit: '%' };
    });
    expect(compareModels(BASE, after, 'de').map((c) => c.summary)).toEqual([
      'Wert „Speed“ rückt von Platz 3 auf Platz 1',
      'Wert „Quality“: Kundenzufriedenheit (CSAT) ≥ 90 % → ≥ 85 % (lockerer)',
    ]);
  });

  it('compares a new file with nothing: everything added', () => {
    const changes = compareModels(undefined, BASE, 'en');
    expect(changes.filter((c) => c.kind !== 'added')).toEqual([]);
    expect(changes.filter((c) => c.summary.startsWith('Value “'))).toHaveLength(5);
  });

  it('compares fields it does not know by their key', () => {
    const after = edited((p) => ((p as unknown as Record<string, unknown>)['extra'] = { tone: 'warm' }));
    expect(compareModels(BASE, after, 'en').map((c) => [c.step, c.summary])).toEqual([[0, 'Tone written']]);
  });
});

describe('targets', () => {
  const t = (op: 'gte' | 'gt' | 'lte' | 'lt' | 'eq', value: number, unit?: string) => ({ op, value, ...(unit ? { unit } : {}) });
  it.each([
    ['4 h → 240 min is no change', t('lte', 4, 'h'), t('lte', 240, 'min'), 'FRT', 'same'],
    ['4 h → 8 h is looser', t('lte', 4, 'h'), t('lte', 8, 'h'), 'FRT', 'looser'],
    ['4 h → 2 Stunden is stricter', t('lte', 4, 'h'), t('lte', 2, 'Stunden'), 'FRT', 'stricter'],
    ['2 days → 24 h is stricter', t('lte', 2, 'days'), t('lte', 24, 'h'), 'ART', 'stricter'],
    ['CSAT 85 → 90 (catalog unit) is stricter', t('gte', 85), t('gte', 90), 'CSAT', 'stricter'],
    ['≥ 90 → > 90 is stricter', t('gte', 90), t('gt', 90), 'CSAT', 'stricter'],
    ['< 2 h → ≤ 2 h is looser', t('lt', 2, 'h'), t('lte', 2, 'h'), 'FRT', 'looser'],
    ['≥ 90 → ≤ 90 is not comparable', t('gte', 90), t('lte', 90), 'CSAT', 'other'],
    ['= 5 → = 6 is not comparable', t('eq', 5), t('eq', 6), 'CES', 'other'],
    ['% → points is not comparable', t('gte', 90, '%'), t('gte', 95, 'points'), 'CSAT', 'other'],
  ] as const)('%s', (_name, before, after, id, expected) => {
    expect(compareTargets(before, after, id)).toBe(expected);
  });

  it.each([
    ['4h', '240 min', 'same'],
    ['4h', '1 h', 'stricter'],
    ['2 min', '1 business day', 'other'],
    ['1 Tag', '12 Stunden', 'stricter'],
  ] as const)('promise %s → %s', (a, b, expected) => {
    expect(comparePromises(a, b)).toBe(expected);
  });
});
