// Walks the steps. A step not answered yet is asked question by question; then its review
// screen lists every answer of the step with its value, with the findings of the step's rules.
// From there the lead goes on, finishes now (once every required answer is there), jumps to a
// single question and comes back, goes back to an earlier step's review, or saves and quits.
// `edit` starts at the review of the whole philosophy. The draft is saved after every answer
// (through onAnswer) and after every step, so Ctrl-C loses nothing already given.
import stringWidth from 'string-width';
import type { Bilingual } from '../core/bilingual.js';
import type { Language } from '../model/constants.js';
import { fill } from '../core/text.js';
import { dotted, type AskMode } from './asker.js';
import type { SeveritySetting } from '../core/findings.js';
import { findingLines, stepFindings } from './findings.js';
import { stepContext } from './context.js';
import { Interrupted, type Prompter } from './prompts.js';
import type { Asked, Draft, Path, Step } from './types.js';

export type Outcome =
  | { kind: 'done' }
  | { kind: 'quit'; step: number }
  | { kind: 'interrupted'; step: number }
  | { kind: 'missing'; paths: Path[] };

export interface RunnerSetup {
  language: Language;
  draft: Draft;
  steps: readonly Step[];
  /** 1-based step to start at. */
  startAt: number;
  /** Every step is answered already (`edit`): start at the review of the whole philosophy,
   * or, with `startAt` given by the user, at that step's review. */
  review?: 'all' | 'step';
  prompter?: Prompter;
  answers?: unknown;
  yes: boolean;
  today: string;
  /** Saves the draft (atomically); `step` is the step to resume at. */
  save(draft: Draft, step: number): void;
  /** The rule severities `validate` would apply to the file this draft becomes (the project's
   * `.philosophyrc.yaml`, overrides included); without it, the rules' defaults. */
  rules?: (draft: Draft) => Promise<Readonly<Record<string, SeveritySetting>>>;
}

const TEXT = {
  header: { en: 'Step {n} of {total} · {title}', de: 'Schritt {n} von {total} · {title}' },
  reviewHeader: { en: 'Step {n} of {total} · {title} · your answers', de: 'Schritt {n} von {total} · {title} · deine Antworten' },
  overviewHeader: { en: 'Your philosophy · every answer', de: 'Deine Philosophie · alle Antworten' },
  findings: { en: 'Worth a look before you go on:', de: 'Vor dem Weitergehen einen Blick wert:' },
  clean: { en: 'Nothing to point out in this step.', de: 'Zu diesem Schritt gibt es nichts anzumerken.' },
  next: { en: 'What next? (pick an answer to change it)', de: 'Wie weiter? (wähle eine Antwort, um sie zu ändern)' },
  overviewNext: { en: 'Which answer do you want to change?', de: 'Welche Antwort willst du ändern?' },
  continue: { en: 'Continue with step {n}', de: 'Weiter mit Schritt {n}' },
  finish: { en: 'Finish: write the philosophy', de: 'Abschließen: die Philosophie schreiben' },
  finishNow: { en: 'Finish now: write the philosophy (the rest stays empty)', de: 'Jetzt abschließen: die Philosophie schreiben (der Rest bleibt leer)' },
  save: { en: 'Save the philosophy', de: 'Die Philosophie speichern' },
  redo: { en: 'Answer every question of this step again', de: 'Alle Fragen dieses Schritts neu beantworten' },
  back: { en: 'Back to step {n} · {title}', de: 'Zurück zu Schritt {n} · {title}' },
  stepReview: { en: 'Step {n} · {title}: its answers', de: 'Schritt {n} · {title}: seine Antworten' },
  quit: { en: 'Save and quit (continue later with --resume)', de: 'Speichern und beenden (später weiter mit --resume)' },
  quitEdit: { en: 'Quit without changing the file (answers kept in a draft)', de: 'Beenden, ohne die Datei zu ändern (Antworten bleiben im Entwurf)' },
  empty: { en: '—', de: '—' },
} satisfies Record<string, Bilingual>;

type Choice =
  | { kind: 'continue' }
  | { kind: 'finish' }
  | { kind: 'redo' }
  | { kind: 'review'; step: number }
  | { kind: 'answer'; step: number; asked: Asked; known: Set<string> }
  | { kind: 'quit' };

type Place = { kind: 'ask'; index: number } | { kind: 'review'; index: number } | { kind: 'overview' };

/** A label and its value on one short line for a list entry. */
function entry(message: string, shown: string, empty: string, width: number): string {
  const value = shown.replace(/\s+/g, ' ').trim() || empty;
  const text = `${message.replace(/[?:]\s*$/, '')}: ${value}`;
  return stringWidth(text) > width ? `${sliceColumns(text, width - 1)}…` : text;
}

/** The longest start of `text` that fits in `width` columns. */
function sliceColumns(text: string, width: number): string {
  let out = '';
  for (const char of text) {
    if (stringWidth(out + char) > width) break;
    out += char;
  }
  return out;
}

export async function runWizard(setup: RunnerSetup): Promise<Outcome> {
  const { language, draft, steps, prompter } = setup;
  const t = (text: Bilingual, data?: Record<string, string | number>) => fill(text[language], data);
  const missing: Path[] = [];
  const first = Math.min(Math.max(setup.startAt, 1), steps.length) - 1;

  if (!prompter) {
    // An answers file (or --yes) answers the steps in order; nothing to review.
    for (let index = first; index < steps.length; index++) {
      const step = steps[index]!;
      await step.run(stepContext({ language, draft, answers: setup.answers, yes: setup.yes, today: setup.today, missing, onAnswer: () => {} }));
      setup.save(draft, Math.min(step.number + 1, steps.length));
    }
    return missing.length ? { kind: 'missing', paths: missing } : { kind: 'done' };
  }

  // Steps whose questions were put once: going to them shows their review, not their questions.
  const answered = new Set<number>();
  const editing = setup.review !== undefined;
  if (editing) steps.forEach((_, i) => answered.add(i));
  else for (let i = 0; i < first; i++) answered.add(i);
  let place: Place = setup.review === 'all' ? { kind: 'overview' } : setup.review === 'step' ? { kind: 'review', index: first } : { kind: 'ask', index: first };
  // The step to resume at, for a save.
  let resumeAt: number = steps[first]!.number;

  /** Runs a step's questions: all of them (ask), or only one and what it brings in (focus). */
  const runStep = async (index: number, mode: AskMode): Promise<void> => {
    const step = steps[index]!;
    const rules = await setup.rules?.(draft);
    const ctx = stepContext({
      ...(rules ? { rules } : {}),
      language,
      draft,
      prompter,
      answers: setup.answers,
      yes: setup.yes,
      today: setup.today,
      missing,
      mode,
      onAnswer: () => setup.save(draft, step.number),
    });
    await step.run(ctx);
  };

  /** The step's questions with their answers, from a run that asks nothing, on a copy. */
  const inventory = async (index: number): Promise<Asked[]> => {
    const asked: Asked[] = [];
    const copy = structuredClone(draft);
    const ctx = stepContext({ language, draft: copy, prompter, answers: undefined, yes: false, today: setup.today, missing: [], mode: { kind: 'silent' }, onAnswer: () => {}, record: (a) => asked.push(a) });
    await steps[index]!.run(ctx);
    // A question asked twice (a loop that offers to reword) is listed once.
    const seen = new Set<string>();
    return asked.filter((a) => (seen.has(dotted(a.path)) ? false : (seen.add(dotted(a.path)), true)));
  };

  /** Every required answer is there, in every step. */
  const complete = async (): Promise<boolean> => {
    for (let i = 0; i < steps.length; i++) if ((await inventory(i)).some((a) => a.required && !a.shown.trim())) return false;
    return true;
  };

  const showFindings = async (index: number) => {
    const step = steps[index]!;
    for (const line of step.summary(draft, language)) prompter.print(`  ${line}`);
    const findings = stepFindings(draft, step.number, language, setup.today, await setup.rules?.(draft));
    prompter.print(findings.length ? t(TEXT.findings) : t(TEXT.clean));
    for (const f of findings) prompter.print(findingLines(f).map((l) => `  ${l}`).join('\n'));
  };

  // A choice is one line of the terminal: its marker and indent take four columns.
  const room = Math.max(40, (prompter.columns ?? 114) - 4);
  const quitChoice = { value: { kind: 'quit' } as Choice, name: t(editing ? TEXT.quitEdit : TEXT.quit) };

  try {
    for (;;) {
      if (place.kind === 'ask') {
        const index = place.index;
        const step = steps[index]!;
        resumeAt = step.number;
        prompter.print('');
        prompter.print(t(TEXT.header, { n: step.number, total: steps.length, title: t(step.title) }));
        prompter.print(t(step.intro));
        await runStep(index, { kind: 'ask' });
        answered.add(index);
        resumeAt = Math.min(step.number + 1, steps.length);
        setup.save(draft, resumeAt);
        place = { kind: 'review', index };
        continue;
      }

      if (place.kind === 'review') {
        const index = place.index;
        const step = steps[index]!;
        prompter.print('');
        prompter.print(t(TEXT.reviewHeader, { n: step.number, total: steps.length, title: t(step.title) }));
        await showFindings(index);
        const asked = await inventory(index);
        const known = new Set(asked.map((a) => dotted(a.path)));
        const last = index + 1 >= steps.length;
        const choices: Array<{ value: Choice; name: string }> = [
          { value: { kind: last ? 'finish' : 'continue' }, name: last ? t(editing ? TEXT.save : TEXT.finish) : t(TEXT.continue, { n: step.number + 1 }) },
          ...(!last && (await complete()) ? [{ value: { kind: 'finish' } as Choice, name: t(editing ? TEXT.save : TEXT.finishNow) }] : []),
          ...asked.map((a) => ({ value: { kind: 'answer', step: index, asked: a, known } as Choice, name: entry(a.message, a.shown, t(TEXT.empty), room) })),
          { value: { kind: 'redo' }, name: t(TEXT.redo) },
          ...steps.slice(0, index).map((s, i) => ({ value: { kind: 'review', step: i } as Choice, name: t(TEXT.back, { n: s.number, title: t(s.title) }) })),
          quitChoice,
        ];
        const next = await prompter.select<Choice>({ message: t(TEXT.next), choices, searchable: true });
        if (next.kind === 'continue') place = answered.has(index + 1) ? { kind: 'review', index: index + 1 } : { kind: 'ask', index: index + 1 };
        else if (next.kind === 'finish') break;
        else if (next.kind === 'redo') place = { kind: 'ask', index };
        else if (next.kind === 'review') place = { kind: 'review', index: next.step };
        else if (next.kind === 'answer') await runStep(index, { kind: 'focus', path: dotted(next.asked.path), known: next.known });
        else return quit(index);
        continue;
      }

      // The whole philosophy (edit): every answer of every step, the one to change found by typing.
      prompter.print('');
      prompter.print(t(TEXT.overviewHeader));
      const choices: Array<{ value: Choice; name: string }> = [{ value: { kind: 'finish' }, name: t(TEXT.save) }];
      for (let i = 0; i < steps.length; i++) {
        const asked = await inventory(i);
        const known = new Set(asked.map((a) => dotted(a.path)));
        for (const a of asked) choices.push({ value: { kind: 'answer', step: i, asked: a, known }, name: `${steps[i]!.number} · ${entry(a.message, a.shown, t(TEXT.empty), room - 4)}` });
      }
      for (let i = 0; i < steps.length; i++) choices.push({ value: { kind: 'review', step: i }, name: t(TEXT.stepReview, { n: steps[i]!.number, title: t(steps[i]!.title) }) });
      choices.push(quitChoice);
      const next = await prompter.select<Choice>({ message: t(TEXT.overviewNext), choices, searchable: true });
      if (next.kind === 'finish') break;
      else if (next.kind === 'review') place = { kind: 'review', index: next.step };
      else if (next.kind === 'answer') {
        resumeAt = steps[next.step]!.number;
        await runStep(next.step, { kind: 'focus', path: dotted(next.asked.path), known: next.known });
      } else return quit(0);
    }
  } catch (error) {
    if (error instanceof Interrupted) {
      setup.save(draft, resumeAt);
      return { kind: 'interrupted', step: resumeAt };
    }
    throw error;
  }
  return { kind: 'done' };

  function quit(index: number): Outcome {
    const step = steps[index]!;
    setup.save(draft, Math.min(step.number + 1, steps.length));
    return { kind: 'quit', step: step.number };
  }
}
