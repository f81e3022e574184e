// What the wizard says about a finding (issue 13, items 9 and 10): the severity `validate` gives
// it under the project's `.philosophyrc.yaml` (not the rule's default), and a hint in words,
// never the file's syntax, in both languages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { RULES } from '../../src/rules/index.js';
import { stepContext } from '../../src/wizard/context.js';
import { wizardMessage } from '../../src/wizard/findings.js';
import type { PromptChoice } from '../../src/wizard/prompts.js';
import { runWizard } from '../../src/wizard/runner.js';
import { step as vision } from '../../src/wizard/steps/03-vision.js';
import { STEPS } from '../../src/wizard/steps/index.js';
import type { Draft } from '../../src/wizard/types.js';
import { tempDir } from '../e2e/run.js';
import { ENTER, ScriptedPrompter, type Scripted } from '../helpers/scripted-prompter.js';

/** Enter everywhere; at a select whose choices include one matching `pick`, that one. */
class PickingPrompter extends ScriptedPrompter {
  constructor(
    script: Scripted[],
    private readonly pick: RegExp,
  ) {
    super(script);
  }
  override async select<T>(o: { message: string; choices: ReadonlyArray<PromptChoice<T>>; default?: T }): Promise<T> {
    const found = o.choices.find((c) => this.pick.test(c.name));
    if (found) {
      this.asked.push({ kind: 'select', message: o.message });
      return found.value;
    }
    return super.select(o);
  }
}

const unbacked = (): Draft => ({
  version: 1,
  language: 'en',
  company: { name: 'Acme', mission: 'Robots anyone can run.' },
  needs: { channels: [{ name: 'phone', hours: 'Mon-Fri 09:00-17:00 CET' }] },
  values: { core: [{ name: 'Honesty', meaning: 'We say what we know.' }] },
  vision: { statement: 'We are there for you 24/7.' },
});

describe('the severity of a finding is the one `validate` gives it', () => {
  it.each([
    [undefined, '✖'],
    ['warn', '⚠'],
  ] as const)('promise-honesty set to %s in the config: the vision’s finding shows %s', async (setting, mark) => {
    const prompter = new ScriptedPrompter([ENTER, false, '', '', '', '']);
    const rules: Record<string, 'warn'> = setting ? { 'promise-honesty': setting } : {};
    await vision.run(stepContext({ language: 'en', draft: unbacked(), prompter, yes: false, missing: [], onAnswer: () => {}, rules }));
    const shown = prompter.printed.filter((l) => /round-the-clock/.test(l));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.trim().startsWith(mark)).toBe(true);
  });

  it('a rule the config turns off shows nothing and offers no rewording', async () => {
    const prompter = new ScriptedPrompter([ENTER, '', '', '', '']);
    await vision.run(stepContext({ language: 'en', draft: unbacked(), prompter, yes: false, missing: [], onAnswer: () => {}, rules: { 'promise-honesty': 'off' } }));
    expect(prompter.printed.some((l) => /“24\/7”/.test(l))).toBe(false);
    expect(prompter.asked.some((a) => /Reword/.test(a.message))).toBe(false);
    expect(prompter.remaining).toBe(0);
  });

  it('the review after a step lists its findings with the config’s severity', async () => {
    // A vision without its three checks: vision-criteria warns by default.
    const draft: Draft = { ...unbacked(), vision: { statement: 'Straight answers from one person who keeps the case.' } };
    const review = async (rules: Record<string, 'warn' | 'error' | 'off'>) => {
      const prompter = new PickingPrompter([], /^Save and quit/);
      await runWizard({ language: 'en', draft: structuredClone(draft), steps: STEPS, startAt: 3, review: 'step', prompter, yes: false, today: '2026-01-31', save: () => {}, rules: async () => rules });
      return prompter.printed.flatMap((l) => l.split('\n')).map((l) => l.trim()).filter((l) => /^[✖⚠]/.test(l)).map((l) => l[0]);
    };
    expect(new Set(await review({}))).toEqual(new Set(['⚠']));
    expect(new Set(await review({ 'vision-criteria': 'error' }))).toEqual(new Set(['✖']));
    expect(await review({ 'vision-criteria': 'off' })).toEqual([]);
  });

  it('`init` reads .philosophyrc.yaml: a severity the project changed is the one shown', async () => {
    const dir = tempDir('philosophy-wizard-config-');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.philosophyrc.yaml'), 'rules:\n  promise-honesty: warn\n');
    writeFileSync(join(dir, '.philosophy-draft.yaml'), stringify({ saved: '2026-11-22T10:00:00Z', step: 3, philosophy: unbacked() }));
    const prompter = new PickingPrompter([ENTER, false, '', '', '', ''], /^Save and quit/);
    let stderr = '';
    const code = await main({
      argv: ['init', '--resume', '--lang', 'en'],
      cwd: dir,
      prompter,
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
      env: { PHILOSOPHY_TODAY: '2026-11-22' },
    });
    expect(code, stderr).toBe(0);
    const shown = prompter.printed.filter((l) => /round-the-clock/.test(l));
    expect(shown[0]!.trim().startsWith('⚠')).toBe(true);
  });
});

describe('hints in words, not the file’s syntax', () => {
  // Backticks, `op: lte`, `target: { … }`, dotted field paths (criteria.understandable,
  // values.core), the file's own field names.
  const SYNTAX = /`|\bop:|\{ *op|\b[a-z]+[A-Z][A-Za-z]+\b|\b[a-z]{3,}\.[a-z]{3,}[A-Za-z]*\b|\b(?:formula|metrics|action|kpis|target|unit|direction|hours):\s*$/m;

  it.each(['en', 'de'] as const)('every rule message the wizard can show, in %s', (language) => {
    const found: string[] = [];
    for (const rule of RULES) {
      for (const messageId of Object.keys(rule.messages)) {
        // Placeholders get a plain word: the data is the team's own words.
        const template = rule.messages[messageId]!;
        const placeholders = Object.fromEntries([...`${template.message[language]} ${(template.wizard ?? template.hint)[language]}`.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], 'X']));
        const { message, hint } = wizardMessage(rule.meta.id, messageId, placeholders, language);
        for (const text of [message, hint]) if (SYNTAX.test(text)) found.push(`${rule.meta.id}/${messageId}: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });
});
