import type { Rule } from './types.js';

// What keeps a handle-time target honest: a measure of whether the issue was solved, or of
// how the customer felt about it.
const BALANCING = ['FCR', 'CSAT'];

export const rule: Rule = {
  meta: {
    id: 'handle-time-balance',
    description: {
      en: 'Average handle time is not the only measure: FCR or CSAT stands beside it.',
      de: 'Die durchschnittliche Bearbeitungszeit steht nicht allein: FCR oder CSAT steht daneben.',
    },
    severity: 'warn',
    step: 4,
    docs: {
      why: {
        en: 'A target on handle time alone rewards short conversations, not solved problems: people learn to end calls early, and the customer calls again. Pair AHT with first contact resolution or customer satisfaction, so that being fast only counts when the issue is solved. If the team has a reason to measure AHT alone, say so with a disable comment and its reason.',
        de: 'Ein Ziel nur auf die Bearbeitungszeit belohnt kurze Gespräche statt gelöster Probleme: Man lernt, Anrufe früh zu beenden, und der Kunde ruft wieder an. Stell der AHT die Erstlösungsquote oder die Kundenzufriedenheit zur Seite, damit Tempo nur zählt, wenn das Anliegen gelöst ist. Hat das Team einen Grund, nur AHT zu messen, sag es mit einem Abschalt-Kommentar und seinem Grund.',
      },
      bad: ['values:', '  core:', '    - name: Speed', '      kpis:', '        - id: AHT', '          target: { op: lte, value: 3, unit: min }'].join('\n'),
      good: [
        'values:',
        '  core:',
        '    - name: Speed',
        '      kpis:',
        '        - id: AHT',
        '          target: { op: lte, value: 6, unit: min }',
        '        - id: FCR',
        '          target: { op: gte, value: 75 }',
      ].join('\n'),
    },
  },
  messages: {
    alone: {
      message: {
        en: 'Average handle time is measured without FCR or CSAT: a handle-time target pushes people to cut conversations short.',
        de: 'Die durchschnittliche Bearbeitungszeit wird ohne FCR oder CSAT gemessen: Ein Ziel auf die Bearbeitungszeit drängt dazu, Gespräche abzukürzen.',
      },
      hint: {
        en: 'Add first contact resolution (FCR) or customer satisfaction (CSAT) to one of the values, or write down why not in a comment that switches this check off for the line.',
        de: 'Ergänze die Erstlösungsquote (FCR) oder die Kundenzufriedenheit (CSAT) bei einem der Werte, oder schreib den Grund dagegen in einen Kommentar, der diese Prüfung für die Zeile abschaltet.',
      },
      wizard: {
        en: 'Add FCR or CSAT to one of the values, so that speed is not bought with conversations cut short.',
        de: 'Ergänze FCR oder CSAT bei einem der Werte, damit Tempo nicht mit abgewürgten Gesprächen erkauft wird.',
      },
    },
  },
  check({ model }) {
    const ids = model.values.core.flatMap((value) => (value.kpis ?? []).map((k) => k.id));
    if (ids.some((id) => BALANCING.includes(id))) return [];
    for (const [i, value] of model.values.core.entries()) {
      const j = (value.kpis ?? []).findIndex((k) => k.id === 'AHT');
      if (j >= 0) return [{ messageId: 'alone', pointer: `/values/core/${i}/kpis/${j}` }];
    }
    return [];
  },
};
