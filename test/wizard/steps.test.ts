// The seven steps, driven by scripted answers, by a filled draft (redo/edit) and by an answers
// file, without a terminal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEAMS, findKpi, findTeam, matchValue } from '../../src/catalog/index.js';
import type { Language } from '../../src/model/constants.js';
import { AnswerError, OTHER, dotted } from '../../src/wizard/asker.js';
import { stepContext } from '../../src/wizard/context.js';
import { Interrupted } from '../../src/wizard/prompts.js';
import { step as needs } from '../../src/wizard/steps/01-needs.js';
import { step as values } from '../../src/wizard/steps/02-values.js';
import { step as vision } from '../../src/wizard/steps/03-vision.js';
import { normalizeKpiId, step as actionable } from '../../src/wizard/steps/04-actionable.js';
import { step as share } from '../../src/wizard/steps/05-share.js';
import { step as hiring } from '../../src/wizard/steps/06-hiring.js';
import { addMonths, isRealDate, step as interpret } from '../../src/wizard/steps/07-interpret.js';
import { STEPS } from '../../src/wizard/steps/index.js';
import type { Draft, Path, Step } from '../../src/wizard/types.js';
import { CTRL_C, ENTER, ScriptedPrompter, type Scripted } from '../helpers/scripted-prompter.js';

const EXAMPLES = join(import.meta.dirname, '../../philosophies');
const example = (name: string): Draft => parse(readFileSync(join(EXAMPLES, `${name}.yaml`), 'utf8')) as Draft;
const clone = <T>(value: T): T => structuredClone(value);

/** A scripted prompter that also keeps one log of prompts and printed lines, in order. */
class LoggingPrompter extends ScriptedPrompter {
  readonly log: string[] = [];
  override async input(o: Parameters<ScriptedPrompter['input']>[0]) {
    this.log.push(`? ${o.message}`);
    return super.input(o);
  }
  override async select<T>(o: Parameters<ScriptedPrompter['select']>[0] & { choices: ReadonlyArray<{ value: T; name: string }>; default?: T }) {
    this.log.push(`? ${o.message}`);
    return super.select<T>(o);
  }
  override async checkbox<T>(o: { message: string; choices: ReadonlyArray<{ value: T; name: string; checked?: boolean }>; validate?: (values: T[]) => true | string }) {
    this.log.push(`? ${o.message}`);
    return super.checkbox<T>(o);
  }
  override async confirm(o: { message: string; default?: boolean }) {
    this.log.push(`? ${o.message}`);
    return super.confirm(o);
  }
  override print(text: string) {
    this.log.push(`> ${text}`);
    super.print(text);
  }
}

interface Run {
  draft: Draft;
  prompter?: LoggingPrompter;
  missing: Path[];
}

async function runSteps(
  steps: readonly Step[],
  options: { language?: Language; draft?: Draft; script?: Scripted[]; answers?: unknown; yes?: boolean },
): Promise<Run> {
  const language = options.language ?? 'en';
  const draft = options.draft ?? {};
  const prompter = options.script ? new LoggingPrompter(options.script) : undefined;
  const missing: Path[] = [];
  for (const step of steps) {
    await step.run(
      stepContext({ language, draft, ...(prompter ? { prompter } : {}), answers: options.answers, yes: options.yes ?? false, missing, onAnswer: () => {} }),
    );
  }
  return { draft, ...(prompter ? { prompter } : {}), missing };
}

/** Enough Enter presses for any step of the examples; the rest stays unused. */
const ENTERS: Scripted[] = Array.from({ length: 2000 }, () => ENTER);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 0, 31, 12));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the step list', () => {
  it('holds the seven steps in order, each with its questions in both languages', () => {
    expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const step of STEPS) {
      for (const text of [step.title, step.intro]) expect(text.en && text.de).toBeTruthy();
      for (const [id, q] of Object.entries(step.questions)) {
        expect(q.message.en, `${step.number}.${id}`).toBeTruthy();
        expect(q.message.de, `${step.number}.${id}`).toBeTruthy();
        // The same placeholders in both languages, or one language shows a raw "{value}".
        const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(placeholders(q.message.de)).toEqual(placeholders(q.message.en));
        if (q.hint) expect(placeholders(q.hint.de)).toEqual(placeholders(q.hint.en));
      }
    }
  });
});

describe('step 1 · customer needs', () => {
  it('asks company, needs, empowerment and channels with their hours', async () => {
    const { draft, prompter } = await runSteps([needs], {
      script: [
        'Acme Robotics',
        'Robots anyone can run.',
        ENTER, // no kind of business: the general suggestions
        'The team most owners talk to.',
        'both',
        'Help the customer first.',
        'There is no “their problem”.',
        '',
        'Send a replacement part up to 50 EUR.',
        '',
        'leadership',
        '',
        'One person who owns my case.',
        '',
        ['email', 'self-service', OTHER],
        'WhatsApp, telephone',
        'Mon-Fri 08:00-18:00 CET',
        '4h',
        ENTER, // self-service: the offered 24/7
        '',
        'Mon-Fri 09:00-17:00 CET',
        '',
        'Mon-Fri 09:00-17:00 CET',
        '3 min',
        'Search the help centre for the error code.',
        '',
      ],
    });
    expect(prompter!.remaining).toBe(0);
    expect(draft).toEqual({
      company: { name: 'Acme Robotics', mission: 'Robots anyone can run.' },
      needs: {
        supportRole: 'The team most owners talk to.',
        aim: 'both',
        principles: ['Help the customer first.', 'There is no “their problem”.'],
        customerNeeds: ['One person who owns my case.'],
        channels: [
          { name: 'email', hours: 'Mon-Fri 08:00-18:00 CET', firstResponse: '4h' },
          { name: 'self-service', hours: '24/7' },
          { name: 'WhatsApp', hours: 'Mon-Fri 09:00-17:00 CET' },
          // a typed catalog channel is stored by its id
          { name: 'phone', hours: 'Mon-Fri 09:00-17:00 CET', firstResponse: '3 min' },
        ],
        selfHelp: ['Search the help centre for the error code.'],
      },
      empowerment: { decisions: ['Send a replacement part up to 50 EUR.'], sayingNo: 'leadership' },
    });
    // Channels are named in the user's language; the hours hint is shown once, not per channel.
    expect(prompter!.log).toContain('? Email: when is it staffed?');
    expect(prompter!.log.filter((l) => l.includes('“24/7”'))).toHaveLength(1);
    expect(needs.summary(draft, 'en')).toContainEqual(expect.stringMatching(/^Channels: Email \(Mon-Fri 08:00-18:00 CET\), Self-service \(24\/7\), WhatsApp/));
  });

  it('Ctrl-C at a channel’s hours keeps every earlier answer, channels included', async () => {
    const draft: Draft = {};
    const run = runSteps([needs], {
      draft,
      script: ['Acme', 'Robots.', ENTER, '', 'delight', '', '', 'team-lead', '', '', ['email', 'phone'], 'Mon-Fri 9-17', '', CTRL_C],
    });
    await expect(run).rejects.toBeInstanceOf(Interrupted);
    expect(draft).toEqual({
      company: { name: 'Acme', mission: 'Robots.' },
      needs: { aim: 'delight', channels: [{ name: 'email', hours: 'Mon-Fri 9-17' }, { name: 'phone' }] },
      empowerment: { sayingNo: 'team-lead' },
    });
  });

  it('Ctrl-C at the channel checkbox leaves the channels as they were', async () => {
    class CtrlCAtCheckbox extends LoggingPrompter {
      override async checkbox<T>(): Promise<T[]> {
        throw new Interrupted();
      }
    }
    const acme = example('acme-robotics');
    const draft = clone(acme);
    const ctx = stepContext({ language: 'en', draft, prompter: new CtrlCAtCheckbox(ENTERS), yes: false, missing: [], onAnswer: () => {} });
    await expect(needs.run(ctx)).rejects.toBeInstanceOf(Interrupted);
    expect(draft).toEqual(acme);
  });
});

describe('step 2 · values', () => {
  it('in German: guiding question, brainstorm with own entries, core values reordered, meanings', async () => {
    const { draft, prompter } = await runSteps([values], {
      language: 'de',
      script: [
        ['Ehrlichkeit', 'Respekt', OTHER],
        'Kunden sollen uns glauben können, Humor',
        ['Ehrlichkeit', 'Humor'],
        false, // not this order
        'Humor', // place 1
        'Wir lachen mit Kunden, nie über sie.',
        ENTER, // the catalog's meaning of Ehrlichkeit
      ],
    });
    expect(prompter!.remaining).toBe(0);
    expect(prompter!.log[0]).toBe('> Stell der Runde eine einzige Frage: Woran sollen unsere Kunden denken, wenn sie an unseren Service denken?');
    expect(prompter!.log).toContain('? Stimmt diese Rangfolge? 1. Ehrlichkeit  2. Humor');
    // value names are offered as the core, the wish still waiting to become a value is not
    expect(prompter!.asked[2]!.checked).toEqual(['Ehrlichkeit', 'Respekt', 'Humor']);
    expect(draft.values).toEqual({
      brainstorm: ['Ehrlichkeit', 'Respekt', 'Kunden sollen uns glauben können', 'Humor'],
      core: [
        { name: 'Humor', meaning: 'Wir lachen mit Kunden, nie über sie.' },
        { name: 'Ehrlichkeit', meaning: matchValue('Ehrlichkeit')!.meaning.de },
      ],
    });
    expect(values.summary(draft, 'de')).toContain('Kernwerte: 1. Humor  2. Ehrlichkeit');
  });

  it('more than five core values: asks to keep them, and lets the team cut the list', async () => {
    const seven = ['Honesty', 'Respect', 'Integrity', 'Autonomy', 'Quality', 'Listening', 'Speed'];
    const cut = await runSteps([values], {
      script: [seven, seven.slice(0, 6), false, seven.slice(0, 4), true, ENTER, ENTER, ENTER, ENTER],
    });
    expect(cut.prompter!.log).toContain('? You chose 6 core values. Keep all of them anyway?');
    expect(cut.draft.values!.core!.map((v) => v!.name)).toEqual(seven.slice(0, 4));
    expect(cut.prompter!.remaining).toBe(0);

    const kept = await runSteps([values], { script: [seven, seven.slice(0, 6), true, true, ...Array(6).fill(ENTER)] });
    expect(kept.draft.values!.core!.map((v) => v!.name)).toEqual(seven.slice(0, 6));
  });

  it('a weak value name gets the finding and the offer to reword it, the name there to edit', async () => {
    const { draft, prompter } = await runSteps([values], {
      draft: { values: { brainstorm: ['Passion', 'Customer first'] } },
      script: [
        ENTER, // the brainstorm as it is
        ENTER, // both as core values
        ENTER, // in this order
        '', // Passion: no meaning
        true, // reword it
        'Dig until we know why it broke',
        'We dig until we know why the bike broke.',
        false, // keep the cliché: the team's call
      ],
    });
    expect(prompter!.remaining).toBe(0);
    const log = prompter!.log;
    const at = log.indexOf('? Passion: what does it mean for you?');
    expect(log[at + 1]).toMatch(/^>\s+⚠ The value “Passion” is a single vague word with no meaning/);
    // the hint in words, not the file's field
    expect(log[at + 2]).toMatch(/^>\s+Give it a meaning/);
    expect(log[at + 3]).toBe('? Reword the value’s name now? (the name stays there to edit)');
    expect(prompter!.asked.find((a) => a.message === 'Name of the value')!.default).toBe('Passion');
    expect(log.some((l) => /^>\s+⚠ “customer first” is a cliché/i.test(l))).toBe(true);
    expect(draft.values!.core).toEqual([
      { name: 'Dig until we know why it broke' },
      { name: 'Customer first', meaning: 'We dig until we know why the bike broke.' },
    ]);
  });

  it('a redo keeps the priority order and what each value carries', async () => {
    const acme = example('acme-robotics');
    const draft = clone(acme);
    // Reorder: Speed first; each value keeps its meaning, action and KPIs.
    await runSteps([values], { draft, script: [ENTER, ENTER, false, 'Speed', 'Integrity', 'Quality', 'Loyalty', ...ENTERS] });
    const core = draft.values!.core!;
    expect(core.map((v) => v!.name)).toEqual(['Speed', 'Integrity', 'Quality', 'Loyalty', 'Autonomy']);
    expect(core[0]).toEqual(acme.values!.core![2]);
    expect(core[1]).toEqual(acme.values!.core![0]);
  });
});

describe('step 3 · vision', () => {
  const before: Draft = {
    company: { name: 'Acme', mission: 'Robots anyone can run.' },
    needs: { customerNeeds: ['One person who owns my case.'], channels: [{ name: 'phone', hours: 'Mon-Fri 09:00-17:00 CET' }] },
    values: { core: [{ name: 'Integrity' }, { name: 'Speed' }] },
  };

  it('shows the context, warns at once about an unbacked 24/7 promise and lets the team reword it', async () => {
    const { draft, prompter } = await runSteps([vision], {
      draft: clone(before),
      script: [
        'We are there for you 24/7.',
        true,
        'Straight answers and fixes that last.',
        'Anyone can hold a reply against it.',
        'Honest, thorough support.',
        'Fast today, lasting tomorrow.',
        'CEO: liked it at once.',
        '',
      ],
    });
    const log = prompter!.log;
    const statementAt = log.indexOf('? Your support vision');
    expect(log.slice(0, statementAt)).toEqual(
      expect.arrayContaining(['>   Mission: Robots anyone can run.', '>   Core values: Integrity, Speed', '>     - One person who owns my case.']),
    );
    // The warning comes right after the statement, before anything else is asked.
    // With the severity `validate` gives it: an error.
    expect(log[statementAt + 1]).toMatch(/^>\s+✖ .*“24\/7”.*Phone: Mon-Fri 09:00-17:00 CET/);
    expect(log[statementAt + 3]).toBe('? Reword the vision now? (the text stays there to edit)');
    expect(draft.vision).toEqual({
      statement: 'Straight answers and fixes that last.',
      criteria: { understandable: 'Anyone can hold a reply against it.', serviceKind: 'Honest, thorough support.', nowAndFuture: 'Fast today, lasting tomorrow.' },
      stakeholders: ['CEO: liked it at once.'],
    });
  });

  it('keeps a promise the team stands by, and stays quiet when a channel is open round the clock', async () => {
    const kept = await runSteps([vision], { draft: clone(before), script: ['Always there for you.', false, '', '', '', ''] });
    expect(kept.draft.vision!.statement).toBe('Always there for you.');

    const backed = clone(before);
    backed.needs!.channels!.push({ name: 'self-service', hours: '24/7' });
    const quiet = await runSteps([vision], { draft: backed, script: ['We are there for you 24/7.', '', '', '', ''] });
    expect(quiet.prompter!.log.some((l) => l.startsWith('> ⚠') || l.startsWith('> ✖'))).toBe(false);
    expect(quiet.prompter!.remaining).toBe(0);
  });
});

describe('step 4 · make it actionable', () => {
  it('offers the catalog’s action, KPIs, typical targets and tools, and defines an own KPI once, in one pass', async () => {
    const quality = matchValue('Quality')!;
    const { draft, prompter } = await runSteps([actionable], {
      draft: { values: { core: [{ name: 'Quality' }, { name: 'Curiosity' }] } },
      script: [
        // Quality
        ENTER, // the catalog's action
        [...quality.kpis, OTHER], // the catalog's KPIs, ticked, and one of our own
        'Time to value',
        '75', // FCR: "at least" from its direction
        '≤ 4,5 points', // CSAT as an average rating, German decimal comma, another unit
        ENTER, // the own KPI's name, as typed
        ENTER, // its short id, proposed from the name
        'Days from purchase to the first successful run.',
        '',
        'days',
        'lower',
        '14', // TTV: "at most", from its direction
        [quality.tools.en[0]!, quality.tools.en[2]!], // the second suggested tool unticked
        'Check that the fix worked before closing.',
        '',
        '',
        // Curiosity: no catalog match; the own KPI defined above is offered, not defined again
        'Curiosity in every conversation.',
        false, // keep the wording
        ['TTV'],
        '', // no target yet
        '',
        '',
        '',
      ],
    });
    expect(prompter!.remaining).toBe(0);
    expect(draft.values!.core![0]).toEqual({
      name: 'Quality',
      action: quality.action.en,
      kpis: [
        { id: 'FCR', target: { op: 'gte', value: 75 } },
        { id: 'CSAT', target: { op: 'lte', value: 4.5, unit: 'points' } },
        { id: 'TTV', target: { op: 'lte', value: 14 } },
      ],
      tools: [quality.tools.en[0], quality.tools.en[2]],
      behaviours: ['Check that the fix worked before closing.'],
    });
    expect(draft.values!.core![1]).toEqual({ name: 'Curiosity', action: 'Curiosity in every conversation.', kpis: [{ id: 'TTV' }] });
    expect(draft.customKpis).toEqual([{ id: 'TTV', name: 'Time to value', definition: 'Days from purchase to the first successful run.', unit: 'days', direction: 'lower' }]);
    // The catalog's suggestions were pre-ticked; targets offered the catalog's typical one.
    expect(prompter!.asked.find((a) => a.kind === 'checkbox')!.checked).toEqual(quality.kpis);
    expect(prompter!.asked.find((a) => a.message === 'Quality: target for FCR')!.default).toBe('≥ 70%');
    // The unit is asked once (for the KPI), the direction once, no operator question.
    expect(prompter!.log.filter((l) => /unit/.test(l))).toHaveLength(1);
    expect(prompter!.log.filter((l) => /what kind of target/.test(l))).toHaveLength(0);
    // The noun-first action got the finding at once, and the offer to reword it.
    const actionAt = prompter!.log.indexOf('? Curiosity: action statement');
    expect(prompter!.log[actionAt + 1]).toMatch(/^>\s+⚠ The action statement of “Curiosity” starts with “Curiosity”/);
    expect(prompter!.log[actionAt + 3]).toBe('? Reword it now? (the text stays there to edit)');
    expect(actionable.summary(draft, 'en')).toContain('  KPIs: FCR ≥ 75%, CSAT ≤ 4.5 points, TTV ≤ 14 days');
  });

  it('a weak action statement reworded: the text is offered to edit, not to retype', async () => {
    const { draft, prompter } = await runSteps([actionable], {
      draft: { values: { core: [{ name: 'Curiosity' }] } },
      script: ['Curiosity in every conversation.', true, 'Ask one more question in every conversation.', [], '', '', ''],
    });
    const again = prompter!.asked.filter((a) => a.message === 'Curiosity: action statement')[1]!;
    expect(again.default).toBe('Curiosity in every conversation.');
    expect(draft.values!.core![0]!.action).toBe('Ask one more question in every conversation.');
  });

  it('an own KPI in one pass: name, a short id proposed from the name, definition, formula, unit, direction', async () => {
    const { draft, prompter } = await runSteps([actionable], {
      draft: { values: { core: [{ name: 'Curiosity', action: 'Ask one more question.' }] } },
      script: [ENTER, [OTHER], 'Same-day payout fix rate', ENTER, ENTER, '', '', '%', 'higher', '', '', '', ''],
    });
    expect(draft.customKpis).toEqual([{ id: 'SDPFR', name: 'Same-day payout fix rate', unit: '%', direction: 'higher' }]);
    const asked = prompter!.asked.map((a) => a.message);
    expect(asked.slice(3, 9)).toEqual([
      'Your own KPI: its name',
      'Same-day payout fix rate: short id used in summaries and the file',
      'SDPFR: what does it measure?',
      'SDPFR: how is it calculated?',
      'SDPFR: unit (e.g. %, h, days, points)',
      'SDPFR: is higher or lower better?',
    ]);
    // no target value: no half a target
    expect(draft.values!.core![0]!.kpis).toEqual([{ id: 'SDPFR' }]);
  });

  it('normalizes typed KPI ids', () => {
    expect(normalizeKpiId(' ttv ')).toBe('TTV');
    expect(normalizeKpiId('time to value')).toBe('TIME_TO_VALUE');
    expect(normalizeKpiId('2nd')).toBe('');
  });
});

describe('step 5 · share it', () => {
  it('warns about incentives right before asking about them', async () => {
    const { draft, prompter } = await runSteps([share], {
      script: ['Every new hire answers cases in week one.', '', 'Peers rate each value.', 'Team bonus on CSAT.', '', 'Value of the month', ''],
    });
    const at = prompter!.log.indexOf('? Which incentives are tied to the philosophy’s metrics?');
    expect(prompter!.log[at - 1]).toMatch(/^> ⚠ Careful with incentives/);
    expect(draft.sharing).toEqual({
      onboarding: 'Every new hire answers cases in week one.',
      promotions: 'Peers rate each value.',
      incentives: 'Team bonus on CSAT.',
      rituals: ['Value of the month'],
    });
  });
});

describe('step 6 · hiring', () => {
  it('offers scale 5 and the catalog’s questions per value, ticked, to keep, untick or add to', async () => {
    const honesty = matchValue('Honesty')!;
    const { draft, prompter } = await runSteps([hiring], {
      draft: { values: { core: [{ name: 'Honesty' }, { name: 'Curiosity' }] } },
      // Curiosity's questions are typed (no box was shown): its reference answers follow, one Enter.
      script: [ENTER, [honesty.questions.en[0]!, OTHER], 'What did you say when you did not know the answer?', '', 'What did you learn last month?', '', ''],
    });
    expect(prompter!.remaining).toBe(0);
    expect(draft.hiring).toEqual({
      scale: 5,
      benchmark: [
        { value: 'Honesty', questions: [honesty.questions.en[0], 'What did you say when you did not know the answer?'] },
        { value: 'Curiosity', questions: ['What did you learn last month?'] },
      ],
    });
  });

  it('moves each benchmark entry with its value, and drops a value without questions', async () => {
    const draft: Draft = {
      values: { core: [{ name: 'Speed' }, { name: 'Integrity' }, { name: 'Curiosity' }] },
      hiring: { scale: 7, benchmark: [{ value: 'Integrity', questions: ['A'] }, { value: 'Speed', questions: ['B'] }] },
    };
    await runSteps([hiring], { draft, script: [ENTER, ENTER, ENTER, ENTER, ENTER, ''] });
    expect(draft.hiring).toEqual({ scale: 7, benchmark: [{ value: 'Speed', questions: ['B'] }, { value: 'Integrity', questions: ['A'] }] });
  });

  it('rejects a scale outside 2..10', async () => {
    await expect(runSteps([hiring], { script: ['11'] })).rejects.toThrow(/whole number from 2 to 10/);
    await expect(runSteps([hiring], { answers: { hiring: { scale: 1 } } })).rejects.toBeInstanceOf(AnswerError);
  });
});

describe('step 7 · interpretation', () => {
  it('prefills the seven teams, allows dropping and adding, then feedback, conflicts and review', async () => {
    const kept = TEAMS.filter((t) => t.id !== 'design');
    const { draft, prompter } = await runSteps([interpret], {
      script: [
        [...kept.map((t) => t.id), OTHER],
        'Finance',
        ...kept.flatMap((): Scripted[] => [ENTER, ENTER]),
        'Send invoices people understand.',
        ['CHURN', 'CSAT'],
        ['survey', 'one-on-one', OTHER],
        'open questions at the all-hands',
        'Anyone may raise it; the owner explains within two weeks.',
        'half-yearly',
        ENTER,
      ],
    });
    expect(prompter!.remaining).toBe(0);
    expect(prompter!.asked[0]!.checked).toEqual(TEAMS.map((t) => t.id));
    expect(draft.teams).toEqual([
      ...kept.map((t) => ({ team: t.id, activities: t.activities.en, metrics: t.metrics })),
      { team: 'Finance', activities: 'Send invoices people understand.', metrics: ['CHURN', 'CSAT'] },
    ]);
    // The team left unticked is recorded as one the company does not have.
    expect(draft.teamsAbsent).toEqual(['design']);
    expect(draft.feedback).toEqual({
      methods: ['survey', 'one-on-one', 'open questions at the all-hands'],
      conflictPolicy: 'Anyone may raise it; the owner explains within two weeks.',
      reviewCadence: 'half-yearly',
      // 31 January 2026 + six months, on the month's last day
      nextReview: '2026-07-31',
    });
  });

  it('checks the review date', async () => {
    expect(isRealDate('2027-03-01')).toBe(true);
    expect(isRealDate('2027-02-30')).toBe(false);
    expect(isRealDate('1.3.2027')).toBe(false);
    expect(addMonths(new Date(2026, 0, 31), 1).getDate()).toBe(28);
    await expect(runSteps([interpret], { answers: { feedback: { nextReview: '2027-02-30' } } })).rejects.toThrow(/feedback\.nextReview/);
  });
});

describe('redo and edit', () => {
  it.each([
    ['acme-robotics', 'en'],
    ['radwerk-berlin', 'de'],
  ] as const)('Enter through all seven steps of %s leaves the draft as it was', async (name, language) => {
    const original = example(name);
    const draft = clone(original);
    const { prompter } = await runSteps(STEPS, { language, draft, script: ENTERS });
    expect(draft).toEqual(original);
    // every placeholder filled
    expect([...prompter!.asked.map((a) => a.message), ...prompter!.printed].filter((text) => /\{\w+\}/.test(text))).toEqual([]);
  });

  it('offers every earlier answer as the default', async () => {
    const { prompter } = await runSteps(STEPS, { draft: example('acme-robotics'), script: ENTERS });
    const withoutDefault = prompter!.asked
      .filter((a) => a.kind === 'input' && a.default === undefined)
      .map((a) => a.message)
      // the end of a list, and the field for own entries after a checkbox
      .filter((m) => !/\(\d+\)$/.test(m) && !m.startsWith('Others of your own'));
    // exactly the optional answers the example leaves out (the brand voice waits for a tone)
    expect(withoutDefault).toEqual(['Self-service: first-response promise (optional)', 'How does the team sound in every channel? (tone of voice, optional)']);
  });
});

describe('answers file', () => {
  it.each(['acme-robotics', 'radwerk-berlin'])('%s: the seven steps reproduce the file without a prompt', async (name) => {
    const answers = example(name);
    const { draft, missing } = await runSteps(STEPS, { language: answers.language!, draft: { version: 1, language: answers.language! }, answers });
    expect(missing).toEqual([]);
    expect(draft).toEqual(answers);
  });

  it('edit: an answers file over a filled draft changes only what it answers', async () => {
    const acme = example('acme-robotics');
    const same = await runSteps(STEPS, { draft: clone(acme), answers: acme });
    expect(same.draft).toEqual(acme);

    const changed = await runSteps(STEPS, { draft: clone(acme), answers: { company: { mission: 'Robots that anyone can run, anywhere.' } } });
    expect(changed.missing).toEqual([]);
    expect(changed.draft).toEqual({ ...acme, company: { ...acme.company, mission: 'Robots that anyone can run, anywhere.' } });
  });

  it('a partial file with --yes takes the defaults for the rest', async () => {
    const answers = {
      company: { name: 'Kleinbau', mission: 'Houses built to last.' },
      values: { core: [{ name: 'Honesty' }, { name: 'Speed', action: 'Answer within the hour.' }] },
      vision: { statement: 'Straight answers, fast.' },
    };
    const { draft, missing } = await runSteps(STEPS, { answers, yes: true });
    expect(missing).toEqual([]);
    const honesty = matchValue('Honesty')!;
    const speed = matchValue('Speed')!;
    // Each KPI with the catalog's typical target, in the KPI's direction.
    const withTarget = (id: string) => {
      const kpi = findKpi(id)!;
      return kpi.target === undefined ? { id } : { id, target: { op: kpi.direction === 'lower' ? 'lte' : 'gte', value: kpi.target } };
    };
    expect(draft.values!.core).toEqual([
      { name: 'Honesty', meaning: honesty.meaning.en, action: honesty.action.en, kpis: honesty.kpis.map(withTarget), tools: honesty.tools.en },
      { name: 'Speed', meaning: speed.meaning.en, action: 'Answer within the hour.', kpis: speed.kpis.map(withTarget), tools: speed.tools.en },
    ]);
    expect(draft.hiring).toEqual({
      scale: 5,
      benchmark: [
        { value: 'Honesty', questions: honesty.questions.en },
        { value: 'Speed', questions: speed.questions.en },
      ],
    });
    expect(draft.teams!.map((t) => t!.team)).toEqual(TEAMS.map((t) => t.id));
    expect(draft.teams![1]).toEqual({ team: 'sales', activities: findTeam('sales')!.activities.en, metrics: findTeam('sales')!.metrics });
    expect(draft.feedback).toEqual({ methods: ['survey', 'one-on-one'], reviewCadence: 'quarterly', nextReview: '2026-04-30' });
    expect(draft.company).toEqual(answers.company);
    expect(draft.vision).toEqual(answers.vision);
  });

  it('without --yes, lists every missing required answer', async () => {
    const { missing } = await runSteps(STEPS, { answers: { needs: { aim: 'delight' } } });
    expect(missing.map(dotted)).toEqual(['company.name', 'company.mission', 'values.core', 'vision.statement']);
  });

  it('checks an answer like a typed one', async () => {
    await expect(runSteps([needs], { answers: { company: { name: 'Acme', mission: 'x' }, needs: { aim: 'wow' } } })).rejects.toThrow(/needs\.aim/);
  });
});
