import type { Rule, RuleReport } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'value-action-required',
    description: {
      en: 'Every core value has an action statement.',
      de: 'Jeder Kernwert hat einen Handlungsleitsatz.',
    },
    severity: 'error',
    step: 4,
    docs: {
      why: {
        en: 'A value on its own is a word that everybody reads differently. The action statement turns it into something a support person can do in the next conversation, with a strong verb or as an “I” statement. Without it the value stays a slogan and nobody can tell whether it is lived.',
        de: 'Ein Wert allein ist ein Wort, das jeder anders liest. Der Handlungsleitsatz macht daraus etwas, das eine Supportkraft im nächsten Gespräch tun kann, mit einem starken Verb oder als Ich-Satz. Ohne ihn bleibt der Wert ein Slogan, und niemand kann sagen, ob er gelebt wird.',
      },
      bad: ['values:', '  core:', '    - name: Integrity', '      meaning: We are honest with customers.'].join('\n'),
      good: ['values:', '  core:', '    - name: Integrity', '      action: Say what you mean. Mean what you say.'].join('\n'),
    },
  },
  messages: {
    missing: {
      message: {
        en: 'Core value “{value}” has no action statement.',
        de: 'Der Kernwert „{value}“ hat keinen Handlungsleitsatz.',
      },
      hint: {
        en: 'Add an action statement: a sentence that starts with a strong verb or with “I”, e.g. “Get it right the first time.”',
        de: 'Ergänze einen Handlungssatz: einen Satz, der mit einem starken Verb oder mit „Ich“ beginnt, z. B. „Mach es beim ersten Mal richtig.“',
      },
      wizard: {
        en: 'Write an action statement that starts with a strong verb or with “I”, e.g. “Get it right the first time.”',
        de: 'Schreib einen Handlungsleitsatz, der mit einem starken Verb oder mit „Ich“ beginnt, z. B. „Mach es beim ersten Mal richtig.“',
      },
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    model.values.core.forEach((value, i) => {
      if (value.action === undefined) {
        reports.push({ messageId: 'missing', pointer: `/values/core/${i}`, data: { value: value.name } });
      } else if (value.action.trim() === '') {
        // The schema lets a blank string through; to a reader it is as good as absent.
        reports.push({ messageId: 'missing', pointer: `/values/core/${i}/action`, data: { value: value.name } });
      }
    });
    return reports;
  },
};
