// The review screen (issue 13, items 1–3): after each step and as the start of `edit`, every
// answer with its value; one answer changed without walking the rest; going back shows the
// review, not the questions again; "finish now" once every required answer is there.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commandName } from '../../src/wizard/draft.js';
import { runWizard, type Outcome } from '../../src/wizard/runner.js';
import { Interrupted, type PromptChoice, type Prompter } from '../../src/wizard/prompts.js';
import { STEPS } from '../../src/wizard/steps/index.js';
import type { Draft } from '../../src/wizard/types.js';

const example = (name: string): Draft => parse(readFileSync(join(import.meta.dirname, '../../philosophies', `${name}.yaml`), 'utf8')) as Draft;

/** An answer: Enter (the default), a text, the choice whose name matches, the boxes to tick, or
 * Enter at every prompt until a select whose message matches `until`, where `pick` is chosen. */
type Step = 'enter' | string | { pick: RegExp } | { tick: string[] } | { until: RegExp; pick: RegExp };

/** A prompter that follows a script and records each prompt as "kind: message". */
class Script implements Prompter {
  readonly asked: string[] = [];
  readonly offered: string[][] = [];
  constructor(private readonly steps: Step[]) {}
  private next(message = '', select = false): Step {
    const s = this.steps[0];
    if (s === undefined) throw new Interrupted();
    if (typeof s === 'object' && 'until' in s) return select && s.until.test(message) ? (this.steps.shift(), { pick: s.pick }) : 'enter';
    return this.steps.shift()!;
  }
  async input(o: { message: string; default?: string }): Promise<string> {
    this.asked.push(`input: ${o.message}`);
    const s = this.next();
    return s === 'enter' ? (o.default ?? '') : (s as string);
  }
  async select<T>(o: { message: string; choices: ReadonlyArray<PromptChoice<T>>; default?: T }): Promise<T> {
    this.asked.push(`select: ${o.message}`);
    this.offered.push(o.choices.map((c) => c.name));
    const s = this.next(o.message, true);
    if (s === 'enter') return o.default ?? o.choices[0]!.value;
    const pattern = (s as { pick: RegExp }).pick;
    const found = o.choices.find((c) => pattern.test(c.name));
    if (!found) throw new Error(`no choice matches ${pattern} at "${o.message}": ${o.choices.map((c) => c.name).join(' | ')}`);
    return found.value;
  }
  async checkbox<T>(o: { message: string; choices: ReadonlyArray<PromptChoice<T>> }): Promise<T[]> {
    this.asked.push(`checkbox: ${o.message}`);
    const s = this.next();
    if (s === 'enter') return o.choices.filter((c) => c.checked).map((c) => c.value);
    return (s as { tick: string[] }).tick as T[];
  }
  async confirm(o: { message: string; default?: boolean }): Promise<boolean> {
    this.asked.push(`confirm: ${o.message}`);
    const s = this.next();
    return s === 'enter' ? (o.default ?? false) : s === 'yes';
  }
  print(): void {}
}

async function run(draft: Draft, script: Script, setup: { startAt?: number; review?: 'all' | 'step' } = {}): Promise<Outcome> {
  return runWizard({ language: 'en', draft, steps: STEPS, startAt: setup.startAt ?? 1, ...(setup.review ? { review: setup.review } : {}), prompter: script, yes: false, today: '2026-01-31', save: () => {} });
}

describe('edit: the review of the whole philosophy', () => {
  it('changes one KPI target with a pick, a typed value and "save": nothing else moves', async () => {
    const acme = example('acme-robotics');
    const draft = structuredClone(acme);
    const script = new Script([{ pick: /· Quality: target for FCR/ }, '80', { pick: /^Save the philosophy$/ }]);
    expect(await run(draft, script, { review: 'all' })).toEqual({ kind: 'done' });
    expect(script.asked).toEqual(['select: Which answer do you want to change?', 'input: Quality: target for FCR', 'select: Which answer do you want to change?']);
    const expected = structuredClone(acme);
    const fcr = expected.values!.core!.find((v) => v!.name === 'Quality')!.kpis!.find((k) => k!.id === 'FCR')!;
    fcr.target = { ...fcr.target!, value: 80 };
    expect(draft).toEqual(expected);
  });

  it('lists every answer with its value, and each step’s review', async () => {
    const script = new Script([{ pick: /^Quit without changing/ }]);
    await run(structuredClone(example('acme-robotics')), script, { review: 'all' });
    const names = script.offered[0]!;
    expect(names[0]).toBe('Save the philosophy');
    expect(names).toContain('1 · Company name: Acme Robotics');
    expect(names.filter((n) => /^7 · /.test(n)).length).toBeGreaterThan(5);
    expect(names).toContain('Step 4 · Make it actionable: its answers');
  });
});

describe('the review after a step', () => {
  it('going back shows that step’s answers, not its questions', async () => {
    const script = new Script([{ pick: /^Back to step 1/ }, { pick: /^Continue with step 2/ }, { pick: /^Quit without changing/ }]);
    const outcome = await run(structuredClone(example('acme-robotics')), script, { startAt: 3, review: 'step' });
    expect(outcome).toEqual({ kind: 'quit', step: 2 });
    // Three review screens, and not one question of step 1 or 2.
    expect(script.asked).toEqual(Array(3).fill('select: What next? (pick an answer to change it)'));
    expect(script.offered[1]).toContain('Company name: Acme Robotics');
  });

  it('a change to one answer asks that question, and what the change brings in, nothing else', async () => {
    const draft = structuredClone(example('acme-robotics'));
    const script = new Script([{ pick: /^Which channels do customers use/ }, { tick: ['email', 'chat', 'phone', 'in-app', 'community', 'self-service', 'social'] }, 'Mon-Fri 09:00-17:00 CET', '', { pick: /^Quit without changing/ }]);
    await run(draft, script, { startAt: 1, review: 'step' });
    expect(script.asked).toEqual([
      'select: What next? (pick an answer to change it)',
      'checkbox: Which channels do customers use to reach you?',
      'input: Social media: when is it staffed?',
      'input: Social media: first-response promise (optional)',
      'select: What next? (pick an answer to change it)',
    ]);
    expect(draft.needs!.channels!.at(-1)).toEqual({ name: 'social', hours: 'Mon-Fri 09:00-17:00 CET' });
  });

  it('offers "finish now" once every required answer is there, and finishing leaves the rest empty', async () => {
    const acme = example('acme-robotics');
    const upToFour: Draft = { ...structuredClone(acme) };
    delete upToFour.sharing;
    delete upToFour.hiring;
    delete upToFour.teams;
    delete upToFour.feedback;
    // init at step 4: its questions (Enter takes every answer), then its review.
    const script = new Script([{ until: /^What next/, pick: /^Finish now/ }]);
    expect(await run(upToFour, script, { startAt: 4 })).toEqual({ kind: 'done' });
    expect(upToFour.sharing).toBeUndefined();
    expect(upToFour.teams).toBeUndefined();

    const noVision = structuredClone(acme);
    delete noVision.vision!.statement;
    const without = new Script([{ until: /^What next/, pick: /^Save and quit/ }]);
    await run(noVision, without, { startAt: 2 });
    expect(without.offered[0]!.some((n) => /^Finish now/.test(n))).toBe(false);
  });

  it('Ctrl-C at the review keeps the draft and reports the step', async () => {
    const draft = structuredClone(example('acme-robotics'));
    expect(await run(draft, new Script([]), { startAt: 5, review: 'step' })).toEqual({ kind: 'interrupted', step: 5 });
    expect(draft).toEqual(example('acme-robotics'));
  });
});

describe('the resume hint names the command as the user can run it', () => {
  it('`philosophy` when one is on PATH, else `npx philosophy`', () => {
    const bin = mkdtempSync(join(tmpdir(), 'philosophy-path-'));
    try {
      expect(commandName({ PATH: bin })).toBe('npx philosophy');
      writeFileSync(join(bin, 'philosophy'), '#!/bin/sh\n', { mode: 0o755 });
      expect(commandName({ PATH: `/nonexistent${delimiter}${bin}` })).toBe('philosophy');
      expect(commandName({})).toBe('npx philosophy');
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
