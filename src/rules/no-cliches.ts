import { findCliches } from './text/cliches.js';
import { readerTexts } from './text/fields.js';
import type { Rule, RuleReport } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'no-cliches',
    description: {
      en: 'The mission, the vision, the values and every other text people read avoid clichés.',
      de: 'Mission, Vision, Werte und alle anderen Texte, die Menschen lesen, kommen ohne Floskeln aus.',
    },
    severity: 'warn',
    step: 3,
    docs: {
      why: {
        en: 'The usual way a support philosophy fails is a list of lofty phrases nobody follows, with “the customer is always right” as the classic. A cliché sounds agreeable, tells a support person nothing about what to do next, and invites mockery from the people who are meant to live it. Each finding names the phrase, why it fails and what to write instead. The check reads phrases as people write them: with words put in between, in the singular or the plural, inflected, and in another word order. A value that only names a topic (“Quality”) is no cliché.',
        de: 'Eine Support-Philosophie scheitert meist an einer Reihe hehrer Sätze, an die sich niemand hält; „Der Kunde hat immer recht“ ist das bekannteste Beispiel. Eine Floskel klingt zustimmungsfähig, sagt aber niemandem im Support, was als Nächstes zu tun ist, und wird von denen belächelt, die sie leben sollen. Jeder Fund nennt die Wendung, warum sie nicht trägt und was stattdessen hineingehört. Die Prüfung liest Wendungen so, wie Menschen sie schreiben: mit eingeschobenen Wörtern, in Einzahl oder Mehrzahl, gebeugt und in anderer Wortstellung. Ein Wert, der nur ein Thema nennt („Qualität“), ist keine Floskel.',
      },
      bad: ['vision:', '  statement: World-class service that exceeds expectations.'].join('\n'),
      good: ['vision:', '  statement: Every customer leaves the conversation knowing what happens next.'].join('\n'),
    },
  },
  messages: {
    cliche: {
      message: {
        en: '“{phrase}” is a cliché: {reason}.',
        de: '„{phrase}“ ist eine Floskel: {reason}.',
      },
      hint: {
        en: '{better}',
        de: '{better}',
      },
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const field of readerTexts(model)) {
      for (const cliche of findCliches(field.text)) {
        reports.push({
          messageId: 'cliche',
          pointer: field.pointer,
          data: { phrase: cliche.phrase, reason: cliche.reason, better: cliche.better },
        });
      }
    }
    return reports;
  },
};
