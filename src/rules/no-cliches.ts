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
    const fields: Array<{ pointer: string; text: string | undefined }> = [
      { pointer: '/vision/statement', text: model.vision.statement },
    ];
    model.values.core.forEach((value, i) => {
      fields.push(
        { pointer: `/values/core/${i}/name`, text: value.name },
        { pointer: `/values/core/${i}/meaning`, text: value.meaning },
        { pointer: `/values/core/${i}/action`, text: value.action },
      );
    });
    (model.needs?.principles ?? []).forEach((text, i) => fields.push({ pointer: `/needs/principles/${i}`, text }));

    const present = fields.filter((f): f is { pointer: string; text: string } => f.text !== undefined);
    const hits = findClichesInFields(present.map((f) => f.text));
    const reports: RuleReport[] = [];
    present.forEach(({ pointer }, i) => {
      for (const phrase of hits[i]!) reports.push({ messageId: 'cliche', pointer, data: { phrase } });
    });
    return reports;
  },
};
