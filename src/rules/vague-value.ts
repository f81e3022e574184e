import { words } from './text/phrase-match.js';
import type { Rule, RuleReport } from './types.js';

// Words that name a wish or a topic rather than a way of working; a team that writes one of
// them alone has not yet said anything a new hire could do.
const VAGUE = new Set([
  'passion', 'service', 'commitment', 'teamwork', 'innovation', 'excellence', 'dedication', 'care', 'success',
  'professionalism', 'synergy', 'leidenschaft', 'engagement', 'teamgeist', 'innovation', 'exzellenz',
  'professionalität', 'hingabe', 'erfolg', 'einsatz', 'zusammenarbeit', 'motivation',
]);

export const rule: Rule = {
  meta: {
    id: 'vague-value',
    description: {
      en: 'A one-word value says what it means in a conversation (a vague word needs a meaning, not only an action).',
      de: 'Ein Wert aus einem Wort sagt, was er im Gespräch bedeutet (ein vages Wort braucht eine Bedeutung, nicht nur einen Handlungssatz).',
    },
    severity: 'warn',
    step: 2,
    docs: {
      why: {
        en: 'One word such as “Passion”, “Service” or “Teamwork” sounds like a value and tells nobody what to do with the next customer. Everybody reads something else into it, and under stress nobody recalls it. Give the value a meaning that describes a conversation, or name it with a verb. Values may also show the team’s personality: Zappos writes “Create fun and a little weirdness”.',
        de: 'Ein einzelnes Wort wie „Leidenschaft“, „Service“ oder „Teamgeist“ klingt nach einem Wert und sagt niemandem, was beim nächsten Kunden zu tun ist. Jede und jeder liest etwas anderes hinein, und unter Druck erinnert sich niemand daran. Gib dem Wert eine Bedeutung, die ein Gespräch beschreibt, oder benenne ihn mit einem Verb. Werte dürfen auch die Persönlichkeit des Teams zeigen: Zappos schreibt „Create fun and a little weirdness“.',
      },
      bad: ['values:', '  core:', '    - name: Passion'].join('\n'),
      good: [
        'values:',
        '  core:',
        '    - name: Passion',
        '      meaning: We dig until we know why the bike broke, and tell the customer what we found.',
      ].join('\n'),
    },
  },
  messages: {
    vague: {
      message: {
        en: 'The value “{value}” is a single vague word with no meaning: what does it mean in a conversation with a customer?',
        de: 'Der Wert „{value}“ ist ein einzelnes, vages Wort ohne Bedeutung: Was heißt er im Gespräch mit einem Kunden?',
      },
      hint: {
        en: 'Describe what a customer would notice when the value is lived, or name it with a verb and a bit of personality, like Zappos’ “Create fun and a little weirdness”.',
        de: 'Beschreib, was Kunden bemerken würden, wenn der Wert gelebt wird, oder benenne ihn mit einem Verb und etwas Persönlichkeit, wie Zappos’ „Create fun and a little weirdness“.',
      },
      wizard: {
        en: 'Give it a meaning that says what a customer would notice, or name it with a verb and a bit of personality, like Zappos’ “Create fun and a little weirdness”.',
        de: 'Gib ihm eine Bedeutung, die sagt, was Kunden bemerken würden, oder benenne ihn mit einem Verb und etwas Persönlichkeit, wie Zappos mit „Create fun and a little weirdness“.',
      },
    },
    noMeaning: {
      message: {
        en: 'The value “{value}” is a single word with no meaning: what does it mean in a conversation with a customer?',
        de: 'Der Wert „{value}“ ist ein einzelnes Wort ohne Bedeutung: Was heißt er im Gespräch mit einem Kunden?',
      },
      hint: {
        en: 'Say in one or two sentences what the value means, or describe behaviours that show it in a conversation.',
        de: 'Sag in ein, zwei Sätzen, was der Wert bedeutet, oder beschreib Verhaltensweisen, die ihn im Gespräch zeigen.',
      },
      wizard: {
        en: 'Say in one or two sentences what it means, or describe what it looks like in a conversation.',
        de: 'Sag in ein, zwei Sätzen, was er bedeutet, oder beschreib, woran man ihn im Gespräch erkennt.',
      },
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    model.values.core.forEach((value, i) => {
      const nameWords = words(value.name);
      if (nameWords.length !== 1) return;
      const said = (text: string | undefined) => text !== undefined && text.trim() !== '';
      if (said(value.meaning) || (value.behaviours ?? []).some(said)) return;
      // An action statement gives an ordinary word its meaning ("Integrity: say what you mean");
      // a vague word needs more than a slogan-like action.
      const vague = VAGUE.has(nameWords[0]!);
      if (!vague && said(value.action)) return;
      reports.push({ messageId: vague ? 'vague' : 'noMeaning', pointer: `/values/core/${i}/name`, data: { value: value.name } });
    });
    return reports;
  },
};
