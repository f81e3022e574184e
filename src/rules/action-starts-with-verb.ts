import type { Language } from '../model/constants.js';
import { DE_LEADING_ADVERBS, DE_SUBJECTS, deVerbForms } from './text/verbs-de.js';
import { EN_LEADING_ADVERBS, EN_SUBJECTS, EN_VERBS } from './text/verbs-en.js';
import type { Rule, RuleReport } from './types.js';

interface Lexicon {
  verbs: () => ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
}

const LEXICONS: Record<Language, Lexicon> = {
  en: { verbs: () => EN_VERBS, adverbs: EN_LEADING_ADVERBS, subjects: EN_SUBJECTS },
  de: { verbs: deVerbForms, adverbs: DE_LEADING_ADVERBS, subjects: DE_SUBJECTS },
};

/** "Always listen first" is as much an instruction as "Listen first"; more than this is a list. */
const MAX_ADVERBS = 3;

// Words with their contractions ("I'll", "don't"); quotes, dashes and list marks fall away.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export interface VerbCheck {
  ok: boolean;
  /** The first word as written, '' when the text has none. */
  firstWord: string;
}

/** Whether an action statement starts with a verb (after a few adverbs) or is an I-/We-statement. */
export function startsWithVerb(text: string, language: Language): VerbCheck {
  // Only the first words matter: the adverbs that may come first and the word after them.
  const normalized = text.normalize('NFC');
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(normalized); match && words.length <= MAX_ADVERBS; match = WORD.exec(normalized)) words.push(match[0]);
  const firstWord = words[0] ?? '';
  const lexicon = LEXICONS[language];
  const lower = words.map((w) => w.toLowerCase().replace(/’/g, "'"));
  const verbs = lexicon.verbs();
  if (lower[0] !== undefined && lexicon.subjects.has(lower[0])) return { ok: true, firstWord };
  for (let i = 0; i < lower.length && i <= MAX_ADVERBS; i++) {
    const word = lower[i]!;
    // "Let's" is "let" with its object attached.
    if (verbs.has(word === "let's" ? 'let' : word)) return { ok: true, firstWord };
    if (!lexicon.adverbs.has(word)) break;
  }
  return { ok: false, firstWord };
}

export const rule: Rule = {
  meta: {
    id: 'action-starts-with-verb',
    description: {
      en: 'Each action statement starts with a verb or is an I-statement.',
      de: 'Jeder Handlungsleitsatz beginnt mit einem Verb oder ist ein Ich-Satz.',
    },
    severity: 'warn',
    step: 4,
    docs: {
      why: {
        en: 'An action statement is there to be acted on, so it should read like something to do: a strong verb first, or an “I” statement in the way Ritz-Carlton writes its service values. A sentence that starts with a noun (“Quality in everything”) describes a wish, not a behaviour. The check is a heuristic over word lists, which is why it only warns.',
        de: 'Ein Handlungsleitsatz soll zum Handeln führen, also liest er sich wie etwas, das man tut: zuerst ein starkes Verb, oder ein Ich-Satz, so wie Ritz-Carlton seine Servicewerte formuliert. Ein Satz, der mit einem Substantiv beginnt („Qualität in allem“), beschreibt einen Wunsch, kein Verhalten. Die Prüfung beruht auf Wortlisten und warnt deshalb nur.',
      },
      bad: ['values:', '  core:', '    - name: Quality', '      action: Quality in every answer.'].join('\n'),
      good: ['values:', '  core:', '    - name: Quality', '      action: Get it right the first time.'].join('\n'),
    },
  },
  messages: {
    notVerbFirst: {
      message: {
        en: 'The action statement of “{value}” starts with “{firstWord}”, not with a verb or an I-statement.',
        de: 'Der Handlungsleitsatz von „{value}“ beginnt mit „{firstWord}“, nicht mit einem Verb oder als Ich-Satz.',
      },
      hint: {
        en: 'Start with a strong verb (e.g. “Say what you mean.”) or write it as an I-statement.',
        de: 'Beginne mit einem starken Verb (z. B. „Hör erst zu, dann antworte.“) oder schreibe einen Ich-Satz.',
      },
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    model.values.core.forEach((value, i) => {
      // A missing or blank action is value-action-required's finding, not this rule's.
      if (value.action === undefined || value.action.trim() === '') return;
      const { ok, firstWord } = startsWithVerb(value.action, model.language);
      if (ok || firstWord === '') return;
      reports.push({
        messageId: 'notVerbFirst',
        pointer: `/values/core/${i}/action`,
        data: { value: value.name, firstWord },
      });
    });
    return reports;
  },
};
