// Step 6: the values benchmark. Interview questions per core value, rated on one scale, so that
// candidates are measured against the people who live the values best.
import { nameKey } from '../../core/text.js';
import type { Language } from '../../model/constants.js';
import { getAt, setAt } from '../asker.js';
import type { Draft, QuestionDef, Step, StepContext } from '../types.js';
import { itemsAt, line, quiet, stringsAt, valueSuggestion, withFigures } from './shared.js';

const Q = {
  scale: {
    message: { en: 'Rating scale for the answers: from 1 to', de: 'Bewertungsskala für die Antworten: von 1 bis' },
    hint: {
      en: 'Interviewers rate each answer from 1 to this number; 5 keeps it simple, 10 gives room for nuance.',
      de: 'Die Interviewenden bewerten jede Antwort von 1 bis zu dieser Zahl; 5 hält es einfach, 10 lässt Raum für Abstufungen.',
    },
    validate: (n, language) => (Number.isInteger(n) && n >= 2 && n <= 10 ? undefined : SCALE_RANGE[language]),
  } satisfies QuestionDef<number>,
  questions: {
    message: { en: '{value}: interview question', de: '{value}: Interviewfrage' },
    hint: {
      en: 'Ask about real situations rather than opinions; a playful one may reveal a trait (Zappos asks how lucky you are, from one to ten).',
      de: 'Frag nach echten Situationen statt nach Meinungen; eine verspielte Frage kann einen Charakterzug zeigen (Zappos fragt, wie viel Glück man hat, von eins bis zehn).',
    },
  } satisfies QuestionDef<string[]>,
  referenceAnswers: {
    message: { en: '{value}: an answer of someone who lives it best', de: '{value}: eine Antwort von jemandem, der den Wert am besten lebt' },
    hint: {
      en: 'Ask the people who live the value best to answer the questions first, and note what they said: candidates are measured against these answers.',
      de: 'Lass die Leute, die den Wert am besten leben, die Fragen zuerst beantworten, und halte fest, was sie gesagt haben: An diesen Antworten werden Bewerbende gemessen.',
    },
  } satisfies QuestionDef<string[]>,
};

/** The box under a value's questions that asks for the reference answers. */
const WITH_ANSWERS = {
  en: '+ Reference answers: what the people who live {value} best answered…',
  de: '+ Vergleichsantworten: was die Leute geantwortet haben, die {value} am besten leben…',
};

const SCALE_RANGE = { en: 'a whole number from 2 to 10', de: 'eine ganze Zahl von 2 bis 10' };

const BENCHMARK = ['hiring', 'benchmark'] as const;

async function run(ctx: StepContext): Promise<void> {
  const { ask, language } = ctx;
  await ask.number(Q.scale, ['hiring', 'scale'], { default: 5 });

  // One entry per core value, in the values' order, whatever the order and names were when the
  // questions were last written: an entry follows its value when values are reordered.
  const core = itemsAt(ctx.draft, ['values', 'core'], 'name').map((v) => v['name'] as string);
  const earlier = itemsAt(ctx.draft, BENCHMARK, 'value');
  setAt(
    ctx.draft as Record<string, unknown>,
    BENCHMARK,
    core.length ? core.map((name) => earlier.find((e) => nameKey(e['value'] as string) === nameKey(name)) ?? { value: name }) : undefined,
  );

  let answersAsked = 0;
  for (const [i, name] of core.entries()) {
    setAt(ctx.draft as Record<string, unknown>, [...BENCHMARK, i, 'value'], name);
    const suggested = valueSuggestion(name, ctx.draft)?.questions[language];
    const data = { value: name };
    const questions = [...BENCHMARK, i, 'questions'];
    const offered = stringsAt(ctx.draft, questions).length > 0 || suggested !== undefined;
    const typed = await ask.list(quiet(Q.questions, i), questions, { data, followUp: WITH_ANSWERS, ...(suggested ? { default: suggested } : {}) });
    // The reference answers cost nothing unless wanted: asked when their box was ticked, when
    // there are some already, after questions the lead typed (no box was shown), and always
    // where nobody is asked in order (the review lists them, an answers file gives them).
    const answers = [...BENCHMARK, i, 'referenceAnswers'];
    if (ask.followed(questions) || stringsAt(ctx.draft, answers).length || (!offered && typed.length > 0) || ask.unprompted(answers)) {
      await ask.list(quiet(Q.referenceAnswers, answersAsked++), answers, { data, follows: questions });
    }
  }

  // A value without questions has no benchmark entry (the file requires questions in one);
  // the hiring-questions rule points out the gap.
  const entries = itemsAt(ctx.draft, BENCHMARK, 'value').filter((e) => Array.isArray(e['questions']) && (e['questions'] as unknown[]).length > 0);
  if (getAt(ctx.draft, BENCHMARK) !== undefined) setAt(ctx.draft as Record<string, unknown>, BENCHMARK, entries.length ? entries : undefined);
}

const L = {
  scale: { en: 'Scale', de: 'Skala' },
  questions: { en: 'questions', de: 'Fragen' },
  answers: { en: 'reference answers', de: 'Vergleichsantworten' },
};

function summary(draft: Draft, language: Language): string[] {
  const scale = draft.hiring?.scale;
  return [
    line(language, L.scale, scale !== undefined ? `1–${scale}` : undefined),
    ...(draft.hiring?.benchmark ?? [])
      .filter((b) => b?.value)
      .map((b) =>
        line(
          language,
          b!.value!,
          `${b!.questions?.length ?? 0} ${L.questions[language]}${b!.referenceAnswers?.length ? `, ${b!.referenceAnswers.length} ${L.answers[language]}` : ''}`,
        ),
      ),
  ];
}

export const step: Step = {
  number: 6,
  title: { en: 'Hiring', de: 'Personalauswahl' },
  intro: withFigures(6, {
    en: 'Bring the philosophy into hiring with a values benchmark: a few questions per core value, answered first by the people who live it best. Their answers become the yardstick for every candidate; tick the last box under a value’s questions to write them down.',
    de: 'Bring die Philosophie mit einem Werte-Benchmark in die Personalauswahl: ein paar Fragen je Kernwert, zuerst beantwortet von denen, die ihn am besten leben. Deren Antworten werden zum Maßstab für alle Bewerbenden; kreuze das letzte Kästchen unter den Fragen eines Werts an, um sie festzuhalten.',
  }),
  questions: Q,
  run,
  summary,
};
