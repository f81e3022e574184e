import { words } from './text/phrase-match.js';
import type { Rule, RuleReport } from './types.js';

// Words that place a tone on the scale from formal to familiar. A text with words of both kinds
// ("we use first names, and switch to formal when the customer does") is not placed at all.
const FORMAL = new Set(['formal', 'formally', 'sir', 'madam', 'förmlich', 'formell', 'siezen', 'siezt', 'sie-form', 'distanziert', 'höflich-distanziert']);
const FAMILIAR = new Set(['casual', 'informal', 'chatty', 'slang', 'emoji', 'emojis', 'locker', 'lässig', 'duzen', 'duzt', 'umgangssprachlich', 'flapsig']);
const FAMILIAR_PAIRS = [['first', 'names'], ['first', 'name'], ['per', 'du'], ['du', 'form']];
const FORMAL_PAIRS = [['per', 'sie'], ['sie', 'form'], ['last', 'names']];

type Register = 'formal' | 'familiar' | undefined;

export function register(text: string): Register {
  const w = words(text);
  const has = (set: Set<string>, pairs: string[][]) =>
    w.some((x) => set.has(x)) || pairs.some(([a, b]) => w.some((x, i) => x === a && w[i + 1] === b));
  const formal = has(FORMAL, FORMAL_PAIRS);
  const familiar = has(FAMILIAR, FAMILIAR_PAIRS);
  return formal === familiar ? undefined : formal ? 'formal' : 'familiar';
}

const NAMES = { formal: { en: 'formal', de: 'förmlich' }, familiar: { en: 'familiar', de: 'vertraut' } };

export const rule: Rule = {
  meta: {
    id: 'tone-consistency',
    description: {
      en: 'The tone of voice is the same in every channel.',
      de: 'Der Tonfall ist in jedem Kanal derselbe.',
    },
    severity: 'warn',
    step: 5,
    docs: {
      why: {
        en: 'A customer who meets a chatty, first-name team in the chat and a formal one on the phone wonders whether it is the same company. Consistency across channels, and with the brand voice that marketing and design use, is a best practice of making a philosophy actionable. The tone may adapt to the situation (calmer with an upset customer), not to the channel. Write the shared tone under `sharing.toneOfVoice`; a channel’s `tone` adds details and must not contradict it.',
        de: 'Wer im Chat ein lockeres Team per du erlebt und am Telefon ein förmliches, fragt sich, ob das dieselbe Firma ist. Einheitlichkeit über alle Kanäle, und mit der Markenstimme von Marketing und Design, gehört zu den bewährten Wegen, eine Philosophie umzusetzen. Der Ton darf sich der Lage anpassen (ruhiger bei einem verärgerten Kunden), nicht dem Kanal. Schreib den gemeinsamen Ton unter `sharing.toneOfVoice`; der `tone` eines Kanals ergänzt Einzelheiten und darf ihm nicht widersprechen.',
      },
      bad: [
        'needs:',
        '  channels:',
        '    - name: chat',
        '      tone: casual, first names, emojis welcome',
        '    - name: phone',
        '      tone: formal, last names',
        'sharing:',
        '  toneOfVoice: Friendly and plain, first names.',
      ].join('\n'),
      good: [
        'needs:',
        '  channels:',
        '    - name: chat',
        '      tone: short sentences, first names',
        '    - name: phone',
        '      tone: first names, a calm pace',
        'sharing:',
        '  toneOfVoice: Friendly and plain, first names.',
      ].join('\n'),
    },
  },
  messages: {
    contradicts: {
      message: {
        en: 'The tone of channel “{channel}” is {register}, but the shared tone of voice is {shared}.',
        de: 'Der Ton im Kanal „{channel}“ ist {register}, der gemeinsame Tonfall aber {shared}.',
      },
      hint: {
        en: 'Use one tone in every channel; adapt it to the situation, not to the channel.',
        de: 'Verwende in jedem Kanal denselben Ton; pass ihn der Lage an, nicht dem Kanal.',
      },
    },
    noSharedTone: {
      message: {
        en: 'The channels describe their tone, but there is no shared tone of voice to keep them consistent.',
        de: 'Die Kanäle beschreiben ihren Ton, aber es gibt keinen gemeinsamen Tonfall, der sie zusammenhält.',
      },
      hint: {
        en: 'Describe once the tone all channels share, in the part on sharing the philosophy.',
        de: 'Beschreib einmal den Ton, den alle Kanäle teilen, im Teil über das Teilen der Philosophie.',
      },
      wizard: {
        en: 'Write down the tone all channels share (step 5, tone of voice).',
        de: 'Halte den Ton fest, den alle Kanäle teilen (Schritt 5, Tonfall).',
      },
    },
  },
  check({ model }) {
    const channels = model.needs?.channels ?? [];
    const shared = model.sharing?.toneOfVoice;
    const toned = channels.map((c, i) => ({ c, i })).filter(({ c }) => c.tone !== undefined && c.tone.trim() !== '');
    if (toned.length === 0) return [];
    if (shared === undefined || shared.trim() === '') {
      return toned.length >= 2 ? [{ messageId: 'noSharedTone', pointer: `/needs/channels/${toned[0]!.i}/tone` }] : [];
    }
    const reference = register(shared);
    if (reference === undefined) return [];
    const reports: RuleReport[] = [];
    for (const { c, i } of toned) {
      const own = register(c.tone!);
      if (own === undefined || own === reference) continue;
      reports.push({
        messageId: 'contradicts',
        pointer: `/needs/channels/${i}/tone`,
        data: { channel: c.name, register: NAMES[own], shared: NAMES[reference] },
      });
    }
    return reports;
  },
};
