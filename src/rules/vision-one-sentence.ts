import type { Rule, RuleReport } from './types.js';

/** More words than this, and a vision is no longer something people recall under stress. */
export const MAX_WORDS = 25;

// Multi-letter abbreviations whose dot does not end a sentence, lower-case, without the dot.
// Single letters ("z. B.", "d. h.", "J. Smith") and ordinals ("am 1. Mai") are handled by shape.
const ABBREVIATIONS = new Set([
  'approx', 'ca', 'co', 'corp', 'dept', 'dipl', 'dr', 'etc', 'fig', 'inc', 'incl', 'jr', 'ltd',
  'max', 'min', 'mr', 'mrs', 'ms', 'no', 'prof', 'resp', 'sr', 'st', 'tel', 'vs',
  'bspw', 'bzw', 'evtl', 'ggf', 'inkl', 'mio', 'mrd', 'nr', 'sog', 'str', 'usw', 'vgl', 'zzgl',
]);

const OPENING = /^["'„“‚‘«»(\[]*/u;
const CLOSING = /["'“”’‘«»)\]]*$/u;

function isAbbreviation(token: string): boolean {
  const word = token.replace(OPENING, '').replace(CLOSING, '').toLowerCase();
  if (!word.endsWith('.')) return false;
  const bare = word.slice(0, -1);
  return (
    ABBREVIATIONS.has(bare) ||
    /^\p{L}$/u.test(bare) || // "z." "B." "J."
    /^\d+$/u.test(bare) || // German ordinals: "am 1. Mai"
    /^(?:\p{L}\.)+\p{L}$/u.test(bare) // "e.g." "i.e." "z.B." "u.a."
  );
}

function endsSentence(token: string, next: string): boolean {
  const word = token.replace(CLOSING, '');
  if (!/[.!?…]$/u.test(word)) return false;
  if (!/^\p{Lu}/u.test(next.replace(OPENING, ''))) return false;
  return !(word.endsWith('.') && !word.endsWith('..') && isAbbreviation(word));
}

/** Sentences in a text: a new one starts after . ! ? or … followed by a capital letter. */
export function countSentences(text: string): number {
  const tokens = text.trim().split(/\s+/u).filter((t) => t !== '');
  if (tokens.length === 0) return 0;
  let count = 1;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (endsSentence(tokens[i]!, tokens[i + 1]!)) count++;
  }
  return count;
}

/** Words in a text; a dash or other lone punctuation is not a word, "24/7" is one. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

export const rule: Rule = {
  meta: {
    id: 'vision-one-sentence',
    description: {
      en: `The vision is one sentence or less, at most ${MAX_WORDS} words.`,
      de: `Die Vision ist höchstens ein Satz mit höchstens ${MAX_WORDS} Wörtern.`,
    },
    severity: 'warn',
    step: 3,
    docs: {
      why: {
        en: 'A support vision is a few words to one sentence, so that everybody on the team can recall it in the middle of a hard conversation. A second sentence is usually an explanation that belongs in the criteria or the values. The strongest examples are short: “We create happiness.”',
        de: 'Eine Support-Vision umfasst ein paar Wörter bis einen Satz, damit jede Person im Team sie auch mitten in einem schwierigen Gespräch abrufen kann. Ein zweiter Satz ist meist eine Erklärung, die in die Kriterien oder die Werte gehört. Die stärksten Beispiele sind kurz: „Wir schaffen Freude.“',
      },
      bad: [
        'vision:',
        '  statement: We want to be the best support team. Customers should love us, and we will help them with',
        '    every question they have, on every channel, as fast as we possibly can, every single day.',
      ].join('\n'),
      good: ['vision:', '  statement: Every customer leaves the conversation knowing what happens next.'].join('\n'),
    },
  },
  messages: {
    tooManySentences: {
      message: {
        en: 'The vision has {count} sentences; it should be one sentence or less.',
        de: 'Die Vision hat {count} Sätze; sie sollte höchstens ein Satz sein.',
      },
      hint: {
        en: 'Keep the sentence that says what kind of service customers get; move explanations to the vision’s criteria or to the values.',
        de: 'Behalte den Satz, der sagt, welchen Service Kunden erhalten; Erklärungen gehören zu den Kriterien der Vision oder in die Werte.',
      },
      wizard: {
        en: 'Keep the sentence that says what kind of service customers get; explanations belong in the vision’s three checks or in the values.',
        de: 'Behalte den Satz, der sagt, welchen Service Kunden bekommen; Erklärungen gehören in die drei Prüfungen der Vision oder in die Werte.',
      },
    },
    tooLong: {
      message: {
        en: `The vision has {words} words; more than ${MAX_WORDS} are hard to remember.`,
        de: `Die Vision hat {words} Wörter; mehr als ${MAX_WORDS} behält niemand im Kopf.`,
      },
      hint: {
        en: 'Cut it to what a support person can recall in the middle of a conversation.',
        de: 'Kürze sie auf das, was eine Supportkraft mitten im Gespräch abrufen kann.',
      },
    },
  },
  check({ model }) {
    const statement = model.vision.statement;
    const pointer = '/vision/statement';
    const reports: RuleReport[] = [];
    const count = countSentences(statement);
    if (count > 1) reports.push({ messageId: 'tooManySentences', pointer, data: { count } });
    const words = countWords(statement);
    if (words > MAX_WORDS) reports.push({ messageId: 'tooLong', pointer, data: { words } });
    return reports;
  },
};
