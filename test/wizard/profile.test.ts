// The questions issue 14 adds to the wizard, in both languages: the kind of business (step 1),
// whose catalog profile then shapes the suggestions of every step; the service funnel (step 1);
// tone of voice and brand voice (step 5); the reference answers per value (step 6). Optional
// answers cost one Enter at most: the funnel and the reference answers wait for their box.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TEAMS, findProfile, kpisFor, teamsFor, valuesFor } from '../../src/catalog/index.js';
import type { Language } from '../../src/model/constants.js';
import { FOLLOW, OTHER } from '../../src/wizard/asker.js';
import { stepContext } from '../../src/wizard/context.js';
import { runWizard } from '../../src/wizard/runner.js';
import { step as needs } from '../../src/wizard/steps/01-needs.js';
import { step as actionable } from '../../src/wizard/steps/04-actionable.js';
import { step as share } from '../../src/wizard/steps/05-share.js';
import { step as hiring } from '../../src/wizard/steps/06-hiring.js';
import { step as interpret } from '../../src/wizard/steps/07-interpret.js';
import { STEPS } from '../../src/wizard/steps/index.js';
import type { Draft, Step } from '../../src/wizard/types.js';
import type { PromptChoice } from '../../src/wizard/prompts.js';
import { ENTER, ScriptedPrompter, type Scripted } from '../helpers/scripted-prompter.js';

const example = (name: string): Draft => parse(readFileSync(join(import.meta.dirname, '../../philosophies', `${name}.yaml`), 'utf8')) as Draft;

async function run(steps: readonly Step[], draft: Draft, script: Scripted[], language: Language = 'en', answers?: unknown) {
  const prompter = script.length || !answers ? new ScriptedPrompter(script) : undefined;
  for (const step of steps) {
    await step.run(stepContext({ language, draft, ...(prompter ? { prompter } : {}), answers, yes: false, missing: [], onAnswer: () => {} }));
  }
  return prompter;
}

const shopDraft = (): Draft => ({ language: 'de', company: { name: 'Radwerk', mission: 'Räder, die fahren.', profile: 'shop' }, values: { core: [{ name: 'Ehrlichkeit' }] } });

describe('step 1: the kind of business', () => {
  it('in German: a bicycle shop gets the shop’s channels ticked, each with the hours such a shop keeps', async () => {
    const draft: Draft = {};
    const prompter = await run([needs], draft, ['Radwerk', 'Räder, die fahren.', 'shop', '', ENTER, '', '', ENTER, '', '', ENTER, ENTER, '', ENTER, '', ENTER, '', ''], 'de');
    expect(prompter!.remaining).toBe(0);
    const profile = findProfile('shop')!;
    const kind = prompter!.asked.find((a) => a.message === 'Was für ein Geschäft ist es?')!;
    // Every kind, and a last choice that skips, which is the default.
    expect(kind.choices).toHaveLength(7);
    expect(kind.default).toBe(kind.choices!.at(-1));
    const channels = prompter!.asked.find((a) => a.kind === 'checkbox')!;
    expect(channels.checked).toEqual(profile.channels.map((c) => c.id));
    expect(draft.company!.profile).toBe('shop');
    expect(draft.needs!.channels).toEqual(profile.channels.map((c) => ({ name: c.id, hours: c.hours.de })));
    expect(needs.summary(draft, 'de')).toContain('Art des Geschäfts: Laden und Handwerk vor Ort');
    // The funnel waits for its box: not one of its questions was asked.
    expect(prompter!.asked.some((a) => /Service-Trichter/.test(a.message))).toBe(false);
  });

  it('Enter skips the kind of business: nothing is stored, the general channels are offered', async () => {
    const draft: Draft = {};
    const prompter = await run([needs], draft, ['Acme', 'Robots.', ENTER, '', ENTER, '', '', ENTER, '', '', [], '']);
    expect(prompter!.remaining).toBe(0);
    expect(draft.company).toEqual({ name: 'Acme', mission: 'Robots.' });
    expect(prompter!.asked.find((a) => a.kind === 'checkbox')!.checked).toEqual([]);
  });

  it('the service funnel: the box under the channels asks its three questions', async () => {
    const draft: Draft = {};
    await run([needs], draft, [
      'Acme', 'Robots.', ENTER, '', ENTER, '', '', ENTER, '', '',
      ['email', FOLLOW],
      'Mon-Fri 9-17', '',
      '',
      'We write before a delivery is late.',
      'Setup guides in the help centre.',
      'Every complaint, and anything about money.',
    ]);
    expect(draft.needs!.channels).toEqual([{ name: 'email', hours: 'Mon-Fri 9-17' }]);
    expect(draft.needs!.funnel).toEqual({ proactive: 'We write before a delivery is late.', selfService: 'Setup guides in the help centre.', human: 'Every complaint, and anything about money.' });
    expect(needs.summary(draft, 'en').at(-1)).toMatch(/^Service funnel: We write before a delivery is late\. → Setup guides in the help centre\. → Every comp/);
  });
});

describe('the kind of business shapes the suggestions of later steps', () => {
  it('step 4: a shop is offered only the KPIs that fit it, and the shop’s wording of a value', async () => {
    const draft = shopDraft();
    const prompter = await run([actionable], draft, [ENTER, ENTER, ...Array(8).fill(ENTER)], 'de');
    const kpis = prompter!.asked.find((a) => a.kind === 'checkbox')!;
    expect(kpis.choices).toEqual(kpisFor('shop').map((k) => k.id).concat('\u0000other'));
    expect(kpis.choices).not.toContain('SLA');
    const honesty = valuesFor('shop').find((v) => v.id === 'honesty')!;
    expect(draft.values!.core![0]!.tools).toEqual(honesty.tools.de);
  });

  it('step 7: a shop proposes its few teams in its own words, the other teams unticked', async () => {
    const draft = shopDraft();
    const prompter = await run([interpret], draft, Array(12).fill(ENTER), 'de');
    const teams = prompter!.asked[0]!;
    const proposed = teamsFor('shop');
    expect(teams.checked).toEqual(proposed.map((t) => t.id));
    expect(teams.choices).toEqual([...proposed.map((t) => t.id), ...TEAMS.filter((t) => !proposed.some((p) => p.id === t.id)).map((t) => t.id), OTHER]);
    expect(prompter!.asked[1]!.message).toBe(`${proposed[0]!.name.de}: Was tut das Team, um sie zu leben?`);
    expect(draft.teams).toEqual(proposed.map((t) => ({ team: t.id, activities: t.activities.de, metrics: t.metrics })));
    // team-coverage asks only for the proposed teams: the others need no record as absent.
    expect(draft.teamsAbsent).toBeUndefined();
  });
});

describe('step 5: tone of voice and brand voice', () => {
  it('the brand voice follows a tone', async () => {
    const draft: Draft = {};
    const prompter = await run([share], draft, ['', '', '', '', 'Plain words, first names.', 'Friendly and down to earth.', '']);
    expect(prompter!.remaining).toBe(0);
    expect(draft.sharing).toEqual({ toneOfVoice: 'Plain words, first names.', brandVoice: 'Friendly and down to earth.' });
    expect(share.summary(draft, 'en')).toContain('Brand voice: Friendly and down to earth.');
  });

  it('in German, no tone: one Enter, and no brand voice question', async () => {
    const draft: Draft = {};
    const prompter = await run([share], draft, ['', '', '', '', '', ''], 'de');
    expect(prompter!.remaining).toBe(0);
    expect(prompter!.asked.map((a) => a.message)).toContain('Wie klingt das Team in jedem Kanal? (Tonfall, optional)');
    expect(prompter!.asked.some((a) => /Markenstimme/.test(a.message))).toBe(false);
  });
});

describe('step 6: reference answers of the people who live a value best', () => {
  it('the box under a value’s questions asks for them; another value costs no key more', async () => {
    const draft: Draft = { values: { core: [{ name: 'Honesty' }, { name: 'Speed' }] } };
    const honesty = valuesFor(undefined).find((v) => v.id === 'honesty')!;
    const prompter = await run([hiring], draft, [ENTER, [...honesty.questions.en, FOLLOW], 'I call before I go on when a repair costs more.', '', ENTER]);
    expect(prompter!.remaining).toBe(0);
    const box = prompter!.asked[1]!.choices!.at(-1);
    expect(box).toBe(FOLLOW);
    expect(draft.hiring!.benchmark![0]).toEqual({ value: 'Honesty', questions: honesty.questions.en, referenceAnswers: ['I call before I go on when a repair costs more.'] });
    expect(draft.hiring!.benchmark![1]!.referenceAnswers).toBeUndefined();
  });

  it('in German, the question names the value', async () => {
    const draft: Draft = { values: { core: [{ name: 'Ehrlichkeit' }] } };
    const prompter = await run([hiring], draft, [ENTER, [FOLLOW, ...(valuesFor(undefined).find((v) => v.id === 'honesty')!.questions.de)], 'Ich rufe an, bevor ich weiterschraube.', ''], 'de');
    expect(prompter!.asked[2]!.message).toBe('Ehrlichkeit: eine Antwort von jemandem, der den Wert am besten lebt (1)');
    expect(draft.hiring!.benchmark![0]!.referenceAnswers).toEqual(['Ich rufe an, bevor ich weiterschraube.']);
  });
});

describe('a follow-up box ticked at a review’s jump', () => {
  it('edit: ticking the box under a value’s questions asks its reference answers there and then', async () => {
    const acme = example('acme-robotics');
    const draft = structuredClone(acme);
    const picks = [/^6 · Integrity: interview question/, /^Save the philosophy$/];
    const integrity = acme.hiring!.benchmark!.find((b) => b!.value === 'Integrity')!;
    const prompter = new ScriptedPrompter([[...integrity.questions!, FOLLOW] as string[], 'I told them the date would slip, the day I knew.', '']);
    prompter.select = async <T,>(o: { message: string; choices: ReadonlyArray<PromptChoice<T>> }) => {
      const pick = picks.shift()!;
      return o.choices.find((c) => pick.test(c.name))!.value;
    };
    expect(await runWizard({ language: 'en', draft, steps: STEPS, startAt: 1, review: 'all', prompter, yes: false, today: '2026-01-31', save: () => {} })).toEqual({ kind: 'done' });
    expect(prompter.remaining).toBe(0);
    const expected = structuredClone(acme);
    expected.hiring!.benchmark!.find((b) => b!.value === 'Integrity')!.referenceAnswers = ['I told them the date would slip, the day I knew.'];
    expect(draft).toEqual(expected);
  });
});

describe('a philosophy that has every new answer (the German shop example)', () => {
  it('Enter through all seven steps leaves it as it was', async () => {
    const original = example('kiezspeiche-leipzig');
    const draft = structuredClone(original);
    await run(STEPS, draft, Array(2000).fill(ENTER), 'de');
    expect(draft).toEqual(original);
  });

  it('an answers file reproduces it without a prompt', async () => {
    const answers = example('kiezspeiche-leipzig');
    const draft: Draft = { version: 1, language: 'de' };
    await run(STEPS, draft, [], 'de', answers);
    expect(Object.keys(draft).sort()).toEqual(Object.keys(answers).sort());
    expect(draft).toEqual(answers);
  });

  it('the review lists the funnel, the brand voice and the reference answers, to jump to', async () => {
    const offered: string[] = [];
    const prompter = new ScriptedPrompter([]);
    prompter.select = async <T,>(o: { message: string; choices: ReadonlyArray<PromptChoice<T>> }) => {
      offered.push(...o.choices.map((c) => c.name));
      return o.choices.find((c) => /^Beenden, ohne/.test(c.name))!.value;
    };
    await runWizard({ language: 'de', draft: example('kiezspeiche-leipzig'), steps: STEPS, startAt: 1, review: 'all', prompter, yes: false, today: '2026-01-31', save: () => {} });
    expect(offered.some((n) => n.startsWith('1 · Service-Trichter 1 von 3'))).toBe(true);
    expect(offered.some((n) => n.startsWith('1 · Was für ein Geschäft ist es: Laden und Handwerk vor Ort'))).toBe(true);
    expect(offered.some((n) => n.startsWith('5 · Welcher Markenstimme folgt der Ton? (optional): Nachbarschaftlich'))).toBe(true);
    expect(offered.some((n) => n.startsWith('6 · Ehrlichkeit: eine Antwort von jemandem, der den Wert am besten lebt'))).toBe(true);
  });
});
