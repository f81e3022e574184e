import type { Rule, RuleReport } from './types.js';

/** True for a real calendar day; the schema's pattern alone lets 2027-02-30 through. */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const rule: Rule = {
  meta: {
    id: 'review-date',
    description: {
      en: 'The philosophy has a next review date that has not passed.',
      de: 'Die Philosophie hat einen nächsten Überprüfungstermin, der noch nicht verstrichen ist.',
    },
    severity: 'warn',
    step: 7,
    docs: {
      why: {
        en: 'A philosophy is a living agreement: teams interpret it, customers change, and values need revisiting. A date for the next review makes sure that happens, and a date in the past shows that it did not. Update the date whenever the review has taken place.',
        de: 'Eine Philosophie ist eine lebendige Vereinbarung: Teams legen sie aus, Kunden ändern sich, und Werte müssen überdacht werden. Ein Termin für die nächste Überprüfung sorgt dafür, dass das geschieht; ein Termin in der Vergangenheit zeigt, dass es nicht geschehen ist. Trage nach jeder Überprüfung den nächsten Termin ein.',
      },
      bad: ['feedback:', '  reviewCadence: quarterly', '  nextReview: 2024-03-01'].join('\n'),
      good: ['feedback:', '  reviewCadence: quarterly', '  nextReview: 2027-06-01'].join('\n'),
    },
  },
  messages: {
    missing: {
      message: {
        en: 'The philosophy has no next review date.',
        de: 'Die Philosophie hat keinen nächsten Überprüfungstermin.',
      },
      hint: {
        en: 'Set the date of the next review and how often the philosophy is reviewed.',
        de: 'Leg das Datum der nächsten Überprüfung fest und wie oft die Philosophie überprüft wird.',
      },
      wizard: {
        en: 'Choose how often the philosophy is reviewed, and the date of the next review.',
        de: 'Leg fest, wie oft die Philosophie überprüft wird und wann die nächste Überprüfung ist.',
      },
    },
    passed: {
      message: {
        en: 'The review date {date} has passed.',
        de: 'Der Überprüfungstermin {date} ist verstrichen.',
      },
      hint: {
        en: 'Review the philosophy with the teams, then set the next date.',
        de: 'Überprüfe die Philosophie mit den Teams und trage dann den nächsten Termin ein.',
      },
    },
    invalidDate: {
      message: {
        en: 'The review date {date} does not exist.',
        de: 'Den Überprüfungstermin {date} gibt es nicht.',
      },
      hint: {
        en: 'Write a real calendar day as YYYY-MM-DD.',
        de: 'Gib einen echten Kalendertag im Format JJJJ-MM-TT an.',
      },
    },
  },
  check({ model, today }) {
    const feedback = model.feedback;
    const date = feedback?.nextReview;
    if (date === undefined) {
      return [{ messageId: 'missing', pointer: feedback === undefined ? '' : '/feedback' }];
    }
    const reports: RuleReport[] = [];
    const pointer = '/feedback/nextReview';
    if (!isCalendarDate(date)) {
      reports.push({ messageId: 'invalidDate', pointer, data: { date } });
    } else if (date < today) {
      // Both are YYYY-MM-DD, so comparing the strings compares the days.
      reports.push({ messageId: 'passed', pointer, data: { date: localDate(date) } });
    }
    return reports;
  },
};

// Made once: a formatter costs far more to build than to use (a run may check thousands of files).
let formats: { en: Intl.DateTimeFormat; de: Intl.DateTimeFormat } | undefined;

/** A calendar day as a reader writes it: 15 January 2025, 15. Januar 2025. */
function localDate(iso: string): { en: string; de: string } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
  formats ??= { en: new Intl.DateTimeFormat('en-GB', options), de: new Intl.DateTimeFormat('de-DE', options) };
  return { en: formats.en.format(day), de: formats.de.format(day) };
}
