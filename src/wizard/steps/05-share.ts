// Step 5: how the philosophy reaches people and stays part of daily work, beyond one announcement.
import type { Language } from '../../model/constants.js';
import type { Draft, QuestionDef, Step, StepContext } from '../types.js';
import { count, line, withFigures } from './shared.js';

const Q = {
  onboarding: {
    message: { en: 'How do new hires meet the philosophy?', de: 'Wie lernen neue Mitarbeitende die Philosophie kennen?' },
    hint: {
      en: 'Early and often, e.g. every new hire answers real customer cases in their first week (Zappos puts new people on the phones for two weeks).',
      de: 'Früh und immer wieder, z. B. beantwortet jede neue Person in der ersten Woche echte Kundenanfragen (bei Zappos telefonieren Neue zwei Wochen lang mit Kunden).',
    },
  } satisfies QuestionDef<string>,
  socialMedia: {
    message: { en: 'How do the values show on social media?', de: 'Wie zeigen sich die Werte in den sozialen Medien?' },
    hint: {
      en: 'Public replies follow the same values as private ones, e.g. plain words and real dates instead of canned apologies.',
      de: 'Öffentliche Antworten folgen denselben Werten wie private, z. B. klare Worte und echte Termine statt vorgefertigter Entschuldigungen.',
    },
  } satisfies QuestionDef<string>,
  promotions: {
    message: { en: 'How does living the values count in promotions?', de: 'Wie zählt bei Beförderungen, ob jemand die Werte lebt?' },
    hint: {
      en: 'Say which values are judged and how, e.g. the lead and two peers rate each value with examples from real cases.',
      de: 'Sag, welche Werte bewertet werden und wie, z. B. bewerten Teamleitung und zwei Kolleginnen jeden Wert mit Beispielen aus echten Fällen.',
    },
  } satisfies QuestionDef<string>,
  incentives: {
    message: { en: 'Which incentives are tied to the philosophy’s metrics?', de: 'Welche Anreize hängen an den Kennzahlen der Philosophie?' },
  } satisfies QuestionDef<string>,
  toneOfVoice: {
    message: { en: 'How does the team sound in every channel? (tone of voice, optional)', de: 'Wie klingt das Team in jedem Kanal? (Tonfall, optional)' },
    hint: {
      en: 'One tone for chat, phone and email alike, e.g. “plain words, first names, no jargon”. It may get calmer with an upset customer, but not change with the channel.',
      de: 'Ein Ton für Chat, Telefon und E-Mail gleichermaßen, z. B. „einfache Worte, per du, kein Fachjargon“. Bei einem verärgerten Kunden darf er ruhiger werden, aber nicht je nach Kanal wechseln.',
    },
  } satisfies QuestionDef<string>,
  brandVoice: {
    message: { en: 'Which brand voice does the tone follow? (optional)', de: 'Welcher Markenstimme folgt der Ton? (optional)' },
    hint: {
      en: 'How marketing and design make the brand sound, e.g. “friendly and down to earth, like the hand-written signs in the shop”.',
      de: 'Wie Marketing und Design die Marke klingen lassen, z. B. „freundlich und bodenständig, wie die handgeschriebenen Schilder im Laden“.',
    },
  } satisfies QuestionDef<string>,
  rituals: {
    message: { en: 'A ritual that keeps it alive', de: 'Ein Ritual, das sie lebendig hält' },
    hint: {
      en: 'E.g. a value of the month at the all-hands, a story on the internal blog, one values question in every 1:1.',
      de: 'Z. B. ein Wert des Monats im All-Hands-Meeting, eine Geschichte im internen Blog, eine Wertefrage in jedem 1:1-Gespräch.',
    },
  } satisfies QuestionDef<string[]>,
};

const TEXT = {
  incentivesWarning: {
    en: '⚠ Careful with incentives: people do what is rewarded, including what you didn’t intend. A bonus on handle time invites cut-short calls. Tie rewards to team-wide philosophy metrics such as CSAT or NPS, and watch for side effects.',
    de: '⚠ Vorsicht mit Anreizen: Menschen tun, was belohnt wird, auch das, was nicht gemeint war. Ein Bonus auf die Bearbeitungszeit lädt zu abgewürgten Gesprächen ein. Knüpfe Belohnungen an teamweite Kennzahlen der Philosophie wie CSAT oder NPS und achte auf Nebenwirkungen.',
  },
};

async function run(ctx: StepContext): Promise<void> {
  const { ask } = ctx;
  await ask.text(Q.onboarding, ['sharing', 'onboarding']);
  await ask.text(Q.socialMedia, ['sharing', 'socialMedia']);
  await ask.text(Q.promotions, ['sharing', 'promotions']);
  ctx.say(ctx.t(TEXT.incentivesWarning));
  await ask.text(Q.incentives, ['sharing', 'incentives']);
  const tone = await ask.text(Q.toneOfVoice, ['sharing', 'toneOfVoice']);
  // The brand voice is what the tone follows: asked once there is a tone (or a brand voice
  // already), and wherever nobody is asked in order (the review lists it, an answers file gives it).
  if (tone !== undefined || ctx.draft.sharing?.brandVoice || ask.unprompted(['sharing', 'brandVoice'])) await ask.text(Q.brandVoice, ['sharing', 'brandVoice']);
  await ask.list(Q.rituals, ['sharing', 'rituals']);
}

const L = {
  onboarding: { en: 'Onboarding', de: 'Einarbeitung' },
  socialMedia: { en: 'Social media', de: 'Soziale Medien' },
  promotions: { en: 'Promotions', de: 'Beförderungen' },
  incentives: { en: 'Incentives', de: 'Anreize' },
  tone: { en: 'Tone of voice', de: 'Tonfall' },
  brand: { en: 'Brand voice', de: 'Markenstimme' },
  rituals: { en: 'Rituals', de: 'Rituale' },
};

function summary(draft: Draft, language: Language): string[] {
  const s = draft.sharing ?? {};
  return [
    line(language, L.onboarding, s.onboarding),
    line(language, L.socialMedia, s.socialMedia),
    line(language, L.promotions, s.promotions),
    line(language, L.incentives, s.incentives),
    line(language, L.tone, s.toneOfVoice),
    ...(s.brandVoice ? [line(language, L.brand, s.brandVoice)] : []),
    line(language, L.rituals, count(language, s.rituals)),
  ];
}

export const step: Step = {
  number: 5,
  title: { en: 'Share it', de: 'Teilen' },
  intro: withFigures(5, {
    en: 'A philosophy nobody sees changes nothing. Write down how it reaches people and stays in daily work: onboarding, social media, promotions, incentives, the tone the team speaks in and the rituals that keep it alive. The rendered document is the one-page version to pass around.',
    de: 'Eine Philosophie, die niemand sieht, verändert nichts. Halte fest, wie sie die Leute erreicht und im Alltag bleibt: Einarbeitung, soziale Medien, Beförderungen, Anreize, der Ton, in dem das Team spricht, und die Rituale, die sie lebendig halten. Das erzeugte Dokument ist die einseitige Fassung zum Weitergeben.',
  }),
  questions: Q,
  run,
  summary,
};
