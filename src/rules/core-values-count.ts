import type { Rule } from './types.js';

// Five is the domain's ceiling: more values than a person can recall under stress stop guiding decisions.
const MAX_CORE_VALUES = 5;

export const rule: Rule = {
  meta: {
    id: 'core-values-count',
    description: {
      en: 'A philosophy has one to five core values.',
      de: 'Eine Philosophie hat einen bis fünf Kernwerte.',
    },
    severity: 'warn',
    step: 2,
    docs: {
      why: {
        en: 'Values only steer decisions when people can recall them in the middle of a difficult conversation. The method is to brainstorm a long list and then cut it down to the five that matter most. A sixth or seventh value usually repeats another one or dilutes the ones that count.',
        de: 'Werte lenken Entscheidungen nur, wenn man sie mitten in einem schwierigen Gespräch noch abrufen kann. Die Methode sieht vor, erst eine lange Liste zu sammeln und sie dann auf die fünf wichtigsten zu kürzen. Ein sechster oder siebter Wert wiederholt meist einen anderen oder verwässert die, auf die es ankommt.',
      },
      bad: [
        'values:',
        '  core:',
        '    - name: Honesty',
        '    - name: Respect',
        '    - name: Quality',
        '    - name: Speed',
        '    - name: Empathy',
        '    - name: Loyalty',
      ].join('\n'),
      good: [
        'values:',
        '  brainstorm: [Honesty, Respect, Quality, Speed, Empathy, Loyalty]',
        '  core:',
        '    - name: Honesty',
        '    - name: Quality',
        '    - name: Speed',
      ].join('\n'),
    },
  },
  messages: {
    tooMany: {
      message: {
        en: '{count} core values; keep it to five at most.',
        de: '{count} Kernwerte; mehr als fünf sollten es nicht sein.',
      },
      hint: {
        en: 'Merge overlapping values, or move the weaker ones back to the brainstorm list.',
        de: 'Führ sich überschneidende Werte zusammen, oder leg die schwächeren zurück in die Ideensammlung.',
      },
      wizard: {
        en: 'Merge overlapping values, or keep the weaker ones in the long list instead of the core.',
        de: 'Führe sich überschneidende Werte zusammen oder lass die schwächeren in der langen Liste statt im Kern.',
      },
    },
  },
  check({ model }) {
    const count = model.values.core.length;
    if (count <= MAX_CORE_VALUES) return [];
    return [{ messageId: 'tooMany', pointer: '/values/core', data: { count } }];
  },
};
