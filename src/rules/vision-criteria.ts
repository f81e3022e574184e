import type { Rule, RuleReport } from './types.js';

const CRITERIA = [
  { key: 'understandable', messageId: 'missingUnderstandable' },
  { key: 'serviceKind', messageId: 'missingServiceKind' },
  { key: 'nowAndFuture', messageId: 'missingNowAndFuture' },
] as const;

export const rule: Rule = {
  meta: {
    id: 'vision-criteria',
    description: {
      en: 'The vision answers its three criteria.',
      de: 'Die Vision beantwortet ihre drei Kriterien.',
    },
    severity: 'warn',
    step: 3,
    docs: {
      why: {
        en: 'A support vision has to pass three checks: it is easy to understand and act on, it says what kind of service to deliver, and it reflects who the team is now and wants to become. Writing down one sentence per check forces the team to test the vision instead of admiring it. An unanswered check is usually where the vision is still generic.',
        de: 'Eine Support-Vision muss drei Prüfungen bestehen: Sie ist leicht zu verstehen und umzusetzen, sie sagt, welche Art von Service geleistet wird, und sie spiegelt, wer das Team heute ist und werden will. Wer zu jeder Prüfung einen Satz aufschreibt, testet die Vision, statt sie nur zu bewundern. Eine unbeantwortete Prüfung zeigt meist, wo die Vision noch beliebig ist.',
      },
      bad: ['vision:', '  statement: Help every customer feel at home.', '  criteria:', '    understandable: Everyone knows what home feels like.'].join('\n'),
      good: [
        'vision:',
        '  statement: Help every customer feel at home.',
        '  criteria:',
        '    understandable: Everyone knows what home feels like and can act on it today.',
        '    serviceKind: Warm, personal service from people who remember you.',
        '    nowAndFuture: We already know our regulars by name; we want every new customer to feel the same.',
      ].join('\n'),
    },
  },
  messages: {
    missingUnderstandable: {
      message: {
        en: 'The vision does not say why it is easy to understand and to act on.',
        de: 'Die Vision sagt nicht, warum sie leicht zu verstehen und umzusetzen ist.',
      },
      hint: {
        en: 'Add one sentence on how someone in support turns the vision into action.',
        de: 'Ergänze einen Satz dazu, wie jemand im Support die Vision in Handeln übersetzt.',
      },
      wizard: {
        en: 'Answer the first check in one sentence: how does someone in support turn the vision into action?',
        de: 'Beantworte die erste Prüfung in einem Satz: Wie setzt jemand im Support die Vision in Handeln um?',
      },
    },
    missingServiceKind: {
      message: {
        en: 'The vision does not say what kind of service it describes.',
        de: 'Die Vision sagt nicht, welche Art von Service sie beschreibt.',
      },
      hint: {
        en: 'Add one sentence on the service customers will get, not a rewrite of the company’s vision.',
        de: 'Ergänze einen Satz zum Service, den Kunden erhalten, keine Neufassung der Unternehmensvision.',
      },
      wizard: {
        en: 'Answer the second check in one sentence: what service will customers get? Not a rewrite of the company’s vision.',
        de: 'Beantworte die zweite Prüfung in einem Satz: Welchen Service bekommen Kunden? Keine Neufassung der Unternehmensvision.',
      },
    },
    missingNowAndFuture: {
      message: {
        en: 'The vision does not say how it reflects who you are now and who you want to be.',
        de: 'Die Vision sagt nicht, wie sie spiegelt, wer ihr heute seid und wer ihr werden wollt.',
      },
      hint: {
        en: 'Add one sentence on where the team stands today and where it is heading.',
        de: 'Ergänze einen Satz dazu, wo das Team heute steht und wohin es will.',
      },
      wizard: {
        en: 'Answer the third check in one sentence: where does the team stand today, and where is it heading?',
        de: 'Beantworte die dritte Prüfung in einem Satz: Wo steht das Team heute, und wohin will es?',
      },
    },
  },
  check({ model }) {
    const criteria = model.vision.criteria;
    const reports: RuleReport[] = [];
    for (const { key, messageId } of CRITERIA) {
      const answer = criteria?.[key];
      if (answer !== undefined && answer.trim() !== '') continue;
      // A blank answer exists as a node, so point at it; a missing one at its parent.
      const pointer =
        criteria === undefined ? '/vision' : answer === undefined ? '/vision/criteria' : `/vision/criteria/${key}`;
      reports.push({ messageId, pointer, data: { criterion: key } });
    }
    return reports;
  },
};
