import type { Rule } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'conflict-policy',
    description: {
      en: 'The philosophy says how decisions that contradict it are handled.',
      de: 'Die Philosophie legt fest, wie mit Entscheidungen umgegangen wird, die ihr widersprechen.',
    },
    severity: 'warn',
    step: 7,
    docs: {
      why: {
        en: 'Sooner or later someone makes a decision that goes against the philosophy, or finds two values pulling in opposite directions. If nobody has agreed what happens then, the philosophy quietly loses to whoever has the most authority. A written policy keeps it a dialogue instead of a decree.',
        de: 'Früher oder später trifft jemand eine Entscheidung, die der Philosophie widerspricht, oder zwei Werte ziehen in entgegengesetzte Richtungen. Ist nicht vereinbart, was dann geschieht, verliert die Philosophie stillschweigend gegen den, der am meisten zu sagen hat. Eine schriftliche Regel hält sie im Dialog, statt sie zur Anordnung zu machen.',
      },
      bad: ['feedback:', '  methods: [survey, one-on-one]', '  reviewCadence: quarterly'].join('\n'),
      good: [
        'feedback:',
        '  methods: [survey, one-on-one]',
        '  conflictPolicy: Anyone may flag a decision that contradicts a value; the team lead answers within a week and the case is discussed at the next review.',
        '  reviewCadence: quarterly',
      ].join('\n'),
    },
  },
  messages: {
    missing: {
      message: {
        en: 'The philosophy does not say how decisions that contradict it are handled.',
        de: 'Die Philosophie legt nicht fest, wie mit Entscheidungen umgegangen wird, die ihr widersprechen.',
      },
      hint: {
        en: 'Describe how a conflict with the philosophy is handled: who can raise it, who decides, and how the outcome flows back into the values.',
        de: 'Beschreib, wie ein Konflikt mit der Philosophie behandelt wird: wer ihn melden kann, wer entscheidet und wie das Ergebnis in die Werte zurückfließt.',
      },
      wizard: {
        en: 'Say what happens when a decision contradicts the philosophy: who can raise it, who decides, and how the outcome flows back into the values.',
        de: 'Sag, was passiert, wenn eine Entscheidung der Philosophie widerspricht: wer es ansprechen kann, wer entscheidet und wie das Ergebnis in die Werte zurückfließt.',
      },
    },
  },
  check({ model }) {
    const policy = model.feedback?.conflictPolicy;
    if (policy !== undefined && policy.trim() !== '') return [];
    const pointer =
      model.feedback === undefined ? '' : policy === undefined ? '/feedback' : '/feedback/conflictPolicy';
    return [{ messageId: 'missing', pointer }];
  },
};
