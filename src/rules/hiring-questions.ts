import { nameKey as normalizeName } from '../core/text.js';
import type { Rule, RuleReport } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'hiring-questions',
    description: {
      en: 'Every core value has interview questions in the values benchmark.',
      de: 'Jeder Kernwert hat Interviewfragen im Werte-Benchmark.',
    },
    severity: 'warn',
    step: 6,
    docs: {
      why: {
        en: 'Hiring for fit with the philosophy needs a yardstick: a few questions per core value, answered first by the people who embody the values best. A value without questions is never tested in an interview, so new hires are chosen for skills alone. A benchmark entry for a value that is not a core value measures the wrong thing.',
        de: 'Wer nach Passung zur Philosophie einstellt, braucht einen Maßstab: einige Fragen pro Kernwert, die zuerst von den Menschen beantwortet werden, die die Werte am besten verkörpern. Ein Wert ohne Fragen wird im Gespräch nie geprüft, und neue Leute werden allein nach Fähigkeiten ausgewählt. Ein Benchmark-Eintrag für einen Wert, der kein Kernwert ist, misst das Falsche.',
      },
      bad: [
        'values:',
        '  core:',
        '    - name: Honesty',
        '    - name: Quality',
        'hiring:',
        '  benchmark:',
        '    - value: Honesty',
        '      questions: [Tell us about a time you had to give a customer bad news.]',
      ].join('\n'),
      good: [
        'values:',
        '  core:',
        '    - name: Honesty',
        '    - name: Quality',
        'hiring:',
        '  benchmark:',
        '    - value: Honesty',
        '      questions: [Tell us about a time you had to give a customer bad news.]',
        '    - value: Quality',
        '      questions: [How do you make sure a fix really solved the problem?]',
      ].join('\n'),
    },
  },
  messages: {
    missingQuestions: {
      message: {
        en: 'Core value “{value}” has no interview questions.',
        de: 'Der Kernwert „{value}“ hat keine Interviewfragen.',
      },
      hint: {
        en: 'Write a few interview questions for “{value}”; the value catalog suggests some.',
        de: 'Schreib einige Interviewfragen zu „{value}“; der Wertekatalog schlägt welche vor.',
      },
      wizard: {
        en: 'Give “{value}” a few interview questions; the catalog suggests some.',
        de: 'Gib „{value}“ ein paar Interviewfragen; der Katalog schlägt welche vor.',
      },
    },
    unknownValue: {
      message: {
        en: 'Benchmark entry “{value}” names no core value.',
        de: 'Der Benchmark-Eintrag „{value}“ nennt keinen Kernwert.',
      },
      hint: {
        en: 'Write the name exactly as the core value is called, or remove the entry.',
        de: 'Schreib den Namen genau so, wie der Kernwert heißt, oder entferne den Eintrag.',
      },
      wizard: {
        en: 'Write the name exactly as the core value is named, or remove the entry.',
        de: 'Schreib den Namen genau wie beim Kernwert oder entferne den Eintrag.',
      },
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    const benchmark = model.hiring?.benchmark ?? [];
    const coreNames = new Set(model.values.core.map((value) => normalizeName(value.name)));
    const entryNames = benchmark.map((entry) => normalizeName(entry.value));

    model.values.core.forEach((value, i) => {
      const name = normalizeName(value.name);
      const entries = benchmark.flatMap((entry, k) => (entryNames[k] === name ? [{ entry, k }] : []));
      if (entries.some(({ entry }) => entry.questions.some((q) => q.trim() !== ''))) return;
      const first = entries[0];
      reports.push({
        messageId: 'missingQuestions',
        // An entry that exists but is empty is where the questions go.
        pointer: first === undefined ? `/values/core/${i}` : `/hiring/benchmark/${first.k}/questions`,
        data: { value: value.name },
      });
    });

    benchmark.forEach((entry, k) => {
      if (!coreNames.has(entryNames[k]!)) {
        reports.push({ messageId: 'unknownValue', pointer: `/hiring/benchmark/${k}/value`, data: { value: entry.value } });
      }
    });
    return reports;
  },
};
