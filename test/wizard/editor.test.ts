// Long prose in the user's editor (issue 13, item 8): for the vision, a value's meaning and the
// conflict policy, a lone "e" as the answer opens the editor ($VISUAL, else $EDITOR) with the
// answer so far; what is saved there is checked and stored like a typed answer. The usual path
// costs no key more, and Ctrl-C in the editor prompt keeps every answer given before it.
import { describe, expect, it } from 'vitest';
import { fromEditor } from '../../src/wizard/asker.js';
import { stepContext } from '../../src/wizard/context.js';
import { Interrupted } from '../../src/wizard/prompts.js';
import { step as values } from '../../src/wizard/steps/02-values.js';
import { step as vision } from '../../src/wizard/steps/03-vision.js';
import { step as interpret } from '../../src/wizard/steps/07-interpret.js';
import type { Draft, Step } from '../../src/wizard/types.js';
import { CTRL_C, ENTER, ScriptedPrompter, type Scripted } from '../helpers/scripted-prompter.js';

async function run(step: Step, draft: Draft, script: Scripted[], language: 'en' | 'de' = 'en') {
  const prompter = new ScriptedPrompter(script);
  await step.run(stepContext({ language, draft, prompter, yes: false, missing: [], onAnswer: () => {} }));
  return prompter;
}

const before = (): Draft => ({
  company: { name: 'Acme', mission: 'Robots anyone can run.' },
  needs: { channels: [{ name: 'email', hours: '24/7' }] },
  values: { core: [{ name: 'Honesty' }] },
});

describe('the editor for long prose', () => {
  it('the vision: "e" opens the editor; its lines are joined into the one answer', async () => {
    const draft = before();
    const prompter = await run(vision, draft, ['e', 'Every owner gets a straight answer\nfrom one person who keeps the case.\n', '', '', '', '']);
    expect(draft.vision!.statement).toBe('Every owner gets a straight answer from one person who keeps the case.');
    expect(prompter.asked.map((a) => a.kind).slice(0, 2)).toEqual(['input', 'editor']);
    expect(prompter.remaining).toBe(0);
  });

  it('the editor opens with the answer so far, and an unchanged text keeps it', async () => {
    const draft = { ...before(), vision: { statement: 'Straight answers from one person.' } };
    const prompter = await run(vision, draft, ['E', ENTER, '', '', '', '']);
    expect(prompter.asked[1]).toMatchObject({ kind: 'editor', default: 'Straight answers from one person.' });
    expect(draft.vision.statement).toBe('Straight answers from one person.');
  });

  it('a meaning in German keeps its paragraphs', async () => {
    const draft: Draft = { values: { brainstorm: ['Ehrlichkeit'], core: [{ name: 'Ehrlichkeit' }] } };
    await run(values, draft, [ENTER, ENTER, 'e', 'Wir sagen, was wir wissen.\n\nAuch wenn es\nunbequem ist.'], 'de');
    expect(draft.values!.core![0]!.meaning).toBe('Wir sagen, was wir wissen.\n\nAuch wenn es unbequem ist.');
  });

  it('the conflict policy from the editor', async () => {
    const draft: Draft = { values: { core: [{ name: 'Honesty' }] }, teams: [{ team: 'support', activities: 'x', metrics: ['CSAT'] }] };
    const script: Scripted[] = [ENTER, ENTER, ENTER, ENTER, 'e', 'Anyone may raise it.\nThe owner explains within two weeks.', ENTER, ENTER];
    await run(interpret, draft, script);
    expect(draft.feedback!.conflictPolicy).toBe('Anyone may raise it. The owner explains within two weeks.');
  });

  it('a required answer left empty in the editor is refused there, as when typed', async () => {
    await expect(run(vision, before(), ['e', '   \n'])).rejects.toThrow(/An answer is needed here/);
  });

  it('Ctrl-C in the editor prompt keeps every answer given before it', async () => {
    const draft: Draft = { ...before(), vision: { statement: 'Straight answers from one person.' } };
    await expect(run(vision, draft, ['e', CTRL_C])).rejects.toBeInstanceOf(Interrupted);
    expect(draft.vision).toEqual({ statement: 'Straight answers from one person.' });
  });

  it('"e" is an answer of its own at any question not meant for prose', async () => {
    const draft: Draft = { company: { name: 'Acme', mission: 'x' }, needs: { channels: [{ name: 'email', hours: '24/7' }] }, values: { core: [{ name: 'Honesty' }] } };
    const prompter = await run(vision, draft, ['Straight answers.', 'e', '', '', '']);
    expect(draft.vision!.criteria!.understandable).toBe('e');
    expect(prompter.asked.some((a) => a.kind === 'editor')).toBe(false);
  });

  it('no editor to start: said once, and the line asks again, where "e" is then an answer', async () => {
    class NoEditor extends ScriptedPrompter {
      override async editor(): Promise<string> {
        return undefined as never;
      }
    }
    const prompter = new NoEditor(['e', 'Straight answers.', '', '', '', '']);
    const draft = before();
    await vision.run(stepContext({ language: 'de', draft, prompter, yes: false, missing: [], onAnswer: () => {} }));
    expect(prompter.printed.filter((l) => /Es ließ sich kein Editor starten/.test(l))).toHaveLength(1);
    expect(draft.vision!.statement).toBe('Straight answers.');
  });

  it('in a terminal, an editor that cannot be started is found out before inquirer spawns it', async () => {
    const { terminalPrompter } = await import('../../src/wizard/prompts.js');
    const { PassThrough } = await import('node:stream');
    const saved = { VISUAL: process.env['VISUAL'], EDITOR: process.env['EDITOR'] };
    process.env['VISUAL'] = '/nonexistent/editor --wait';
    try {
      const output = Object.assign(new PassThrough(), { isTTY: false, columns: 80 });
      const prompter = terminalPrompter({ input: new PassThrough(), output: output as never }, 'en');
      expect(await prompter.editor!({ message: 'Vision' })).toBeUndefined();
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('joins the lines an editor wraps, keeps paragraphs, drops blank ends', () => {
    expect(fromEditor('one\r\ntwo  \n\n\nthree\n')).toBe('one two\n\nthree');
    expect(fromEditor('\n  \n')).toBe('');
  });
});
