import { stem, words } from './text/phrase-match.js';
import type { Rule } from './types.js';

/** Share of the vision's word stems that also stand in the mission. */
function overlap(vision: string, mission: string, language: 'en' | 'de'): number {
  const stems = (text: string) => new Set(words(text).map((w) => stem(w, language)));
  const v = stems(vision);
  if (v.size === 0) return 0;
  const m = stems(mission);
  let shared = 0;
  for (const s of v) if (m.has(s)) shared++;
  return shared / v.size;
}

// Four of five words taken over is a copy with a word swapped, not a vision of its own.
const COPIED = 0.8;

export const rule: Rule = {
  meta: {
    id: 'vision-not-mission',
    description: {
      en: 'The support vision is not the company mission written again.',
      de: 'Die Support-Vision ist nicht die Mission des Unternehmens in anderen Worten.',
    },
    severity: 'warn',
    step: 3,
    docs: {
      why: {
        en: 'The second criterion of a support vision: it describes the kind of service the team delivers. The company mission says why the company exists; support builds on it, but a copy of it tells a support person nothing about how to treat the customer in front of them.',
        de: 'Das zweite Kriterium einer Support-Vision: Sie beschreibt die Art von Service, die das Team leistet. Die Mission sagt, warum es das Unternehmen gibt; der Support baut darauf auf, aber eine Kopie davon sagt niemandem im Support, wie er mit dem Kunden vor sich umgehen soll.',
      },
      bad: ['company:', '  mission: Robots anyone can run.', 'vision:', '  statement: Robots anyone can run.'].join('\n'),
      good: [
        'company:',
        '  mission: Robots anyone can run.',
        'vision:',
        '  statement: Every robot owner leaves the conversation knowing what happens next.',
      ].join('\n'),
    },
  },
  messages: {
    copied: {
      message: {
        en: 'The vision repeats the company mission ({percent} % of its words): it should describe the service support delivers.',
        de: 'Die Vision wiederholt die Mission des Unternehmens ({percent} % ihrer Wörter): Sie soll den Service beschreiben, den der Support leistet.',
      },
      hint: {
        en: 'Start from the mission and ask: when we talk to customers, what should they notice about us?',
        de: 'Geh von der Mission aus und frag: Was sollen Kunden an uns bemerken, wenn wir mit ihnen sprechen?',
      },
    },
  },
  check({ model }) {
    const share = overlap(model.vision.statement, model.company.mission, model.language);
    if (share < COPIED) return [];
    return [{ messageId: 'copied', pointer: '/vision/statement', data: { percent: Math.round(share * 100) } }];
  },
};
