// Walks the steps: header and intro, the step's questions, a summary with the findings of the
// step's rules, then continue · redo · back to step N · save and quit. The draft is saved after
// every answer (through onAnswer) and after every step, so Ctrl-C loses nothing already given.
import type { Bilingual } from '../core/bilingual.js';
import type { Language } from '../model/constants.js';
import { fill } from '../core/text.js';
import { stepFindings } from './findings.js';
import { stepContext } from './context.js';
import { Interrupted, type Prompter } from './prompts.js';
import type { Draft, Path, Step } from './types.js';

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
  prompter?: Prompter;
  answers?: unknown;
  yes: boolean;
  today: string;
  /** Saves the draft (atomically); `step` is the step to resume at. */
  save(draft: Draft, step: number): void;
}

const TEXT = {
  header: { en: 'Step {n} of {total} · {title}', de: 'Schritt {n} von {total} · {title}' },
  findings: { en: 'Worth a look before you go on:', de: 'Vor dem Weitergehen einen Blick wert:' },
  clean: { en: 'No findings for this step.', de: 'Keine Befunde zu diesem Schritt.' },
  next: { en: 'What next?', de: 'Wie weiter?' },
  continue: { en: 'Continue with step {n}', de: 'Weiter mit Schritt {n}' },
  finish: { en: 'Finish: write the philosophy', de: 'Abschließen: die Philosophie schreiben' },
  redo: { en: 'Redo this step', de: 'Diesen Schritt wiederholen' },
  back: { en: 'Go back to step {n} · {title}', de: 'Zurück zu Schritt {n} · {title}' },
  quit: { en: 'Save and quit (continue later with --resume)', de: 'Speichern und beenden (später weiter mit --resume)' },
} satisfies Record<string, Bilingual>;

type Next = { kind: 'continue' } | { kind: 'redo' } | { kind: 'back'; step: number } | { kind: 'quit' };

export async function runWizard(setup: RunnerSetup): Promise<Outcome> {
  const { language, draft, steps, prompter } = setup;
  const t = (text: Bilingual, data?: Record<string, string | number>) => fill(text[language], data);
  const missing: Path[] = [];
  let index = Math.min(Math.max(setup.startAt, 1), steps.length) - 1;

  while (index < steps.length) {
    const step = steps[index]!;
    if (prompter) {
      prompter.print('');
      prompter.print(t(TEXT.header, { n: step.number, total: steps.length, title: t(step.title) }));
      prompter.print(t(step.intro));
    }
    const ctx = stepContext({
      language,
      draft,
      ...(prompter ? { prompter } : {}),
      answers: setup.answers,
      yes: setup.yes,
      today: setup.today,
      missing,
      // A person's answers are saved one by one; an answers file is read again in a moment, so
      // saving after each of its hundreds of answers would only cost time.
      onAnswer: prompter ? () => setup.save(draft, step.number) : () => {},
    });
    try {
      await step.run(ctx);
    } catch (error) {
      if (error instanceof Interrupted) {
        setup.save(draft, step.number);
        return { kind: 'interrupted', step: step.number };
      }
      throw error;
    }
    setup.save(draft, Math.min(step.number + 1, steps.length));
    if (!prompter) {
      index++;
      continue;
    }

    let next: Next;
    try {
      for (const line of step.summary(draft, language)) prompter.print(`  ${line}`);
      const findings = stepFindings(draft, step.number, language, setup.today);
      prompter.print(findings.length ? t(TEXT.findings) : t(TEXT.clean));
      for (const f of findings) prompter.print(`  ${f.severity === 'error' ? '✖' : '⚠'} ${f.message}${f.hint ? `\n    ${f.hint}` : ''}`);
      next = await prompter.select<Next>({
        message: t(TEXT.next),
        choices: [
          { value: { kind: 'continue' }, name: index + 1 < steps.length ? t(TEXT.continue, { n: step.number + 1 }) : t(TEXT.finish) },
          { value: { kind: 'redo' }, name: t(TEXT.redo) },
          ...steps.slice(0, index).map((s) => ({ value: { kind: 'back' as const, step: s.number }, name: t(TEXT.back, { n: s.number, title: t(s.title) }) })),
          { value: { kind: 'quit' }, name: t(TEXT.quit) },
        ],
      });
    } catch (error) {
      if (error instanceof Interrupted) return { kind: 'interrupted', step: Math.min(step.number + 1, steps.length) };
      throw error;
    }
    if (next.kind === 'continue') index++;
    else if (next.kind === 'back') index = next.step - 1;
    else if (next.kind === 'quit') {
      setup.save(draft, step.number + 1 > steps.length ? step.number : step.number + 1);
      return { kind: 'quit', step: step.number };
    }
    // redo: the same index again, with every answer as the default.
    if (next.kind !== 'redo') setup.save(draft, index + 1 > steps.length ? steps.length : index + 1);
  }
  return missing.length ? { kind: 'missing', paths: missing } : { kind: 'done' };
}
