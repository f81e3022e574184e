import { findClichesInFields } from './text/cliches.js';
import type { Rule, RuleReport } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'no-cliches',
    description: {
      en: 'The vision, the values and the principles avoid clichés.',
      de: 'Vision, Werte und Prinzipien kommen ohne Floskeln aus.',
    },
    severity: 'warn',
    step: 3,
    docs: {
      why: {
        en: 'The usual way a support philosophy fails is a list of lofty phrases nobody follows, with “the customer is always right” as the classic. A cliché sounds agreeable, tells a support person nothing about what to do next, and invites mockery from the people who are meant to live it. Each finding names the phrase so the team can replace it with what it actually does.',
        de: 'Eine Support-Philosophie scheitert meist an einer Reihe hehrer Sätze, an die sich niemand hält; „Der Kunde hat immer recht“ ist das bekannteste Beispiel. Eine Floskel klingt zustimmungsfähig, sagt aber niemandem im Support, was als Nächstes zu tun ist, und wird von denen belächelt, die sie leben sollen. Jeder Fund nennt die Wendung, damit das Team sie durch das ersetzen kann, was es wirklich tut.',
      },
      bad: ['vision:', '  statement: World-class service that exceeds expectations.'].join('\n'),
      good: ['vision:', '  statement: Every customer leaves the conversation knowing what happens next.'].join('\n'),
    },
  },
  messages: {
    cliche: {
      message: {
        en: '“{phrase}” is a cliché: it sounds good and says nothing anyone can act on.',
        de: '„{phrase}“ ist eine Floskel: sie klingt gut und sagt nichts, wonach jemand handeln kann.',
      },
      hint: {
        en: 'Say in your own words what a customer would notice your team doing.',
        de: 'Sage in eigenen Worten, was Kunden euer Team konkret tun sehen.',
      },
    },
  },
  check({ model }) {
    // Pointers are made for findings only: the rule runs on every file, most have none.
    const texts: string[] = [];
    const pointers: Array<() => string> = [];
    const add = (text: string | undefined, pointer: () => string) => {
      if (text === undefined) return;
      texts.push(text);
      pointers.push(pointer);
    };
    add(model.vision.statement, () => '/vision/statement');
    model.values.core.forEach((value, i) => {
      add(value.name, () => `/values/core/${i}/name`);
      add(value.meaning, () => `/values/core/${i}/meaning`);
      add(value.action, () => `/values/core/${i}/action`);
    });
    (model.needs?.principles ?? []).forEach((text, i) => add(text, () => `/needs/principles/${i}`));

    const reports: RuleReport[] = [];
    findClichesInFields(texts).forEach((phrases, i) => {
      for (const phrase of phrases) reports.push({ messageId: 'cliche', pointer: pointers[i]!(), data: { phrase } });
    });
    return reports;
  },
};
