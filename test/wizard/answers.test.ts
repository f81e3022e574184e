// Answers as people write them (issue 13, item 5): numbers with a unit or a decimal comma, targets
// in signs or words, a value off the KPI's scale asked about once, and empty clearing an
// optional answer ("-" is never stored).
import { describe, expect, it } from 'vitest';
import { doubtOf, parseQuantity, parseTarget } from '../../src/wizard/answers.js';
import { parseNumber } from '../../src/wizard/asker.js';
import { stepContext } from '../../src/wizard/context.js';
import { step as actionable, targetCodec } from '../../src/wizard/steps/04-actionable.js';
import { step as needs } from '../../src/wizard/steps/01-needs.js';
import type { Draft } from '../../src/wizard/types.js';
import { ENTER, ScriptedPrompter, type Scripted } from '../helpers/scripted-prompter.js';

describe('numbers as people type them', () => {
  it.each([
    ['75%', 75, '%'],
    ['90 %', 90, '%'],
    ['4,5 h', 4.5, 'h'],
    ['4.5 h', 4.5, 'h'],
    ['2 min', 2, 'min'],
    ['2 Minuten', 2, 'min'],
    ['3 Tage', 3, 'days'],
    ['14 days', 14, 'days'],
    ['40 Punkte', 40, 'points'],
    ['1.200,5', 1200.5, undefined],
    ['1,200.5', 1200.5, undefined],
    ['-20', -20, undefined],
    ['5', 5, undefined],
    ['120 EUR', 120, 'EUR'],
  ])('%s → %s %s', (typed, value, unit) => {
    expect(parseQuantity(typed)).toEqual(unit === undefined ? { value } : { value, unit });
  });

  it.each(['', 'abc', 'about 75', '75 % or so', '7 5', '--3'])('%j is not a number', (typed) => {
    expect(parseQuantity(typed)).toBeUndefined();
  });

  it('a plain number question takes the number and drops the unit ("5 points" → 5)', () => {
    expect(parseNumber('5 points')).toBe(5);
    expect(parseNumber('5,5')).toBe(5.5);
  });
});

describe('targets as people type them', () => {
  it.each([
    ['≥ 75 %', 'higher', { op: 'gte', value: 75, unit: '%' }],
    ['>= 75%', 'higher', { op: 'gte', value: 75, unit: '%' }],
    ['at least 75', 'higher', { op: 'gte', value: 75 }],
    ['mindestens 75 %', 'higher', { op: 'gte', value: 75, unit: '%' }],
    ['75%', 'higher', { op: 'gte', value: 75, unit: '%' }],
    ['4,5 h', 'lower', { op: 'lte', value: 4.5, unit: 'h' }],
    ['höchstens 4 h', 'lower', { op: 'lte', value: 4, unit: 'h' }],
    ['≤ 4 Std.', 'lower', { op: 'lte', value: 4, unit: 'h' }],
    ['≤ 2 min', 'lower', { op: 'lte', value: 2, unit: 'min' }],
    ['< 5', 'lower', { op: 'lt', value: 5 }],
    ['more than 50', 'higher', { op: 'gt', value: 50 }],
    ['= 0', 'lower', { op: 'eq', value: 0 }],
  ] as const)('%s (%s is better) → %j', (typed, direction, target) => {
    expect(parseTarget(typed, direction)).toEqual(target);
  });

  it('a typed unit that is the KPI’s own is not written into the file; another one is', () => {
    const codec = targetCodec('FCR', 'en', {});
    expect(codec.parse('75%')).toEqual({ ok: { op: 'gte', value: 75 } });
    expect(codec.parse('90 %')).toEqual({ ok: { op: 'gte', value: 90 } });
    expect(codec.parse('≥ 4,5 points')).toEqual({ ok: { op: 'gte', value: 4.5, unit: 'points' } });
    expect(codec.parse('soon')).toEqual({ problem: expect.stringMatching(/expected a target/) });
    // Shown as the lead would type it, in their language.
    expect(codec.format({ op: 'gte', value: 70 })).toBe('≥ 70%');
    expect(targetCodec('FRT', 'de', {}).format({ op: 'lte', value: 4.5 })).toBe('≤ 4,5 h');
    expect(targetCodec('NPS', 'de', {}).format({ op: 'gte', value: 30 })).toBe('≥ 30 Punkte');
  });
});

describe('a value off the KPI’s scale is asked about once', () => {
  it.each([
    ['CSAT 4.6 on a percent scale', 'CSAT', '4.6', 46],
    ['NPS 150', 'NPS', '150', 15],
    ['FCR 7 when 70–75 % is typical', 'FCR', '7', 70],
    ['FCR 0.8, a fraction', 'FCR', '0.8', 80],
    ['CHURN 300 %', 'CHURN', '300', 30],
  ])('%s → did you mean %s?', (_, id, typed, meant) => {
    const codec = targetCodec(id, 'en', {});
    const read = codec.parse(typed);
    expect('ok' in read).toBe(true);
    const doubt = codec.doubt!((read as { ok: never }).ok);
    expect(doubt?.instead.value).toBe(meant);
  });

  it.each([
    ['FCR 75', 'FCR', '75'],
    ['NPS -20', 'NPS', '-20'],
    ['CES 5', 'CES', '5'],
    ['FRT 0.5 h (half an hour is a fine target)', 'FRT', '0,5'],
    ['CSAT 4.6 in points: another unit, the team’s call', 'CSAT', '4.6 points'],
  ])('%s: no question', (_, id, typed) => {
    const codec = targetCodec(id, 'en', {});
    expect(codec.doubt!((codec.parse(typed) as { ok: never }).ok)).toBeUndefined();
  });

  it('doubtOf leaves a value alone when no guess fits the scale', () => {
    expect(doubtOf(50000, { min: 0, max: 100 })).toBeUndefined();
    expect(doubtOf(50, { min: 0, max: 100, typical: 80 })).toBeUndefined();
  });

  it('in the wizard: the question comes once, the likely meaning first; keeping the typed value is one key', async () => {
    const run = async (script: Scripted[]) => {
      const draft: Draft = { values: { core: [{ name: 'Honesty', action: 'Tell the truth.', kpis: [{ id: 'CSAT' }] }] } };
      const prompter = new ScriptedPrompter(script);
      await actionable.run(stepContext({ language: 'en', draft, prompter, yes: false, missing: [], onAnswer: () => {} }));
      return { draft, prompter };
    };
    const meant = await run([ENTER, ['CSAT'], '4.6', ENTER, ENTER, '', '']);
    const question = meant.prompter.asked.find((a) => a.message.includes('did you mean'))!;
    expect(question.message).toBe('CSAT ≥ 4.6%: did you mean ≥ 46%?');
    expect(meant.draft.values!.core![0]!.kpis![0]!.target).toEqual({ op: 'gte', value: 46 });
    expect(meant.prompter.asked.filter((a) => a.message.includes('did you mean'))).toHaveLength(1);

    const kept = await run([ENTER, ['CSAT'], '4.6', false, ENTER, '', '']);
    expect(kept.draft.values!.core![0]!.kpis![0]!.target).toEqual({ op: 'gte', value: 4.6 });
  });
});

describe('empty clears an optional answer; "-" is never stored', () => {
  const channelRun = async (answer: string) => {
    const draft: Draft = {
      company: { name: 'Acme', mission: 'Robots.' },
      needs: { channels: [{ name: 'email', hours: 'Mon-Fri 9-17', firstResponse: '4h' }] },
    };
    // Enter keeps everything (no kind of business) up to the email's first-response promise, which gets `answer`.
    const script: Scripted[] = [ENTER, ENTER, ENTER, '', ENTER, '', '', ENTER, '', '', ENTER, ENTER, answer, ''];
    const prompter = new ScriptedPrompter(script);
    await needs.run(stepContext({ language: 'en', draft, prompter, yes: false, missing: [], onAnswer: () => {} }));
    return draft.needs!.channels![0]!;
  };

  it.each(['', '-', '  -  '])('%j at a prefilled optional answer removes it', async (answer) => {
    expect(await channelRun(answer)).toEqual({ name: 'email', hours: 'Mon-Fri 9-17' });
  });

  it('a real answer replaces it', async () => {
    expect(await channelRun('2h')).toEqual({ name: 'email', hours: 'Mon-Fri 9-17', firstResponse: '2h' });
  });
});
