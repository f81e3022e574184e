// Step 3: the support vision, written with the mission, the values and the customers' needs in
// view, checked at once for a promise the channels cannot keep, then against the three criteria.
import { findChannel } from '../../catalog/index.js';
import type { Language } from '../../model/constants.js';
import { findAvailabilityPromise, isRoundTheClock } from '../../rules/text/promises.js';
import type { Draft, QuestionDef, Step, StepContext } from '../types.js';
import { count, line, report, shown, withFigures } from './shared.js';

const Q = {
  statement: {
    message: { en: 'Your support vision', de: 'Eure Support-Vision' },
    hint: {
      en: 'A few words up to one sentence: short enough to remember, concrete enough to hold a reply against. Promise only what you can deliver. To write it in your editor, type “e” and Enter.',
      de: 'Ein paar Worte bis ein Satz: kurz genug zum Merken, konkret genug, um eine Antwort daran zu messen. Versprich nur, was ihr halten könnt. Um sie in deinem Editor zu schreiben, tippe „e“ und Enter.',
    },
    required: true,
  } satisfies QuestionDef<string>,
  rewrite: {
    message: { en: 'Reword the vision now? (the text stays there to edit)', de: 'Die Vision jetzt umformulieren? (der Text bleibt zum Bearbeiten stehen)' },
  } satisfies QuestionDef<boolean>,
  understandable: {
    message: { en: 'Why is it easy to understand and to act on?', de: 'Warum lässt sie sich leicht verstehen und in Handeln umsetzen?' },
    hint: {
      en: 'Check 1 of 3: someone new should know what to do differently tomorrow. Answer in a sentence.',
      de: 'Prüfung 1 von 3: Wer neu im Team ist, sollte wissen, was morgen anders zu tun ist. Antworte in einem Satz.',
    },
  } satisfies QuestionDef<string>,
  serviceKind: {
    message: { en: 'What kind of service does it describe?', de: 'Welche Art von Service beschreibt sie?' },
    hint: {
      en: 'Check 2 of 3: it should describe your support, not restate the company’s vision.',
      de: 'Prüfung 2 von 3: Beschrieben wird euer Support, nicht noch einmal die Unternehmensvision.',
    },
  } satisfies QuestionDef<string>,
  nowAndFuture: {
    message: { en: 'How does it reflect who you are now and who you want to be?', de: 'Wie zeigt sie, wer ihr heute seid und wer ihr sein wollt?' },
    hint: {
      en: 'Check 3 of 3: true today, with an eye on where the team is heading.',
      de: 'Prüfung 3 von 3: heute zutreffend, mit Blick darauf, wohin sich das Team entwickelt.',
    },
  } satisfies QuestionDef<string>,
  stakeholders: {
    message: { en: 'Who reviewed it, and how did they react?', de: 'Wer hat sie gelesen, und wie war die Reaktion?' },
    hint: {
      en: 'Show it to key people: leadership, the team, a few customers. Their gut reaction counts; if it doesn’t land, it needs work. E.g. “CEO: liked it at once.”',
      de: 'Zeig sie wichtigen Leuten: Führung, Team, ein paar Kunden. Das Bauchgefühl zählt; kommt sie nicht an, braucht sie noch Arbeit. Z. B. „CEO: sofort überzeugt.“',
    },
  } satisfies QuestionDef<string[]>,
};

const TEXT = {
  context: { en: 'What the vision brings together:', de: 'Was die Vision zusammenführt:' },
  mission: { en: 'Mission', de: 'Mission' },
  values: { en: 'Core values', de: 'Kernwerte' },
  needs: { en: 'Customer needs', de: 'Kundenbedürfnisse' },
};

/** The promise-honesty finding for a statement (its message and data), or undefined when the
 * statement promises nothing the channels cannot keep. */
export function honestyFinding(statement: string, draft: Draft, language: Language): { messageId: string; data: Record<string, string> } | undefined {
  const promise = findAvailabilityPromise(statement);
  if (promise === undefined) return undefined;
  const channels = (draft.needs?.channels ?? []).filter((c) => c?.name);
  if (channels.some((c) => c!.hours !== undefined && isRoundTheClock(c!.hours))) return undefined;
  // Channels by their name in the reader's language, never by their id.
  const hours = channels.map((c) => `${findChannel(c!.name!)?.name[language] ?? c!.name}: ${c!.hours ?? '?'}`).join('; ');
  return { messageId: channels.length ? 'unbackedPromise' : 'noChannels', data: { promise, hours } };
}

function showContext(ctx: StepContext): void {
  const { draft } = ctx;
  const values = (draft.values?.core ?? []).map((v) => v?.name).filter((n): n is string => !!n);
  const needs = (draft.needs?.customerNeeds ?? []).filter((n): n is string => !!n);
  ctx.say(ctx.t(TEXT.context));
  if (draft.company?.mission) ctx.say(`  ${ctx.t(TEXT.mission)}: ${shown(draft.company.mission)}`);
  if (values.length) ctx.say(`  ${ctx.t(TEXT.values)}: ${shown(values.join(', '))}`);
  if (needs.length) {
    ctx.say(`  ${ctx.t(TEXT.needs)}:`);
    for (const need of needs) ctx.say(`    - ${shown(need)}`);
  }
}

async function run(ctx: StepContext): Promise<void> {
  const { ask, language } = ctx;
  showContext(ctx);

  let statement = await ask.text(Q.statement, ['vision', 'statement'], { long: true });
  // Right after the statement, while the words are fresh: a promise of round-the-clock
  // availability that no channel's hours back (unless the project's config turns the rule off).
  for (let tries = 0; statement !== undefined && tries < 3; tries++) {
    const found = honestyFinding(statement, ctx.draft, language);
    if (!found || !report(ctx, 'promise-honesty', found.messageId, found.data)) break;
    if (!(await ask.confirm(Q.rewrite, { default: true }))) break;
    const again = await ask.text(Q.statement, ['vision', 'statement'], { editable: true, long: true });
    // Kept as it was (or an answers file, which always answers the same): the team decided.
    if (again === statement) break;
    statement = again;
  }

  await ask.text(Q.understandable, ['vision', 'criteria', 'understandable']);
  await ask.text(Q.serviceKind, ['vision', 'criteria', 'serviceKind']);
  await ask.text(Q.nowAndFuture, ['vision', 'criteria', 'nowAndFuture']);
  await ask.list(Q.stakeholders, ['vision', 'stakeholders']);
}

const L = {
  vision: { en: 'Vision', de: 'Vision' },
  criteria: { en: 'Checks answered', de: 'Beantwortete Prüfungen' },
  stakeholders: { en: 'Reviewed by', de: 'Gelesen von' },
};

function summary(draft: Draft, language: Language): string[] {
  const criteria = draft.vision?.criteria ?? {};
  const answered = [criteria.understandable, criteria.serviceKind, criteria.nowAndFuture].filter(Boolean).length;
  return [
    line(language, L.vision, draft.vision?.statement),
    line(language, L.criteria, `${answered}/3`),
    line(language, L.stakeholders, count(language, draft.vision?.stakeholders)),
  ];
}

export const step: Step = {
  number: 3,
  title: { en: 'Vision', de: 'Vision' },
  intro: withFigures(3, {
    en: 'Now bring the mission, your values and what customers need together in one support vision: a few words up to a sentence that says what kind of service people can count on. Disney’s is “We create happiness.”',
    de: 'Jetzt bringst du Mission, Werte und Kundenbedürfnisse in einer Support-Vision zusammen: ein paar Worte bis ein Satz, der sagt, auf welchen Service man sich bei euch verlassen kann. Bei Disney heißt sie „Wir schaffen Glück“.',
  }),
  questions: Q,
  run,
  summary,
};
