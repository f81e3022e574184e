// Step 2: a long list of values from one guiding question, cut down to the few core values the
// team can recall under stress, in the order that decides when two of them pull apart.
import { VALUES } from '../../catalog/index.js';
import type { Language } from '../../model/constants.js';
import { setAt } from '../asker.js';
import { draftFindings } from '../findings.js';
import type { Draft, QuestionDef, Step, StepContext } from '../types.js';
import { checkboxList, chooseItems, itemsAt, line, quiet, report, stringsAt, valueSuggestion, withFigures } from './shared.js';

/** More core values than this are hard to remember; the core-values-count rule agrees. */
const MAX_CORE = 5;

const Q = {
  brainstorm: {
    message: { en: 'Which values came up? Tick them and add your own', de: 'Welche Werte wurden genannt? Kreuze sie an und ergänze eigene' },
    hint: {
      en: 'Collect everything first, however vague, and turn wishes into values as you go: “customers should believe what we tell them” becomes Honesty. Values may show your personality too: Zappos has “Create fun and a little weirdness”.',
      de: 'Sammle erst alles, so vage es ist, und mach aus Wünschen unterwegs Werte: „Kunden sollen uns glauben können“ wird zu Ehrlichkeit. Werte dürfen auch zeigen, wie ihr als Team seid: Zappos hat den Wert „Create fun and a little weirdness“, auf Deutsch etwa „Für Spaß und ein bisschen Verrücktheit sorgen“.',
    },
  } satisfies QuestionDef<string[]>,
  core: {
    message: { en: 'Which of them are your core values? Five at most', de: 'Welche davon sind eure Kernwerte? Höchstens fünf' },
    hint: {
      en: 'Keep the essential few: in a tense conversation nobody recalls a list of ten.',
      de: 'Behalte die wesentlichen wenigen: In einem angespannten Gespräch erinnert sich niemand an eine Liste mit zehn.',
    },
    required: true,
  } satisfies QuestionDef<string[]>,
  keepMany: {
    message: { en: 'You chose {count} core values. Keep all of them anyway?', de: 'Du hast {count} Kernwerte gewählt. Trotzdem alle behalten?' },
    hint: {
      en: 'Five is the usual limit, because more are hard to remember. Answer no to cut the list; choose the same values again to keep them.',
      de: 'Fünf ist die übliche Grenze, weil sich mehr kaum merken lassen. Antworte mit Nein, um zu kürzen; wählst du dieselben Werte noch einmal, bleiben sie.',
    },
  } satisfies QuestionDef<boolean>,
  orderOk: {
    message: { en: 'Is this the order of priority? {order}', de: 'Stimmt diese Rangfolge? {order}' },
    hint: {
      en: 'When two values pull in different directions, the one higher up wins.',
      de: 'Wenn zwei Werte in verschiedene Richtungen ziehen, gewinnt der weiter oben.',
    },
  } satisfies QuestionDef<boolean>,
  orderPick: {
    message: { en: 'Which value comes at place {place}?', de: 'Welcher Wert steht an Platz {place}?' },
  } satisfies QuestionDef<string>,
  meaning: {
    message: { en: '{value}: what does it mean for you?', de: '{value}: Was bedeutet der Wert bei euch?' },
    hint: {
      en: 'One sentence in your own words, e.g. for Honesty: “Customers can believe what we tell them, bad news included.” For more than a line, type “e” and Enter: your editor opens.',
      de: 'Ein Satz in euren Worten, z. B. für Ehrlichkeit: „Kunden können glauben, was wir sagen, auch schlechte Nachrichten.“ Für mehr als eine Zeile tippe „e“ und Enter: Dein Editor öffnet sich.',
    },
  } satisfies QuestionDef<string>,
  rename: {
    message: { en: 'Reword the value’s name now? (the name stays there to edit)', de: 'Den Namen des Werts jetzt umformulieren? (der Name bleibt zum Bearbeiten stehen)' },
  } satisfies QuestionDef<boolean>,
  name: {
    message: { en: 'Name of the value', de: 'Name des Werts' },
    required: true,
  } satisfies QuestionDef<string>,
};

const TEXT = {
  guidingQuestion: {
    en: 'Ask the group one question: What should our customers think of when they think of our service?',
    de: 'Stell der Runde eine einzige Frage: Woran sollen unsere Kunden denken, wenn sie an unseren Service denken?',
  },
};

const CORE: readonly ['values', 'core'] = ['values', 'core'];

async function run(ctx: StepContext): Promise<void> {
  const { ask, language } = ctx;
  ctx.say(ctx.t(TEXT.guidingQuestion));
  const catalogNames = VALUES.map((v) => v.name[language]);
  await checkboxList(ctx, Q.brainstorm, ['values', 'brainstorm'], catalogNames.map((name) => ({ value: name, name })), { other: true });

  await chooseCore(ctx, catalogNames);
  await orderCore(ctx);

  for (const [i, value] of itemsAt(ctx.draft, CORE, 'name').entries()) {
    const name = value['name'] as string;
    const suggestion = valueSuggestion(name, ctx.draft)?.meaning[language];
    await ask.text(quiet(Q.meaning, i), [...CORE, i, 'meaning'], { data: { value: name }, long: true, ...(suggestion ? { default: suggestion } : {}) });
    await rewordName(ctx, i);
  }
}

/** A weak value name (a vague word without meaning, a cliché) gets what a weak vision gets: the
 * finding, in the words and severity of `validate`, and the offer to reword the name, which
 * stays there to edit. Asked once; keeping it is the team's call. */
async function rewordName(ctx: StepContext, i: number): Promise<void> {
  const at = `/values/core/${i}/name`;
  const findings = draftFindings(ctx.draft, ctx.language, ctx.today, undefined, () => true).filter((f) => f.pointer === at);
  const shown = findings.filter((f) => report(ctx, f.ruleId, f.messageId, f.data));
  if (!shown.length) return;
  if (await ctx.ask.confirm(Q.rename, { default: true })) await ctx.ask.text(Q.name, [...CORE, i, 'name'], { editable: true });
}

async function chooseCore(ctx: StepContext, catalogNames: string[]): Promise<void> {
  const brainstorm = stringsAt(ctx.draft, ['values', 'brainstorm']);
  // Without a brainstorm there is nothing to choose from: offer the catalog instead.
  const offered = brainstorm.length ? brainstorm : catalogNames;
  const choices = offered.map((name) => ({ value: name, name }));
  // When the brainstorm holds at most five value names, they are the core already; a longer
  // list is for the team to cut, and a sentence ("customers should believe us") is a wish still
  // waiting to become a value.
  const names = brainstorm.filter((entry) => entry.trim().split(/\s+/).length <= 3);
  const options = names.length > 0 && names.length <= MAX_CORE ? { default: names } : {};

  let chosen = await chooseItems(ctx, Q.core, CORE, 'name', choices, options);
  while (chosen.length > MAX_CORE) {
    const keep = await ctx.ask.confirm(Q.keepMany, { data: { count: chosen.length }, default: false });
    if (keep) break;
    const again = await chooseItems(ctx, Q.core, CORE, 'name', choices, options);
    // The same values twice: the team means it (and an answers file always answers the same).
    if (again.length === chosen.length && again.every((v) => chosen.includes(v))) break;
    chosen = again;
  }
}

async function orderCore(ctx: StepContext): Promise<void> {
  const core = itemsAt(ctx.draft, CORE, 'name');
  if (core.length < 2) return;
  const order = core.map((v, i) => `${i + 1}. ${String(v['name'])}`).join('  ');
  if (await ctx.ask.confirm(Q.orderOk, { data: { order }, default: true })) return;

  const placed: typeof core = [];
  const rest = [...core];
  for (let place = 0; rest.length > 1; place++) {
    // The pick is stored as the name at this place; fresh copies take that write, and the
    // values are then put back whole, each with its meaning, KPIs and the rest.
    setAt(ctx.draft as Record<string, unknown>, CORE, [...placed, ...rest].map((v) => ({ ...v })));
    const pick = await ctx.ask.select(
      Q.orderPick,
      [...CORE, place, 'name'],
      rest.map((v) => ({ value: v['name'] as string, name: v['name'] as string })),
      { data: { place: place + 1 } },
    );
    const at = Math.max(0, rest.findIndex((v) => v['name'] === pick));
    placed.push(rest.splice(at, 1)[0]!);
    setAt(ctx.draft as Record<string, unknown>, CORE, [...placed, ...rest]);
  }
}

const L = {
  brainstorm: { en: 'Brainstorm', de: 'Sammlung' },
  core: { en: 'Core values', de: 'Kernwerte' },
};

function summary(draft: Draft, language: Language): string[] {
  const brainstorm = draft.values?.brainstorm ?? [];
  const core = (draft.values?.core ?? []).map((v) => v?.name).filter((n): n is string => !!n);
  return [
    line(language, L.brainstorm, brainstorm.length ? String(brainstorm.length) : undefined),
    line(language, L.core, core.map((n, i) => `${i + 1}. ${n}`).join('  ')),
    ...(draft.values?.core ?? [])
      .filter((v) => v?.name && v.meaning)
      .map((v) => line(language, v!.name!, v!.meaning)),
  ];
}

export const step: Step = {
  number: 2,
  title: { en: 'Values', de: 'Werte' },
  intro: withFigures(2, {
    en: 'Values are the second pillar next to the vision. Don’t vote them in with the whole company: a small group (CEO, founders, key people from several teams) collects a long list, then keeps the few that matter most.',
    de: 'Die Werte sind neben der Vision die zweite Säule. Lass nicht die ganze Firma darüber abstimmen: Eine kleine Runde (CEO, Gründer, wichtige Leute aus mehreren Teams) sammelt eine lange Liste und behält dann die wenigen, die am meisten zählen.',
  }),
  questions: Q,
  run,
  summary,
};
